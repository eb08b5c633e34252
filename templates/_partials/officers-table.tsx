// One row per active ASN of a unit with their figures for the period, each linking to their
// breakdown (docs/metrics.md §2–§4): the unit's table on /dasbor and on /kinerja/unit.
import { formatIkm } from '../../src/domain/skm/ikm';
import { periodKey, type Period } from '../../src/domain/metrics/period';
import type { OfficerMetrics } from '../../src/domain/metrics/views';
import { translator, type Lang } from '../../src/platform/i18n/lang';
import { percentText } from './metric-text';

/** `reopenHeading` words the reopen column as the page's summary does. */
export function OfficersTable(p: { lang: Lang; people: OfficerMetrics[]; period: Period; reopenHeading: string }) {
  const t = translator(p.lang);
  const key = periodKey(p.period);
  return (
    <div class="table-scroll">
      <table class="data" data-table="people">
        <thead>
          <tr>
            <th scope="col">{t('Nama', 'Name')}</th>
            <th scope="col">{t('Ditangani', 'Handled')}</th>
            <th scope="col">{t('Penyelesaian tepat waktu', 'Resolved on time')}</th>
            <th scope="col">{p.reopenHeading}</th>
            <th scope="col">IKM</th>
            <th scope="col">{t('Terlambat', 'Overdue')}</th>
            <th scope="col">{t(`JP ${p.period.year}`, `JP ${p.period.year}`)}</th>
          </tr>
        </thead>
        <tbody>
          {p.people.map((r) => (
            <tr data-staff={r.staff.id}>
              <th scope="row">
                <a href={`/kinerja/pegawai/${r.staff.id}?periode=${key}`}>{r.staff.name}</a>
                <br />
                <span class="muted">NIP {r.staff.nip}</span>
              </th>
              <td data-label={t('Ditangani', 'Handled')}>{r.metrics.handled}</td>
              <td data-label={t('Penyelesaian tepat waktu', 'Resolved on time')}>{percentText(r.metrics.resolution.percent, p.lang)}</td>
              <td data-label={p.reopenHeading}>{percentText(r.metrics.reopenRate, p.lang)}</td>
              <td data-label="IKM">
                {r.metrics.ikm.ikm === null ? '–' : formatIkm(r.metrics.ikm.ikm, p.lang)} <span class="muted">({r.metrics.ikm.respondents})</span>
              </td>
              <td data-label={t('Terlambat', 'Overdue')}>{r.metrics.overdue ? r.metrics.overdue.count : '–'}</td>
              <td data-label={t(`JP ${p.period.year}`, `JP ${p.period.year}`)}>
                {r.training.jp.jp} / {r.training.jp.target}{' '}
                {r.training.jp.onTrack ? <span class="badge ok">{t('sesuai jadwal', 'on track')}</span> : <span class="badge warn">{t('tertinggal', 'behind')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
