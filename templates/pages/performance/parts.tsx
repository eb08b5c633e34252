// Pieces the /kinerja pages share: how numbers are written, the period chooser, the 12-month trend
// (the chart partial: a server-rendered SVG with a title, a description and the same figures as a table).
import { formatIkm } from '../../../src/domain/skm/ikm';
import { shortMonthLabel } from '../../../src/domain/metrics/period';
import type { MonthPoint } from '../../../src/domain/metrics/views';
import { pick, translator, type Lang } from '../../../src/platform/i18n/lang';
import { Chart } from '../../_partials/chart';
import { percentText } from '../../_partials/metric-text';

export { ComplianceText, IkmText, meanText, MedianText, PeriodForm, percentText } from '../../_partials/metric-text';

/**
 * Cases handled per month as bars (the one chart partial: a title and a description for screen
 * readers, the figures as a table); the table after it holds the same figures and more.
 */
export function TrendChart(p: { lang: Lang; points: MonthPoint[]; id: string }) {
  const t = translator(p.lang);
  const values = p.points.map((x) => x.metrics.handled);
  const max = Math.max(0, ...values);
  const labels = p.points.map((pt) => pick(shortMonthLabel(pt.month), p.lang));
  const range = labels.length ? `${labels[0]} – ${labels[labels.length - 1]}` : '';
  const total = values.reduce((s, v) => s + v, 0);
  return (
    <Chart
      lang={p.lang}
      id={p.id}
      kind="bar"
      title={t(`Kasus ditangani per bulan, ${range}`, `Cases handled per month, ${range}`)}
      desc={t(
        `Batang per bulan; tertinggi ${max}, jumlah ${total}. Angka lengkap ada di tabel di bawah.`,
        `One bar per month; highest ${max}, total ${total}. The full figures are in the table below.`,
      )}
      categories={labels}
      axisLabels={labels.map((l) => l.slice(0, 3))}
      series={[{ name: t('Ditangani', 'Handled'), values }]}
      caption={t('Kasus ditangani (diselesaikan atau ditolak) per bulan.', 'Cases handled (resolved or declined) per month.')}
      integers
      categoryHeading={t('Bulan', 'Month')}
    />
  );
}

/** The trend's figures, month by month. */
export function TrendTable(p: { lang: Lang; points: MonthPoint[] }) {
  const t = translator(p.lang);
  return (
    <div class="table-scroll">
      <table class="data" data-table="trend">
        <caption class="muted">{t('Angka per bulan (12 bulan terakhir)', 'Figures per month (last 12 months)')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Bulan', 'Month')}</th>
            <th scope="col">{t('Ditangani', 'Handled')}</th>
            <th scope="col">{t('Tanggapan pertama tepat waktu', 'First response on time')}</th>
            <th scope="col">{t('Penyelesaian tepat waktu', 'Resolved on time')}</th>
            <th scope="col">IKM</th>
            <th scope="col">{t('Dibuka kembali', 'Reopened')}</th>
          </tr>
        </thead>
        <tbody>
          {p.points.map((pt) => (
            <tr data-month={pt.month}>
              <th scope="row">{pick(shortMonthLabel(pt.month), p.lang)}</th>
              <td data-label={t('Ditangani', 'Handled')}>{pt.metrics.handled}</td>
              <td data-label={t('Tanggapan pertama tepat waktu', 'First response on time')}>{percentText(pt.metrics.firstResponse.percent, p.lang)}</td>
              <td data-label={t('Penyelesaian tepat waktu', 'Resolved on time')}>{percentText(pt.metrics.resolution.percent, p.lang)}</td>
              <td data-label="IKM">{pt.metrics.ikm.ikm === null ? '–' : formatIkm(pt.metrics.ikm.ikm, p.lang)}</td>
              <td data-label={t('Dibuka kembali', 'Reopened')}>{pt.metrics.reopens}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
