// The training-impact table as CSV (docs/metrics.md §5.3): one row per course and metric, the
// same numbers as the page's table, through the one spreadsheet-safe writer (course titles are
// typed by course authors: a title beginning with = must arrive as text).
import type { ImpactPageData } from '../../domain/metrics/impact';
import { IMPACT_METRIC_LABELS } from '../../domain/metrics/impact';
import { pick, type Lang } from '../../platform/i18n/lang';
import { toCsv } from '../../platform/csv/csv';

const fixed = (x: number | null, decimals: number) => (x === null ? '' : x.toFixed(decimals));

export function impactCsv(d: ImpactPageData, lang: Lang): string {
  const t = (id: string, en: string) => (lang === 'en' ? en : id);
  const header = [
    t('Tahun penyelesaian', 'Year of completion'),
    t('Unit', 'Unit'),
    t('Kode kursus', 'Course code'),
    t('Kursus', 'Course'),
    t('Ukuran', 'Measure'),
    t('Ditampilkan', 'Shown'),
    t('Perkiraan', 'Estimate'),
    t('Batas bawah 95%', '95% low'),
    t('Batas atas 95%', '95% high'),
    t('Galat baku', 'Standard error'),
    t('Derajat bebas (Welch)', 'Degrees of freedom (Welch)'),
    t('Perubahan rata-rata yang menyelesaikan', "Completers' mean change"),
    t('Perubahan rata-rata rekan', "Colleagues' mean change"),
    t('n yang menyelesaikan', 'n completed'),
    t('n rekan', 'n colleagues'),
    t('Belum 90 hari', 'Not 90 days yet'),
  ];
  const unit = d.unit ? pick(d.unit.name, lang) : t('Seluruh kota', 'The whole city');
  const rows = d.courses.flatMap((c) =>
    c.figures.map((f) => [
      d.year,
      unit,
      c.code,
      pick(c.title, lang),
      pick(IMPACT_METRIC_LABELS[f.metric], lang),
      f.shown ? t('ya', 'yes') : t('tidak: sampel belum cukup', 'no: sample too small'),
      fixed(f.estimate, 4),
      fixed(f.low, 4),
      fixed(f.high, 4),
      fixed(f.standardError, 4),
      fixed(f.df, 2),
      fixed(f.meanTreated, 4),
      fixed(f.meanControl, 4),
      f.nTreated,
      f.nControl,
      f.pending,
    ]),
  );
  return toCsv([header, ...rows]);
}

/** dampak-pelatihan-2026.csv, dampak-pelatihan-2026-unit-7.csv */
export function impactFileName(d: ImpactPageData): string {
  return `dampak-pelatihan-${d.year}${d.unit ? `-unit-${d.unit.id}` : ''}.csv`;
}
