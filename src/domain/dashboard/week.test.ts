import { describe, expect, it } from 'vitest';
import { lastFullWeek, parseIsoWeek, previousWeek, recentWeeks, weekAt, weekBounds, weekKey, weekLabel, weeksInYear } from './week';

const iso = (d: Date) => d.toISOString();

describe('ISO weeks on the Jakarta calendar', () => {
  it('2026-W48 is Monday 23 to Sunday 29 November 2026, 00:00 WIB (17:00 UTC the day before)', () => {
    const w = parseIsoWeek('2026-W48')!;
    expect(w).toEqual({ year: 2026, week: 48 });
    const { from, to } = weekBounds(w);
    expect(iso(from)).toBe('2026-11-22T17:00:00.000Z');
    expect(iso(to)).toBe('2026-11-29T17:00:00.000Z');
    expect(weekLabel(w).id).toBe('Minggu 48 2026 (23 November 2026 – 29 November 2026)');
  });

  it('week 1 holds the first Thursday: 29 Dec 2025 is 2026-W01; 2026 has 53 weeks, 2025 has 52', () => {
    expect(iso(weekBounds({ year: 2026, week: 1 }).from)).toBe('2025-12-28T17:00:00.000Z');
    expect(weeksInYear(2026)).toBe(53);
    expect(weeksInYear(2025)).toBe(52);
    expect(weekAt(new Date('2027-01-01T05:00:00Z'))).toEqual({ year: 2026, week: 53 });
    expect(previousWeek({ year: 2027, week: 1 })).toEqual({ year: 2026, week: 53 });
  });

  it('the Jakarta day decides: Sunday 23:30 WIB is still that week, 00:30 WIB Monday the next', () => {
    expect(weekAt(new Date('2026-11-29T16:30:00Z'))).toEqual({ year: 2026, week: 48 });
    expect(weekAt(new Date('2026-11-29T17:30:00Z'))).toEqual({ year: 2026, week: 49 });
  });

  it('the default is the last full week; the choices go back from it', () => {
    // Monday 30 Nov 2026 09:00 WIB: week 49 runs, 48 is the last that ended
    const now = new Date('2026-11-30T02:00:00Z');
    expect(weekKey(lastFullWeek(now))).toBe('2026-W48');
    expect(recentWeeks(3, now).map(weekKey)).toEqual(['2026-W48', '2026-W47', '2026-W46']);
  });

  it('refuses what is not a week: W00, W54, W53 of a 52-week year, other forms', () => {
    for (const bad of ['2026-W00', '2026-W54', '2025-W53', '2026-48', '2026W48', '1999-W10', 'x', '', '2026-W4']) expect(parseIsoWeek(bad), bad).toBeNull();
    expect(parseIsoWeek('2026-w05')).toEqual({ year: 2026, week: 5 });
  });
});
