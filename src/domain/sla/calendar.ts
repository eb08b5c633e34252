// SLA working-day clock in Asia/Jakarta (WIB).
//
// Pure, portable (Node and workerd): no timezone database, no I/O. WIB is UTC+7 all year round
// (Indonesia has no daylight saving time), so local time is plain arithmetic: local = UTC + 7 h
// (the offset and the date rule are src/domain/time/jakarta.ts's).
//
// The model
// ---------
// A *local day* is a Jakarta calendar date, 00:00–24:00 WIB. A *working day* is a local day that is
// Monday–Friday and not in the holiday set (national holidays and cuti bersama, maintained by admins
// as data). The SLA clock runs during the whole 24 hours of every working day and stands still on
// every other day. Office hours play no part: a case submitted Monday 22:00 has the same clock as
// one submitted Monday 10:00, shifted by 12 hours. "1 working day" therefore means 24 running hours.
//
// Due instants (addWorkingDays)
// -----------------------------
//  - Submitted on a working day at local time T: due at the same local time T on the n-th working
//    day after the submission day.
//      Fri 10:00 + 1 → Mon 10:00          Mon 10:00 + 5 → next Mon 10:00
//      Tue 10:00 + 1 with Wed a holiday → Thu 10:00
//  - Submitted on a non-working day: the clock starts at 00:00 of the next working day D, and the
//    case is due at 00:00 of the n-th working day after D (which is the end of the n-th working
//    day counted from D itself).
//      Sat 09:00 + 1 → Tue 00:00 (= end of Monday)
//      Sat 09:00 + 5 → next Mon 00:00 (= end of Friday; the weekend in between does not run)
//  - days = 0 returns the start instant unchanged.
// Due instants always fall inside a working day (wall time in [00:00, 24:00)), and for every start
// workingMillisBetween(start, addWorkingDays(start, n)) === n × 24 h.
//
// Pauses (dueWithPauses)
// ----------------------
// While the case waits for the citizen (information requested) the clock stands still. The due
// instant is the moment the clock, counting only working time outside pauses since the start,
// reaches n working days. A pause that starts after that moment changes nothing: a breach that has
// already happened cannot be undone by asking the citizen a question afterwards.

import { isoDayNumber, JAKARTA_OFFSET_MS } from '../time/jakarta';

/** 'YYYY-MM-DD' local Jakarta dates that are not working days (holidays, cuti bersama). */
export type HolidaySet = ReadonlySet<string>;

export const DAY_MS = 24 * 60 * 60 * 1000;

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

// ---- internal: instants and local day numbers -------------------------------------------------
// A local day number is the count of Jakarta days since 1970-01-01 (day 0 was a Thursday).

function instant(d: Date, name: string): number {
  const t = d instanceof Date ? d.getTime() : Number.NaN;
  if (!Number.isFinite(t)) throw new RangeError(`${name} must be a valid Date`);
  return t;
}

function localDayOf(t: number): number {
  return Math.floor((t + JAKARTA_OFFSET_MS) / DAY_MS);
}

/** UTC instant (ms) of 00:00 WIB on local day `day`. */
function dayStart(day: number): number {
  return day * DAY_MS - JAKARTA_OFFSET_MS;
}

function dayToDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function dateToDay(date: string): number {
  const day = isoDayNumber(date);
  if (day === null) throw new RangeError(`Invalid date ${JSON.stringify(date)}: expected an existing 'YYYY-MM-DD' date`);
  return day;
}

function weekdayOf(day: number): Weekday {
  return ((((day + 4) % 7) + 7) % 7) as Weekday;
}

function isWorkingDayNum(day: number, holidays: HolidaySet): boolean {
  const wd = weekdayOf(day);
  return wd !== 0 && wd !== 6 && !holidays.has(dayToDate(day));
}

/** First working day strictly after `day`. Terminates: a holiday set is finite. */
function nextWorkingDayNum(day: number, holidays: HolidaySet): number {
  let d = day + 1;
  while (!isWorkingDayNum(d, holidays)) d++;
  return d;
}

// ---- dates -------------------------------------------------------------------------------------

/** Builds a holiday set, rejecting anything that is not an existing 'YYYY-MM-DD' date. */
export function makeHolidaySet(dates: Iterable<string>): HolidaySet {
  const set = new Set<string>();
  for (const d of dates) {
    dateToDay(d); // throws RangeError on a malformed or impossible date
    set.add(d);
  }
  return set;
}

