import { describe, expect, it } from 'vitest';
import { backlogAt, compliance, dayOfYear, daysInYear, histogramMedian, ikmOf, jpStanding, reopenRate, weakestElements } from './measures';

const wib = (local: string) => new Date(`${local}+07:00`);

describe('the arithmetic of the metrics', () => {
  it('compliance is met ÷ (met + breached): 7 of 9 is 77.78 %; nothing decided is no share', () => {
    const c = compliance(7, 2);
    expect(c.decided).toBe(9);
    expect(c.percent).toBeCloseTo(77.7778, 4);
    expect(compliance(0, 0).percent).toBeNull();
  });

  it('the median of an odd number of values is the middle one: 1, 2, 2, 3, 60 minutes → 2', () => {
    expect(histogramMedian([{ minutes: 60, n: 1 }, { minutes: 2, n: 2 }, { minutes: 1, n: 1 }, { minutes: 3, n: 1 }])).toEqual({ n: 5, ms: 2 * 60_000 });
  });

  it('of an even number, the mean of the middle two: 1, 3, 120, 180 minutes → 61.5 minutes', () => {
    expect(histogramMedian([{ minutes: 1, n: 1 }, { minutes: 3, n: 1 }, { minutes: 120, n: 1 }, { minutes: 180, n: 1 }])).toEqual({ n: 4, ms: 61.5 * 60_000 });
  });

  it('no values, no median; empty buckets are ignored', () => {
    expect(histogramMedian([])).toEqual({ n: 0, ms: null });
    expect(histogramMedian([{ minutes: 5, n: 0 }, { minutes: 9, n: 2 }])).toEqual({ n: 2, ms: 9 * 60_000 });
  });

  it('the reopen rate: 1 reopen of 8 resolutions is 12.5 %', () => {
    expect(reopenRate(1, 8)).toBe(12.5);
    expect(reopenRate(0, 0)).toBeNull();
  });

  it('the IKM from element sums: two ratings, element 7 mean 2.5, IKM 73.61 (C)', () => {
    // ratings [3,3,3,3,3,3,2,3,3] and [3,3,3,3,3,3,3,3,3]: means 3 × 8 and 2.5 → (24 + 2.5) / 9 × 25 = 73.61
    const r = ikmOf({ ratings: 2, u1: 6, u2: 6, u3: 6, u4: 6, u5: 6, u6: 6, u7: 5, u8: 6, u9: 6 });
    expect(r.elementMeans[6]).toBe(2.5);
    expect(r.ikm).toBeCloseTo(73.6111, 4);
    expect(r.grade?.letter).toBe('C');
  });

  it('the backlog at a month’s end adds up every month’s ins and outs before it', () => {
    const months = [
      { month: '2026-01', overdueIn: 3, overdueOut: 1 },
      { month: '2026-02', overdueIn: 2, overdueOut: 2 },
      { month: '2026-03', overdueIn: 0, overdueOut: 1 },
    ];
    expect(backlogAt(months, '2026-01')).toBe(2);
    expect(backlogAt(months, '2026-02')).toBe(2);
    expect(backlogAt(months, '2026-03')).toBe(1);
    expect(backlogAt(months, '2025-12')).toBe(0);
  });

  it('JP against 20 prorated to the day: on 1 July 2026 (day 182 of 365) the target is 9.97 JP', () => {
    expect(daysInYear(2026)).toBe(365);
    expect(daysInYear(2028)).toBe(366);
    expect(dayOfYear(wib('2026-01-01T00:00'))).toBe(1);
    expect(dayOfYear(wib('2026-07-01T09:00'))).toBe(182);
    const s = jpStanding(10, 2026, wib('2026-07-01T09:00'));
    expect(s.prorated).toBeCloseTo((20 * 182) / 365, 10);
    expect(s.onTrack).toBe(true);
    expect(jpStanding(9, 2026, wib('2026-07-01T09:00')).onTrack).toBe(false);
  });

  it('the day of the year follows the Jakarta calendar at its edges: leap years, 31 December, the UTC+7 midnight', () => {
    expect([1900, 2000, 2024, 2100].map(daysInYear)).toEqual([365, 366, 366, 365]);
    expect(dayOfYear(wib('2026-12-31T23:59'))).toBe(365);
    expect(dayOfYear(wib('2028-12-31T23:59'))).toBe(366);
    expect(dayOfYear(wib('2028-03-01T00:00'))).toBe(61); // 31 + 29 + 1
    // 17:00 UTC on 31 December is already 1 January in Jakarta, and its year is the next one
    expect(dayOfYear(new Date('2026-12-31T16:59:59Z'))).toBe(365);
    expect(dayOfYear(new Date('2026-12-31T17:00:00Z'))).toBe(1);
    expect(jpStanding(0, 2027, new Date('2026-12-31T17:00:00Z')).prorated).toBeCloseTo(20 / 365, 10);
  });

  it('a past year is judged against the whole 20 JP, a year not begun against none', () => {
    expect(jpStanding(19, 2025, wib('2026-07-01T09:00'))).toMatchObject({ prorated: 20, onTrack: false });
    expect(jpStanding(0, 2027, wib('2026-07-01T09:00'))).toMatchObject({ prorated: 0, onTrack: true });
  });

  it('the weakest elements: lowest means first, ties in the regulation’s order, unanswered left out', () => {
    expect(weakestElements([3, 2.5, null, 3, 3, 2.5, 1.5, 3, 4])).toEqual([
      { element: 7, mean: 1.5 },
      { element: 2, mean: 2.5 },
      { element: 6, mean: 2.5 },
    ]);
    expect(weakestElements(new Array(9).fill(null))).toEqual([]);
  });
});
