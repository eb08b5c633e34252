// Every table of the dashboard and of the weekly report as CSV (docs/metrics.md §2–§5.2, §2.1,
// §2.2), through the one CSV helper (src/platform/csv/csv.ts: formulas neutralised, UTF-8 with a
// BOM): a unit, kelurahan or category named "=…" arrives in the spreadsheet as text. Numbers with
// a decimal point; percentages to one decimal, IKM to two, medians in working hours.
import type { DashboardData, WeeklyReport } from '../../domain/dashboard/views';
import { weekKey } from '../../domain/dashboard/week';
import type { Compliance, Median } from '../../domain/metrics/measures';
import { periodKey } from '../../domain/metrics/period';
import type { ServiceMetrics } from '../../domain/metrics/views';
import { SKM_ELEMENTS } from '../../domain/skm/ikm';
import { fixedCell, toCsv, type CsvCell } from '../../platform/csv/csv';
import { pick, type Lang } from '../../platform/i18n/lang';
import { BadRequestError } from '../../platform/http/errors';

export const OVERVIEW_TABLES = ['summary', 'elements', 'units', 'people', 'trend', 'kelurahan', 'categories', 'ranking'] as const;
export type OverviewTable = (typeof OVERVIEW_TABLES)[number];
export const WEEKLY_TABLES = ['summary', 'opd', 'categories', 'channels'] as const;
export type WeeklyTable = (typeof WEEKLY_TABLES)[number];

const HOUR = 3_600_000;
const pct = (v: number | null) => fixedCell(v, 1);
const hours = (m: Median) => (m.ms === null ? '' : (m.ms / HOUR).toFixed(2));

type T = (id: string, en: string) => string;
const tr = (lang: Lang): T => (id, en) => (lang === 'en' ? en : id);

const notOnView = (table: string) =>
  new BadRequestError({
    id: `Tabel "${table.slice(0, 20)}" tidak ada pada tampilan ini.`,
    en: `There is no table "${table.slice(0, 20)}" on this view.`,
  });

/** Which table a CSV asks for; 400 for a name the page does not have. */
export function tableParam<K extends string>(raw: string | undefined, tables: readonly K[]): K {
  if (raw && (tables as readonly string[]).includes(raw)) return raw as K;
  throw notOnView(raw ?? '');
}

function metricsHeader(t: T): string[] {
  return [
    t('Kasus masuk', 'Cases submitted'),
    t('Kasus ditangani', 'Cases handled'),
    t('Diselesaikan', 'Resolutions'),
    t('Ditolak', 'Declined'),
    t('Tanggapan pertama tepat waktu', 'First response met'),
    t('Tanggapan pertama terlambat', 'First response breached'),
    t('Tanggapan pertama tepat waktu (%)', 'First response on time (%)'),
    t('Penyelesaian tepat waktu', 'Resolution met'),
    t('Penyelesaian terlambat', 'Resolution breached'),
    t('Penyelesaian tepat waktu (%)', 'Resolved on time (%)'),
    t('Terlambat (tunggakan)', 'Overdue backlog'),
    t('Dibuka kembali', 'Reopens'),
    t('Tingkat dibuka kembali (%)', 'Reopen rate (%)'),
    t('Median tanggapan pertama (jam kerja)', 'Median first response (working hours)'),
    t('Median penyelesaian (jam kerja)', 'Median resolution (working hours)'),
    t('Jumlah penilaian', 'Ratings'),
    'IKM',
    t('Mutu', 'Grade'),
  ];
}

function metricsCells(m: ServiceMetrics): CsvCell[] {
  const c = (x: Compliance): CsvCell[] => [x.met, x.breached, pct(x.percent)];
  return [
    m.submitted,
    m.handled,
    m.resolutions,
    m.declined,
    ...c(m.firstResponse),
    ...c(m.resolution),
    m.overdue ? m.overdue.count : '',
    m.reopens,
    pct(m.reopenRate),
    hours(m.medianFirstResponse),
    hours(m.medianResolution),
    m.ikm.respondents,
    fixedCell(m.ikm.ikm, 2),
    m.ikm.grade?.letter ?? '',
  ];
}

