// Training recommended from service quality (docs/metrics.md §5.1; DESIGN.md "The link that makes
// Pelita different"): a weakness in the ASN's own service over the last 180 days names a
// competency, and the competency a course.
//
//   element 7 Perilaku Pelaksana                      → communication and service excellence
//   element 3 Waktu Penyelesaian, or SLA < 80 %       → time management
//   element 6 Kompetensi Pelaksana                    → the technical/regulatory course of the
//                                                       service the ASN handles most
//   element 8 Penanganan Pengaduan                    → complaint handling
//   the yearly self-assessment rates digital literacy below 3 ("Mampu") → digital literacy
//
// An element is weak when its mean × 25 is below grade B (76.61: the grade of that number, as
// gradeFor decides it, is C or D) over at least 5 ratings of cases the ASN resolved; SLA is weak
// below 80 % of at least 5 resolution outcomes credited to the ASN. A recommendation disappears
// once the ASN completes a course of that competency, and comes back when the weakness still
// holds over the ratings (outcomes) given 90 days or more after that completion. Pure: everything
// is given, `now` included; the reason is written out in both languages with its numbers.
import type { Msg } from '../../platform/i18n/lang';
import { gradeFor, SKM_ELEMENTS } from '../skm/ikm';
import { isCompetency, type Competency } from '../training/competencies';
import { GAP_BELOW } from '../training/assessment';
import { dayLabel } from './period';

const DAY = 24 * 60 * 60 * 1000;
/** The window the evidence is read over. */
export const WINDOW_DAYS = 180;
/** After a completion, only ratings and outcomes this long after it count. */
export const AFTER_COMPLETION_DAYS = 90;
/** The least evidence a weakness rests on. */
export const MIN_EVIDENCE = 5;
/** Resolution SLA compliance below this (percent) is a weakness. */
export const SLA_BELOW = 80;
/** The element mean below which an element is below grade B: 76.61 ÷ 25. */
export const GRADE_B_MEAN = 76.61 / 25;

/** The service-quality evidence of one ASN, as src/modules/metrics/recommend-evidence.ts reads it. */
export interface QualityEvidence {
  /** ratings of cases the ASN resolved, given in the window: instant and the nine answers */
  ratings: readonly { at: number; answers: readonly number[] }[];
  /** resolution SLA outcomes credited to the ASN in the window */
  outcomes: readonly { at: number; met: boolean }[];
  /** the service the ASN handled most in the window (by outcomes), if any */
  topService: { kind: string; code: string; name: Msg } | null;
  /** the ASN's self-assessed digital literacy this year (mean 1–4) and when they answered, if they did */
  digital: { score: number; answeredAt: number } | null;
}

/** A course as the rules see it: its competencies, and when this ASN last completed it. */
export interface RecommendableCourse {
  code: string;
  title: Msg;
  competencies: readonly string[];
  jp: number;
  missingPrerequisites: number;
  /** epoch ms of the latest completion by this ASN; null if never completed */
  completedAt: number | null;
}

export type Weakness =
  | { kind: 'element'; element: 3 | 6 | 7 | 8; mean: number; n: number }
  | { kind: 'sla'; percent: number; n: number }
  | { kind: 'digital'; score: number };

export interface Recommendation {
  weakness: Weakness;
  competency: string;
  /** the course to take; null when the catalogue has none for this competency */
  course: { code: string; title: Msg } | null;
  /** the weakness held over the evidence 90 days or more after this completion (epoch ms) */
  again: { completedAt: number } | null;
  /** in plain words, with the numbers */
  reason: Msg;
}

/** The competency of the technical/regulatory course of a service: its own regulation, or a permit's general one. */
export function technicalCompetency(service: { kind: string; code: string } | null): Competency | null {
  if (!service) return null;
  const own = `regulasi_perizinan:${service.code}`;
  if (isCompetency(own)) return own;
  return service.kind === 'permit' ? 'regulasi_perizinan:umum' : null;
}

const decimals = (x: number, lang: 'id' | 'en', places = 2) => {
  const s = (Math.round(x * 10 ** places) / 10 ** places).toFixed(places);
  return lang === 'id' ? s.replace('.', ',') : s;
};

/** Whether an element mean over its ratings is below grade B (the grade gradeFor gives its × 25). */
function belowB(mean: number): boolean {
  const letter = gradeFor(mean * 25).letter;
  return letter === 'C' || letter === 'D';
}

/** The element's mean and count over ratings given at or after `since`. */
function elementOver(e: QualityEvidence, element: number, since: number): { mean: number; n: number } | null {
  const rs = e.ratings.filter((r) => r.at >= since);
  if (rs.length < MIN_EVIDENCE) return null;
  return { mean: rs.reduce((s, r) => s + r.answers[element - 1]!, 0) / rs.length, n: rs.length };
}

function slaOver(e: QualityEvidence, since: number): { percent: number; n: number } | null {
  const os = e.outcomes.filter((o) => o.at >= since);
  if (os.length < MIN_EVIDENCE) return null;
  return { percent: (os.filter((o) => o.met).length / os.length) * 100, n: os.length };
}

