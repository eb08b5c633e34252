import { describe, expect, it } from 'vitest';
import {
  fromJakartaWallClock,
  isIsoDate,
  isoDayNumber,
  JAKARTA_OFFSET_MS,
  JAKARTA_TIME_ZONE,
  jakartaDate,
  jakartaMidnight,
  jakartaWallClock,
  jakartaYear,
  nextJakartaMidnight,
} from './jakarta';

const utc = (s: string) => new Date(s);

describe('the Jakarta offset has one owner', () => {
  it('is seven hours, Asia/Jakarta', () => {
    expect(JAKARTA_OFFSET_MS).toBe(25_200_000); // 7 × 3 600 000
    expect(JAKARTA_TIME_ZONE).toBe('Asia/Jakarta');
  });

  it('agrees with the timezone database on the offset, at both solstices (no daylight saving)', () => {
    for (const at of ['2026-01-05T03:00:00Z', '2026-06-21T03:00:00Z', '2026-12-21T20:30:00Z']) {
      const d = utc(at);
      const viaIntl = new Intl.DateTimeFormat('en-CA', {
        timeZone: JAKARTA_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
      }).format(d);
      expect(viaIntl.replace(', ', 'T')).toBe(jakartaWallClock(d));
    }
  });
});

describe('jakartaDate', () => {
  it('is UTC+7: 2026-01-05T17:30Z is already 6 January in Jakarta', () => {
    expect(jakartaDate(utc('2026-01-05T17:30:00Z'))).toBe('2026-01-06');
  });
  it('switches date exactly at 17:00 UTC', () => {
    expect(jakartaDate(utc('2026-01-05T16:59:59.999Z'))).toBe('2026-01-05');
    expect(jakartaDate(utc('2026-01-05T17:00:00.000Z'))).toBe('2026-01-06');
    expect(jakartaDate(utc('2026-01-05T00:00:00Z'))).toBe('2026-01-05');
  });
  it('handles instants before 1970', () => {
    expect(jakartaDate(utc('1969-12-31T16:59:59Z'))).toBe('1969-12-31');
    expect(jakartaDate(utc('1969-12-31T17:00:00Z'))).toBe('1970-01-01');
  });
  it('rejects an invalid Date', () => {
    expect(() => jakartaDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('jakartaYear', () => {
  it('31 Dec 17:00 UTC is already the next year', () => {
    expect(jakartaYear(utc('2026-12-31T16:59:59.999Z'))).toBe(2026);
    expect(jakartaYear(utc('2026-12-31T17:00:00Z'))).toBe(2027);
    expect(jakartaYear(utc('2026-01-01T00:00:00+07:00'))).toBe(2026);
  });
});

describe('wall-clock time', () => {
  it('reads an instant as WIB to the minute', () => {
    expect(jakartaWallClock(utc('2026-03-10T02:00:00Z'))).toBe('2026-03-10T09:00');
    expect(jakartaWallClock(utc('2026-03-09T17:59:59Z'))).toBe('2026-03-10T00:59');
  });
  it('reads a datetime-local value as WIB: 09:00 WIB is 02:00 UTC', () => {
    expect(fromJakartaWallClock('2026-03-10T09:00')?.toISOString()).toBe('2026-03-10T02:00:00.000Z');
    expect(fromJakartaWallClock(' 2026-01-01T00:00 ')?.toISOString()).toBe('2025-12-31T17:00:00.000Z');
  });
  it('refuses times and dates that do not exist', () => {
    for (const bad of ['2026-02-30T09:00', '2026-03-10T24:00', '2026-03-10T09:60', '2026-03-10 09:00', '2026-03-10', ''])
      expect(fromJakartaWallClock(bad), bad).toBeNull();
  });
  it('round-trips', () => {
    const d = utc('2026-08-17T03:45:00Z');
    expect(fromJakartaWallClock(jakartaWallClock(d))).toEqual(d);
  });
});

describe('midnights', () => {
  it('00:00 WIB is 17:00 UTC the day before', () => {
    expect(jakartaMidnight('2026-01-06').toISOString()).toBe('2026-01-05T17:00:00.000Z');
    expect(jakartaMidnight('2026-01-01').toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(() => jakartaMidnight('2026-02-30')).toThrow(RangeError);
  });
  it('the next midnight ends the Jakarta day, whatever the UTC date', () => {
    // 23:59 WIB on 5 Jan → the day ends at 00:00 WIB on 6 Jan = 2026-01-05T17:00Z
    expect(nextJakartaMidnight(utc('2026-01-05T16:59:00Z')).toISOString()).toBe('2026-01-05T17:00:00.000Z');
    // exactly 00:00 WIB on 6 Jan → the next one is 00:00 WIB on 7 Jan
    expect(nextJakartaMidnight(utc('2026-01-05T17:00:00Z')).toISOString()).toBe('2026-01-06T17:00:00.000Z');
    // 01:00 UTC on 6 Jan is 08:00 WIB on 6 Jan
    expect(nextJakartaMidnight(utc('2026-01-06T01:00:00Z')).toISOString()).toBe('2026-01-06T17:00:00.000Z');
  });
});

describe('the date rule', () => {
  it('accepts only existing YYYY-MM-DD dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-1-5', '2026-01-05T00:00', '', 20260105, null])
      expect(isIsoDate(bad), String(bad)).toBe(false);
  });
  it('counts days from 1970-01-01', () => {
    expect(isoDayNumber('1970-01-01')).toBe(0);
    expect(isoDayNumber('1970-01-02')).toBe(1);
    expect(isoDayNumber('1969-12-31')).toBe(-1);
    expect(isoDayNumber('2026-01-01')).toBe(20454); // 56 years × 365 + 14 leap days
    expect(isoDayNumber('2026-02-30')).toBeNull();
  });
});