const trainingHeader = (t: T) => [t('ASN aktif', 'Active ASN'), t('Sesuai jadwal 20 JP', 'On track for 20 JP'), t('Kepatuhan pelatihan (%)', 'Training compliance (%)')];

/** One table of the overview as rows (header first); 400 when the view has no such table. */
export function overviewRows(d: DashboardData, table: OverviewTable, lang: Lang): CsvCell[][] {
  const t = tr(lang);
  const name = (x: { name: string; nameEn: string }) => (lang === 'en' ? x.nameEn : x.name);
  const scopeName = d.unit ? name(d.unit) : t('Seluruh kota', 'Whole city');
  switch (table) {
    case 'summary':
      return [
        [t('Periode', 'Period'), t('Cakupan', 'Scope'), ...metricsHeader(t), ...trainingHeader(t)],
        [periodKey(d.period), scopeName, ...metricsCells(d.metrics), d.training.active, d.training.onTrack, pct(d.training.percent)],
      ];
    case 'elements':
      return [
        [t('Unsur', 'Element'), t('Nama unsur', 'Element name'), t('Rata-rata (1–4)', 'Mean (1–4)'), t('Nilai (×25)', 'Score (×25)')],
        ...SKM_ELEMENTS.map((e, i) => {
          const mean = d.metrics.ikm.elementMeans[i] ?? null;
          return [e.n, pick(e, lang), fixedCell(mean, 2), fixedCell(mean === null ? null : mean * 25, 2)];
        }),
      ];
    case 'units':
      if (d.unit) throw notOnView(table);
      return [
        [t('Kode unit', 'Unit code'), t('Unit', 'Unit'), ...metricsHeader(t), ...trainingHeader(t)],
        ...d.byUnit.map((u) => [u.unit.code, name(u.unit), ...metricsCells(u.metrics), u.training.active, u.training.onTrack, pct(u.training.percent)]),
      ];
    case 'people':
      if (!d.unit) throw notOnView(table);
      return [
        [
          'NIP',
          t('Nama', 'Name'),
          t('Kasus ditangani', 'Cases handled'),
          t('Penyelesaian tepat waktu', 'Resolution met'),
          t('Penyelesaian terlambat', 'Resolution breached'),
          t('Penyelesaian tepat waktu (%)', 'Resolved on time (%)'),
          t('Dibuka kembali', 'Reopens'),
          t('Tingkat dibuka kembali (%)', 'Reopen rate (%)'),
          t('Jumlah penilaian', 'Ratings'),
          'IKM',
          t('Terlambat (tunggakan)', 'Overdue backlog'),
          t('JP tahun ini', 'JP this year'),
          t('Target JP s.d. hari ini', 'JP target to date'),
          t('Sesuai jadwal', 'On track'),
        ],
        ...d.people.map((p) => [
          p.staff.nip,
          p.staff.name,
          p.metrics.handled,
          p.metrics.resolution.met,
          p.metrics.resolution.breached,
          pct(p.metrics.resolution.percent),
          p.metrics.reopens,
          pct(p.metrics.reopenRate),
          p.metrics.ikm.respondents,
          fixedCell(p.metrics.ikm.ikm, 2),
          p.metrics.overdue ? p.metrics.overdue.count : '',
          p.training.jp.jp,
          p.training.jp.prorated.toFixed(2),
          p.training.jp.onTrack ? t('ya', 'yes') : t('tidak', 'no'),
        ]),
      ];
    case 'trend':
      return [[t('Bulan', 'Month'), ...metricsHeader(t)], ...d.trend.map((pt) => [pt.month, ...metricsCells(pt.metrics)])];
    case 'kelurahan':
    case 'categories': {
      const rows = table === 'kelurahan' ? d.hotspots.kelurahan : d.hotspots.categories;
      return [
        [table === 'kelurahan' ? t('Kode kelurahan', 'Kelurahan code') : t('ID kategori', 'Category id'), table === 'kelurahan' ? 'Kelurahan' : t('Kategori', 'Category'), t('Kasus masuk', 'Cases submitted'), t('Penyelesaian terlambat', 'Resolution breached')],
        ...rows.map((r) => [r.key, name(r), r.submitted, r.breached]),
      ];
    }
    case 'ranking': {
      if (!d.ranking) throw notOnView(table);
      return [
        [t('Periode', 'Period'), t('Versi skema', 'Scheme version'), t('Peringkat', 'Rank'), 'NIP', t('Nama', 'Name'), t('Unit', 'Unit'), t('Skor', 'Score'), t('Tingkat', 'Tier')],
        ...d.ranking.top.map((r) => [d.ranking!.period, d.ranking!.schemeVersion, (d.unit ? r.rankUnit : r.rankCity) ?? '', r.nip, r.name, r.unitName, fixedCell(r.rounded, 2), r.tier ? pick(r.tier, lang) : '']),
      ];
    }
  }
}

