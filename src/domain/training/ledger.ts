// The training record is an append-only ledger; each row is one xAPI statement. This module
// holds the pure parts: the verbs and activity types, the JP sum of a year (an Asia/Jakarta
// year: src/domain/time/jakarta.ts), and the mapping of a row onto an xAPI 1.0.3 statement.

export const VERBS = ['completed', 'passed', 'failed', 'attended', 'registered', 'experienced', 'voided'] as const;
export type Verb = (typeof VERBS)[number];

export const VERB_IRIS: Record<Verb, string> = {
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  attended: 'http://adlnet.gov/expapi/verbs/attended',
  registered: 'http://adlnet.gov/expapi/verbs/registered',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  voided: 'http://adlnet.gov/expapi/verbs/voided',
};

export const VERB_LABELS: Record<Verb, { id: string; en: string }> = {
  completed: { id: 'menyelesaikan', en: 'completed' },
  passed: { id: 'lulus', en: 'passed' },
  failed: { id: 'belum lulus', en: 'failed' },
  attended: { id: 'menghadiri', en: 'attended' },
  registered: { id: 'mendaftar', en: 'registered' },
  // xAPI's verb is 'experienced'; the page says what the learner did
  experienced: { id: 'mempelajari', en: 'studied' },
  voided: { id: 'dibatalkan', en: 'voided' },
};

export const OBJECT_TYPES = ['course', 'lesson', 'quiz', 'session', 'evidence'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

export const ACTIVITY_TYPE_IRIS: Record<ObjectType, string> = {
  course: 'http://adlnet.gov/expapi/activities/course',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  quiz: 'http://adlnet.gov/expapi/activities/assessment',
  session: 'http://adlnet.gov/expapi/activities/meeting',
  evidence: 'http://id.tincanapi.com/activitytype/resource',
};

/** The xAPI result object (a subset: what Pelita records). */
export interface LedgerResult {
  score?: { scaled: number; raw: number; min: number; max: number };
  success?: boolean;
  completion?: boolean;
  /** ISO 8601 duration, e.g. PT12M30S */
  duration?: string;
}

/** A ledger row as data access reads it. */
export interface LedgerRow {
  statementId: string;
  actorNip: string;
  actorName: string;
  verb: string;
  objectType: string;
  objectId: string;
  objectName: string;
  result: LedgerResult | null;
  jp: number;
  /** when it was recorded */
  at: Date;
  /** the Jakarta day of the learning it is about ('YYYY-MM-DD'), which may be earlier than `at` */
  learnedOn: string;
}

/** JP of a year = the sum over the ledger rows of that year (voided rows carry negative JP). */
export function jpForYear(rows: readonly { jp: number; year: number }[], year: number): number {
  return rows.reduce((s, r) => (r.year === year ? s + r.jp : s), 0);
}

/** ISO 8601 duration from milliseconds, e.g. 754000 → PT12M34S. */
export function isoDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

export interface XapiStatement {
  id: string;
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: {
    objectType: 'Activity';
    id: string;
    definition: { type: string; name: Record<string, string> };
  };
  result?: LedgerResult;
  context: { platform: 'Pelita'; language: 'id-ID'; extensions: Record<string, unknown> };
  timestamp: string;
  version: '1.0.3';
}

/** The extension IRI under which the JP credited by a statement travels. */
export const JP_EXTENSION = 'https://pelita.id/xapi/extensions/jp';
/** The extension IRI of the day of the learning, whose year the JP count in (the timestamp is when it was recorded). */
export const LEARNED_ON_EXTENSION = 'https://pelita.id/xapi/extensions/learned-on';

/**
 * Maps a ledger row onto an xAPI statement. `homePage` is the public origin of this Pelita
 * (actors are identified by their NIP as an account on it; activities by IRIs under it).
 */
export function toXapiStatement(row: LedgerRow, homePage: string): XapiStatement {
  const verb = (VERBS as readonly string[]).includes(row.verb) ? (row.verb as Verb) : 'experienced';
  const type = (OBJECT_TYPES as readonly string[]).includes(row.objectType) ? (row.objectType as ObjectType) : 'course';
  const base = homePage.replace(/\/+$/, '');
  return {
    id: row.statementId,
    actor: { objectType: 'Agent', name: row.actorName, account: { homePage: base, name: row.actorNip } },
    verb: { id: VERB_IRIS[verb], display: { 'id-ID': VERB_LABELS[verb].id, 'en-US': VERB_LABELS[verb].en } },
    object: {
      objectType: 'Activity',
      id: `${base}/xapi/activities/${type}/${encodeURIComponent(row.objectId)}`,
      definition: { type: ACTIVITY_TYPE_IRIS[type], name: { 'id-ID': row.objectName } },
    },
    ...(row.result ? { result: row.result } : {}),
    context: { platform: 'Pelita', language: 'id-ID', extensions: { [JP_EXTENSION]: row.jp, [LEARNED_ON_EXTENSION]: row.learnedOn } },
    timestamp: row.at.toISOString(),
    version: '1.0.3',
  };
}

/**
 * The English name of a ledger row's object (issue 13.14). Rows store the name in Indonesian as
 * it was when recorded — a course's title, "Kuis <title>", "<session> (<title>)" — so the English
 * page re-reads the course's English title where the row names its course; anything else (a
 * lesson, evidence) was authored in Indonesian only and is returned as null, for the page to label.
 */
export function englishObjectName(
  row: { objectType: string; objectName: string },
  course: { titleId: string; titleEn: string } | null,
): string | null {
  if (!course) return null;
  const { titleId, titleEn } = course;
  if (row.objectType === 'course' && row.objectName === titleId) return titleEn;
  if (row.objectType === 'quiz' && row.objectName === `Kuis ${titleId}`) return `Quiz: ${titleEn}`;
  if (row.objectType === 'session' && row.objectName.endsWith(` (${titleId})`))
    return `${row.objectName.slice(0, -(titleId.length + 3))} (${titleEn})`;
  return null;
}
