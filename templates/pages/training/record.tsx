import { VERB_LABELS, type Verb } from '../../../src/domain/training/ledger';
import { MAX_JP_PER_DAY } from '../../../src/domain/training/jp';
import { jakartaDate, jakartaMidnight } from '../../../src/domain/time/jakarta';
import { YEARLY_JP_TARGET } from '../../../src/domain/training/competencies';
import type { CertificateView, LedgerEntryView } from '../../../src/domain/training/views';
import { formatDate, formatDateTime, pick, translator, type Lang } from '../../../src/platform/i18n/lang';
import { NameInLang } from '../../_partials/indonesian-only';
import { ProgressBar } from './shared';

export interface RecordSubject {
  id: number;
  name: string;
  nip: string;
  unitName: string;
  position: string;
}

export interface RecordData {
  subject: RecordSubject;
  year: number;
  jpThisYear: number;
  history: LedgerEntryView[];
  certificates: (CertificateView & { verifyUrl: string })[];
}

function verbLabel(v: string, lang: Lang) {
  return v in VERB_LABELS ? pick(VERB_LABELS[v as Verb], lang) : v;
}

/** The JP of a row, and, when the daily cap credited fewer than asked, what was asked. */
function JpCell(p: { lang: Lang; e: LedgerEntryView }) {
  const t = translator(p.lang);
  return (
    <>
      {p.e.jp ? p.e.jp : ''}
      {p.e.jpRequested ? (
        <span class="muted">
          {' '}
          {t(`(dibatasi dari ${p.e.jpRequested} JP: paling banyak ${MAX_JP_PER_DAY} JP per hari)`, `(reduced from ${p.e.jpRequested} JP: at most ${MAX_JP_PER_DAY} JP a day)`)}
        </span>
      ) : null}
    </>
  );
}

function resultText(e: LedgerEntryView, lang: Lang) {
  const t = translator(lang);
  const parts: string[] = [];
  if (e.result?.score) parts.push(`${t('nilai', 'score')} ${Math.round(e.result.score.scaled * 100)}%`);
  if (e.result?.success === true) parts.push(t('berhasil', 'success'));
  return parts.join(', ');
}

