// /kinerja and /kinerja/pegawai/{id}: one ASN's service figures for a period (docs/metrics.md §2–§4),
// their trend, the weakest SKM elements, training against 20 JP, and recommended courses with
// the reason in plain words (§5.1).
import { gradeFor, SKM_ELEMENTS } from '../../../src/domain/skm/ikm';
import { weakestElements } from '../../../src/domain/metrics/measures';
import { periodKey, periodLabel } from '../../../src/domain/metrics/period';
import { GRADE_B_MEAN } from '../../../src/domain/metrics/recommend';
import type { PersonPerformance } from '../../../src/domain/metrics/views';
import { formatDateTime, pick, translator, type Lang } from '../../../src/platform/i18n/lang';
import type { MyIncentive } from '../../../src/domain/incentives/views';
import { IncentiveSection } from './incentive';
import { MetricSummary, RebuildingNotice } from '../../_partials/metric-summary';
import { meanText, PeriodForm, TrendChart, TrendTable } from './parts';

function jpText(v: number, lang: Lang): string {
  const r = String(Math.round(v * 10) / 10);
  return lang === 'id' ? r.replace('.', ',') : r;
}

/** Nothing happened in the period: no case handled or judged, no rating, nothing overdue. */
function isEmpty(d: PersonPerformance): boolean {
  const m = d.metrics;
  return m.handled === 0 && m.firstResponse.decided === 0 && m.resolution.decided === 0 && m.ikm.respondents === 0 && (m.overdue?.count ?? 0) === 0;
}

