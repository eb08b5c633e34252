import { describe, it, expect } from 'vitest';
import {
  DAY_MS,
  addWorkingDays,
  addWorkingMillis,
  dueWithPauses,
  isWorkingDay,
  jakartaWeekday,
  makeHolidaySet,
  nextWorkingDay,
  pausedWorkingMillis,
  remainingWorkingMillis,
  slaStatus,
  workingMillisBetween,
  type HolidaySet,
  type Pause,
} from './calendar';
import { jakartaDate, jakartaMidnight } from '../time/jakarta';

const HOUR = 60 * 60 * 1000;

/** A Jakarta wall-clock time, e.g. wib('2026-01-09 10:00'). Independent of the code under test. */
function wib(local: string): Date {
  const d = new Date(`${local.replace(' ', 'T')}:00+07:00`);
  if (Number.isNaN(d.getTime())) throw new Error(`bad fixture ${local}`);
  return d;
}

const NONE: HolidaySet = new Set();

// Test fixture modelled on the 2026 national holidays and cuti bersama (not authoritative data;
// the real calendar is maintained by admins). Weekdays noted for the reader.
const HOLIDAYS: HolidaySet = makeHolidaySet([
  '2026-01-01', // Thu, Tahun Baru
  '2026-01-16', // Fri, Isra Mikraj
  '2026-02-16', // Mon, cuti bersama Imlek
  '2026-02-17', // Tue, Tahun Baru Imlek
  '2026-03-18', // Wed, cuti bersama
  '2026-03-19', // Thu, Nyepi
  '2026-03-20', // Fri, Idul Fitri
  '2026-03-21', // Sat, Idul Fitri (a weekend holiday changes nothing)
  '2026-03-23', // Mon, cuti bersama Idul Fitri
  '2026-03-24', // Tue, cuti bersama Idul Fitri
  '2026-12-24', // Thu, cuti bersama Natal
  '2026-12-25', // Fri, Natal
  '2027-01-01', // Fri, Tahun Baru
]);

describe('dates', () => {
  it('jakartaWeekday for known 2026 dates', () => {
    expect(jakartaWeekday('2026-01-01')).toBe(4); // Thursday
    expect(jakartaWeekday('2026-01-03')).toBe(6);
    expect(jakartaWeekday('2026-01-04')).toBe(0);
    expect(jakartaWeekday('2026-03-20')).toBe(5);
    expect(jakartaWeekday('2027-01-04')).toBe(1);
  });
  it('makeHolidaySet rejects malformed dates', () => {
    expect(() => makeHolidaySet(['2026-01-01', '2026-02-30'])).toThrow(RangeError);
    expect(() => makeHolidaySet(['1/1/2026'])).toThrow(RangeError);
    expect(makeHolidaySet(['2026-01-01', '2026-01-01']).size).toBe(1);
  });
});

describe('isWorkingDay', () => {
  it('Monday–Friday are working days, weekends are not', () => {
    expect(isWorkingDay('2026-01-05', NONE)).toBe(true); // Mon
    expect(isWorkingDay('2026-01-09', NONE)).toBe(true); // Fri
    expect(isWorkingDay('2026-01-10', NONE)).toBe(false); // Sat
    expect(isWorkingDay('2026-01-11', NONE)).toBe(false); // Sun
  });
  it('national holidays and cuti bersama are not working days', () => {
    expect(isWorkingDay('2026-01-01', NONE)).toBe(true);
    expect(isWorkingDay('2026-01-01', HOLIDAYS)).toBe(false);
    expect(isWorkingDay('2026-03-23', HOLIDAYS)).toBe(false); // cuti bersama
    expect(isWorkingDay('2026-03-25', HOLIDAYS)).toBe(true);
  });
  it('throws on malformed dates rather than guessing', () => {
    expect(() => isWorkingDay('2026-02-30', NONE)).toThrow(RangeError);
    expect(() => isWorkingDay('05/01/2026', NONE)).toThrow(RangeError);
  });
  it('nextWorkingDay skips weekends and holidays', () => {
    expect(nextWorkingDay('2026-01-09', NONE)).toBe('2026-01-12');
    expect(nextWorkingDay('2026-01-05', NONE)).toBe('2026-01-06');
    expect(nextWorkingDay('2026-03-17', HOLIDAYS)).toBe('2026-03-25');
    expect(nextWorkingDay('2026-12-31', HOLIDAYS)).toBe('2027-01-04');
  });
});

