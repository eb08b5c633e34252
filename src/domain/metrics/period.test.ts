import { describe, expect, it } from 'vitest';
import {
  isCurrent,
  isFuture,
  lastMonths,
  monthKeyOf,
  monthsOf,
  parsePeriod,
  periodAt,
  periodBounds,
  periodCutoff,
  periodKey,
  periodLabel,
  previousPeriod,
} from './period';

const wib = (local: string) => new Date(`${local}+07:00`);

describe('periods in the Jakarta calendar', () => {
  it('parses the three written forms, and nothing else', () => {
    expect(parsePeriod('2026-11')).toEqual({ kind: 'month', year: 2026, index: 11 });
    expect(parsePeriod('2026-Q4')).toEqual({ kind: 'quarter', year: 2026, index: 4 });
    expect(parsePeriod('2026-q1')).toEqual({ kind: 'quarter', year: 2026, index: 1 });
    expect(parsePeriod(' 2026 ')).toEqual({ kind: 'year', year: 2026, index: 0 });
    for (const bad of ['', '2026-13', '2026-00', '2026-Q5', '2026-Q0', '26', '2026-1', '1999', '2101-01', 'abc', '2026-11-01', null, undefined])
      expect(parsePeriod(bad), String(bad)).toBeNull();
  });

  it('writes them back as it reads them', () => {
    for (const s of ['2026-01', '2026-Q2', '2027']) expect(periodKey(parsePeriod(s)!)).toBe(s);
  });

  it('a month runs from 00:00 WIB on its first day to 00:00 WIB on the next month’s (17:00 UTC the day before)', () => {
    const { from, to } = periodBounds(parsePeriod('2026-11')!);
    expect(from.toISOString()).toBe('2026-10-31T17:00:00.000Z');
    expect(to.toISOString()).toBe('2026-11-30T17:00:00.000Z');
  });

  it('a quarter and a year span their months; December ends at the next year', () => {
    expect(periodBounds(parsePeriod('2026-Q4')!)).toEqual({ from: wib('2026-10-01T00:00'), to: wib('2027-01-01T00:00') });
    expect(periodBounds(parsePeriod('2026')!)).toEqual({ from: wib('2026-01-01T00:00'), to: wib('2027-01-01T00:00') });
    expect(monthsOf(parsePeriod('2026-Q2')!)).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(monthsOf(parsePeriod('2026')!)).toHaveLength(12);
  });

  it('an instant belongs to its Jakarta month: 31 Dec 17:00 UTC is already January', () => {
    expect(monthKeyOf(new Date('2026-12-31T16:59:59.999Z'))).toBe('2026-12');
    expect(monthKeyOf(Date.parse('2026-12-31T17:00:00Z'))).toBe('2027-01');
    expect(periodAt('quarter', new Date('2026-12-31T17:00:00Z'))).toEqual({ kind: 'quarter', year: 2027, index: 1 });
    expect(periodAt('year', wib('2026-06-15T12:00'))).toEqual({ kind: 'year', year: 2026, index: 0 });
  });

  it('the previous period crosses the year', () => {
    expect(previousPeriod(parsePeriod('2026-01')!)).toEqual(parsePeriod('2025-12'));
    expect(previousPeriod(parsePeriod('2026-Q1')!)).toEqual(parsePeriod('2025-Q4'));
    expect(previousPeriod(parsePeriod('2026')!)).toEqual(parsePeriod('2025'));
  });

  it('the last 12 months end with the current one, oldest first', () => {
    const months = lastMonths(12, wib('2026-03-10T08:00')).map(periodKey);
    expect(months).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
  });

  it('a period not begun is in the future; the running one is current; its state is read now, a past one’s at its end', () => {
    const now = wib('2026-11-15T10:00');
    expect(isFuture(parsePeriod('2026-12')!, now)).toBe(true);
    expect(isFuture(parsePeriod('2026-11')!, now)).toBe(false);
    expect(isCurrent(parsePeriod('2026-Q4')!, now)).toBe(true);
    expect(isCurrent(parsePeriod('2026-10')!, now)).toBe(false);
    expect(periodCutoff(parsePeriod('2026-12')!, now)).toBeNull();
    expect(periodCutoff(parsePeriod('2026')!, now)).toEqual(now);
    expect(periodCutoff(parsePeriod('2026-10')!, now)).toEqual(wib('2026-11-01T00:00'));
  });

  it('labels in both languages', () => {
    expect(periodLabel(parsePeriod('2026-11')!)).toEqual({ id: 'November 2026', en: 'November 2026' });
    expect(periodLabel(parsePeriod('2026-05')!)).toEqual({ id: 'Mei 2026', en: 'May 2026' });
    expect(periodLabel(parsePeriod('2026-Q4')!)).toEqual({ id: 'Triwulan IV 2026', en: 'Q4 2026' });
    expect(periodLabel(parsePeriod('2026')!)).toEqual({ id: 'Tahun 2026', en: 'Year 2026' });
  });
});
