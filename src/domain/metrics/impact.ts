// Who is compared with whom for a course's training impact (docs/metrics.md §5.3), and what the
// dashboard shows of it. Pure: the completions and the units' staff are given, `now` too.
//
// For a course C and a year Y (the Asia/Jakarta year of the completions, the cohort):
//  - treated: each ASN whose first completion of C in Y is at t_i, once t_i + 90 days has passed
//    (before that the "after" window is not over: counted as pending, not yet compared);
//  - controls: in each unit with such a completer, the colleagues who did not complete C in Y and
//    had not completed it at or before t_u + 90 days, where t_u is the unit's first such
//    completion: everyone counted once, on the windows of that first completion (a colleague who
//    had not completed C by a later completer's t_i + 90 days had not by t_u + 90 days either);
//  - windows around a reference instant t: before [t − 90 d, t), after (t, t + 90 d].
import type { Msg } from '../../platform/i18n/lang';
import { jakartaYear } from '../time/jakarta';
import { DID_MIN_PER_GROUP, type DidResult } from './did';

const DAY = 24 * 60 * 60 * 1000;
/** The length of each window either side of a completion. */
export const IMPACT_WINDOW_DAYS = 90;
export const IMPACT_WINDOW_MS = IMPACT_WINDOW_DAYS * DAY;

export const IMPACT_METRICS = ['ikm', 'sla'] as const;
export type ImpactMetric = (typeof IMPACT_METRICS)[number];

export const IMPACT_METRIC_LABELS: Record<ImpactMetric, Msg> = {
  ikm: { id: 'IKM (poin)', en: 'IKM (points)' },
  sla: { id: 'Kepatuhan SLA (poin persen)', en: 'SLA compliance (percentage points)' },
};

/** One completion of the course: who, when (epoch ms). */
export interface CourseCompletion {
  staffId: number;
  at: number;
}

/** An ASN of a unit where someone completed the course. */
export interface Colleague {
  staffId: number;
  unitId: number;
}

/** A person compared, with the instant their two windows are taken around. */
export interface ImpactSubject {
  staffId: number;
  unitId: number;
  group: 'treated' | 'control';
  refAt: number;
}

export interface ImpactCohort {
  subjects: ImpactSubject[];
  /** completers of the year whose 90 days after have not passed by `now` */
  pending: number;
}

/** The Jakarta years with a completion of the course, ascending. */
export function completionYears(completions: readonly CourseCompletion[]): number[] {
  return [...new Set(completions.map((c) => jakartaYear(new Date(c.at))))].sort((a, b) => a - b);
}

/**
 * The treated and the controls of one course and year of completion, as of `now`. `colleagues`
 * holds the staff of the completers' units (each person once, in their current unit).
 */
export function impactCohort(completions: readonly CourseCompletion[], colleagues: readonly Colleague[], year: number, now: number): ImpactCohort {
  const unitOf = new Map(colleagues.map((c) => [c.staffId, c.unitId]));
  // each person's first completion of the year
  const firstInYear = new Map<number, number>();
  for (const c of completions) {
    if (jakartaYear(new Date(c.at)) !== year) continue;
    const seen = firstInYear.get(c.staffId);
    if (seen === undefined || c.at < seen) firstInYear.set(c.staffId, c.at);
  }
  const subjects: ImpactSubject[] = [];
  const unitFirst = new Map<number, number>();
  let pending = 0;
  for (const [staffId, at] of [...firstInYear].sort((a, b) => a[1] - b[1] || a[0] - b[0])) {
    const unitId = unitOf.get(staffId);
    if (unitId === undefined) continue;
    if (at + IMPACT_WINDOW_MS > now) {
      pending++;
      continue;
    }
    subjects.push({ staffId, unitId, group: 'treated', refAt: at });
    if (!unitFirst.has(unitId)) unitFirst.set(unitId, at);
  }
  // a colleague's earliest completion of the course, whatever the year
  const earliest = new Map<number, number>();
  for (const c of completions) earliest.set(c.staffId, Math.min(c.at, earliest.get(c.staffId) ?? Infinity));
  for (const c of [...colleagues].sort((a, b) => a.staffId - b.staffId)) {
    const ref = unitFirst.get(c.unitId);
    if (ref === undefined || firstInYear.has(c.staffId)) continue;
    const done = earliest.get(c.staffId);
    if (done !== undefined && done <= ref + IMPACT_WINDOW_MS) continue;
    subjects.push({ staffId: c.staffId, unitId: c.unitId, group: 'control', refAt: ref });
  }
  return { subjects, pending };
}

/** SLA compliance of a window in percent: met ÷ (met + breached) × 100; null without outcomes. */
export function slaPercent(met: number, outcomes: number): number | null {
  return outcomes > 0 ? (met / outcomes) * 100 : null;
}

/** The difference in differences as stored and shown: the figures are null when it is hidden. */
export interface ImpactEstimate {
  shown: boolean;
  estimate: number | null;
  low: number | null;
  high: number | null;
  standardError: number | null;
  /** null also when shown: no change varied at all (the interval is the estimate) */
  df: number | null;
  nTreated: number;
  nControl: number;
  meanTreated: number | null;
  meanControl: number | null;
}

/** The estimate of a result of differenceInDifferences. */
export function estimateOf(r: DidResult): ImpactEstimate {
  if (!r.shown)
    return { shown: false, estimate: null, low: null, high: null, standardError: null, df: null, nTreated: r.treated.n, nControl: r.control.n, meanTreated: null, meanControl: null };
  return {
    shown: true,
    estimate: r.estimate,
    low: r.low,
    high: r.high,
    standardError: r.standardError,
    df: r.df,
    nTreated: r.treated.n,
    nControl: r.control.n,
    meanTreated: r.treated.meanChange,
    meanControl: r.control.meanChange,
  };
}

/** Below this many people with data in both windows in either group the estimate is hidden. */
export const IMPACT_MIN_PER_GROUP = DID_MIN_PER_GROUP;

/** One course's estimate of one metric, as the dashboard shows it. */
export interface ImpactFigure extends ImpactEstimate {
  metric: ImpactMetric;
  /** completers whose 90 days after have not passed yet (city-wide only; 0 for a unit) */
  pending: number;
}

export interface ImpactCourseRow {
  courseId: number;
  code: string;
  title: Msg;
  figures: ImpactFigure[];
}

export interface ImpactPageData {
  year: number;
  years: number[];
  /** the unit the figures are restricted to, if any */
  unit: { id: number; name: Msg } | null;
  /** units the reader may choose (empty: no unit filter for them) */
  units: { id: number; name: Msg }[];
  courses: ImpactCourseRow[];
  /** when the roll-up was computed (null: not yet) */
  computedAt: Date | null;
  future: boolean;
}