/** The weaknesses of the evidence given at or after `since`, each with its competency. */
function weaknessesSince(e: QualityEvidence, since: number): { weakness: Weakness; competency: string }[] {
  const out: { weakness: Weakness; competency: string }[] = [];
  const element = (n: 3 | 6 | 7 | 8, competency: string | null) => {
    const m = elementOver(e, n, since);
    if (m && belowB(m.mean) && competency) out.push({ weakness: { kind: 'element', element: n, ...m }, competency });
  };
  element(7, 'komunikasi_pelayanan');
  element(3, 'manajemen_waktu');
  const sla = slaOver(e, since);
  if (sla && sla.percent < SLA_BELOW && !out.some((w) => w.competency === 'manajemen_waktu'))
    out.push({ weakness: { kind: 'sla', ...sla }, competency: 'manajemen_waktu' });
  element(6, technicalCompetency(e.topService));
  element(8, 'penanganan_pengaduan');
  return out;
}

/** The course for a competency: one not completed (prerequisites met first, then shorter), else the latest completed. */
function courseFor(courses: readonly RecommendableCourse[], competency: string): RecommendableCourse | null {
  const covering = courses.filter((c) => c.competencies.includes(competency));
  const open = covering.filter((c) => c.completedAt === null).sort((a, b) => a.missingPrerequisites - b.missingPrerequisites || a.jp - b.jp || a.code.localeCompare(b.code));
  if (open[0]) return open[0];
  return covering.sort((a, b) => (b.completedAt ?? 0) - (a.completedAt ?? 0))[0] ?? null;
}

/** The latest completion of any course of this competency, or null. */
function lastCompletion(courses: readonly RecommendableCourse[], competency: string): number | null {
  const done = courses.filter((c) => c.competencies.includes(competency) && c.completedAt !== null).map((c) => c.completedAt!);
  return done.length ? Math.max(...done) : null;
}

function evidenceText(w: Weakness): Msg {
  if (w.kind === 'element') {
    const el = SKM_ELEMENTS[w.element - 1]!;
    return {
      id: `${el.id} ${decimals(w.mean, 'id')} dari ${w.n} penilaian, di bawah mutu B (${decimals(GRADE_B_MEAN, 'id')})`,
      en: `${el.en} ${decimals(w.mean, 'en')} from ${w.n} ratings, below grade B (${decimals(GRADE_B_MEAN, 'en')})`,
    };
  }
  if (w.kind === 'sla')
    return {
      id: `Penyelesaian tepat waktu ${decimals(w.percent, 'id', 1)}% dari ${w.n} penanganan, di bawah ${SLA_BELOW}%`,
      en: `Resolved on time ${decimals(w.percent, 'en', 1)}% of ${w.n} cases, below ${SLA_BELOW}%`,
    };
  return {
    id: `Literasi digital dinilai sendiri ${decimals(w.score, 'id')} dari 4, di bawah ${GAP_BELOW} (Mampu)`,
    en: `Digital literacy self-rated ${decimals(w.score, 'en')} of 4, below ${GAP_BELOW} (Able)`,
  };
}

function reasonOf(w: Weakness, course: RecommendableCourse | null, competencyName: Msg, again: number | null): Msg {
  const ev = evidenceText(w);
  const target = course ? course.title : { id: `${competencyName.id} (belum ada kursus di katalog)`, en: `${competencyName.en} (no course in the catalogue yet)` };
  const since = again === null ? null : dayLabel(again);
  return {
    id: `${ev.id}${since ? `, masih begitu ${AFTER_COMPLETION_DAYS} hari atau lebih setelah kursus selesai pada ${since.id}` : ''} → ${target.id}`,
    en: `${ev.en}${since ? `, still so ${AFTER_COMPLETION_DAYS} days or more after the course completed on ${since.en}` : ''} → ${target.en}`,
  };
}

/**
 * The recommendations of one ASN at `now`: each weakness of the last 180 days (or, for a
 * competency whose course they completed, of the evidence 90 days or more after that completion),
 * with its course and reason, in the order of the table above.
 */
export function recommendTraining(
  evidence: QualityEvidence,
  courses: readonly RecommendableCourse[],
  now: number,
  competencyName: (c: string) => Msg,
): Recommendation[] {
  const windowStart = now - WINDOW_DAYS * DAY;
  const out: Recommendation[] = [];
  const competencies = new Set(weaknessesSince(evidence, windowStart).map((w) => w.competency));
  for (const competency of competencies) {
    const done = lastCompletion(courses, competency);
    const since = done === null ? windowStart : Math.max(windowStart, done + AFTER_COMPLETION_DAYS * DAY);
    // completed: only what came 90 days or more after the completion counts (none yet: it is gone)
    if (since > now) continue;
    const still = weaknessesSince(evidence, since).find((w) => w.competency === competency);
    if (!still) continue;
    const course = courseFor(courses, competency);
    out.push({
      weakness: still.weakness,
      competency,
      course: course ? { code: course.code, title: course.title } : null,
      again: done === null ? null : { completedAt: done },
      reason: reasonOf(still.weakness, course, competencyName(competency), done),
    });
  }
  const digital = evidence.digital;
  if (digital && digital.score < GAP_BELOW) {
    // a completed course answers the gap until an assessment 90 days or more later says it remains
    const done = lastCompletion(courses, 'literasi_digital');
    if (done === null || digital.answeredAt >= done + AFTER_COMPLETION_DAYS * DAY) {
      const course = courseFor(courses, 'literasi_digital');
      const weakness: Weakness = { kind: 'digital', score: digital.score };
      out.push({
        weakness,
        competency: 'literasi_digital',
        course: course ? { code: course.code, title: course.title } : null,
        again: done === null ? null : { completedAt: done },
        reason: reasonOf(weakness, course, competencyName('literasi_digital'), done),
      });
    }
  }
  return out;
}
