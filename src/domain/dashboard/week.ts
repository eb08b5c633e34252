// The ISO week of the weekly report (/dasbor/mingguan, docs/metrics.md §2.1): Monday 00:00 to the
// next Monday 00:00 of the Asia/Jakarta calendar, numbered as ISO 8601 does (week 1 holds the
// year's first Thursday, so 29 Dec 2025 is in 2026-W01 and 1 Jan 2027 in 2026-W53). Written in the
// query string as `2026-W48`. Pure: every instant that matters is given.
import { dayLabel, FIRST_YEAR, LAST_YEAR } from '../metrics/period';
import { JAKARTA_OFFSET_MS } from '../time/jakarta';
import type { Msg } from '../../platform/i18n/lang';

export interface IsoWeek {
  /** the ISO week-numbering year (may differ from the calendar year at the turn of the year) */
  year: number;
  /** 1–53 */
  week: number;
}

const DAY = 24 * 60 * 60 * 1000;
const WEEK_RE = /^(\d{4})-[Ww](\d{2})$/;

/** Day number (days since 1970-01-01) of the Monday of week 1 of an ISO year. */
function mondayOfWeek1(year: number): number {
  const jan4 = Date.UTC(year, 0, 4) / DAY;
  const dow = (new Date(jan4 * DAY).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return jan4 - dow;
}

/** How many ISO weeks a year has: 53 when it begins on a Thursday, or on a Wednesday in a leap year. */
export function weeksInYear(year: number): number {
  return isoWeekOfDay(Date.UTC(year, 11, 28) / DAY).week;
}

/** The ISO week of a day number. */
function isoWeekOfDay(day: number): IsoWeek {
  const dow = (new Date(day * DAY).getUTCDay() + 6) % 7;
  const thursday = day - dow + 3; // the week belongs to the year of its Thursday
  const year = new Date(thursday * DAY).getUTCFullYear();
  return { year, week: Math.floor((thursday - mondayOfWeek1(year)) / 7) + 1 };
}

/** A week as the query string writes it (`2026-W48`); null for anything else or a week the year lacks. */
export function parseIsoWeek(raw: string | null | undefined): IsoWeek | null {
  const m = WEEK_RE.exec((raw ?? '').trim());
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (year < FIRST_YEAR || year > LAST_YEAR || week < 1 || week > weeksInYear(year)) return null;
  return { year, week };
}

/** `2026-W48` */
export function weekKey(w: IsoWeek): string {
  return `${w.year}-W${String(w.week).padStart(2, '0')}`;
}

/** The week (Jakarta calendar) that holds an instant. */
export function weekAt(now: Date): IsoWeek {
  return isoWeekOfDay(Math.floor((now.getTime() + JAKARTA_OFFSET_MS) / DAY));
}

/** [from, to): Monday 00:00 WIB and the next Monday 00:00 WIB. */
export function weekBounds(w: IsoWeek): { from: Date; to: Date } {
  const monday = mondayOfWeek1(w.year) + (w.week - 1) * 7;
  return { from: new Date(monday * DAY - JAKARTA_OFFSET_MS), to: new Date((monday + 7) * DAY - JAKARTA_OFFSET_MS) };
}

/** The week before. */
export function previousWeek(w: IsoWeek): IsoWeek {
  return w.week > 1 ? { year: w.year, week: w.week - 1 } : { year: w.year - 1, week: weeksInYear(w.year - 1) };
}

/** The last week that has ended at `now`: the report's default. */
export function lastFullWeek(now: Date): IsoWeek {
  return previousWeek(weekAt(now));
}

/** The last `n` weeks up to the last full one, newest first: the weeks a report offers. */
export function recentWeeks(n: number, now: Date): IsoWeek[] {
  const out: IsoWeek[] = [];
  let w = lastFullWeek(now);
  for (let i = 0; i < n; i++) {
    out.push(w);
    w = previousWeek(w);
  }
  return out;
}

/** "Minggu 48 (23 November – 29 November 2026)" / "Week 48 (23 November – 29 November 2026)". */
export function weekLabel(w: IsoWeek): Msg {
  const { from, to } = weekBounds(w);
  const first = dayLabel(from.getTime());
  const last = dayLabel(to.getTime() - DAY);
  return { id: `Minggu ${w.week} ${w.year} (${first.id} – ${last.id})`, en: `Week ${w.week} ${w.year} (${first.en} – ${last.en})` };
}