/** One table of the weekly report as rows (header first). */
export function weeklyRows(w: WeeklyReport, table: WeeklyTable, lang: Lang): CsvCell[][] {
  const t = tr(lang);
  const name = (x: { name: string; nameEn: string }) => (lang === 'en' ? x.nameEn : x.name);
  const counts = (rows: WeeklyReport['categories'], head: string) => [
    [head, t('Kasus masuk', 'Cases received'), t('Selesai', 'Resolved'), t('Selesai (%)', 'Resolved (%)')],
    ...rows.map((r) => [name(r), r.received, r.resolved, pct(r.received ? (r.resolved / r.received) * 100 : null)]),
  ];
  switch (table) {
    case 'summary':
      return [
        [
          t('Minggu', 'Week'),
          t('Kasus masuk', 'Cases received'),
          t('Selesai', 'Resolved'),
          t('Selesai (%)', 'Resolved (%)'),
          t('Diselesaikan dalam minggu ini', 'Resolved during the week'),
          t('Tanggapan pertama terlambat', 'First response breached'),
          t('Penyelesaian terlambat', 'Resolution breached'),
          t('Penyelesaian tepat waktu (%)', 'Resolved on time (%)'),
        ],
        [weekKey(w.week), w.received, w.resolved, pct(w.resolvedShare), w.resolvedInWeek, w.firstResponse.breached, w.resolution.breached, pct(w.resolution.percent)],
      ];
    case 'opd':
      return [
        [
          t('Kode unit', 'Unit code'),
          'OPD',
          t('Kasus masuk', 'Cases received'),
          t('Selesai', 'Resolved'),
          t('Tanggapan pertama tepat waktu', 'First response met'),
          t('Tanggapan pertama terlambat', 'First response breached'),
          t('Penyelesaian tepat waktu', 'Resolution met'),
          t('Penyelesaian terlambat', 'Resolution breached'),
          t('Penyelesaian tepat waktu (%)', 'Resolved on time (%)'),
        ],
        ...w.byUnit.map((u) => [u.unit.code, name(u.unit), u.received, u.resolved, u.firstResponse.met, u.firstResponse.breached, u.resolution.met, u.resolution.breached, pct(u.resolution.percent)]),
      ];
    case 'categories':
      return counts(w.categories, t('Kategori', 'Category'));
    case 'channels':
      return counts(w.channels, t('Kanal', 'Channel'));
  }
}

export const overviewCsv = (d: DashboardData, table: OverviewTable, lang: Lang) => toCsv(overviewRows(d, table, lang));
export const weeklyCsv = (w: WeeklyReport, table: WeeklyTable, lang: Lang) => toCsv(weeklyRows(w, table, lang));

/** dasbor-units-2026-11.csv, dasbor-people-2026-11-unit-7.csv, laporan-mingguan-opd-2026-W48.csv */
export function overviewFileName(d: DashboardData, table: OverviewTable): string {
  return `dasbor-${table}-${periodKey(d.period)}${d.unit ? `-unit-${d.unit.id}` : ''}.csv`;
}
export function weeklyFileName(w: WeeklyReport, table: WeeklyTable): string {
  return `laporan-mingguan-${table}-${weekKey(w.week)}.csv`;
}
