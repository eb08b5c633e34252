// /kinerja/unit: a unit's figures for a period and one row per active ASN of it, each linking to
// their breakdown (docs/metrics.md §2–§4). For the unit's supervisors and for officials.
import { periodKey, periodLabel } from '../../../src/domain/metrics/period';
import type { UnitPerformance } from '../../../src/domain/metrics/views';
import { pick, translator, type Lang } from '../../../src/platform/i18n/lang';
import { MetricSummary, RebuildingNotice } from '../../_partials/metric-summary';
import { OfficersTable } from '../../_partials/officers-table';
import { PeriodForm } from './parts';

export function UnitPerformancePage(p: { lang: Lang; data: UnitPerformance }) {
  const t = translator(p.lang);
  const d = p.data;
  const m = d.metrics;
  const label = pick(periodLabel(d.period), p.lang);
  const unitName = p.lang === 'en' ? d.unit.nameEn : d.unit.name;
  return (
    <div class="wrap performance-page">
      <h1>{t(`Kinerja unit: ${unitName}`, `Unit performance: ${unitName}`)}</h1>
      {d.rebuilding ? <RebuildingNotice lang={p.lang} /> : null}
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
          <OfficersTable lang={p.lang} people={d.people} period={d.period} reopenHeading={t('Dibuka kembali', 'Reopened')} />
        ) : (
          <p class="muted" data-empty="people">{t('Unit ini belum memiliki pegawai aktif.', 'This unit has no active staff.')}</p>
        )}
      </section>
    </div>
  );
}
