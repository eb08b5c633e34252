// The periods metrics are asked for (docs/metrics.md §2): a month, a quarter or a year of the
// Asia/Jakarta calendar. Written in the query string as `2026-11`, `2026-Q4` or `2026`; bounded by
// instants [from, to) (00:00 WIB on the first day, 00:00 WIB on the first day after); made of
// months, the unit the roll-ups are kept in (src/domain/metrics/rollup.ts). Pure: every instant
// that matters is given.
import { JAKARTA_OFFSET_MS, jakartaMidnight } from '../time/jakarta';
import type { Msg } from '../../platform/i18n/lang';

export type PeriodKind = 'month' | 'quarter' | 'year';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** the month 1–12, the quarter 1–4, or 0 for a year */
  index: number;
}

/** Years a period may name: the portal's own lifetime, with room on both sides. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER_RE = /^(\d{4})-[Qq]([1-4])$/;
const YEAR_RE = /^(\d{4})$/;

const inRange = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;
const pad2 = (n: number) => String(n).padStart(2, '0');

/** A period as the query string writes it; null for anything else (an unknown form, a year out of range). */
export function parsePeriod(raw: string | null | undefined): Period | null {
  const s = (raw ?? '').trim();
  let m = MONTH_RE.exec(s);
  if (m) return inRange(Number(m[1])) ? { kind: 'month', year: Number(m[1]), index: Number(m[2]) } : null;
  m = QUARTER_RE.exec(s);
  if (m) return inRange(Number(m[1])) ? { kind: 'quarter', year: Number(m[1]), index: Number(m[2]) } : null;
  m = YEAR_RE.exec(s);
  if (m) return inRange(Number(m[1])) ? { kind: 'year', year: Number(m[1]), index: 0 } : null;
  return null;
}

/** The query-string form: `2026-11`, `2026-Q4`, `2026`. */
export function periodKey(p: Period): string {
  if (p.kind === 'month') return `${p.year}-${pad2(p.index)}`;
  if (p.kind === 'quarter') return `${p.year}-Q${p.index}`;
  return String(p.year);
}

/** The Jakarta year and month (1–12) of an instant. */
function jakartaYearMonth(d: Date): { year: number; month: number } {
  const wall = new Date(d.getTime() + JAKARTA_OFFSET_MS);
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1 };
}

/** The roll-ups' month key of an instant (epoch ms or Date): its Jakarta month, 'YYYY-MM'. */
export function monthKeyOf(instant: number | Date): string {
  const { year, month } = jakartaYearMonth(typeof instant === 'number' ? new Date(instant) : instant);
  return `${year}-${pad2(month)}`;
}

/** The period of this kind that holds the instant (Jakarta calendar). */
export function periodAt(kind: PeriodKind, now: Date): Period {
  const { year, month } = jakartaYearMonth(now);
  if (kind === 'month') return { kind, year, index: month };
  if (kind === 'quarter') return { kind, year, index: Math.ceil(month / 3) };
  return { kind, year, index: 0 };
}

/** The first and the last month (1–12) of a period. */
function monthRange(p: Period): [number, number] {
  if (p.kind === 'month') return [p.index, p.index];
  if (p.kind === 'quarter') return [p.index * 3 - 2, p.index * 3];
  return [1, 12];
}

const firstDay = (year: number, month: number) => `${year}-${pad2(month)}-01`;

/** The instants [from, to) of a period: 00:00 WIB of its first day and of the first day after it. */
export function periodBounds(p: Period): { from: Date; to: Date } {
  const [first, last] = monthRange(p);
  const next = last === 12 ? firstDay(p.year + 1, 1) : firstDay(p.year, last + 1);
  return { from: jakartaMidnight(firstDay(p.year, first)), to: jakartaMidnight(next) };
}

/** The month keys ('YYYY-MM') a period is made of, in order. */
export function monthsOf(p: Period): string[] {
  const [first, last] = monthRange(p);
  const out: string[] = [];
  for (let m = first; m <= last; m++) out.push(`${p.year}-${pad2(m)}`);
  return out;
}

/** The period of the same kind just before this one. */
export function previousPeriod(p: Period): Period {
  if (p.kind === 'year') return { ...p, year: p.year - 1 };
  const last = p.kind === 'month' ? 12 : 4;
  return p.index === 1 ? { ...p, year: p.year - 1, index: last } : { ...p, index: p.index - 1 };
}

/** The last `n` months up to and including the month of `now`, oldest first: a trend. */
export function lastMonths(n: number, now: Date): Period[] {
  const out: Period[] = [];
  let p = periodAt('month', now);
  for (let i = 0; i < n; i++) {
    out.unshift(p);
    p = previousPeriod(p);
  }
  return out;
}

/** Whether the period has not begun at `now`: an empty state, never an error. */
export function isFuture(p: Period, now: Date): boolean {
  return periodBounds(p).from.getTime() > now.getTime();
}

/** Whether `now` falls inside the period: its figures are still growing. */
export function isCurrent(p: Period, now: Date): boolean {
  const { from, to } = periodBounds(p);
  return from.getTime() <= now.getTime() && now.getTime() < to.getTime();
}

/**
 * The instant a period's state is read at: its end, or `now` while it runs (the overdue backlog
 * "at the period's end, or now for the current period"); null for a period in the future.
 */
export function periodCutoff(p: Period, now: Date): Date | null {
  const { from, to } = periodBounds(p);
  if (from.getTime() > now.getTime()) return null;
  return to.getTime() <= now.getTime() ? to : now;
}

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ROMAN = ['I', 'II', 'III', 'IV'];

/** "November 2026", "Triwulan IV 2026" / "Q4 2026", "Tahun 2026" / "Year 2026". */
export function periodLabel(p: Period): Msg {
  if (p.kind === 'month') return { id: `${MONTHS_ID[p.index - 1]} ${p.year}`, en: `${MONTHS_EN[p.index - 1]} ${p.year}` };
  if (p.kind === 'quarter') return { id: `Triwulan ${ROMAN[p.index - 1]} ${p.year}`, en: `Q${p.index} ${p.year}` };
  return { id: `Tahun ${p.year}`, en: `Year ${p.year}` };
}

/** A month key ('YYYY-MM') written short, for a trend's axis: "Nov 2026" / "Nov 2026". */
export function shortMonthLabel(monthKey: string): Msg {
  const year = monthKey.slice(0, 4);
  const i = Number(monthKey.slice(5, 7)) - 1;
  return { id: `${MONTHS_ID[i]!.slice(0, 3)} ${year}`, en: `${MONTHS_EN[i]!.slice(0, 3)} ${year}` };
}

/** The Jakarta day of an instant (epoch ms) written out: "10 Maret 2026" / "10 March 2026". */
export function dayLabel(instant: number): Msg {
  const wall = new Date(instant + JAKARTA_OFFSET_MS);
  const [d, m, y] = [wall.getUTCDate(), wall.getUTCMonth(), wall.getUTCFullYear()];
  return { id: `${d} ${MONTHS_ID[m]} ${y}`, en: `${d} ${MONTHS_EN[m]} ${y}` };
}

/** The kinds of period a page offers, with their names. */
export const PERIOD_KIND_LABELS: Record<PeriodKind, Msg> = {
  month: { id: 'Bulan', en: 'Month' },
  quarter: { id: 'Triwulan', en: 'Quarter' },
  year: { id: 'Tahun', en: 'Year' },
};