/** Day of the week of a local date, 0 = Sunday … 6 = Saturday. */
export function jakartaWeekday(date: string): Weekday {
  return weekdayOf(dateToDay(date));
}

/** Monday–Friday and not a holiday / cuti bersama. Throws RangeError on a malformed date. */
export function isWorkingDay(date: string, holidays: HolidaySet): boolean {
  return isWorkingDayNum(dateToDay(date), holidays);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: string, holidays: HolidaySet): string {
  return dayToDate(nextWorkingDayNum(dateToDay(date), holidays));
}

// ---- the clock ---------------------------------------------------------------------------------

function assertDays(days: number): void {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`days must be a non-negative integer, got ${String(days)}`);
  }
}

/**
 * The due instant `days` working days after `start` (rule and examples at the top of this file).
 * Throws RangeError unless `days` is a non-negative integer.
 */
export function addWorkingDays(start: Date, days: number, holidays: HolidaySet): Date {
  const t = instant(start, 'start');
  assertDays(days);
  if (days === 0) return new Date(t);
  let day = localDayOf(t);
  let timeOfDay: number;
  if (isWorkingDayNum(day, holidays)) {
    timeOfDay = t - dayStart(day);
  } else {
    day = nextWorkingDayNum(day, holidays);
    timeOfDay = 0;
  }
  for (let i = 0; i < days; i++) day = nextWorkingDayNum(day, holidays);
  return new Date(dayStart(day) + timeOfDay);
}

/**
 * The instant at which the clock has run `ms` working milliseconds after `start`.
 * Same conventions as addWorkingDays (which equals addWorkingMillis(start, days × DAY_MS)):
 * a start on a non-working day moves to 00:00 of the next working day, and a result that lands
 * exactly on the end of a working day is reported as 00:00 of the next working day, so results
 * always fall inside a working day. ms = 0 returns `start` unchanged.
 */
export function addWorkingMillis(start: Date, ms: number, holidays: HolidaySet): Date {
  const t = instant(start, 'start');
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`ms must be a finite non-negative number, got ${String(ms)}`);
  if (ms === 0) return new Date(t);
  let day = localDayOf(t);
  let cursor = t;
  if (!isWorkingDayNum(day, holidays)) {
    day = nextWorkingDayNum(day, holidays);
    cursor = dayStart(day);
  }
  let remaining = ms;
  for (;;) {
    const available = dayStart(day + 1) - cursor;
    if (remaining < available) return new Date(cursor + remaining);
    remaining -= available;
    day = nextWorkingDayNum(day, holidays);
    cursor = dayStart(day);
  }
}

function workingMillisNum(a: number, b: number, holidays: HolidaySet): number {
  if (b <= a) return 0;
  const first = localDayOf(a);
  const last = localDayOf(b);
  // a span of weeks is counted day by day; a longer one (a case overdue for years, on the queue's
  // every row) by arithmetic, so the cost does not grow with how long ago `a` was
  if (last - first > LONG_SPAN_DAYS) {
    let total = workingDaysIn(first + 1, last - 1, holidays) * DAY_MS;
    if (isWorkingDayNum(first, holidays)) total += dayStart(first + 1) - a;
    if (isWorkingDayNum(last, holidays)) total += b - dayStart(last);
    return total;
  }
  let total = 0;
  let day = first;
  let cursor = a;
  while (cursor < b) {
    const end = Math.min(dayStart(day + 1), b);
    if (isWorkingDayNum(day, holidays)) total += end - cursor;
    cursor = end;
    day++;
  }
  return total;
}

/** Spans longer than this many days are counted by workingDaysIn. */
const LONG_SPAN_DAYS = 31;

/** Working days among local days [from, to]: Monday–Friday (five in every seven) less the holidays on them. */
function workingDaysIn(from: number, to: number, holidays: HolidaySet): number {
  if (to < from) return 0;
  const days = to - from + 1;
  let n = Math.floor(days / 7) * 5;
  for (let d = from + Math.floor(days / 7) * 7; d <= to; d++) {
    const wd = weekdayOf(d);
    if (wd !== 0 && wd !== 6) n++;
  }
  for (const h of holidays) {
    const d = isoDayNumber(h);
    if (d !== null && d >= from && d <= to) {
      const wd = weekdayOf(d);
      if (wd !== 0 && wd !== 6) n--;
    }
  }
  return n;
}