describe('addWorkingDays', () => {
  const due = (start: string, n: number, h: HolidaySet = HOLIDAYS) => addWorkingDays(wib(start), n, h);

  it('Friday 10:00 + 1 → Monday 10:00', () => {
    expect(due('2026-01-09 10:00', 1)).toEqual(wib('2026-01-12 10:00'));
  });
  it('Monday 10:00 + 5 → next Monday 10:00', () => {
    expect(due('2026-01-05 10:00', 5)).toEqual(wib('2026-01-12 10:00'));
  });
  it('Saturday 09:00 + 1 → Tuesday 00:00 (the end of Monday)', () => {
    expect(due('2026-01-10 09:00', 1)).toEqual(wib('2026-01-13 00:00'));
    expect(due('2026-01-11 23:59', 1)).toEqual(wib('2026-01-13 00:00'));
  });
  it('Saturday + 5 → next Monday 00:00 (the end of Friday)', () => {
    expect(due('2026-01-10 09:00', 5, NONE)).toEqual(wib('2026-01-19 00:00'));
    // with Fri 16 Jan a holiday the fifth working day counted from Monday is Mon 19 → due Tue 20 00:00
    expect(due('2026-01-10 09:00', 5, HOLIDAYS)).toEqual(wib('2026-01-20 00:00'));
  });
  it('skips a holiday Wednesday', () => {
    const wed = makeHolidaySet(['2026-01-07']);
    expect(due('2026-01-06 10:00', 1, wed)).toEqual(wib('2026-01-08 10:00'));
    expect(due('2026-01-06 10:00', 1, NONE)).toEqual(wib('2026-01-07 10:00'));
    expect(due('2026-01-05 10:00', 5, wed)).toEqual(wib('2026-01-13 10:00'));
  });
  it('a start on a holiday behaves like a start on a weekend', () => {
    // Thu 1 Jan is a holiday: the clock starts Fri 2 Jan 00:00, one working day later is Mon 5 Jan 00:00.
    expect(due('2026-01-01 08:00', 1)).toEqual(wib('2026-01-05 00:00'));
    expect(due('2026-01-01 08:00', 2)).toEqual(wib('2026-01-06 00:00'));
  });
  it('skips the Idul Fitri block of holidays and cuti bersama', () => {
    expect(due('2026-03-17 10:00', 1)).toEqual(wib('2026-03-25 10:00'));
    expect(due('2026-03-17 10:00', 1, NONE)).toEqual(wib('2026-03-18 10:00'));
    expect(due('2026-03-13 14:00', 3)).toEqual(wib('2026-03-25 14:00')); // Fri → Mon16, Tue17, Wed25
    expect(due('2026-03-19 09:00', 1)).toEqual(wib('2026-03-26 00:00')); // start on a holiday
  });
  it('crosses the year boundary with Christmas and New Year holidays', () => {
    expect(due('2026-12-23 15:00', 3)).toEqual(wib('2026-12-30 15:00'));
    expect(due('2026-12-23 15:00', 5)).toEqual(wib('2027-01-04 15:00'));
    expect(due('2026-12-31 23:30', 1)).toEqual(wib('2027-01-04 23:30'));
  });
  it('uses the Jakarta date, not the UTC date, for instants near midnight', () => {
    // 2026-01-05T17:30Z is Tuesday 00:30 in Jakarta.
    expect(addWorkingDays(new Date('2026-01-05T17:30:00Z'), 1, NONE).toISOString()).toBe('2026-01-06T17:30:00.000Z');
    // 2026-01-09T17:30Z is still Friday in UTC but Saturday 00:30 in Jakarta: clock starts Monday.
    expect(addWorkingDays(new Date('2026-01-09T17:30:00Z'), 1, NONE).toISOString()).toBe('2026-01-12T17:00:00.000Z');
    // Friday 23:30 WIB (16:30Z) is a working day: + 1 → Monday 23:30 WIB.
    expect(addWorkingDays(new Date('2026-01-09T16:30:00Z'), 1, NONE).toISOString()).toBe('2026-01-12T16:30:00.000Z');
  });
  it('days = 0 returns the start, even on a weekend', () => {
    const sat = wib('2026-01-10 09:00');
    const r = addWorkingDays(sat, 0, NONE);
    expect(r).toEqual(sat);
    expect(r).not.toBe(sat);
  });
  it('rejects negative, fractional and non-finite days and invalid dates', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => addWorkingDays(wib('2026-01-05 10:00'), bad, NONE)).toThrow(RangeError);
    }
    expect(() => addWorkingDays(new Date('x'), 1, NONE)).toThrow(RangeError);
  });
  it('property: exactly n × 24 working hours elapse, the due day is a working day, and it equals addWorkingMillis', () => {
    const from = wib('2026-03-10 00:00').getTime();
    const to = wib('2026-04-10 00:00').getTime();
    for (let t = from; t < to; t += 5 * HOUR + 17 * 60 * 1000) {
      const start = new Date(t);
      for (let n = 0; n <= 7; n++) {
        const d = addWorkingDays(start, n, HOLIDAYS);
        expect(workingMillisBetween(start, d, HOLIDAYS)).toBe(n * DAY_MS);
        expect(addWorkingMillis(start, n * DAY_MS, HOLIDAYS)).toEqual(d);
        if (n > 0) {
          expect(isWorkingDay(jakartaDate(d), HOLIDAYS)).toBe(true);
          expect(d.getTime()).toBeGreaterThan(t);
        }
      }
    }
  });
});

