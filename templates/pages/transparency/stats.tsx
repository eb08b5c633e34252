import { PERIODS, type Compliance, type TransparencyStats } from '../../../src/domain/transparency/views';
import { formatIkm } from '../../../src/domain/skm/ikm';
import { formatDate, formatWorking, translator, type Lang } from '../../../src/platform/i18n/lang';

function percentText(c: Compliance, lang: Lang): string {
  if (c.percent === null) return '–';
  const v = Math.round(c.percent * 10) / 10;
  return `${lang === 'id' ? String(v).replace('.', ',') : String(v)}%`;
}

function ComplianceRow(p: { lang: Lang; label: string; c: Compliance; name: string }) {
  const t = translator(p.lang);
  const width = p.c.percent === null ? 0 : Math.round(p.c.percent);
  return (
    <div>
      <dt>{p.label}</dt>
      <dd data-compliance={p.name}>
        <strong>{percentText(p.c, p.lang)}</strong>{' '}
        <span class="muted">
          {t(`(${p.c.met} dari ${p.c.due} tepat waktu)`, `(${p.c.met} of ${p.c.due} on time)`)}
        </span>
        <progress max={100} value={width} aria-label={p.label}>
          {percentText(p.c, p.lang)}
        </progress>
      </dd>
    </div>
  );
}