export function PersonPerformancePage(p: { lang: Lang; data: PersonPerformance; own: boolean; unitLink: boolean; incentive?: MyIncentive }) {
  const t = translator(p.lang);
  const d = p.data;
  const m = d.metrics;
  const label = pick(periodLabel(d.period), p.lang);
  const action = p.own ? '/kinerja' : `/kinerja/pegawai/${d.subject.id}`;
  const weakest = weakestElements(m.ikm.elementMeans);
  return (
    <div class="wrap performance-page">
      <h1>{p.own ? t('Kinerja saya', 'My performance') : t(`Kinerja: ${d.subject.name}`, `Performance: ${d.subject.name}`)}</h1>
      <p class="muted">
        {d.subject.name} · NIP {d.subject.nip} · {p.lang === 'en' ? d.subject.unitNameEn : d.subject.unitName}
        {d.subject.position ? ` · ${d.subject.position}` : ''}
      </p>
      {p.unitLink ? (
        <p>
          <a href={`/kinerja/unit?unit=${d.subject.unitId}&periode=${periodKey(d.period)}`}>{t('Kinerja unit', 'Unit performance')}</a>
        </p>
      ) : null}
      {d.rebuilding ? <RebuildingNotice lang={p.lang} /> : null}
      <PeriodForm lang={p.lang} action={action} period={d.period} choices={d.choices} />

      <section aria-labelledby="h-layanan">
        <h2 id="h-layanan">{t(`Layanan: ${label}`, `Service: ${label}`)}</h2>
        {m.future ? (
          <p class="empty-state" data-empty="future">
            {t(`${label} belum dimulai: belum ada angka untuk periode ini.`, `${label} has not begun: there are no figures for it yet.`)}
          </p>
        ) : isEmpty(d) ? (
          <p class="empty-state" data-empty="no-data">
            {t(`Belum ada kasus yang ditangani atau dinilai pada ${label}.`, `No case was handled or rated in ${label}.`)}
          </p>
        ) : null}
        {m.future ? null : (
          <MetricSummary
            lang={p.lang}
            m={m}
            facts={['handled', 'first-response', 'resolution', 'overdue', 'median-first-response', 'median-resolution', 'reopen-rate', 'ikm']}
            labels={{
              overdue: m.overdue ? t(`Terlambat per ${formatDateTime(m.overdue.at, 'id')}`, `Overdue at ${formatDateTime(m.overdue.at, 'en')}`) : t('Terlambat', 'Overdue'),
            }}
          />
        )}
        <p class="muted">
          {t(
            'Dihitung dari riwayat kasus: kasus yang Anda selesaikan atau tolak, tenggat yang lewat saat kasus ada pada Anda, dan penilaian warga atas kasus yang Anda selesaikan. Waktu kerja tanpa waktu menunggu jawaban warga; median dalam jam kerja utuh (menit di bawah satu jam).',
            'Computed from the case history: cases you resolved or declined, deadlines that passed while a case was with you, and citizens’ ratings of cases you resolved. Working time without the time spent waiting for the citizen; medians in whole working hours (minutes under an hour).',
          )}
        </p>
      </section>

      <section aria-labelledby="h-unsur">
        <h2 id="h-unsur">{t('Unsur SKM terlemah', 'Weakest SKM elements')}</h2>
        {weakest.length ? (
          <table class="data" data-table="weakest">
            <thead>
              <tr>
                <th scope="col">{t('Unsur', 'Element')}</th>
                <th scope="col">{t('Rata-rata (1–4)', 'Mean (1–4)')}</th>
                <th scope="col">{t('Terhadap mutu B', 'Against grade B')}</th>
              </tr>
            </thead>
            <tbody>
              {weakest.map((w) => {
                const el = SKM_ELEMENTS[w.element - 1]!;
                const below = ['C', 'D'].includes(gradeFor(w.mean * 25).letter);
                return (
                  <tr data-element={w.element}>
                    <th scope="row">
                      U{el.n} {p.lang === 'en' ? el.en : el.id}
                    </th>
                    <td data-label={t('Rata-rata (1–4)', 'Mean (1–4)')}>{meanText(w.mean, p.lang)}</td>
                    <td data-label={t('Terhadap mutu B', 'Against grade B')}>
                      {below ? (
                        <span class="badge warn">{t(`di bawah ${meanText(GRADE_B_MEAN, 'id')}`, `below ${meanText(GRADE_B_MEAN, 'en')}`)}</span>
                      ) : (
                        <span class="badge ok">{t('mutu B atau lebih', 'grade B or better')}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : (
          <p class="muted">{t(`Belum ada penilaian warga pada ${label}.`, `No citizen ratings in ${label}.`)}</p>
        )}
      </section>

      <section aria-labelledby="h-tren">
        <h2 id="h-tren">{t('Tren 12 bulan', '12-month trend')}</h2>
        <TrendChart lang={p.lang} points={d.trend} id="tren-ditangani" />
        <TrendTable lang={p.lang} points={d.trend} />
      </section>

      <section aria-labelledby="h-pelatihan" class="card">
        <h2 id="h-pelatihan">{t(`Pelatihan tahun ${d.training.jp.year}`, `Training in ${d.training.jp.year}`)}</h2>
        <p class="jp-figure" data-stat="jp">
          <strong>{d.training.jp.jp}</strong> / {d.training.jp.target} JP
        </p>
        <p data-stat="on-track">
          {d.training.jp.onTrack ? (
            <span class="badge ok">{t('Sesuai jadwal', 'On track')}</span>
          ) : (
            <span class="badge warn">{t('Tertinggal', 'Behind')}</span>
          )}{' '}
          {t(
            `Target sampai hari ini ${jpText(d.training.jp.prorated, 'id')} JP (20 JP × bagian tahun yang sudah berjalan).`,
            `Target to date ${jpText(d.training.jp.prorated, 'en')} JP (20 JP × the share of the year gone by).`,
          )}
        </p>
        <p data-stat="courses">
          {t(`Kursus selesai pada ${label}: ${d.training.coursesCompleted}.`, `Courses completed in ${label}: ${d.training.coursesCompleted}.`)}
        </p>
        {p.own ? (
          <p class="actions">
            <a href="/pelatihan/saya">{t('Catatan pelatihan saya', 'My training record')}</a>
          </p>
        ) : null}
      </section>

      {p.incentive ? <IncentiveSection lang={p.lang} data={p.incentive} own={p.own} /> : null}

      <section aria-labelledby="h-saran">
        <h2 id="h-saran">{t('Pelatihan yang disarankan', 'Recommended training')}</h2>
        <p class="muted">
          {t(
            'Dari mutu layanan 180 hari terakhir: unsur SKM di bawah mutu B (paling sedikit 5 penilaian), penyelesaian tepat waktu di bawah 80%, dan asesmen mandiri literasi digital. Saran hilang setelah kursusnya selesai, dan muncul lagi bila kelemahan masih terlihat 90 hari atau lebih sesudahnya.',
            'From service quality over the last 180 days: SKM elements below grade B (at least 5 ratings), resolution on time below 80%, and the digital literacy self-assessment. A suggestion goes once its course is completed, and returns if the weakness still shows 90 days or more later.',
          )}
        </p>
        {d.recommendations.length ? (
          <ul class="recommendations" data-list="recommendations">
            {d.recommendations.map((r) => (
              <li data-competency={r.competency} data-course={r.course?.code ?? ''}>
                <p>{pick(r.reason, p.lang)}</p>
                {r.course ? (
                  <p>
                    <a href={`/pelatihan/kursus/${encodeURIComponent(r.course.code)}`} class="button">
                      {t(`Buka kursus ${pick(r.course.title, 'id')}`, `Open the course ${pick(r.course.title, 'en')}`)}
                    </a>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p data-empty="recommendations">{t('Tidak ada saran pelatihan dari mutu layanan saat ini.', 'No training is suggested by service quality at the moment.')}</p>
        )}
      </section>
    </div>
  );
}