describe('addWorkingMillis', () => {
  it('adds hours within a working day', () => {
    expect(addWorkingMillis(wib('2026-01-05 10:00'), 3 * HOUR, NONE)).toEqual(wib('2026-01-05 13:00'));
  });
  it('jumps over the weekend', () => {
    expect(addWorkingMillis(wib('2026-01-09 20:00'), 6 * HOUR, NONE)).toEqual(wib('2026-01-12 02:00'));
  });
  it('a result at the end of a working day is reported as 00:00 of the next working day', () => {
    expect(addWorkingMillis(wib('2026-01-09 20:00'), 4 * HOUR, NONE)).toEqual(wib('2026-01-12 00:00'));
  });
  it('starts at 00:00 of the next working day when started on a non-working day', () => {
    expect(addWorkingMillis(wib('2026-01-10 12:00'), 2 * HOUR, NONE)).toEqual(wib('2026-01-12 02:00'));
  });
  it('0 returns the start; negative throws', () => {
    expect(addWorkingMillis(wib('2026-01-10 12:00'), 0, NONE)).toEqual(wib('2026-01-10 12:00'));
    expect(() => addWorkingMillis(wib('2026-01-10 12:00'), -1, NONE)).toThrow(RangeError);
  });
});

describe('workingMillisBetween', () => {
  it('Friday 10:00 → Monday 10:00 is one working day', () => {
    expect(workingMillisBetween(wib('2026-01-09 10:00'), wib('2026-01-12 10:00'), NONE)).toBe(DAY_MS);
  });
  it('counts partial days', () => {
    expect(workingMillisBetween(wib('2026-01-05 10:00'), wib('2026-01-05 12:30'), NONE)).toBe(2.5 * HOUR);
  });
  it('weekends and holidays contribute nothing', () => {
    expect(workingMillisBetween(wib('2026-01-10 09:00'), wib('2026-01-11 20:00'), NONE)).toBe(0);
    expect(workingMillisBetween(wib('2026-03-17 10:00'), wib('2026-03-25 10:00'), HOLIDAYS)).toBe(DAY_MS);
    expect(workingMillisBetween(wib('2026-03-17 10:00'), wib('2026-03-25 10:00'), NONE)).toBe(6 * DAY_MS);
  });
  it('crosses the year boundary', () => {
    // Wed 12h + Thu 24h + Fri 1 Jan (holiday) 0 + weekend 0 + Mon 12h
    expect(workingMillisBetween(wib('2026-12-30 12:00'), wib('2027-01-04 12:00'), HOLIDAYS)).toBe(2 * DAY_MS);
  });
  it('splits at Jakarta midnight, not UTC midnight', () => {
    // Fri 23:00 WIB → Sat 01:00 WIB: only the Friday hour counts.
    expect(workingMillisBetween(new Date('2026-01-09T16:00:00Z'), new Date('2026-01-09T18:00:00Z'), NONE)).toBe(HOUR);
    // Sun 23:00 WIB → Mon 01:00 WIB (both Sunday in UTC): only the Monday hour counts.
    expect(workingMillisBetween(new Date('2026-01-11T16:00:00Z'), new Date('2026-01-11T18:00:00Z'), NONE)).toBe(HOUR);
  });
  it('a whole year: 261 weekdays in 2026, 250 after the fixture holidays', () => {
    const a = jakartaMidnight('2026-01-01');
    const b = jakartaMidnight('2027-01-01');
    expect(workingMillisBetween(a, b, NONE)).toBe(261 * DAY_MS);
    expect(workingMillisBetween(a, b, HOLIDAYS)).toBe(250 * DAY_MS);
  });
  it('is 0 when to <= from', () => {
    expect(workingMillisBetween(wib('2026-01-06 10:00'), wib('2026-01-05 10:00'), NONE)).toBe(0);
    expect(workingMillisBetween(wib('2026-01-06 10:00'), wib('2026-01-06 10:00'), NONE)).toBe(0);
  });
});

