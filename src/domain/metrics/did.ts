// Training impact as a difference in differences (docs/metrics.md §5.3). For a course and a metric
// (IKM, SLA compliance), each ASN who completed the course has a change Δ = M after − M before
// (90 days each side of the completion), and so has each colleague of the same unit who had not
// completed it over the same windows. The estimate is mean(Δ treated) − mean(Δ controls), with a
// 95 % interval from Welch's t: the two groups may differ in size and spread, so neither a pooled
// variance nor n₁ + n₂ − 2 degrees of freedom is assumed (Welch 1947; df by Welch–Satterthwaite).
// It is an estimate, not a proof: completers chose the course, and the interval says how sure.
//
// Means and variances come from simple-statistics; the Student-t quantile from stdlib
// (@stdlib/stats-base-dists-t-quantile: the inverse of the regularized incomplete beta function,
// exact to double precision and defined for the fractional df Welch gives).
import tQuantileOf from '@stdlib/stats-base-dists-t-quantile';
import { mean, sampleVariance } from 'simple-statistics';

/** One person's metric in the window before and the window after; null where the window has no data. */
export interface PrePost {
  pre: number | null;
  post: number | null;
}

/** Fewer people than this with data in both windows in either group: the estimate is not shown. */
export const DID_MIN_PER_GROUP = 5;

export interface DidGroup {
  /** people with data in both windows */
  n: number;
  /** mean of their changes (post − pre) */
  meanChange: number;
  /** sample variance of their changes (n − 1 in the denominator) */
  variance: number;
}

export type DidResult =
  | {
      shown: true;
      /** mean change of the treated minus mean change of the controls */
      estimate: number;
      /** the 95 % interval */
      low: number;
      high: number;
      /** standard error of the estimate: √(s₁²/n₁ + s₂²/n₂) */
      standardError: number;
      /** Welch–Satterthwaite degrees of freedom; null when no change varied at all (the interval is the estimate) */
      df: number | null;
      /** the t quantile the interval used (null with df) */
      t: number | null;
      treated: DidGroup;
      control: DidGroup;
    }
  | { shown: false; treated: { n: number }; control: { n: number }; minPerGroup: number };

/** The p-quantile of Student's t with `df` degrees of freedom (df may be fractional). */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) throw new RangeError(`t quantile needs 0 < p < 1 and df > 0, got p = ${p}, df = ${df}`);
  return tQuantileOf(p, df);
}

function changes(pairs: readonly PrePost[]): number[] {
  return pairs.filter((x) => x.pre !== null && x.post !== null).map((x) => x.post! - x.pre!);
}

function group(deltas: readonly number[]): DidGroup {
  return { n: deltas.length, meanChange: mean([...deltas]), variance: sampleVariance([...deltas]) };
}

/**
 * Welch–Satterthwaite: df = (a + b)² ÷ (a²/(n₁ − 1) + b²/(n₂ − 1)), a = s₁²/n₁, b = s₂²/n₂.
 * Null when both variances are 0: every person changed by the same amount in each group.
 */
export function welchDf(g1: DidGroup, g2: DidGroup): number | null {
  const a = g1.variance / g1.n;
  const b = g2.variance / g2.n;
  const denominator = (a * a) / (g1.n - 1) + (b * b) / (g2.n - 1);
  return denominator > 0 ? ((a + b) * (a + b)) / denominator : null;
}

/**
 * The difference in differences of a metric between the people who completed a course and their
 * colleagues who did not, with its 95 % interval; hidden (`shown: false`, with both sample sizes)
 * when either group has fewer than `minPerGroup` people with data in both windows.
 */
export function differenceInDifferences(treated: readonly PrePost[], control: readonly PrePost[], minPerGroup = DID_MIN_PER_GROUP): DidResult {
  const dt = changes(treated);
  const dc = changes(control);
  // at least 2 per group: a variance needs two values, whatever minimum a caller passes
  if (dt.length < Math.max(2, minPerGroup) || dc.length < Math.max(2, minPerGroup))
    return { shown: false, treated: { n: dt.length }, control: { n: dc.length }, minPerGroup };
  const t1 = group(dt);
  const c1 = group(dc);
  const estimate = t1.meanChange - c1.meanChange;
  const standardError = Math.sqrt(t1.variance / t1.n + c1.variance / c1.n);
  const df = welchDf(t1, c1);
  const t = df === null ? null : tQuantile(0.975, df);
  const half = t === null ? 0 : t * standardError;
  return { shown: true, estimate, low: estimate - half, high: estimate + half, standardError, df, t, treated: t1, control: c1 };
}
