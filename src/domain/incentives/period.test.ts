import { describe, expect, it } from 'vitest';
import { hasEnded, isFuturePeriod, parsePeriod, periodLabel } from './period';

describe('periods of the Jakarta calendar', () => {
  it('a month starts and ends at 00:00 WIB (17:00 UTC the day before)', () => {
    const p = parsePeriod('2026-03')!;
    expect(p).toMatchObject({ kind: 'month', year: 2026, index: 3 });
    expect(p.start.toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(p.end.toISOString()).toBe('2026-03-31T17:00:00.000Z');
    expect(parsePeriod('2026-12')!.end.toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });

  it('a quarter and a year', () => {
    const q = parsePeriod('2026-Q4')!;
    expect([q.kind, q.index, q.start.toISOString(), q.end.toISOString()]).toEqual(['quarter', 4, '2026-09-30T17:00:00.000Z', '2026-12-31T17:00:00.000Z']);
    const y = parsePeriod('2026')!;
    expect([y.kind, y.start.toISOString(), y.end.toISOString()]).toEqual(['year', '2025-12-31T17:00:00.000Z', '2026-12-31T17:00:00.000Z']);
  });

  it('anything else is no period', () => {
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '2026-Q0', '26', ' 2026', '2026-3', '1999', '2026/03', ''])
      expect(parsePeriod(bad), bad).toBeNull();
  });

  it('labels in both languages', () => {
    expect(periodLabel(parsePeriod('2026-03')!)).toEqual({ id: 'Maret 2026', en: 'March 2026' });
    expect(periodLabel(parsePeriod('2026-Q2')!)).toEqual({ id: 'Triwulan II 2026', en: 'Q2 2026' });
    expect(periodLabel(parsePeriod('2027')!)).toEqual({ id: 'Tahun 2027', en: 'Year 2027' });
  });

  it('in the future until its first 00:00 WIB; ended from the 00:00 WIB after its last day', () => {
    const p = parsePeriod('2026-04')!;
    expect(isFuturePeriod(p, new Date('2026-03-31T16:59:59Z'))).toBe(true);
    expect(isFuturePeriod(p, new Date('2026-03-31T17:00:00Z'))).toBe(false);
    expect(hasEnded(p, new Date('2026-04-30T16:59:59Z'))).toBe(false);
    expect(hasEnded(p, new Date('2026-04-30T17:00:00Z'))).toBe(true);
  });
});
