// /kinerja/unit: a unit's figures for a period and one row per active ASN of it, each linking to
// their breakdown (docs/metrics.md §2–§4). For the unit's supervisors and for officials.
import { formatIkm } from '../../../src/domain/skm/ikm';
import { periodKey, periodLabel } from '../../../src/domain/metrics/period';
import type { UnitPerformance } from '../../../src/domain/metrics/views';
import { pick, translator, type Lang } from '../../../src/platform/i18n/lang';
import { MetricSummary } from '../../_partials/metric-summary';
import { PeriodForm, percentText } from './parts';

export function UnitPerformancePage(p: { lang: Lang; data: UnitPerformance }) {
  const t = translator(p.lang);
  const d = p.data;
  const m = d.metrics;
  const label = pick(periodLabel(d.period), p.lang);
  const unitName = p.lang === 'en' ? d.unit.nameEn : d.unit.name;
  return (
    <div class="wrap performance-page">
      <h1>{t(`Kinerja unit: ${unitName}`, `Unit performance: ${unitName}`)}</h1>
      {d.rebuilding ? (
        <p class="notice" role="status">
          {t(
            'Angka sedang dihitung ulang dari riwayat kasus setelah pembaruan sistem; sementara itu angkanya belum lengkap.',
            'The figures are being recomputed from the case history after a system update; until then they are incomplete.',
          )}
        </p>
      ) : null}
      {d.units.length ? (
        <form method="get" action="/kinerja/unit" class="filters">
          <input type="hidden" name="periode" value={periodKey(d.period)} />
          <div class="field">
            <label for="unit">{t('Unit', 'Unit')}</label>
            <select id="unit" name="unit">
              {d.units.map((u) => (
                <option value={String(u.id)} selected={u.id === d.unit.id}>
                  {p.lang === 'en' ? u.nameEn : u.name}
                </option>
              ))}
            </select>
          </div>
          <p class="actions">
            <button type="submit" class="button">{t('Pilih unit', 'Choose unit')}</button>
          </p>
        </form>
      ) : null}
      <PeriodForm lang={p.lang} action="/kinerja/unit" period={d.period} choices={d.choices} hidden={{ unit: String(d.unit.id) }} />

      <section aria-labelledby="h-unit">
        <h2 id="h-unit">{t(`Unit: ${label}`, `Unit: ${label}`)}</h2>
        {m.future ? (
          <p class="empty-state" data-empty="future">
            {t(`${label} belum dimulai: belum ada angka untuk periode ini.`, `${label} has not begun: there are no figures for it yet.`)}
          </p>
        ) : (
          <MetricSummary
            lang={p.lang}
            m={m}
            facts={['submitted', 'handled', 'first-response', 'resolution', 'overdue', 'median-resolution', 'ikm']}
            labels={{ ikm: 'IKM' }}
            handledBreakdown={false}
          />
        )}
      </section>

      <section aria-labelledby="h-pegawai">
        <h2 id="h-pegawai">{t('Pegawai', 'Staff')}</h2>
        {d.people.length ? (
          <div class="table-scroll">
            <table class="data" data-table="people">
              <thead>
                <tr>
                  <th scope="col">{t('Nama', 'Name')}</th>
                  <th scope="col">{t('Ditangani', 'Handled')}</th>
                  <th scope="col">{t('Penyelesaian tepat waktu', 'Resolved on time')}</th>
                  <th scope="col">{t('Dibuka kembali', 'Reopened')}</th>
                  <th scope="col">IKM</th>
                  <th scope="col">{t('Terlambat', 'Overdue')}</th>
                  <th scope="col">{t(`JP ${d.period.year}`, `JP ${d.period.year}`)}</th>
                </tr>
              </thead>
              <tbody>
                {d.people.map((r) => (
                  <tr data-staff={r.staff.id}>
                    <th scope="row">
                      <a href={`/kinerja/pegawai/${r.staff.id}?periode=${periodKey(d.period)}`}>{r.staff.name}</a>
                      <br />
                      <span class="muted">NIP {r.staff.nip}</span>
                    </th>
                    <td>{r.metrics.handled}</td>
                    <td>{percentText(r.metrics.resolution.percent, p.lang)}</td>
                    <td>{percentText(r.metrics.reopenRate, p.lang)}</td>
                    <td>
                      {r.metrics.ikm.ikm === null ? '–' : formatIkm(r.metrics.ikm.ikm, p.lang)}{' '}
                      <span class="muted">({r.metrics.ikm.respondents})</span>
                    </td>
                    <td>{r.metrics.overdue ? r.metrics.overdue.count : '–'}</td>
                    <td>
                      {r.training.jp.jp} / {r.training.jp.target}{' '}
                      {r.training.jp.onTrack ? <span class="badge ok">{t('sesuai jadwal', 'on track')}</span> : <span class="badge warn">{t('tertinggal', 'behind')}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p class="muted" data-empty="people">{t('Unit ini belum memiliki pegawai aktif.', 'This unit has no active staff.')}</p>
        )}
      </section>
    </div>
  );
}
