// /dasbor/mingguan: the weekly report in the form Surakarta's Diskominfo publishes for ULAS
// (docs/metrics.md §2.1) — received, the share resolved, SLA breaches by OPD, the top categories
// and the channels, for one ISO week. Printable: the print stylesheet hides the tabs, filters and
// CSV links and starts each section on a new page; "Cetak" prints (pelita.js: data-print).
import type { WeeklyCount, WeeklyReport } from '../../../src/domain/dashboard/views';
import { weekKey, weekLabel } from '../../../src/domain/dashboard/week';
import { dayLabel } from '../../../src/domain/metrics/period';
import { pick, translator, type Lang } from '../../../src/platform/i18n/lang';
import { Chart } from '../../_partials/chart';
import { ComplianceText, percentText } from '../../_partials/metric-text';
import { CsvLink, DashNav } from './parts';

function CountTable(p: { lang: Lang; id: string; heading: string; rows: WeeklyCount[]; limit?: number }) {
  const t = translator(p.lang);
  const rows = p.limit ? p.rows.slice(0, p.limit) : p.rows;
  return (
    <div class="table-scroll">
      <table class="data" data-table={p.id}>
        <thead>
          <tr>
            <th scope="col">{p.heading}</th>
            <th scope="col">{t('Kasus masuk', 'Cases received')}</th>
            <th scope="col">{t('Selesai', 'Resolved')}</th>
            <th scope="col">{t('Selesai (%)', 'Resolved (%)')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr data-key={r.key}>
              <th scope="row">{p.lang === 'en' ? r.nameEn : r.name}</th>
              <td data-label={t('Kasus masuk', 'Cases received')}>{r.received}</td>
              <td data-label={t('Selesai', 'Resolved')}>{r.resolved}</td>
              <td data-label={t('Selesai (%)', 'Resolved (%)')}>{percentText(r.received ? (r.resolved / r.received) * 100 : null, p.lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function WeeklyReportPage(p: { lang: Lang; w: WeeklyReport; top: number }) {
  const t = translator(p.lang);
  const w = p.w;
  const label = pick(weekLabel(w.week), p.lang);
  const query = { minggu: weekKey(w.week) };
  const topCats = w.categories.slice(0, p.top);
  return (
    <div class="wrap dashboard-page weekly-report">
      <h1>{t('Laporan mingguan pengaduan', 'Weekly complaints report')}</h1>
      <DashNav lang={p.lang} current="weekly" cityReader={true} />
      <form method="get" action="/dasbor/mingguan" class="filters">
        <div class="field">
          <label for="minggu">{t('Minggu', 'Week')}</label>
          <select id="minggu" name="minggu">
            {w.choices.map((c) => (
              <option value={weekKey(c)} selected={weekKey(c) === weekKey(w.week)}>
                {pick(weekLabel(c), p.lang)}
              </option>
            ))}
          </select>
        </div>
        <p class="actions">
          <button type="submit" class="button primary">{t('Tampilkan', 'Show')}</button>{' '}
          <button type="button" class="button" data-print>
            {t('Cetak', 'Print')}
          </button>
        </p>
      </form>

      <section class="report-section" aria-labelledby="h-week">
        <h2 id="h-week">{label}</h2>
        {w.future ? (
          <p class="empty-state" data-empty="future">
            {t('Minggu ini belum dimulai: belum ada angka.', 'This week has not begun: there are no figures yet.')}
          </p>
        ) : (
          <>
            <p class="muted">
              {t(
                `Keadaan per ${pick(dayLabel(w.cutoff.getTime() - 1), 'id')}: kasus yang masuk Senin–Minggu (WIB) dan keputusan SLA yang jatuh pada minggu ini.`,
                `As of ${pick(dayLabel(w.cutoff.getTime() - 1), 'en')}: cases received Monday–Sunday (WIB) and the SLA outcomes that fell in the week.`,
              )}
            </p>
            {w.received === 0 && w.firstResponse.decided === 0 && w.resolution.decided === 0 ? (
              <p class="empty-state" data-empty="no-data">
                {t('Tidak ada kasus masuk dan tidak ada keputusan SLA pada minggu ini.', 'No cases received and no SLA outcomes in this week.')}
              </p>
            ) : null}
            <dl class="facts facts-wide">
              <div>
                <dt>{t('Kasus masuk', 'Cases received')}</dt>
                <dd data-stat="received">{w.received}</dd>
              </div>
              <div>
                <dt>{t('Selesai (dari yang masuk)', 'Resolved (of those received)')}</dt>
                <dd data-stat="resolved-share">
                  {percentText(w.resolvedShare, p.lang)} <span class="muted">{t(`(${w.resolved} dari ${w.received})`, `(${w.resolved} of ${w.received})`)}</span>
                </dd>
              </div>
              <div>
                <dt>{t('Diselesaikan dalam minggu ini', 'Resolved during the week')}</dt>
                <dd data-stat="resolved-in-week">{w.resolvedInWeek}</dd>
              </div>
              <div>
                <dt>{t('Tanggapan pertama tepat waktu', 'First response on time')}</dt>
                <dd data-stat="first-response">
                  <ComplianceText lang={p.lang} c={w.firstResponse} />
                </dd>
              </div>
              <div>
                <dt>{t('Penyelesaian tepat waktu', 'Resolved on time')}</dt>
                <dd data-stat="resolution">
                  <ComplianceText lang={p.lang} c={w.resolution} />
                </dd>
              </div>
            </dl>
            <CsvLink lang={p.lang} base="/dasbor/mingguan" table="summary" query={query} />
          </>
        )}
      </section>

      {w.future ? null : (
        <>
          <section class="report-section" aria-labelledby="h-opd">
            <h2 id="h-opd">{t('Pelanggaran SLA per OPD', 'SLA breaches by OPD')}</h2>
            {w.byUnit.length ? (
              <div class="table-scroll">
                <table class="data" data-table="opd">
                  <thead>
                    <tr>
                      <th scope="col">OPD</th>
                      <th scope="col">{t('Masuk', 'Received')}</th>
                      <th scope="col">{t('Selesai', 'Resolved')}</th>
                      <th scope="col">{t('Tanggapan pertama terlambat', 'First response breached')}</th>
                      <th scope="col">{t('Penyelesaian terlambat', 'Resolution breached')}</th>
                      <th scope="col">{t('Penyelesaian tepat waktu', 'Resolved on time')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {w.byUnit.map((u) => (
                      <tr data-unit={u.unit.id}>
                        <th scope="row">{p.lang === 'en' ? u.unit.nameEn : u.unit.name}</th>
                        <td data-label={t('Masuk', 'Received')}>{u.received}</td>
                        <td data-label={t('Selesai', 'Resolved')}>{u.resolved}</td>
                        <td data-label={t('Tanggapan pertama terlambat', 'First response breached')}>{u.firstResponse.breached}</td>
                        <td data-label={t('Penyelesaian terlambat', 'Resolution breached')}>{u.resolution.breached}</td>
                        <td data-label={t('Penyelesaian tepat waktu', 'Resolved on time')}>{percentText(u.resolution.percent, p.lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p class="muted" data-empty="opd">
                {t('Tidak ada OPD dengan kasus atau keputusan SLA minggu ini.', 'No OPD had cases or SLA outcomes this week.')}
              </p>
            )}
            <CsvLink lang={p.lang} base="/dasbor/mingguan" table="opd" query={query} />
          </section>

          <section class="report-section" aria-labelledby="h-categories">
            <h2 id="h-categories">{t('Kategori terbanyak', 'Top categories')}</h2>
            {topCats.length ? (
              <>
                <Chart
                  lang={p.lang}
                  id="minggu-kategori"
                  kind="bar"
                  title={t(`Kasus masuk per kategori, ${label}`, `Cases received by category, ${label}`)}
                  desc={t(
                    `${topCats.length} kategori terbanyak; tertinggi ${p.lang === 'en' ? topCats[0]!.nameEn : topCats[0]!.name} dengan ${topCats[0]!.received} kasus.`,
                    `The ${topCats.length} largest categories; highest ${topCats[0]!.nameEn} with ${topCats[0]!.received} cases.`,
                  )}
                  categories={topCats.map((c) => (p.lang === 'en' ? c.nameEn : c.name))}
                  axisLabels={topCats.map((c) => {
                    const s = p.lang === 'en' ? c.nameEn : c.name;
                    return s.length > 12 ? `${s.slice(0, 11)}…` : s;
                  })}
                  series={[{ name: t('Kasus masuk', 'Cases received'), values: topCats.map((c) => c.received) }]}
                  integers
                  categoryHeading={t('Kategori', 'Category')}
                />
                <CountTable lang={p.lang} id="categories" heading={t('Kategori', 'Category')} rows={w.categories} limit={p.top} />
              </>
            ) : (
              <p class="muted" data-empty="categories">
                {t('Tidak ada kasus masuk minggu ini.', 'No cases received this week.')}
              </p>
            )}
            <CsvLink lang={p.lang} base="/dasbor/mingguan" table="categories" query={query} />
          </section>

          <section class="report-section" aria-labelledby="h-channels">
            <h2 id="h-channels">{t('Menurut kanal', 'By channel')}</h2>
            <p class="muted">
              {t(
                'Pelita menerima aduan lewat formulir web dan lewat API untuk aplikasi mitra; kanal lain (SMS, media sosial) belum terhubung. Kasus yang dibuat sebelum kanal dicatat tampil sebagai "tidak tercatat".',
                'Pelita takes complaints by its web form and by the API for partner apps; other channels (SMS, social media) are not connected. Cases made before the channel was recorded show as "not recorded".',
              )}
            </p>
            {w.channels.length ? (
              <CountTable lang={p.lang} id="channels" heading={t('Kanal', 'Channel')} rows={w.channels} />
            ) : (
              <p class="muted" data-empty="channels">
                {t('Tidak ada kasus masuk minggu ini.', 'No cases received this week.')}
              </p>
            )}
            <CsvLink lang={p.lang} base="/dasbor/mingguan" table="channels" query={query} />
          </section>
        </>
      )}
    </div>
  );
}
