// The arithmetic of the published metrics (docs/metrics.md §2–§4) on what the roll-ups hold:
// compliance shares, medians from histograms, rates, the IKM from element sums, the backlog from
// monthly ins and outs, and the training target prorated to a day. Pure, with hand-computed tests.
import { JAKARTA_OFFSET_MS, jakartaYear } from '../time/jakarta';
import { YEARLY_JP_TARGET } from '../training/competencies';
import { ikmFromTotals, SKM_ELEMENT_COUNT, type IkmResult } from '../skm/ikm';
import type { Counters } from './rollup';

const DAY_MS = 24 * 60 * 60 * 1000;

/** An SLA's compliance: met ÷ (met + breached), in percent (§2). */
export interface Compliance {
  met: number;
  breached: number;
  /** met + breached */
  decided: number;
  /** 0–100; null when nothing was decided */
  percent: number | null;
}

export function compliance(met: number, breached: number): Compliance {
  const decided = met + breached;
  return { met, breached, decided, percent: decided === 0 ? null : (met / decided) * 100 };
}

/** A median and the number of values it rests on. */
export interface Median {
  n: number;
  /** working ms; null when there are no values */
  ms: number | null;
}

/**
 * The median of the values a histogram holds (§2: the middle value, or the mean of the middle
 * two), each value being its bucket's lower bound in whole working minutes.
 */
export function histogramMedian(buckets: readonly { minutes: number; n: number }[]): Median {
  const sorted = buckets.filter((b) => b.n > 0).sort((a, b) => a.minutes - b.minutes);
  const n = sorted.reduce((s, b) => s + b.n, 0);
  if (n === 0) return { n, ms: null };
  /** the value at 0-based rank k */
  const at = (k: number): number => {
    let seen = 0;
    for (const b of sorted) {
      seen += b.n;
      if (k < seen) return b.minutes;
    }
    return sorted[sorted.length - 1]!.minutes;
  };
  const minutes = n % 2 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
  return { n, ms: minutes * 60_000 };
}

/** Reopens of resolved episodes ÷ resolutions, in percent (§2); null without resolutions. */
export function reopenRate(reopens: number, resolutions: number): number | null {
  return resolutions === 0 ? null : (reopens / resolutions) * 100;
}

/** The IKM of the ratings the counters hold (§3): every rating answers all nine elements. */
export function ikmOf(c: Pick<Counters, 'ratings' | 'u1' | 'u2' | 'u3' | 'u4' | 'u5' | 'u6' | 'u7' | 'u8' | 'u9'>): IkmResult {
  const sums = [c.u1, c.u2, c.u3, c.u4, c.u5, c.u6, c.u7, c.u8, c.u9];
  return ikmFromTotals({ respondents: c.ratings, sums, counts: new Array<number>(SKM_ELEMENT_COUNT).fill(c.ratings) });
}

/**
 * The overdue backlog at the end of a month (§2): the sum over every month up to it of the
 * segments that became overdue less those that stopped being so.
 */
export function backlogAt(months: readonly { month: string; overdueIn: number; overdueOut: number }[], upTo: string): number {
  return months.filter((m) => m.month <= upTo).reduce((s, m) => s + m.overdueIn - m.overdueOut, 0);
}

/** Days in a Jakarta year (366 in a leap year: the Gregorian rule, as the calendar has it). */
export function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

/**
 * The day of the year of `now` in Jakarta, counting today: 1 on 1 January. Plain arithmetic on
 * the Jakarta day number, without writing and parsing dates: /kinerja/unit asks it once per ASN
 * (173 in the busiest unit), and the dates' strings were 3% of the page's data time.
 */
export function dayOfYear(now: Date): number {
  const local = new Date(now.getTime() + JAKARTA_OFFSET_MS);
  const firstOfYear = new Date(0);
  firstOfYear.setUTCFullYear(local.getUTCFullYear(), 0, 1); // setUTCFullYear, not Date.UTC: years 0–99 stay themselves
  return Math.floor((local.getTime() - firstOfYear.getTime()) / DAY_MS) + 1;
}

/** Where an ASN stands against the yearly JP target (§4). */
export interface JpStanding {
  year: number;
  jp: number;
  target: number;
  /** 20 × days elapsed ÷ days in the year, at the day asked (the whole target for a past year) */
  prorated: number;
  onTrack: boolean;
}

/**
 * JP of a year against 20 and against the target prorated to `now` (§4): 20 × (days elapsed,
 * counting today ÷ days in the year); a year already over is judged against the whole target,
 * a year not begun against none.
 */
export function jpStanding(jp: number, year: number, now: Date): JpStanding {
  const current = jakartaYear(now);
  const share = year < current ? 1 : year > current ? 0 : dayOfYear(now) / daysInYear(year);
  const prorated = YEARLY_JP_TARGET * share;
  return { year, jp, target: YEARLY_JP_TARGET, prorated, onTrack: jp >= prorated };
}

/** The answered elements, weakest first (ties in the regulation's order): element 1–9 and its mean. */
export function weakestElements(elementMeans: readonly (number | null)[], k = 3): { element: number; mean: number }[] {
  return elementMeans
    .map((mean, i) => ({ element: i + 1, mean }))
    .filter((e): e is { element: number; mean: number } => e.mean !== null)
    .sort((a, b) => a.mean - b.mean || a.element - b.element)
    .slice(0, k);
}
