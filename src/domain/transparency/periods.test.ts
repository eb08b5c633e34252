import { describe, expect, it } from 'vitest';
import { monthWindow, parseTransparencyPeriod } from './periods';

// 3 August 2026 10:00 WIB
const now = new Date('2026-08-03T03:00:00Z');
const wibMidnight = (d: string) => new Date(`${d}T00:00:00+07:00`);

describe('transparency periods', () => {
  it('are whole months: the last full month by default; the old 30/90/365-day links read as 1, 3 and 12 months', () => {
    expect(parseTransparencyPeriod('3-bulan')).toBe('3-bulan');
    expect(parseTransparencyPeriod('bulan-ini')).toBe('bulan-ini');
    expect(parseTransparencyPeriod('30')).toBe('1-bulan');
    expect(parseTransparencyPeriod('90')).toBe('3-bulan');
    expect(parseTransparencyPeriod('365')).toBe('12-bulan');
    for (const bad of [undefined, null, '', '7', '90.0x', '-30', 'semua', '2-bulan']) expect(parseTransparencyPeriod(bad)).toBe('1-bulan');
  });

  it('the last full month, 3 and 12 months end at 00:00 WIB of the current month; the month to date at now', () => {
    expect(monthWindow('1-bulan', now)).toEqual({ months: ['2026-07'], from: wibMidnight('2026-07-01'), to: wibMidnight('2026-08-01') });
    expect(monthWindow('3-bulan', now)).toEqual({ months: ['2026-05', '2026-06', '2026-07'], from: wibMidnight('2026-05-01'), to: wibMidnight('2026-08-01') });
    const year = monthWindow('12-bulan', now);
    expect(year.months).toEqual(['2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07']);
    expect(year.from).toEqual(wibMidnight('2025-08-01'));
    expect(monthWindow('bulan-ini', now)).toEqual({ months: ['2026-08'], from: wibMidnight('2026-08-01'), to: now });
  });

  it('a month begins at 00:00 WIB, not UTC: 31 July 20:00 UTC is already August in Jakarta', () => {
    expect(monthWindow('1-bulan', new Date('2026-07-31T20:00:00Z')).months).toEqual(['2026-07']);
    expect(monthWindow('bulan-ini', new Date('2026-07-31T20:00:00Z')).months).toEqual(['2026-08']);
  });
});
