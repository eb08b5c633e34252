// Where the demo's classroom sessions fall. A demo started on any date must show sessions in the
// coming weeks (fixed dates went stale, and one fell on Nyepi), so each session is planned as "the
// n-th working day after the seeding day, at a WIB time" and placed with the SLA working-day
// calendar and the holidays in the database. Pure: no I/O, the seeder passes `now` and holidays.
import { isWorkingDay, jakartaWeekday, nextWorkingDay, type HolidaySet } from '../domain/sla/calendar';
import { jakartaDate, jakartaMidnight } from '../domain/time/jakarta';

/** A classroom session relative to the seeding day. Times are WIB, 'HH:MM'. */
export interface SessionPlan {
  title: string;
  /** the n-th working day after the seeding day (n ≥ 6 keeps it at least a week away) */
  workingDaysAhead: number;
  from: string;
  to: string;
  place: string;
  capacity: number;
  jp: number;
}

export interface PlacedSession {
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  capacity: number;
  jp: number;
}

const FRIDAY = 5;
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOf(hhmm: string): number {
  const m = HHMM.exec(hhmm);
  if (!m) throw new RangeError(`demo session time must be HH:MM, got ${JSON.stringify(hhmm)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * The local date of a session planned `workingDaysAhead` working days after the day of `now`,
 * moved on to the next working day when it is a Friday: ASN work short hours on Fridays and
 * the midday break is for Friday prayers, so a classroom morning or day does not fit.
 */
export function sessionDate(now: Date, workingDaysAhead: number, holidays: HolidaySet): string {
  if (!Number.isInteger(workingDaysAhead) || workingDaysAhead < 1)
    throw new RangeError(`workingDaysAhead must be a positive integer, got ${String(workingDaysAhead)}`);
  let date = jakartaDate(now);
  for (let i = 0; i < workingDaysAhead; i++) date = nextWorkingDay(date, holidays);
  while (jakartaWeekday(date) === FRIDAY) date = nextWorkingDay(date, holidays);
  return date;
}

/**
 * Refuses a session that is not on one working day, or not after `now`. The seeder checks every
 * session it is about to insert: a demo must never schedule training on a weekend or holiday
 * (the 2026 PBG session fell on Nyepi) or in the past.
 */
export function assertSessionPlaceable(s: PlacedSession, now: Date, holidays: HolidaySet): void {
  const day = jakartaDate(s.startsAt);
  if (!isWorkingDay(day, holidays))
    throw new Error(`demo session "${s.title}" falls on ${day}, a weekend day or holiday, not a working day`);
  if (jakartaDate(s.endsAt) !== day || s.endsAt.getTime() <= s.startsAt.getTime())
    throw new Error(`demo session "${s.title}" must end after it starts, on the same day`);
  if (s.startsAt.getTime() <= now.getTime()) throw new Error(`demo session "${s.title}" starts in the past`);
}

/** The sessions of a plan, placed from `now` on working days; each one checked. */
export function placeSessions(plans: readonly SessionPlan[], now: Date, holidays: HolidaySet): PlacedSession[] {
  return plans.map((p) => {
    const midnight = jakartaMidnight(sessionDate(now, p.workingDaysAhead, holidays)).getTime();
    const placed: PlacedSession = {
      title: p.title,
      startsAt: new Date(midnight + minutesOf(p.from) * 60_000),
      endsAt: new Date(midnight + minutesOf(p.to) * 60_000),
      place: p.place,
      capacity: p.capacity,
      jp: p.jp,
    };
    assertSessionPlaceable(placed, now, holidays);
    return placed;
  });
}