export function RecordPage(p: { lang: Lang; data: RecordData; own: boolean }) {
  const t = translator(p.lang);
  const d = p.data;
  const left = Math.max(0, YEARLY_JP_TARGET - d.jpThisYear);
  const base = p.own ? '/pelatihan/saya' : `/pelatihan/pegawai/${d.subject.id}`;
  return (
    <div class="wrap record-page">
      <h1>{p.own ? t('Catatan pelatihan saya', 'My training record') : t(`Catatan pelatihan: ${d.subject.name}`, `Training record: ${d.subject.name}`)}</h1>
      <p class="muted">
        {d.subject.name} · NIP {d.subject.nip} · {d.subject.unitName}
      </p>
      <section aria-labelledby="h-jp" class="card">
        <h2 id="h-jp">{t(`JP tahun ${d.year}`, `JP in ${d.year}`)}</h2>
        <p class="jp-figure">
          <strong>{d.jpThisYear}</strong> / {YEARLY_JP_TARGET} JP
        </p>
        <ProgressBar value={Math.min(d.jpThisYear, YEARLY_JP_TARGET)} max={YEARLY_JP_TARGET} label={t(`JP tahun ini terhadap target ${YEARLY_JP_TARGET} JP`, `JP this year against the ${YEARLY_JP_TARGET} JP target`)} />
        <p>
          {left > 0
            ? t(`Kurang ${left} JP untuk memenuhi target ${YEARLY_JP_TARGET} JP (PP 17/2020).`, `${left} JP short of the ${YEARLY_JP_TARGET} JP target (PP 17/2020).`)
            : t(`Target ${YEARLY_JP_TARGET} JP tahun ini sudah terpenuhi.`, `The ${YEARLY_JP_TARGET} JP target for this year is met.`)}
        </p>
        <p class="actions">
          <a href={`${base}/transkrip`} class="button">{t('Transkrip (cetak)', 'Transcript (print)')}</a>{' '}
          {p.own ? (
            <>
              <a href="/pelatihan">{t('Cari kursus', 'Find a course')}</a> ·{' '}
              <a href="/pelatihan/saya/bukti">{t('Ajukan bukti pembelajaran lain', 'Submit other learning evidence')}</a>
            </>
          ) : null}
        </p>
      </section>

      <section aria-labelledby="h-sert">
        <h2 id="h-sert">{t('Sertifikat', 'Certificates')}</h2>
        {d.certificates.length ? (
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('Nomor', 'Number')}</th>
                <th scope="col">{t('Kursus', 'Course')}</th>
                <th scope="col">JP</th>
                <th scope="col">{t('Tanggal', 'Date')}</th>
                <th scope="col">{t('Verifikasi', 'Verify')}</th>
              </tr>
            </thead>
            <tbody>
              {d.certificates.map((c) => (
                <tr>
                  <td data-label={t('Nomor', 'Number')}>
                    <a href={`/pelatihan/sertifikat/${c.id}`}>{c.number}</a>
                    {c.revokedAt ? <> <span class="badge overdue">{t('dicabut', 'revoked')}</span></> : null}
                  </td>
                  <td data-label={t('Kursus', 'Course')}>{p.lang === 'en' ? c.courseTitleEn : c.courseTitleId}</td>
                  <td data-label="JP">{c.jp}</td>
                  <td data-label={t('Tanggal', 'Date')}>{formatDate(c.issuedAt, p.lang)}</td>
                  <td data-label={t('Verifikasi', 'Verify')}>
                    <a href={c.verifyUrl}>{t('Tautan verifikasi', 'Verification link')}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="muted">{t('Belum ada sertifikat.', 'No certificates yet.')}</p>
        )}
      </section>

      <section aria-labelledby="h-riwayat">
        <h2 id="h-riwayat">{t('Riwayat', 'History')}</h2>
        {d.history.length ? (
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('Dicatat', 'Recorded')}</th>
                <th scope="col">{t('Kegiatan', 'Activity')}</th>
                <th scope="col">{t('Hasil', 'Result')}</th>
                <th scope="col">JP</th>
              </tr>
            </thead>
            <tbody>
              {d.history.map((e) => (
                <tr>
                  <td data-label={t('Dicatat', 'Recorded')}>{formatDateTime(e.at, p.lang)}</td>
                  <td data-label={t('Kegiatan', 'Activity')}>
                    {verbLabel(e.verb, p.lang)}: <NameInLang lang={p.lang} id={e.objectName} en={e.objectNameEn} />
                    {e.learnedOn !== jakartaDate(e.at) ? (
                      <span class="muted">
                        {' '}
                        · {t('untuk kegiatan', 'for the learning of')} {formatDate(jakartaMidnight(e.learnedOn), p.lang)}
                      </span>
                    ) : null}
                  </td>
                  <td data-label={t('Hasil', 'Result')}>{resultText(e, p.lang)}</td>
                  <td data-label="JP">
                    <JpCell lang={p.lang} e={e} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="muted">{t('Belum ada kegiatan pelatihan.', 'No training activity yet.')}</p>
        )}
      </section>
    </div>
  );
}

export function TranscriptPage(p: { lang: Lang; data: RecordData; printedAt: Date }) {
  const t = translator(p.lang);
  const d = p.data;
  const credits = d.history.filter((e) => e.jp !== 0);
  const years = [...new Set(credits.map((e) => e.year))].sort((a, b) => b - a);
  const certByCourse = new Map(d.certificates.map((c) => [c.id, c]));
  return (
    <div class="wrap transcript">
      <h1>{t('Transkrip pengembangan kompetensi', 'Competency development transcript')}</h1>
      <dl class="facts facts-wide">
        <div>
          <dt>{t('Nama', 'Name')}</dt>
          <dd>{d.subject.name}</dd>
        </div>
        <div>
          <dt>NIP</dt>
          <dd>{d.subject.nip}</dd>
        </div>
        <div>
          <dt>{t('Unit', 'Unit')}</dt>
          <dd>{d.subject.unitName}</dd>
        </div>
        <div>
          <dt>{t('Dicetak', 'Printed')}</dt>
          <dd>{formatDateTime(p.printedAt, p.lang)}</dd>
        </div>
      </dl>
      <p class="actions no-print">
        {t('Gunakan fungsi cetak peramban (Ctrl+P) untuk mencetak atau menyimpan sebagai PDF.', "Use the browser's print function (Ctrl+P) to print or save as PDF.")}
      </p>
      {years.length ? (
        years.map((y) => {
          const rows = credits.filter((e) => e.year === y);
          const total = rows.reduce((s, e) => s + e.jp, 0);
          return (
            <section class="transcript-year">
              <h2>{t(`Tahun ${y}`, `Year ${y}`)}</h2>
              <table class="data">
                <thead>
                  <tr>
                    <th scope="col">{t('Tanggal', 'Date')}</th>
                    <th scope="col">{t('Kegiatan', 'Activity')}</th>
                    <th scope="col">{t('Sertifikat', 'Certificate')}</th>
                    <th scope="col">JP</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((e) => (
                    <tr>
                      <td data-label={t('Tanggal', 'Date')}>{formatDate(jakartaMidnight(e.learnedOn), p.lang)}</td>
                      <td data-label={t('Kegiatan', 'Activity')}>
                        {e.verb === 'voided' ? `${verbLabel(e.verb, p.lang)}: ` : ''}
                        <NameInLang lang={p.lang} id={e.objectName} en={e.objectNameEn} />
                      </td>
                      <td data-label={t('Sertifikat', 'Certificate')}>{e.certificateId ? certByCourse.get(e.certificateId)?.number ?? '' : ''}</td>
                      <td data-label="JP">
                        <JpCell lang={p.lang} e={e} />
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colspan={3}>
                      {t('Jumlah JP', 'Total JP')} ({t('target', 'target')} 20)
                    </th>
                    <td>
                      <strong>{total}</strong>
                    </td>
                  </tr>
                </tfoot>
              </table>
            </section>
          );
        })
      ) : (
        <p>{t('Belum ada JP tercatat.', 'No JP recorded yet.')}</p>
      )}
    </div>
  );
}