describe('remainingWorkingMillis', () => {
  it('positive before the due instant, counting only working time', () => {
    expect(remainingWorkingMillis(wib('2026-01-09 10:00'), wib('2026-01-12 10:00'), NONE)).toBe(DAY_MS);
  });
  it('negative when overdue', () => {
    expect(remainingWorkingMillis(wib('2026-01-05 12:00'), wib('2026-01-05 10:00'), NONE)).toBe(-2 * HOUR);
    expect(remainingWorkingMillis(wib('2026-01-12 10:00'), wib('2026-01-09 10:00'), NONE)).toBe(-DAY_MS);
  });
  it('0 at the due instant and over a weekend before a Monday 00:00 due', () => {
    expect(remainingWorkingMillis(wib('2026-01-05 10:00'), wib('2026-01-05 10:00'), NONE)).toBe(0);
    expect(remainingWorkingMillis(wib('2026-01-10 12:00'), wib('2026-01-12 00:00'), NONE)).toBe(0);
  });
});

describe('working time over long spans (issue 14.2: the queue shows how long each case is overdue)', () => {
  /** The definition, day by day: each working day's part of [a, b). Independent of the code under test. */
  function byDay(a: Date, b: Date, holidays: HolidaySet): number {
    let total = 0;
    for (let t = a.getTime(); t < b.getTime(); ) {
      const date = jakartaDate(new Date(t));
      const next = Math.min(jakartaMidnight(date).getTime() + DAY_MS, b.getTime());
      if (isWorkingDay(date, holidays)) total += next - t;
      t = next;
    }
    return total;
  }

  it('14.2 a span of years counted by arithmetic equals the day-by-day count, holidays and weekend ends included', () => {
    // a small deterministic generator: spans from an hour to four years, starts in 2025–2027
    let seed = 20261130;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const base = wib('2025-01-01 00:00').getTime();
    for (let i = 0; i < 300; i++) {
      const a = new Date(base + Math.floor(rand() * 3 * 365) * DAY_MS + Math.floor(rand() * DAY_MS));
      const b = new Date(a.getTime() + Math.floor(rand() * 4 * 365 * DAY_MS));
      expect(workingMillisBetween(a, b, HOLIDAYS), `${a.toISOString()} → ${b.toISOString()}`).toBe(byDay(a, b, HOLIDAYS));
      expect(remainingWorkingMillis(b, a, HOLIDAYS)).toBe(-byDay(a, b, HOLIDAYS));
    }
  });

  it('14.2 hand-counted: 2026 has 261 weekdays, 11 of the fixture’s holidays fall on them', () => {
    // 1 Jan 2026 00:00 → 1 Jan 2027 00:00: 261 weekdays less the 11 weekday holidays of the fixture in 2026 (21 Mar is a Saturday)
    expect(workingMillisBetween(wib('2026-01-01 00:00'), wib('2027-01-01 00:00'), HOLIDAYS)).toBe(250 * DAY_MS);
    expect(workingMillisBetween(wib('2026-01-01 00:00'), wib('2027-01-01 00:00'), NONE)).toBe(261 * DAY_MS);
    // from Friday 5 June 18:00 to Monday 13 July 06:00: 6 h + the 25 weekdays of 8 June – 10 July + 6 h
    expect(workingMillisBetween(wib('2026-06-05 18:00'), wib('2026-07-13 06:00'), NONE)).toBe(12 * HOUR + 25 * DAY_MS);
  });
});

