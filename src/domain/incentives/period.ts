// The period an incentive scheme is for: a month, a quarter or a year of the Asia/Jakarta calendar
// (docs/metrics.md: every calendar boundary is WIB). Written as in the query strings of the
// metrics pages: '2026-11' (a month), '2026-Q4' (a quarter), '2026' (a year).
import type { Msg } from '../../platform/i18n/lang';
import { jakartaMidnight } from '../time/jakarta';

export type PeriodKind = 'month' | 'quarter' | 'year';

export interface Period {
  /** '2026-11', '2026-Q4' or '2026' */
  key: string;
  kind: PeriodKind;
  year: number;
  /** the month 1–12, the quarter 1–4, or 1 for a year */
  index: number;
  /** 00:00 WIB of its first day */
  start: Date;
  /** 00:00 WIB of the day after its last day (exclusive) */
  end: Date;
}

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');
const firstOfMonth = (year: number, month: number) =>
  month > 12 ? jakartaMidnight(`${year + 1}-01-01`) : jakartaMidnight(`${year}-${pad(month)}-01`);

/** Years a scheme may be for: the platform's lifetime, not 0 or 9999. */
export const PERIOD_YEAR_MIN = 2020;
export const PERIOD_YEAR_MAX = 2100;

/** The period a key names; null for anything else ('2026-13', '2026-Q5', '26', ' 2026'). */
export function parsePeriod(key: string): Period | null {
  const m = /^(\d{4})(?:-(\d{2})|-Q([1-4]))?$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < PERIOD_YEAR_MIN || year > PERIOD_YEAR_MAX) return null;
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { key, kind: 'month', year, index: month, start: firstOfMonth(year, month), end: firstOfMonth(year, month + 1) };
  }
  if (m[3] !== undefined) {
    const q = Number(m[3]);
    return { key, kind: 'quarter', year, index: q, start: firstOfMonth(year, 3 * q - 2), end: firstOfMonth(year, 3 * q + 1) };
  }
  return { key, kind: 'year', year, index: 1, start: firstOfMonth(year, 1), end: firstOfMonth(year, 13) };
}

/** "Maret 2026" / "March 2026", "Triwulan I 2026" / "Q1 2026", "Tahun 2026" / "Year 2026". */
export function periodLabel(p: Period): Msg {
  if (p.kind === 'month') return { id: `${MONTHS_ID[p.index - 1]} ${p.year}`, en: `${MONTHS_EN[p.index - 1]} ${p.year}` };
  if (p.kind === 'quarter') return { id: `Triwulan ${['I', 'II', 'III', 'IV'][p.index - 1]} ${p.year}`, en: `Q${p.index} ${p.year}` };
  return { id: `Tahun ${p.year}`, en: `Year ${p.year}` };
}

/** Not begun yet at `now`: nothing can have happened in it (an empty state, never an error). */
export function isFuturePeriod(p: Period, now: Date): boolean {
  return p.start.getTime() > now.getTime();
}

/** Over at `now`: its results can no longer change. */
export function hasEnded(p: Period, now: Date): boolean {
  return p.end.getTime() <= now.getTime();
}