export function TransparencyPage(p: { lang: Lang; stats: TransparencyStats }) {
  const t = translator(p.lang);
  const s = p.stats;
  return (
    <div class="wrap transparency">
      <h1>{t('Transparansi layanan pengaduan', 'Complaint service transparency')}</h1>
      <p class="lead">
        {t(
          'Angka pengaduan, ketepatan waktu, dan kepuasan masyarakat (IKM) Kota Surakarta. Tidak ada data pribadi; laporan rahasia dihitung dalam jumlah total tetapi tidak pernah dirinci.',
          'Complaint numbers, timeliness and citizen satisfaction (IKM) for the City of Surakarta. No personal data; confidential reports are counted in the totals but never broken down.',
        )}
      </p>
      <nav aria-label={t('Periode', 'Period')} class="period-tabs">
        <p class="actions">
          {PERIODS.map((d) => (
            <a
              href={`/transparansi?periode=${d}`}
              class={d === s.periodDays ? 'button primary' : 'button'}
              aria-current={d === s.periodDays ? 'page' : undefined}
            >
              {t(`${d} hari terakhir`, `Last ${d} days`)}
            </a>
          ))}
        </p>
      </nav>
      <p class="muted">
        {formatDate(s.from, p.lang)} – {formatDate(s.to, p.lang)}
      </p>

      <section aria-labelledby="h-ringkas">
        <h2 id="h-ringkas">{t('Ringkasan', 'Summary')}</h2>
        <dl class="facts facts-wide">
          <div>
            <dt>{t('Pengaduan masuk', 'Complaints received')}</dt>
            <dd data-stat="total">{s.total}</dd>
          </div>
          <div>
            <dt>{t('Di antaranya laporan rahasia (tidak dirinci)', 'Of which confidential (not broken down)')}</dt>
            <dd data-stat="confidential">{s.confidential}</dd>
          </div>
          <ComplianceRow lang={p.lang} name="first-response" label={t('Tanggapan pertama tepat waktu', 'First response on time')} c={s.firstResponse} />
          <ComplianceRow lang={p.lang} name="resolution" label={t('Penyelesaian tepat waktu', 'Resolution on time')} c={s.resolution} />
          <div>
            <dt>{t('Median waktu tanggapan pertama (jam kerja)', 'Median time to first response (working time)')}</dt>
            <dd data-stat="median-first-response">{s.medianFirstResponseMs === null ? '–' : formatWorking(s.medianFirstResponseMs, p.lang)}</dd>
          </div>
          <div>
            <dt>{t('Median waktu penyelesaian (jam kerja)', 'Median time to resolution (working time)')}</dt>
            <dd data-stat="median-resolution">{s.medianResolutionMs === null ? '–' : formatWorking(s.medianResolutionMs, p.lang)}</dd>
          </div>
        </dl>
        <p class="muted">
          {t(
            'Waktu kerja dihitung pada hari kerja WIB (Senin–Jumat, di luar libur nasional dan cuti bersama). Tepat waktu dihitung dari pengaduan yang sudah jatuh tempo atau sudah ditangani.',
            'Working time counts Jakarta working days (Monday–Friday, excluding national holidays and cuti bersama). On-time shares count complaints that have come due or were handled.',
          )}
        </p>
      </section>

      <section aria-labelledby="h-kategori">
        <h2 id="h-kategori">{t('Pengaduan per kategori', 'Complaints by category')}</h2>
        {s.byCategory.length ? (
          <table class="data" data-table="category">
            <thead>
              <tr>
                <th scope="col">{t('Kategori', 'Category')}</th>
                <th scope="col">{t('Jumlah', 'Count')}</th>
              </tr>
            </thead>
            <tbody>
              {s.byCategory.map((r) => (
                <tr data-category={r.code}>
                  <td>{p.lang === 'en' ? r.nameEn : r.nameId}</td>
                  <td>{r.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="muted">{t('Belum ada pengaduan publik pada periode ini.', 'No public complaints in this period.')}</p>
        )}
      </section>

      <section aria-labelledby="h-kelurahan">
        <h2 id="h-kelurahan">{t('Pengaduan per kelurahan', 'Complaints by kelurahan')}</h2>
        {s.byKelurahan.length ? (
          <table class="data" data-table="kelurahan">
            <thead>
              <tr>
                <th scope="col">{t('Kelurahan', 'Kelurahan')}</th>
                <th scope="col">{t('Jumlah', 'Count')}</th>
              </tr>
            </thead>
            <tbody>
              {s.byKelurahan.map((r) => (
                <tr data-kelurahan={r.code}>
                  <td>{r.name}</td>
                  <td>{r.count}</td>
                </tr>
              ))}
              {s.withoutKelurahan ? (
                <tr>
                  <td>{t('Tanpa kelurahan', 'No kelurahan given')}</td>
                  <td>{s.withoutKelurahan}</td>
                </tr>
              ) : null}
            </tbody>
          </table>
        ) : (
          <p class="muted">{t('Belum ada pengaduan publik pada periode ini.', 'No public complaints in this period.')}</p>
        )}
      </section>

      <section aria-labelledby="h-ikm">
        <h2 id="h-ikm">{t('Indeks Kepuasan Masyarakat (IKM) per unit', 'Citizen Satisfaction Index (IKM) per unit')}</h2>
        <p class="muted">
          {t(
            'Survei Kepuasan Masyarakat menurut PermenPANRB 14/2017: sembilan unsur bernilai 1–4, IKM = rata-rata nilai unsur × 25. Mutu: A Sangat Baik (88,31–100), B Baik (76,61–88,30), C Kurang Baik (65,00–76,60), D Tidak Baik (25,00–64,99).',
            'Citizen Satisfaction Survey per PermenPANRB 14/2017: nine elements scored 1–4, IKM = mean element score × 25. Grades: A Very good (88.31–100), B Good (76.61–88.30), C Poor (65.00–76.60), D Very poor (25.00–64.99).',
          )}
        </p>
        {s.ikm.length ? (
          <table class="data" data-table="ikm">
            <thead>
              <tr>
                <th scope="col">{t('Unit', 'Unit')}</th>
                <th scope="col">IKM</th>
                <th scope="col">{t('Mutu', 'Grade')}</th>
                <th scope="col">{t('Responden', 'Respondents')}</th>
              </tr>
            </thead>
            <tbody>
              {s.ikm.map((u) => (
                <tr data-unit={u.unitCode}>
                  <td>{p.lang === 'en' ? u.unitNameEn : u.unitName}</td>
                  <td data-ikm>{formatIkm(u.ikm, p.lang)}</td>
                  <td data-grade={u.grade.letter}>
                    {u.grade.letter} ({p.lang === 'en' ? u.grade.en : u.grade.id})
                  </td>
                  <td data-respondents>{u.respondents}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="muted">{t('Belum ada penilaian pada periode ini.', 'No ratings in this period.')}</p>
        )}
      </section>
    </div>
  );
}
