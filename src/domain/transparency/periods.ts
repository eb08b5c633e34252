// The periods /transparansi offers (docs/metrics.md §2): whole months of the Asia/Jakarta calendar,
// the unit the roll-ups are kept in (src/domain/metrics/rollup.ts), so the page reads a few rows
// per month whatever the city's volume — the last full month, the last 3 and the last 12 full
// months, and the month to date. Written in the query string as `1-bulan`, `3-bulan`, `12-bulan`
// and `bulan-ini`; the rolling windows the page once had (`30`, `90`, `365` days) are read as the
// months closest to them, so old links still answer. Pure: every instant that matters is given.
import { lastMonths, monthKeyOf, periodBounds } from '../metrics/period';
import type { Msg } from '../../platform/i18n/lang';

export const PERIODS = ['1-bulan', '3-bulan', '12-bulan', 'bulan-ini'] as const;
export type TransparencyPeriod = (typeof PERIODS)[number];

/** Without a choice: the last full month (every figure final but late breaches the job has not judged). */
export const DEFAULT_PERIOD: TransparencyPeriod = '1-bulan';

const LEGACY: Record<string, TransparencyPeriod> = { '30': '1-bulan', '90': '3-bulan', '365': '12-bulan' };

export function parseTransparencyPeriod(v: string | undefined | null): TransparencyPeriod {
  const s = (v ?? '').trim();
  if ((PERIODS as readonly string[]).includes(s)) return s as TransparencyPeriod;
  return LEGACY[s] ?? DEFAULT_PERIOD;
}

/** A period at `now`: its months ('YYYY-MM', in order) and its instants [from, to). */
export interface MonthWindow {
  months: string[];
  from: Date;
  /** the first instant after the period: 00:00 WIB of the current month, or `now` for the month to date */
  to: Date;
}

export function monthWindow(period: TransparencyPeriod, now: Date): MonthWindow {
  const full = period === 'bulan-ini' ? 0 : Number(period.split('-')[0]);
  // the current month and the `full` months before it, oldest first
  const all = lastMonths(full + 1, now);
  const picked = full === 0 ? all : all.slice(0, full);
  return {
    months: picked.map((p) => monthKeyOf(periodBounds(p).from)),
    from: periodBounds(picked[0]!).from,
    to: full === 0 ? now : periodBounds(all[all.length - 1]!).from,
  };
}

export const PERIOD_LABELS: Record<TransparencyPeriod, Msg> = {
  '1-bulan': { id: 'Bulan lalu', en: 'Last month' },
  '3-bulan': { id: '3 bulan terakhir', en: 'Last 3 months' },
  '12-bulan': { id: '12 bulan terakhir', en: 'Last 12 months' },
  'bulan-ini': { id: 'Bulan ini sampai hari ini', en: 'This month to date' },
};
