import { describe, expect, it } from 'vitest';
import { formatDateTime, formatLocalDate, formatRupiah, formatWorking, negotiateLang } from './lang';

describe('negotiateLang', () => {
  it('prefers the explicit cookie', () => {
    expect(negotiateLang('en', 'id-ID')).toBe('en');
    expect(negotiateLang('id', 'en-US')).toBe('id');
  });
  it('falls back to Accept-Language by weight', () => {
    expect(negotiateLang(undefined, 'en-US,en;q=0.9')).toBe('en');
    expect(negotiateLang(undefined, 'fr;q=1, en;q=0.5, id;q=0.8')).toBe('id');
    expect(negotiateLang(undefined, 'in-ID')).toBe('id');
  });
  it('defaults to Indonesian for unknown or missing preferences', () => {
    expect(negotiateLang(undefined, undefined)).toBe('id');
    expect(negotiateLang('xx', 'de-DE,fr')).toBe('id');
    expect(negotiateLang(undefined, ';;;,')).toBe('id');
  });
});

describe('formatting', () => {
  it('shows instants in WIB', () => {
    // 2026-01-05T17:30Z is 00:30 on 6 January in Jakarta
    expect(formatDateTime(new Date('2026-01-05T17:30:00Z'), 'en')).toContain('6 Jan 2026');
    expect(formatDateTime(new Date('2026-01-05T17:30:00Z'), 'en')).toMatch(/00:30.*WIB$/);
  });
  it('writes out a stored Jakarta date as that date, whatever the server zone', () => {
    expect(formatLocalDate('2026-08-17', 'en')).toBe('17 August 2026');
    expect(formatLocalDate('2026-01-01', 'id')).toBe('1 Januari 2026');
  });
  it('writes working time in days and hours, minutes only under an hour', () => {
    const HOUR = 3_600_000;
    expect(formatWorking(2 * 24 * HOUR + 3 * HOUR + 59 * 60_000, 'id')).toBe('2 hari 3 jam');
    expect(formatWorking(24 * HOUR, 'en')).toBe('1 day');
    expect(formatWorking(-(25 * HOUR), 'en')).toBe('1 day 1 hour');
    expect(formatWorking(90 * 60_000, 'en')).toBe('1 hour');
    expect(formatWorking(59 * 60_000, 'id')).toBe('59 menit');
    expect(formatWorking(0, 'en')).toBe('0 minutes');
  });
  it('formats rupiah and free', () => {
    expect(formatRupiah(0, 'id')).toBe('Gratis');
    expect(formatRupiah(0, 'en')).toBe('Free');
    expect(formatRupiah(150000, 'id').replace(/\s/g, ' ')).toMatch(/Rp\s?150\.000/);
  });
});
