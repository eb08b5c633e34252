import { describe, expect, it } from 'vitest';
import { isWorkingDay, jakartaWeekday, makeHolidaySet } from '../domain/sla/calendar';
import { jakartaDate } from '../domain/time/jakarta';
import { DEMO_HOLIDAYS } from './demo-data';
import { assertSessionPlaceable, placeSessions, sessionDate, type SessionPlan } from './demo-sessions';
import { DEMO_COURSES } from './demo-training';

const HOLIDAYS = makeHolidaySet(DEMO_HOLIDAYS.map((h) => h.date));
const PLANS: SessionPlan[] = DEMO_COURSES.flatMap((c) => c.sessions ?? []);
const DAY = 24 * 3600_000;
const session = (startsAt: string, endsAt: string) => ({ title: 'Kelas', startsAt: new Date(startsAt), endsAt: new Date(endsAt), place: 'Aula', capacity: 20, jp: 6 });

describe('18 demo training sessions are placed from the seeding day, on working days', () => {
  it('18 the PBG session of the old data, on Nyepi (Thu 19 March 2026), is refused', () => {
    const nyepi = session('2026-03-19T08:30:00+07:00', '2026-03-19T15:00:00+07:00');
    expect(() => assertSessionPlaceable(nyepi, new Date('2026-03-02T02:00:00Z'), HOLIDAYS)).toThrow(/2026-03-19.*not a working day/);
  });

  it('18 a session on a weekend, in the past, or ending before it starts is refused', () => {
    const now = new Date('2026-11-30T03:00:00Z');
    expect(() => assertSessionPlaceable(session('2026-12-05T09:00:00+07:00', '2026-12-05T12:00:00+07:00'), now, HOLIDAYS)).toThrow(/2026-12-05/); // Saturday
    expect(() => assertSessionPlaceable(session('2026-12-25T09:00:00+07:00', '2026-12-25T12:00:00+07:00'), now, HOLIDAYS)).toThrow(/2026-12-25/); // Kelahiran Yesus Kristus
    expect(() => assertSessionPlaceable(session('2026-11-27T09:00:00+07:00', '2026-11-27T12:00:00+07:00'), now, HOLIDAYS)).toThrow(/in the past/);
    expect(() => assertSessionPlaceable(session('2026-12-08T12:00:00+07:00', '2026-12-08T09:00:00+07:00'), now, HOLIDAYS)).toThrow(/end after it starts/);
    expect(() => assertSessionPlaceable(session('2026-12-08T09:00:00+07:00', '2026-12-08T12:00:00+07:00'), now, HOLIDAYS)).not.toThrow();
  });

  it('18 seeded on Mon 30 Nov 2026: 6, 10 and 20 working days ahead, past the Christmas holidays', () => {
    const now = new Date('2026-11-30T03:00:00Z'); // Mon 10:00 WIB
    // Tue 1 … Fri 4, Mon 7, Tue 8 = 6th
    expect(sessionDate(now, 6, HOLIDAYS)).toBe('2026-12-08');
    // Wed 9, Thu 10, Fri 11, Mon 14 = 10th
    expect(sessionDate(now, 10, HOLIDAYS)).toBe('2026-12-14');
    // Tue 15 … Wed 23 = 17th; Thu 24 (cuti bersama) and Fri 25 skipped; Mon 28, Tue 29, Wed 30 = 20th
    expect(sessionDate(now, 20, HOLIDAYS)).toBe('2026-12-30');
    const placed = placeSessions(PLANS, now, HOLIDAYS);
    expect(placed.map((s) => [s.title, s.startsAt.toISOString(), s.endsAt.toISOString()])).toEqual([
      ['Klinik kasus pengaduan (angkatan 1)', '2026-12-08T02:00:00.000Z', '2026-12-08T05:00:00.000Z'], // 09:00–12:00 WIB
      ['Klinik kasus pengaduan (angkatan 2)', '2026-12-30T02:00:00.000Z', '2026-12-30T05:00:00.000Z'],
      ['Praktik pemeriksaan dokumen PBG di SIMBG', '2026-12-14T01:30:00.000Z', '2026-12-14T08:00:00.000Z'], // 08:30–15:00 WIB
      ['Lokakarya kepemimpinan layanan digital', '2026-12-10T02:00:00.000Z', '2026-12-10T05:00:00.000Z'], // 8th working day: Thu 10 Dec
    ]);
  });

  it('18 seeded on the test clock (Mon 2 Mar 2026): the 20th working day skips Nyepi, Idul Fitri and Good Friday', () => {
    const now = new Date('2026-03-02T02:00:00Z');
    expect(sessionDate(now, 6, HOLIDAYS)).toBe('2026-03-10');
    expect(sessionDate(now, 10, HOLIDAYS)).toBe('2026-03-16');
    // Tue 17 = 11th; 18–24 March holidays and cuti bersama; Wed 25 … Thu 2 April = 18th;
    // Fri 3 April (Wafat Yesus Kristus) skipped; Mon 6, Tue 7 = 20th
    expect(sessionDate(now, 20, HOLIDAYS)).toBe('2026-04-07');
  });

  it('18 a session that would fall on a Friday moves to the next working day', () => {
    const thursday = new Date('2026-12-03T03:00:00Z');
    // Fri 4, Mon 7, Tue 8, Wed 9, Thu 10, Fri 11 = 6th → Mon 14
    expect(sessionDate(thursday, 6, HOLIDAYS)).toBe('2026-12-14');
  });

  it('18 seeded on any day of 2026–2029, at any hour: every session 1–6 weeks ahead, Monday–Thursday, on a working day', () => {
    const start = Date.UTC(2025, 11, 31, 17); // 1 Jan 2026 00:00 WIB
    for (let t = start; t < Date.UTC(2029, 11, 31, 17); t += DAY) {
      for (const offset of [0, 10 * 3600_000, DAY - 60_000]) {
        const now = new Date(t + offset);
        for (const s of placeSessions(PLANS, now, HOLIDAYS)) {
          const day = jakartaDate(s.startsAt);
          const ahead = s.startsAt.getTime() - now.getTime();
          expect(isWorkingDay(day, HOLIDAYS), `${now.toISOString()} ${s.title}`).toBe(true);
          expect([1, 2, 3, 4], `${now.toISOString()} ${s.title} on ${day}`).toContain(jakartaWeekday(day));
          expect(ahead, `${now.toISOString()} ${s.title} on ${day}`).toBeGreaterThan(7 * DAY);
          expect(ahead, `${now.toISOString()} ${s.title} on ${day}`).toBeLessThan(42 * DAY);
        }
      }
    }
  });

  it('refuses a plan that is not at least one working day ahead, or a malformed time', () => {
    const now = new Date('2026-11-30T03:00:00Z');
    expect(() => sessionDate(now, 0, HOLIDAYS)).toThrow(RangeError);
    expect(() => placeSessions([{ ...PLANS[0]!, from: '9:00' }], now, HOLIDAYS)).toThrow(/HH:MM/);
  });
});
