// The city's clock: Asia/Jakarta (WIB). The one place that knows it is UTC+7.
//
// Indonesia has had no daylight saving time since 1964, so WIB is UTC+7 all year round and local
// time is plain arithmetic: no timezone database, the same on Node and in workerd. Everything
// that needs a Jakarta date, year, midnight or wall-clock time (the SLA calendar, mail, date
// formatting, the per-day mail allowance, training years, datetime-local inputs) takes it from
// here, and 'YYYY-MM-DD' dates are checked by the one rule below.

/** The IANA name, for Intl formatters (which need a name, not an offset). */
export const JAKARTA_TIME_ZONE = 'Asia/Jakarta';
export const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_CLOCK_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

function millis(d: Date): number {
  const t = d instanceof Date ? d.getTime() : Number.NaN;
  if (!Number.isFinite(t)) throw new RangeError('instant must be a valid Date');
  return t;
}

/** The instant as Jakarta wall-clock time, in toISOString's layout ('YYYY-MM-DDTHH:MM:SS.sssZ', the Z a lie). */
function wall(d: Date): string {
  return new Date(millis(d) + JAKARTA_OFFSET_MS).toISOString();
}

/**
 * Days since 1970-01-01 of an existing calendar date written 'YYYY-MM-DD'; null for anything
 * else (2026-02-30, 2026-2-3, '' …).
 */
export function isoDayNumber(date: unknown): number | null {
  const m = typeof date === 'string' ? DATE_RE.exec(date) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(0);
  probe.setUTCFullYear(y, mo - 1, d); // setUTCFullYear, not Date.UTC: years 0–99 stay themselves
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return Math.round(probe.getTime() / DAY_MS);
}

/** True when `date` is an existing calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(date: unknown): date is string {
  return isoDayNumber(date) !== null;
}

/** The Jakarta calendar date of an instant, 'YYYY-MM-DD'. */
export function jakartaDate(d: Date): string {
  return wall(d).slice(0, 10);
}

/** The Jakarta calendar year of an instant (31 Dec 17:00 UTC is already the next year). */
export function jakartaYear(d: Date): number {
  return new Date(millis(d) + JAKARTA_OFFSET_MS).getUTCFullYear();
}

/** The Jakarta wall-clock time of an instant to the minute, 'YYYY-MM-DDTHH:MM' (a datetime-local value). */
export function jakartaWallClock(d: Date): string {
  return wall(d).slice(0, 16);
}

/** The instant of 00:00 WIB on a Jakarta date (17:00 UTC the day before); RangeError for a date that does not exist. */
export function jakartaMidnight(date: string): Date {
  const day = isoDayNumber(date);
  if (day === null) throw new RangeError(`Invalid date ${JSON.stringify(date)}: expected an existing 'YYYY-MM-DD' date`);
  return new Date(day * DAY_MS - JAKARTA_OFFSET_MS);
}

/** The first 00:00 WIB after `now`: where a Jakarta day ends (per-day allowances reset there). */
export function nextJakartaMidnight(now: Date): Date {
  const localDay = Math.floor((millis(now) + JAKARTA_OFFSET_MS) / DAY_MS);
  return new Date((localDay + 1) * DAY_MS - JAKARTA_OFFSET_MS);
}

/** A 'YYYY-MM-DDTHH:MM' wall-clock time (a datetime-local input) read as Jakarta time; null unless it exists. */
export function fromJakartaWallClock(s: string): Date | null {
  const m = WALL_CLOCK_RE.exec(s.trim());
  if (!m) return null;
  const day = isoDayNumber(m[1]);
  const [h, min] = [Number(m[2]), Number(m[3])];
  if (day === null || h > 23 || min > 59) return null;
  return new Date(day * DAY_MS + (h * 60 + min) * 60_000 - JAKARTA_OFFSET_MS);
}
