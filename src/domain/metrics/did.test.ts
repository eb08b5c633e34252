import { describe, expect, it } from 'vitest';
import { differenceInDifferences, tQuantile, welchDf, type PrePost } from './did';

// Pairs whose changes (post − pre) are the given numbers, around a pre value of 70.
const withChanges = (deltas: number[]): PrePost[] => deltas.map((d) => ({ pre: 70, post: 70 + d }));

describe('Student-t quantile against the published table (two-sided 95 %: p = 0.975)', () => {
  // e.g. NIST/SEMATECH e-Handbook of Statistical Methods, table 1.3.6.7.2 (upper critical values of t)
  const table: [number, number][] = [
    [1, 12.706],
    [2, 4.303],
    [5, 2.571],
    [8, 2.306],
    [10, 2.228],
    [30, 2.042],
    [100, 1.984],
  ];
  for (const [df, value] of table)
    it(`t(0.975, ${df}) = ${value}`, () => {
      expect(tQuantile(0.975, df)).toBeCloseTo(value, 3);
    });

  it('fractional df lie between their neighbours; the distribution is symmetric', () => {
    const t = tQuantile(0.975, 5.882353);
    expect(t).toBeLessThan(2.571);
    expect(t).toBeGreaterThan(2.447);
    expect(tQuantile(0.025, 10)).toBeCloseTo(-2.228, 3);
  });

  it('refuses p outside (0, 1) and df ≤ 0', () => {
    expect(() => tQuantile(1, 10)).toThrow(RangeError);
    expect(() => tQuantile(0.975, 0)).toThrow(RangeError);
  });
});

describe('differenceInDifferences', () => {
  it('equal spread and size: the estimate, SE, df = n₁ + n₂ − 2 and the interval by hand', () => {
    // treated Δ 2, 4, 6, 8, 10: mean 6, variance (16 + 4 + 0 + 4 + 16) ÷ 4 = 10
    // control Δ −1, 1, 3, 5, 7: mean 3, variance 10
    // estimate 6 − 3 = 3; SE = √(10/5 + 10/5) = 2; df = (2 + 2)² ÷ (2²/4 + 2²/4) = 16 ÷ 2 = 8
    // t(0.975, 8) = 2.306004; interval 3 ± 4.612 = [−1.612, 7.612]
    const r = differenceInDifferences(withChanges([2, 4, 6, 8, 10]), withChanges([-1, 1, 3, 5, 7]));
    if (!r.shown) throw new Error('hidden');
    expect(r.estimate).toBeCloseTo(3, 12);
    expect(r.treated).toEqual({ n: 5, meanChange: 6, variance: 10 });
    expect(r.control).toEqual({ n: 5, meanChange: 3, variance: 10 });
    expect(r.standardError).toBeCloseTo(2, 12);
    expect(r.df).toBeCloseTo(8, 12);
    expect(r.t).toBeCloseTo(2.306004, 6);
    expect(r.low).toBeCloseTo(3 - 2 * 2.306004, 5);
    expect(r.high).toBeCloseTo(3 + 2 * 2.306004, 5);
  });

  it('unequal spread: Welch–Satterthwaite df by hand', () => {
    // treated Δ 2, 4, 6, 8, 10 (variance 10, a = 10/5 = 2); control Δ 1, 2, 3, 4, 5 (variance 2.5, b = 0.5)
    // SE = √2.5; df = 2.5² ÷ (2²/4 + 0.5²/4) = 6.25 ÷ 1.0625 = 5.882353
    const r = differenceInDifferences(withChanges([2, 4, 6, 8, 10]), withChanges([1, 2, 3, 4, 5]));
    if (!r.shown) throw new Error('hidden');
    expect(r.estimate).toBeCloseTo(3, 12);
    expect(r.standardError).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(r.df).toBeCloseTo(6.25 / 1.0625, 10);
    expect(r.high - r.estimate).toBeCloseTo(tQuantile(0.975, 6.25 / 1.0625) * Math.sqrt(2.5), 10);
  });

  it('only people with data in both windows count', () => {
    const treated = [...withChanges([2, 4, 6, 8, 10]), { pre: null, post: 90 }, { pre: 60, post: null }];
    const r = differenceInDifferences(treated, withChanges([-1, 1, 3, 5, 7]));
    expect(r.shown && r.treated.n).toBe(5);
  });

  it('hidden below 5 people per group, with both sample sizes', () => {
    const r = differenceInDifferences(withChanges([2, 4, 6, 8]), withChanges([1, 2, 3, 4, 5, 6]));
    expect(r).toEqual({ shown: false, treated: { n: 4 }, control: { n: 6 }, minPerGroup: 5 });
    expect(differenceInDifferences(withChanges([1, 2, 3, 4, 5]), [{ pre: 1, post: null }]).shown).toBe(false);
  });

  it('nobody changed differently from the rest of their group: no spread, the interval is the estimate', () => {
    const r = differenceInDifferences(withChanges([5, 5, 5, 5, 5]), withChanges([2, 2, 2, 2, 2]));
    if (!r.shown) throw new Error('hidden');
    expect([r.estimate, r.low, r.high, r.df, r.t, r.standardError]).toEqual([3, 3, 3, null, null, 0]);
  });

  it('welchDf with one group without spread is n − 1 of the other', () => {
    expect(welchDf({ n: 5, meanChange: 0, variance: 0 }, { n: 7, meanChange: 0, variance: 3 })).toBeCloseTo(6, 12);
  });
});
