import { PERIODS, PERIOD_LABELS } from '../../../src/domain/transparency/periods';
import type { Compliance, TransparencyStats } from '../../../src/domain/transparency/views';
import { fewerThanText, smallNumbersNote, type PublicCell } from '../../../src/domain/transparency/small-numbers';
import { formatIkm } from '../../../src/domain/skm/ikm';
import { formatDate, formatWorking, pick, translator, type Lang } from '../../../src/platform/i18n/lang';

/** The note that says why a cell is withheld; every withheld cell points to it. */
const NOTE_ID = 'angka-kecil';

function percentText(percent: number, lang: Lang): string {
  const v = Math.round(percent * 10) / 10;
  return `${lang === 'id' ? String(v).replace('.', ',') : String(v)}%`;
}

/** "fewer than n" in place of a withheld figure. */
function Withheld(p: { lang: Lang; fewerThan: number }) {
  return (
    <span class="muted" data-withheld aria-describedby={NOTE_ID}>
      {pick(fewerThanText(p.fewerThan), p.lang)}
    </span>
  );
}

/** A figure, or "fewer than n" when it is withheld. */
function Cell<T>(p: { lang: Lang; cell: PublicCell<T>; show: (v: T) => string }) {
  return p.cell.shown ? <>{p.show(p.cell.value)}</> : <Withheld lang={p.lang} fewerThan={p.cell.fewerThan} />;
}

function ComplianceRow(p: { lang: Lang; label: string; c: Compliance | null; name: string }) {
  const t = translator(p.lang);
  const c = p.c;
  return (
    <div>
      <dt>{p.label}</dt>
      <dd data-compliance={p.name}>
        {c === null ? (
          '–'
        ) : !c.shown ? (
          <Withheld lang={p.lang} fewerThan={c.fewerThan} />
        ) : (
          <>
            <strong>{percentText(c.value.percent, p.lang)}</strong>{' '}
            <span class="muted">
              {t(`(${c.value.met} dari ${c.value.decided} tepat waktu)`, `(${c.value.met} of ${c.value.decided} on time)`)}
            </span>
            <progress max={100} value={Math.round(c.value.percent)} aria-label={p.label}>
              {percentText(c.value.percent, p.lang)}
            </progress>
          </>
        )}
      </dd>
    </div>
  );
}

function Median(p: { lang: Lang; cell: PublicCell<number> | null }) {
  return p.cell === null ? <>–</> : <Cell lang={p.lang} cell={p.cell} show={(ms) => formatWorking(ms, p.lang)} />;
}

const count = (v: number) => String(v);

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
            <a href={`/transparansi?periode=${d}`} class={d === s.period ? 'button primary' : 'button'} aria-current={d === s.period ? 'page' : undefined}>
              {pick(PERIOD_LABELS[d], p.lang)}
            </a>
          ))}
        </p>
      </nav>
      <p class="muted" data-stat="period">
        {/* `to` is the first instant after a full month: its last day is the day before */}
        {formatDate(s.from, p.lang)} – {formatDate(s.period === 'bulan-ini' ? s.to : new Date(s.to.getTime() - 1), p.lang)}
      </p>
      {s.minCell > 1 ? (
        <p class="muted" id={NOTE_ID}>
          {pick(smallNumbersNote(s.minCell), p.lang)}
        </p>
      ) : null}

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
            <dd data-stat="median-first-response">
              <Median lang={p.lang} cell={s.medianFirstResponseMs} />
            </dd>
          </div>
          <div>
            <dt>{t('Median waktu penyelesaian (jam kerja)', 'Median time to resolution (working time)')}</dt>
            <dd data-stat="median-resolution">
              <Median lang={p.lang} cell={s.medianResolutionMs} />
            </dd>
          </div>
        </dl>
        <p class="muted">
          {t(
            'Waktu kerja dihitung pada hari kerja WIB (Senin–Jumat, di luar libur nasional dan cuti bersama), tanpa waktu menunggu jawaban pelapor. Tepat waktu: penanganan yang selesai sebelum tenggatnya atau yang tenggatnya lewat pada periode ini; penyelesaian yang terlambat tetap terlambat meskipun pengaduan dibuka kembali, dan pengaduan yang ditolak atau dicabut tidak dinilai.',
            'Working time counts Jakarta working days (Monday–Friday, excluding national holidays and cuti bersama), without the time spent waiting for the citizen’s answer. On time: handling finished by its deadline, or whose deadline passed, in this period; a late resolution stays late even if the complaint is reopened, and declined or withdrawn complaints are not judged.',
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
                  <td data-label={t('Kategori', 'Category')}>{p.lang === 'en' ? r.nameEn : r.nameId}</td>
                  <td data-label={t('Jumlah', 'Count')}>
                    <Cell lang={p.lang} cell={r.count} show={count} />
                  </td>
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
                  <td data-label={t('Kelurahan', 'Kelurahan')}>{r.name}</td>
                  <td data-label={t('Jumlah', 'Count')}>
                    <Cell lang={p.lang} cell={r.count} show={count} />
                  </td>
                </tr>
              ))}
              {s.withoutKelurahan ? (
                <tr data-kelurahan="">
                  <td data-label={t('Kelurahan', 'Kelurahan')}>{t('Tanpa kelurahan', 'No kelurahan given')}</td>
                  <td data-label={t('Jumlah', 'Count')}>
                    <Cell lang={p.lang} cell={s.withoutKelurahan} show={count} />
                  </td>
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
                  <td data-label={t('Unit', 'Unit')}>{p.lang === 'en' ? u.unitNameEn : u.unitName}</td>
                  {u.figures.shown ? (
                    <>
                      <td data-label="IKM" data-ikm>{formatIkm(u.figures.value.ikm, p.lang)}</td>
                      <td data-label={t('Mutu', 'Grade')} data-grade={u.figures.value.grade.letter}>
                        {u.figures.value.grade.letter} ({p.lang === 'en' ? u.figures.value.grade.en : u.figures.value.grade.id})
                      </td>
                      <td data-label={t('Responden', 'Respondents')} data-respondents>{u.figures.value.respondents}</td>
                    </>
                  ) : (
                    <td colspan={3} data-label="IKM">
                      <Withheld lang={p.lang} fewerThan={u.figures.fewerThan} />
                    </td>
                  )}
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