/**
 * Working time elapsed from `from` to `to`: the parts of [from, to) that lie on working days
 * (each working day contributes up to 24 h, other days 0). Returns 0 when to <= from.
 */
export function workingMillisBetween(from: Date, to: Date, holidays: HolidaySet): number {
  return workingMillisNum(instant(from, 'from'), instant(to, 'to'), holidays);
}

/**
 * Working time left until `due`, for display; negative (the working time since `due`) when
 * overdue, 0 at the due instant or when only non-working time lies in between.
 */
export function remainingWorkingMillis(now: Date, due: Date, holidays: HolidaySet): number {
  const n = instant(now, 'now');
  const d = instant(due, 'due');
  return d >= n ? workingMillisNum(n, d, holidays) : -workingMillisNum(d, n, holidays);
}

// ---- pauses ------------------------------------------------------------------------------------

/** A period in which the SLA clock stands still; `to: null` = still paused. */
export interface Pause {
  from: Date;
  to: Date | null;
}

/**
 * Pauses as sorted, disjoint [from, to) intervals in ms: clipped to [start, now] (time before the
 * start never counted; pause time after `now` is not known yet), open pauses end at `now`,
 * overlapping or touching pauses merged, empty ones dropped.
 * Throws RangeError on an invalid Date or a pause that ends before it starts.
 */
function normalizePauses(pauses: readonly Pause[], start: number, now: number): [number, number][] {
  const intervals: [number, number][] = [];
  for (const p of pauses) {
    const a = instant(p.from, 'pause.from');
    const rawEnd = p.to === null ? now : instant(p.to, 'pause.to');
    if (p.to !== null && rawEnd < a) throw new RangeError('A pause cannot end before it starts');
    const from = Math.max(a, start);
    const to = Math.min(rawEnd, now);
    if (to > from) intervals.push([from, to]);
  }
  intervals.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const iv of intervals) {
    const last = merged[merged.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else merged.push([iv[0], iv[1]]);
  }
  return merged;
}

/**
 * Working time spent paused between `start` and `now` (union of the pauses, so overlapping
 * pauses count once; an open pause counts up to `now`).
 */
export function pausedWorkingMillis(start: Date, pauses: readonly Pause[], now: Date, holidays: HolidaySet): number {
  const s = instant(start, 'start');
  const n = instant(now, 'now');
  let total = 0;
  for (const [a, b] of normalizePauses(pauses, s, n)) total += workingMillisNum(a, b, holidays);
  return total;
}

/**
 * The due instant of a `days`-working-day SLA that started at `start`, as known at `now`, with the
 * clock stopped during `pauses`: the moment the working time outside pauses since `start` reaches
 * `days` × 24 h.
 *  - Without pauses (or with pauses only on non-working days) it equals addWorkingDays.
 *  - A pause before that moment pushes the due instant later by the working time it covers;
 *    a pause that starts after it changes nothing (an existing breach stays a breach).
 *  - An open pause (to = null) counts up to `now`, so the due instant moves with `now`.
 *  - Overlapping pauses count once; pause time before `start` or after `now` is ignored.
 */
export function dueWithPauses(
  start: Date,
  days: number,
  holidays: HolidaySet,
  pauses: readonly Pause[],
  now: Date,
): Date {
  const s = instant(start, 'start');
  const n = instant(now, 'now');
  assertDays(days);
  let cursor = s;
  let remaining = days * DAY_MS;
  for (const [a, b] of normalizePauses(pauses, s, n)) {
    const run = workingMillisNum(cursor, a, holidays);
    if (run >= remaining) break;
    remaining -= run;
    cursor = b;
  }
  return addWorkingMillis(new Date(cursor), remaining, holidays);
}

// ---- status ------------------------------------------------------------------------------------

export type SlaStatus = 'met' | 'breached' | 'running' | 'overdue';

/**
 * Done cases: 'met' when done at or before `due`, else 'breached'.
 * Open cases: 'running' while `now` is at or before `due`, else 'overdue'.
 */
export function slaStatus(due: Date, doneAt: Date | null, now: Date): SlaStatus {
  const d = instant(due, 'due');
  if (doneAt !== null) return instant(doneAt, 'doneAt') <= d ? 'met' : 'breached';
  return instant(now, 'now') <= d ? 'running' : 'overdue';
}
