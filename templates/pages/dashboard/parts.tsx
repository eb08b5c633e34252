// Pieces the dashboard pages share: the tabs between them, the CSV link under each table.
import { translator, type Lang } from '../../../src/platform/i18n/lang';

export type DashTab = 'overview' | 'weekly';

/** The dashboard's tabs; the weekly report and training impact are the city's (officials, admins). */
export function DashNav(p: { lang: Lang; current: DashTab; cityReader: boolean }) {
  const t = translator(p.lang);
  const item = (tab: DashTab | 'impact', href: string, label: string) => (
    <li>
      <a href={href} aria-current={p.current === tab ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <nav aria-label={t('Bagian dasbor', 'Dashboard sections')}>
      <ul class="dash-nav">
        {item('overview', '/dasbor', t('Ringkasan', 'Overview'))}
        {p.cityReader ? item('weekly', '/dasbor/mingguan', t('Laporan mingguan', 'Weekly report')) : null}
        {p.cityReader ? item('impact', '/dasbor/dampak-pelatihan', t('Dampak pelatihan', 'Training impact')) : null}
      </ul>
    </nav>
  );
}

/** "Unduh CSV" for one table, with the page's filters. */
export function CsvLink(p: { lang: Lang; base: string; table: string; query: Record<string, string | undefined> }) {
  const t = translator(p.lang);
  const q = new URLSearchParams({ table: p.table });
  for (const [k, v] of Object.entries(p.query)) if (v !== undefined) q.set(k, v);
  return (
    <p class="csv-link">
      <a href={`${p.base}/csv?${q.toString()}`} download data-csv={p.table}>
        {t('Unduh tabel ini (CSV)', 'Download this table (CSV)')}
      </a>
    </p>
  );
}
