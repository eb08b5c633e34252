// One row per active ASN of a unit with their figures for the period, each linking to their
// breakdown (docs/metrics.md §2–§4): the unit's table on /dasbor and on /kinerja/unit.
import { html } from 'hono/html';
import { formatIkm } from '../../src/domain/skm/ikm';
import { periodKey, type Period } from '../../src/domain/metrics/period';
import type { OfficerMetrics } from '../../src/domain/metrics/views';
import { translator, type Lang } from '../../src/platform/i18n/lang';
import { percentText } from './metric-text';

/**
 * The rows, written with hono's `html` template (every value escaped) instead of a JSX tree: the
 * busiest unit has 173 active ASN, and building and serialising their JSX nodes took ~1.2 ms of
 * /kinerja/unit's time, ten times the template's (measured at 50k, issue 11.7). The column names
 * are worked out once per table, not per row.
 */
function peopleRows(p: { lang: Lang; people: OfficerMetrics[]; period: Period; reopenHeading: string }) {
  const t = translator(p.lang);
  const key = periodKey(p.period);
  const l = {
    handled: t('Ditangani', 'Handled'),
    onTime: t('Penyelesaian tepat waktu', 'Resolved on time'),
    overdue: t('Terlambat', 'Overdue'),
    jp: t(`JP ${p.period.year}`, `JP ${p.period.year}`),
  };
  const onTrack = html`<span class="badge ok">${t('sesuai jadwal', 'on track')}</span>`;
  const behind = html`<span class="badge warn">${t('tertinggal', 'behind')}</span>`;
  return p.people.map((r) => {
    const m = r.metrics;
    const jp = r.training.jp;
    return html`<tr data-staff="${r.staff.id}"><th scope="row"><a href="/kinerja/pegawai/${r.staff.id}?periode=${key}">${r.staff.name}</a><br/><span class="muted">NIP ${r.staff.nip}</span></th><td data-label="${l.handled}">${m.handled}</td><td data-label="${l.onTime}">${percentText(m.resolution.percent, p.lang)}</td><td data-label="${p.reopenHeading}">${percentText(m.reopenRate, p.lang)}</td><td data-label="IKM">${m.ikm.ikm === null ? '–' : formatIkm(m.ikm.ikm, p.lang)} <span class="muted">(${m.ikm.respondents})</span></td><td data-label="${l.overdue}">${m.overdue ? m.overdue.count : '–'}</td><td data-label="${l.jp}">${jp.jp} / ${jp.target} ${jp.onTrack ? onTrack : behind}</td></tr>`;
  });
}

/** `reopenHeading` words the reopen column as the page's summary does. */
export function OfficersTable(p: { lang: Lang; people: OfficerMetrics[]; period: Period; reopenHeading: string }) {
  const t = translator(p.lang);
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
        <tbody>{peopleRows(p)}</tbody>
      </table>
    </div>
  );
}
