// /dasbor: the officials' dashboard (docs/metrics.md §2–§5.2, §2.2) — the city's or one unit's
// figures for a period, every unit (or every ASN of the unit) side by side, the 12-month trend,
// hotspots by kelurahan and category, training compliance and the published incentive ranking.
// Each table has its CSV; each chart its title, description and data table.
import type { DashboardData, Hotspot } from '../../../src/domain/dashboard/views';
import { periodKey, periodLabel, shortMonthLabel } from '../../../src/domain/metrics/period';
import { formatIkm, SKM_ELEMENTS } from '../../../src/domain/skm/ikm';
import { FIKTIF_SHORT } from '../../../src/domain/permits/stages';
import { formatDateTime, pick, translator, type Lang } from '../../../src/platform/i18n/lang';
import { Chart } from '../../_partials/chart';
import { MetricSummary, RebuildingNotice } from '../../_partials/metric-summary';
import { OfficersTable } from '../../_partials/officers-table';
import { meanText, MedianText, percentText } from '../../_partials/metric-text';
import { CsvLink, DashNav } from './parts';

type P = { lang: Lang; d: DashboardData };

function Filters(p: P) {
  const t = translator(p.lang);
  const d = p.d;
  const current = periodKey(d.period);
  return (
    <form method="get" action="/dasbor" class="filters">
      <div class="field">
        <label for="periode">{t('Periode', 'Period')}</label>
        <select id="periode" name="periode">
          {d.choices.map((c) => (
            <option value={periodKey(c)} selected={periodKey(c) === current}>
              {pick(periodLabel(c), p.lang)}
            </option>
          ))}
        </select>
      </div>
      {d.cityReader ? (
        <div class="field">
          <label for="unit">{t('Unit', 'Unit')}</label>
          <select id="unit" name="unit">
            <option value="" selected={d.unit === null}>
              {t('Seluruh kota', 'Whole city')}
            </option>
            {d.units.map((u) => (
              <option value={String(u.id)} selected={d.unit?.id === u.id}>
                {p.lang === 'en' ? u.nameEn : u.name}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <input type="hidden" name="unit" value={String(d.unit?.id ?? '')} />
      )}
      <p class="actions">
        <button type="submit" class="button primary">{t('Tampilkan', 'Show')}</button>
      </p>
    </form>
  );
}

function Summary(p: P) {
  const t = translator(p.lang);
  const m = p.d.metrics;
  const tr = p.d.training;
  return (
    <MetricSummary
      lang={p.lang}
      m={m}
      facts={['submitted', 'handled', 'first-response', 'resolution', 'overdue', 'reopen-rate', 'median-first-response', 'median-resolution', 'ikm']}
      labels={{
        overdue: t('Terlambat (tunggakan)', 'Overdue backlog'),
      }}
    >
      <div>
        <dt>{t('Kepatuhan pelatihan (20 JP)', 'Training compliance (20 JP)')}</dt>
        <dd data-stat="training">
          {percentText(tr.percent, p.lang)}{' '}
          <span class="muted">{t(`(${tr.onTrack} dari ${tr.active} ASN sesuai jadwal)`, `(${tr.onTrack} of ${tr.active} ASN on track)`)}</span>
        </dd>
      </div>
    </MetricSummary>
  );
}

function Elements(p: P & { query: Record<string, string | undefined> }) {
  const t = translator(p.lang);
  const means = p.d.metrics.ikm.elementMeans;
  return (
    <section aria-labelledby="h-unsur">
      <h2 id="h-unsur">{t('Sembilan unsur SKM', 'The nine SKM elements')}</h2>
      <div class="table-scroll">
        <table class="data" data-table="elements">
          <thead>
            <tr>
              <th scope="col">{t('Unsur', 'Element')}</th>
              <th scope="col">{t('Rata-rata (1–4)', 'Mean (1–4)')}</th>
              <th scope="col">{t('Nilai (×25)', 'Score (×25)')}</th>
            </tr>
          </thead>
          <tbody>
            {SKM_ELEMENTS.map((e, i) => {
              const mean = means[i] ?? null;
              return (
                <tr data-element={e.n}>
                  <th scope="row">
                    U{e.n} {pick(e, p.lang)}
                  </th>
                  <td data-label={t('Rata-rata (1–4)', 'Mean (1–4)')}>{mean === null ? '–' : meanText(mean, p.lang)}</td>
                  <td data-label={t('Nilai (×25)', 'Score (×25)')}>{mean === null ? '–' : formatIkm(mean * 25, p.lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <CsvLink lang={p.lang} base="/dasbor" table="elements" query={p.query} />
    </section>
  );
}

function UnitsTable(p: P & { query: Record<string, string | undefined> }) {
  const t = translator(p.lang);
  const key = periodKey(p.d.period);
  return (
    <section aria-labelledby="h-units">
      <h2 id="h-units">{t('Per unit', 'By unit')}</h2>
      <div class="table-scroll">
        <table class="data" data-table="units">
          <thead>
            <tr>
              <th scope="col">{t('Unit', 'Unit')}</th>
              <th scope="col">{t('Masuk', 'Submitted')}</th>
              <th scope="col">{t('Ditangani', 'Handled')}</th>
              <th scope="col">{t('Tanggapan pertama tepat waktu', 'First response on time')}</th>
              <th scope="col">{t('Penyelesaian tepat waktu', 'Resolved on time')}</th>
              <th scope="col">{t('Terlambat', 'Overdue')}</th>
              <th scope="col">{t('Dibuka kembali', 'Reopen rate')}</th>
              <th scope="col">{t('Median tanggapan pertama', 'Median first response')}</th>
              <th scope="col">{t('Median penyelesaian', 'Median resolution')}</th>
              <th scope="col">IKM</th>
              <th scope="col">{t('Kepatuhan pelatihan', 'Training compliance')}</th>
            </tr>
          </thead>
          <tbody>
            {p.d.byUnit.map((u) => {
              const m = u.metrics;
              return (
                <tr data-unit={u.unit.id}>
                  <th scope="row">
                    <a href={`/dasbor?periode=${key}&unit=${u.unit.id}`}>{p.lang === 'en' ? u.unit.nameEn : u.unit.name}</a>
                  </th>
                  <td data-label={t('Masuk', 'Submitted')}>{m.submitted}</td>
                  <td data-label={t('Ditangani', 'Handled')}>{m.handled}</td>
                  <td data-label={t('Tanggapan pertama tepat waktu', 'First response on time')}>{percentText(m.firstResponse.percent, p.lang)}</td>
                  <td data-label={t('Penyelesaian tepat waktu', 'Resolved on time')}>{percentText(m.resolution.percent, p.lang)}</td>
                  <td data-label={t('Terlambat', 'Overdue')}>{m.overdue ? m.overdue.count : '–'}</td>
                  <td data-label={t('Dibuka kembali', 'Reopen rate')}>{percentText(m.reopenRate, p.lang)}</td>
                  <td data-label={t('Median tanggapan pertama', 'Median first response')}>
                    <MedianText lang={p.lang} m={m.medianFirstResponse} />
                  </td>
                  <td data-label={t('Median penyelesaian', 'Median resolution')}>
                    <MedianText lang={p.lang} m={m.medianResolution} />
                  </td>
                  <td data-label="IKM">
                    {m.ikm.ikm === null ? '–' : `${formatIkm(m.ikm.ikm, p.lang)} (${m.ikm.grade?.letter ?? ''})`} <span class="muted">({m.ikm.respondents})</span>
                  </td>
                  <td data-label={t('Kepatuhan pelatihan', 'Training compliance')}>
                    {percentText(u.training.percent, p.lang)} <span class="muted">({u.training.onTrack}/{u.training.active})</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <CsvLink lang={p.lang} base="/dasbor" table="units" query={p.query} />
    </section>
  );
}

function PeopleTable(p: P & { query: Record<string, string | undefined> }) {
  const t = translator(p.lang);
  return (
    <section aria-labelledby="h-people">
      <h2 id="h-people">{t('Pegawai unit', 'Staff of the unit')}</h2>
      {p.d.people.length ? (
        <OfficersTable lang={p.lang} people={p.d.people} period={p.d.period} reopenHeading={t('Dibuka kembali', 'Reopen rate')} />
      ) : (
        <p class="muted" data-empty="people">
          {t('Unit ini belum memiliki pegawai aktif.', 'This unit has no active staff.')}
        </p>
      )}
      <CsvLink lang={p.lang} base="/dasbor" table="people" query={p.query} />
    </section>
  );
}

function Trend(p: P & { query: Record<string, string | undefined> }) {
  const t = translator(p.lang);
  const pts = p.d.trend;
  const labels = pts.map((x) => pick(shortMonthLabel(x.month), p.lang));
  const short = labels.map((l) => l.slice(0, 3));
  const range = labels.length ? `${labels[0]} – ${labels[labels.length - 1]}` : '';
  const pctFmt = (v: number) => percentText(v, p.lang);
  const res = pts.map((x) => x.metrics.resolution.percent);
  const fr = pts.map((x) => x.metrics.firstResponse.percent);
  const known = res.filter((v): v is number => v !== null);
  const submitted = pts.map((x) => x.metrics.submitted);
  const handled = pts.map((x) => x.metrics.handled);
  return (
    <section aria-labelledby="h-trend">
      <h2 id="h-trend">{t('Tren 12 bulan', '12-month trend')}</h2>
      <Chart
        lang={p.lang}
        id="tren-sla"
        kind="line"
        title={t(`Kepatuhan SLA per bulan, ${range}`, `SLA compliance per month, ${range}`)}
        desc={
          known.length
            ? t(
                `Dua garis: penyelesaian tepat waktu (terendah ${pctFmt(Math.min(...known))}, tertinggi ${pctFmt(Math.max(...known))}) dan tanggapan pertama tepat waktu. Bulan tanpa keputusan SLA tidak bertitik.`,
                `Two lines: resolved on time (lowest ${pctFmt(Math.min(...known))}, highest ${pctFmt(Math.max(...known))}) and first response on time. Months without SLA outcomes have no point.`,
              )
            : t('Belum ada keputusan SLA dalam 12 bulan ini.', 'No SLA outcomes in these 12 months yet.')
        }
        categories={labels}
        axisLabels={short}
        series={[
          { name: t('Penyelesaian tepat waktu (%)', 'Resolved on time (%)'), values: res },
          { name: t('Tanggapan pertama tepat waktu (%)', 'First response on time (%)'), values: fr },
        ]}
        yMax={100}
        format={pctFmt}
        categoryHeading={t('Bulan', 'Month')}
      />
      <Chart
        lang={p.lang}
        id="tren-volume"
        kind="bar"
        title={t(`Kasus masuk dan ditangani per bulan, ${range}`, `Cases submitted and handled per month, ${range}`)}
        desc={t(
          `Dua batang per bulan: masuk (jumlah ${submitted.reduce((s, v) => s + v, 0)}) dan ditangani (jumlah ${handled.reduce((s, v) => s + v, 0)}).`,
          `Two bars per month: submitted (total ${submitted.reduce((s, v) => s + v, 0)}) and handled (total ${handled.reduce((s, v) => s + v, 0)}).`,
        )}
        categories={labels}
        axisLabels={short}
        series={[
          { name: t('Masuk', 'Submitted'), values: submitted },
          { name: t('Ditangani', 'Handled'), values: handled },
        ]}
        integers
        categoryHeading={t('Bulan', 'Month')}
      />
      <CsvLink lang={p.lang} base="/dasbor" table="trend" query={p.query} />
    </section>
  );
}

function HotspotTable(p: { lang: Lang; id: string; rows: Hotspot[]; heading: string; top: number; query: Record<string, string | undefined> }) {
  const t = translator(p.lang);
  const shown = p.rows.slice(0, p.top);
  return (
    <div>
      <h3 id={`h-${p.id}`}>{p.heading}</h3>
      {shown.length ? (
        <div class="table-scroll">
          <table class="data" data-table={p.id} aria-labelledby={`h-${p.id}`}>
            <thead>
              <tr>
                <th scope="col">{p.id === 'kelurahan' ? 'Kelurahan' : t('Kategori', 'Category')}</th>
                <th scope="col">{t('Kasus masuk', 'Cases submitted')}</th>
                <th scope="col">{t('Penyelesaian terlambat', 'Resolution breached')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr data-key={r.key}>
                  <th scope="row">{p.lang === 'en' ? r.nameEn : r.name}</th>
                  <td data-label={t('Kasus masuk', 'Cases submitted')}>{r.submitted}</td>
                  <td data-label={t('Penyelesaian terlambat', 'Resolution breached')}>{r.breached}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted" data-empty={p.id}>
          {t('Tidak ada kasus pada periode ini.', 'No cases in this period.')}
        </p>
      )}
      {p.rows.length > p.top ? (
        <p class="muted">{t(`${p.top} teratas dari ${p.rows.length}; semuanya ada di CSV.`, `Top ${p.top} of ${p.rows.length}; the CSV has them all.`)}</p>
      ) : null}
      <CsvLink lang={p.lang} base="/dasbor" table={p.id} query={p.query} />
    </div>
  );
}

/** Permit applications at or past their legal deadline now (fiktif positif, PP 28/2025). */
function PermitsAtRisk(p: P) {
  const t = translator(p.lang);
  const rows = p.d.permitsAtRisk;
  return (
    <section aria-labelledby="h-fiktif">
      <h2 id="h-fiktif">{t('Izin mendekati batas waktu keputusan (fiktif positif)', 'Permits near their decision deadline (deemed approval)')}</h2>
      <p class="muted">
        {t(
          'Saat ini, bukan menurut periode: permohonan yang belum diputus dengan sisa waktu kurang dari satu hari kerja, atau yang sudah lewat batas waktunya dan dianggap dikabulkan.',
          'Now, whatever the period: applications without a decision with less than one working day left, or past the deadline and so deemed granted.',
        )}
      </p>
      {rows.length === 0 ? (
        <p class="empty-state" data-empty="fiktif">
          {t('Tidak ada permohonan izin yang mendekati atau melewati batas waktunya.', 'No permit application is near or past its deadline.')}
        </p>
      ) : (
        <table class="data" data-table="fiktif">
          <thead>
            <tr>
              <th scope="col">{t('Kode', 'Code')}</th>
              <th scope="col">{t('Permohonan', 'Application')}</th>
              <th scope="col">{t('Unit', 'Unit')}</th>
              <th scope="col">{t('Batas waktu', 'Deadline')}</th>
              <th scope="col">{t('Keadaan', 'State')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr data-case={r.id}>
                <td data-label={t('Kode', 'Code')}>
                  <a href={`/staf/kasus/${r.id}`}>
                    <code>{r.code}</code>
                  </a>
                </td>
                <td data-label={t('Permohonan', 'Application')}>{r.title}</td>
                <td data-label={t('Unit', 'Unit')}>{p.lang === 'en' ? r.unitNameEn : r.unitName}</td>
                <td data-label={t('Batas waktu', 'Deadline')}>{formatDateTime(r.dueAt, p.lang)}</td>
                <td data-label={t('Keadaan', 'State')}>
                  <span class={`badge ${r.state === 'deemed' ? 'overdue' : 'warn'}`} data-flag={r.state}>
                    {pick(FIKTIF_SHORT[r.state], p.lang)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Ranking(p: P) {
  const t = translator(p.lang);
  const r = p.d.ranking;
  const label = pick(periodLabel(p.d.period), p.lang);
  const key = periodKey(p.d.period);
  if (r === undefined) return null;
  return (
    <section aria-labelledby="h-ranking">
      <h2 id="h-ranking">{t('Peringkat insentif', 'Incentive ranking')}</h2>
      {r === null ? (
        <p class="empty-state" data-empty="ranking">
          {t(
            `Peringkat insentif ${label} belum diterbitkan. Peringkat hanya ditampilkan setelah admin menerbitkannya untuk periode yang sudah berakhir; sebelum itu angkanya dapat berubah.`,
            `The incentive ranking of ${label} has not been published. A ranking is shown only once an admin publishes it for a period that has ended; until then its figures can change.`,
          )}{' '}
          <a href="/insentif">{t('Peringkat yang sudah terbit', 'Published rankings')}</a>
        </p>
      ) : (
        <>
          <p class="muted">
            {t(
              `Terbit dengan skema versi ${r.schemeVersion}; ${r.top.length} teratas dari ${r.ranked} ASN berperingkat${p.d.unit ? ' di unit ini' : ''}.`,
              `Published with scheme version ${r.schemeVersion}; top ${r.top.length} of ${r.ranked} ranked ASN${p.d.unit ? ' in this unit' : ''}.`,
            )}{' '}
            <a href={`/insentif/${encodeURIComponent(r.period)}`}>{t('Peringkat lengkap dan rinciannya', 'The full ranking and its breakdown')}</a>
          </p>
          {r.top.length === 0 ? (
            <p class="muted" data-empty="ranking-unit">
              {t('Tidak ada ASN unit ini yang mendapat peringkat pada periode ini.', 'Nobody of this unit was ranked in this period.')}
            </p>
          ) : null}
          <div class="table-scroll">
            <table class="data" data-table="ranking">
              <thead>
                <tr>
                  <th scope="col">{t('Peringkat', 'Rank')}</th>
                  <th scope="col">{t('Nama', 'Name')}</th>
                  <th scope="col">{t('Unit', 'Unit')}</th>
                  <th scope="col">{t('Skor', 'Score')}</th>
                  <th scope="col">{t('Tingkat', 'Tier')}</th>
                </tr>
              </thead>
              <tbody>
                {r.top.map((x) => (
                  <tr data-staff={x.staffId}>
                    <td data-label={t('Peringkat', 'Rank')}>{p.d.unit ? x.rankUnit : x.rankCity}</td>
                    <th scope="row">
                      <a href={`/kinerja/pegawai/${x.staffId}?periode=${key}`}>{x.name}</a>
                    </th>
                    <td data-label={t('Unit', 'Unit')}>{x.unitName}</td>
                    <td data-label={t('Skor', 'Score')}>{x.rounded === null ? '–' : p.lang === 'en' ? x.rounded.toFixed(2) : x.rounded.toFixed(2).replace('.', ',')}</td>
                    <td data-label={t('Tingkat', 'Tier')}>{x.tier ? pick(x.tier, p.lang) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <CsvLink lang={p.lang} base="/dasbor" table="ranking" query={{ periode: key, unit: p.d.unit ? String(p.d.unit.id) : undefined }} />
        </>
      )}
    </section>
  );
}

export function DashboardPage(p: P & { top: number }) {
  const t = translator(p.lang);
  const d = p.d;
  const m = d.metrics;
  const label = pick(periodLabel(d.period), p.lang);
  const scopeName = d.unit ? (p.lang === 'en' ? d.unit.nameEn : d.unit.name) : t('Seluruh kota', 'Whole city');
  const query = { periode: periodKey(d.period), unit: d.unit ? String(d.unit.id) : undefined };
  const noData = !m.future && m.submitted === 0 && m.handled === 0 && m.firstResponse.decided === 0 && m.resolution.decided === 0 && m.ikm.respondents === 0;
  return (
    <div class="wrap dashboard-page">
      <h1>{t(`Dasbor pimpinan: ${scopeName}`, `Officials' dashboard: ${scopeName}`)}</h1>
      <DashNav lang={p.lang} current="overview" cityReader={d.cityReader} />
      {d.rebuilding ? <RebuildingNotice lang={p.lang} /> : null}
      <Filters {...p} />
      <section aria-labelledby="h-summary">
        <h2 id="h-summary">{t(`${scopeName}: ${label}`, `${scopeName}: ${label}`)}</h2>
        {m.future ? (
          <p class="empty-state" data-empty="future">
            {t(`${label} belum dimulai: belum ada angka untuk periode ini.`, `${label} has not begun: there are no figures for it yet.`)}
          </p>
        ) : (
          <>
            {noData ? (
              <p class="empty-state" data-empty="no-data">
                {t(`Belum ada kasus, keputusan SLA atau penilaian pada ${label}.`, `No cases, SLA outcomes or ratings in ${label}.`)}
              </p>
            ) : null}
            <Summary {...p} />
            <CsvLink lang={p.lang} base="/dasbor" table="summary" query={query} />
          </>
        )}
      </section>
      {m.future ? null : (
        <>
          <Elements {...p} query={query} />
          {d.unit ? <PeopleTable {...p} query={query} /> : <UnitsTable {...p} query={query} />}
          <section aria-labelledby="h-hotspots">
            <h2 id="h-hotspots">{t('Titik rawan', 'Hotspots')}</h2>
            <p class="muted">
              {t(
                'Kasus masuk pada periode ini menurut kelurahan dan kategori saat diajukan, dengan keterlambatan penyelesaian yang jatuh pada periode ini. Kasus rahasia tidak dirinci menurut kelurahan.',
                'Cases submitted in the period by kelurahan and category at submission, with the resolution breaches that fell in it. Confidential cases are not broken down by kelurahan.',
              )}
            </p>
            <HotspotTable lang={p.lang} id="kelurahan" rows={d.hotspots.kelurahan} heading={t('Menurut kelurahan', 'By kelurahan')} top={p.top} query={query} />
            <HotspotTable lang={p.lang} id="categories" rows={d.hotspots.categories} heading={t('Menurut kategori', 'By category')} top={p.top} query={query} />
          </section>
          <PermitsAtRisk {...p} />
          <Ranking {...p} />
        </>
      )}
      <Trend {...p} query={query} />
    </div>
  );
}
