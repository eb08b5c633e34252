// A case's public tracking page kept as answered (issue 14.4). /lacak/{code} is what citizens
// reload and share; the public view is the same for every visitor without the case's key while
// nothing it shows has changed: the case row, its history, its files (migration 0024 gives the case
// a new random mark in the transaction of any change to them) and the reference data (its own
// version, migration 0022). So the page is kept under "reference version : case mark" (page-cache.ts),
// and a request answered from it costs, instead of four reads, a render and a compression, one
// indexed one-row read on Workers, and on Node none while no mark has moved (migration 0025).
//
// The clock: a paused case's resolution target moves with now (sla.ts effectiveDue), shown to the
// minute, so its page is kept until the minute shown would change; a kind with facts of its own
// (a permit's stages, its fiktif-positif standing) reads them at now in ways no instant bounds: its
// pages are rendered for each request, as before. Never kept either: the citizen's private view
// (the key cookie makes a request personal: src/pipeline.tsx), nor any answer but a 200.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { cases, settings } from '../../db/schema';
import { REFERENCE_VERSION_KEY, referenceVersion } from '../catalogue/reference';
import type { TrackingView } from '../../domain/cases/views';

const MINUTE = 60_000;

/**
 * Whether a case's public page, as rendered at `now`, may be kept, and until when the clock alone
 * leaves it as it is (undefined: for ever; null: not kept at all). A paused case shows its
 * resolution target pushed to now (sla.ts effectiveDue), to the minute: the target moves no faster
 * than the clock (the SLA clock runs whole days, so a jump over a day that does not count starts
 * at midnight, a minute's start), so the minute shown holds until the target reaches its next
 * minute. A view whose kind read facts of its own at now (a permit's) is never kept.
 */
export function publicPageHold(view: Pick<TrackingView, 'audience' | 'statusOnly' | 'paused' | 'resolutionDueAt' | 'kindFacts'>, now: Date): { until: number | undefined } | null {
  if (view.audience !== 'public' || view.kindFacts !== null) return null;
  if (!view.paused || view.statusOnly) return { until: undefined };
  const due = view.resolutionDueAt.getTime();
  return { until: now.getTime() + (MINUTE - (((due % MINUTE) + MINUTE) % MINUTE)) };
}

/** The version a public tracking page is kept under: the reference data's and the case's. */
export function trackingPageVersion(referenceVersion: string | null | undefined, pageMark: string | null): string {
  return `${referenceVersion ?? '0'}:${pageMark ?? ''}`;
}

/** The settings row that moves whenever any case's mark does (migration 0025). */
export const CASE_PAGES_VERSION_KEY = 'case_pages_version';

/** A case's mark alone, for the Node server's own connection. */
export const PAGE_MARK_SQL = 'SELECT page_mark FROM cases WHERE tracking_code = ?';

/** What the Node server reads synchronously, on a connection of its own (src/node/node-deps.ts). */
export interface TrackingPageReads {
  /** CASE_PAGES_VERSION_KEY's value, read at most a millisecond ago (with the reference version) */
  casePagesVersion(): string | undefined;
  /** PAGE_MARK_SQL's row for the code, read now */
  mark(code: string): unknown[] | undefined;
}

/** Marks are remembered for this many cases at most between two moves of the case pages' version. */
const KNOWN_MARKS = 50_000;

interface Known {
  /** the case pages' version all the marks were read after */
  casePages: string | undefined;
  /** each case's mark (null: none yet), or undefined: no such case */
  marks: Map<string, string | null | undefined>;
}

const syncReads = new WeakMap<Db, { reads: TrackingPageReads; known: Known }>();

/** Reads this database's tracking page versions with `reads` from now on: the Node server, for a local file. */
export function readTrackingPageVersionsWith(db: Db, reads: TrackingPageReads): void {
  syncReads.set(db, { reads, known: { casePages: undefined, marks: new Map() } });
}

const asText = (v: unknown) => (typeof v === 'string' ? v : null);

/**
 * The version the page of the case with this tracking code is at now; null when there is no such
 * case. On Node a case's mark is read again only once any mark moved (the case pages' version,
 * read at most a millisecond ago, as the reference version is): a change shows on every request
 * that begins a millisecond after its commit, and between changes a kept page costs no read.
 */
export async function currentTrackingPageVersion(db: Db, code: string): Promise<string | null> {
  const sync = syncReads.get(db);
  if (sync) {
    const known = sync.known;
    const casePages = sync.reads.casePagesVersion();
    // a mark moved since the ones known were read: read each again when it is next asked for
    if (casePages !== known.casePages || known.marks.size >= KNOWN_MARKS) {
      known.casePages = casePages;
      known.marks.clear();
    }
    let mark = known.marks.get(code);
    if (!known.marks.has(code)) {
      // read after the version above: a change committed after that read moves the version again
      const row = sync.reads.mark(code);
      mark = row ? asText(row[0]) : undefined;
      known.marks.set(code, mark);
    }
    return mark === undefined ? null : trackingPageVersion(await referenceVersion(db), mark);
  }
  // elsewhere (Workers, a remote database): the mark and the reference version in one statement
  const [row] = await db
    .select({ mark: cases.pageMark, reference: sql<string | null>`(SELECT ${settings.value} FROM ${settings} WHERE ${settings.key} = ${REFERENCE_VERSION_KEY})` })
    .from(cases)
    .where(eq(cases.trackingCode, code))
    .limit(1);
  return row ? trackingPageVersion(row.reference, row.mark) : null;
}