describe('dueWithPauses', () => {
  const start = wib('2026-01-05 10:00'); // Monday
  const p = (from: string, to: string | null): Pause => ({ from: wib(from), to: to === null ? null : wib(to) });

  it('without pauses equals addWorkingDays', () => {
    expect(dueWithPauses(start, 5, NONE, [], wib('2026-01-20 00:00'))).toEqual(addWorkingDays(start, 5, NONE));
    const sat = wib('2026-01-10 09:00');
    expect(dueWithPauses(sat, 1, NONE, [], wib('2026-01-20 00:00'))).toEqual(wib('2026-01-13 00:00'));
  });
  it('a pause across a weekend adds only its working time (Fri 14 h + Mon 10 h)', () => {
    const pauses = [p('2026-01-09 10:00', '2026-01-12 10:00')];
    expect(pausedWorkingMillis(start, pauses, wib('2026-01-20 00:00'), NONE)).toBe(DAY_MS);
    expect(dueWithPauses(start, 5, NONE, pauses, wib('2026-01-20 00:00'))).toEqual(wib('2026-01-13 10:00'));
  });
  it('a pause entirely on a weekend changes nothing', () => {
    const pauses = [p('2026-01-10 08:00', '2026-01-11 20:00')];
    expect(dueWithPauses(start, 5, NONE, pauses, wib('2026-01-20 00:00'))).toEqual(wib('2026-01-12 10:00'));
  });
  it('holidays inside a pause do not count either', () => {
    const s = wib('2026-03-16 10:00');
    const pauses = [p('2026-03-17 10:00', '2026-03-25 10:00')]; // Tue 14 h + Wed 25th 10 h
    expect(dueWithPauses(s, 2, HOLIDAYS, pauses, wib('2026-04-01 00:00'))).toEqual(wib('2026-03-26 10:00'));
  });
  it('an open pause extends the due instant up to now, and keeps moving with now', () => {
    const pauses = [p('2026-01-07 10:00', null)];
    // 2 days ran before the pause; 3 remain from now.
    expect(dueWithPauses(start, 5, NONE, pauses, wib('2026-01-08 16:00'))).toEqual(wib('2026-01-13 16:00'));
    expect(dueWithPauses(start, 5, NONE, pauses, wib('2026-01-09 16:00'))).toEqual(wib('2026-01-14 16:00'));
    // now on Saturday: the clock restarts Monday 00:00.
    expect(dueWithPauses(start, 5, NONE, pauses, wib('2026-01-10 12:00'))).toEqual(wib('2026-01-15 00:00'));
    expect(pausedWorkingMillis(start, pauses, wib('2026-01-10 12:00'), NONE)).toBe(62 * HOUR);
  });
  it('overlapping and nested pauses do not double count', () => {
    const a = p('2026-01-06 10:00', '2026-01-07 10:00');
    const b = p('2026-01-06 20:00', '2026-01-07 20:00');
    const nested = p('2026-01-06 12:00', '2026-01-06 13:00');
    const now = wib('2026-01-20 00:00');
    const union = dueWithPauses(start, 5, NONE, [p('2026-01-06 10:00', '2026-01-07 20:00')], now);
    expect(union).toEqual(wib('2026-01-13 20:00')); // base Mon 12th 10:00 + 34 h
    expect(dueWithPauses(start, 5, NONE, [a, b], now)).toEqual(union);
    expect(dueWithPauses(start, 5, NONE, [b, nested, a], now)).toEqual(union);
    expect(pausedWorkingMillis(start, [a, b, nested, a], now, NONE)).toBe(34 * HOUR);
  });
  it('touching pauses are merged too', () => {
    const now = wib('2026-01-20 00:00');
    const pauses = [p('2026-01-05 12:00', '2026-01-05 14:00'), p('2026-01-05 14:00', '2026-01-05 17:00')];
    expect(pausedWorkingMillis(start, pauses, now, NONE)).toBe(5 * HOUR);
    expect(dueWithPauses(start, 1, NONE, pauses, now)).toEqual(wib('2026-01-06 15:00'));
  });
  it('a pause that starts after the due instant cannot undo a breach', () => {
    const pauses = [p('2026-01-07 09:00', '2026-01-08 09:00')];
    expect(dueWithPauses(start, 1, NONE, pauses, wib('2026-01-09 00:00'))).toEqual(wib('2026-01-06 10:00'));
  });
  it('pause time before the start is ignored', () => {
    const pauses = [p('2026-01-04 10:00', '2026-01-06 10:00')];
    expect(dueWithPauses(start, 1, NONE, pauses, wib('2026-01-20 00:00'))).toEqual(wib('2026-01-07 10:00'));
  });
  it('pause time after now is ignored (the answer is "as known at now")', () => {
    const ending = [p('2026-01-07 10:00', '2026-01-09 10:00')];
    const now = wib('2026-01-08 10:00');
    expect(dueWithPauses(start, 5, NONE, ending, now)).toEqual(wib('2026-01-13 10:00'));
    const later = [p('2026-01-09 10:00', null)];
    expect(dueWithPauses(start, 5, NONE, later, now)).toEqual(wib('2026-01-12 10:00'));
  });
  it('days = 0 returns the start whatever the pauses', () => {
    expect(dueWithPauses(start, 0, NONE, [p('2026-01-05 09:00', null)], wib('2026-01-20 00:00'))).toEqual(start);
  });
  it('rejects a pause that ends before it starts, and bad days', () => {
    expect(() => dueWithPauses(start, 1, NONE, [p('2026-01-07 10:00', '2026-01-06 10:00')], wib('2026-01-20 00:00'))).toThrow(RangeError);
    expect(() => dueWithPauses(start, -1, NONE, [], wib('2026-01-20 00:00'))).toThrow(RangeError);
  });
});

describe('slaStatus', () => {
  const due = wib('2026-01-12 10:00');
  it('done cases: met at or before due, breached after', () => {
    expect(slaStatus(due, wib('2026-01-09 10:00'), wib('2026-02-01 00:00'))).toBe('met');
    expect(slaStatus(due, due, wib('2026-02-01 00:00'))).toBe('met');
    expect(slaStatus(due, new Date(due.getTime() + 1), wib('2026-01-01 00:00'))).toBe('breached');
  });
  it('open cases: running at or before due, overdue after', () => {
    expect(slaStatus(due, null, wib('2026-01-09 10:00'))).toBe('running');
    expect(slaStatus(due, null, due)).toBe('running');
    expect(slaStatus(due, null, new Date(due.getTime() + 1))).toBe('overdue');
  });
});
