import { SCORE_LABELS, GAP_BELOW } from '../../../src/domain/training/assessment';
import { COMPETENCIES, competencyLabel } from '../../../src/domain/training/competencies';
import type { AssessmentRow, ItemRow } from '../../../src/domain/training/views';
import { pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { SuccessBox, notDoneTitle } from './shared';
import { CsrfField, ErrorSummary } from '../../_partials/form-fields';

const SCORES = [1, 2, 3, 4] as const;

export function AssessmentFormPage(p: {
  lang: Lang;
  csrf: string;
  assessment: AssessmentRow;
  items: ItemRow[];
  values?: Record<string, string>;
  error?: Msg | null;
  fields?: Record<string, Msg>;
}) {
  const t = translator(p.lang);
  return (
    <div class="wrap narrow assessment-page">
      <h1>{p.assessment.title}</h1>
      <p class="lead">
        {t(
          'Nilai kemampuan Anda sendiri dengan jujur: 1 = belum mampu, 4 = sangat mampu. Hasilnya dipakai untuk menyarankan kursus, dan pimpinan hanya melihat rata-rata per unit. Asesmen diisi sekali setahun.',
          'Rate your own ability honestly: 1 = not yet able, 4 = very able. The results suggest courses, and officials see only unit averages. The assessment is answered once a year.',
        )}
      </p>
      <ErrorSummary lang={p.lang} message={p.error ?? null} errors={p.fields} idPrefix="" title={notDoneTitle(p.lang)} />
      <form method="post" action="/pelatihan/asesmen" class="stacked quiz-form">
        <CsrfField token={p.csrf} />
        {p.items.map((it, i) => {
          const name = `a_${it.id}`;
          const err = p.fields?.[name];
          return (
            <fieldset class="field question" id={name}>
              <legend>
                {i + 1}. {it.statement} <span class="muted">({pick(competencyLabel(it.competency), p.lang)})</span>
              </legend>
              {err ? <span class="field-error">{pick(err, p.lang)}</span> : null}
              {SCORES.map((s) => (
                <label class="option">
                  <input type="radio" name={name} value={String(s)} checked={p.values?.[name] === String(s)} /> {s} — {pick(SCORE_LABELS[s], p.lang)}
                </label>
              ))}
            </fieldset>
          );
        })}
        <p class="actions">
          <button type="submit" class="button primary">{t('Kirim asesmen', 'Submit the assessment')}</button>
        </p>
      </form>
    </div>
  );
}

export function AssessmentResultPage(p: { lang: Lang; assessment: AssessmentRow; means: [string, number][]; gaps: string[]; notice?: Msg | null; error?: Msg | null }) {
  const t = translator(p.lang);
  return (
    <div class="wrap narrow assessment-page">
      <h1>{p.assessment.title}</h1>
      <ErrorSummary lang={p.lang} message={p.error ?? null} title={notDoneTitle(p.lang)} />
      <SuccessBox lang={p.lang} message={p.notice ?? null} />
      <p>{t('Hasil asesmen Anda (rata-rata 1–4 per kompetensi):', 'Your results (mean of 1–4 per competency):')}</p>
      <table class="data">
        <thead>
          <tr>
            <th scope="col">{t('Kompetensi', 'Competency')}</th>
            <th scope="col">{t('Nilai', 'Score')}</th>
          </tr>
        </thead>
        <tbody>
          {p.means.map(([c, m]) => (
            <tr>
              <td data-label={t('Kompetensi', 'Competency')}>{pick(competencyLabel(c), p.lang)}</td>
              <td data-label={t('Nilai', 'Score')}>
                {m.toFixed(1)} {m < GAP_BELOW ? <span class="badge warn">{t('perlu dikembangkan', 'to develop')}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('Kursus yang disarankan untuk', 'Courses are suggested for')}: {p.gaps.map((g) => pick(competencyLabel(g), p.lang)).join(', ')}.{' '}
        <a href="/pelatihan">{t('Lihat saran kursus', 'See suggested courses')}</a>
      </p>
    </div>
  );
}

export function AssessmentAdminPage(p: {
  lang: Lang;
  csrf: string;
  year: number;
  current: { assessment: AssessmentRow; items: ItemRow[] } | null;
  values?: Record<string, string>;
  error?: Msg | null;
  fields?: Record<string, Msg>;
  notice?: Msg | null;
}) {
  const t = translator(p.lang);
  const a = p.current;
  const v = p.values ?? {};
  const err = (k: string) => (p.fields?.[k] ? <span class="field-error">{pick(p.fields[k]!, p.lang)}</span> : null);
  return (
    <div class="wrap narrow">
      <h1>{t(`Asesmen kebutuhan pelatihan ${p.year}`, `Training needs assessment ${p.year}`)}</h1>
      <ErrorSummary lang={p.lang} message={p.error ?? null} errors={p.fields} idPrefix="" title={notDoneTitle(p.lang)} />
      <SuccessBox lang={p.lang} message={p.notice ?? null} />
      {!a ? (
        <form method="post" action="/pelatihan/asesmen/kelola" class="stacked">
          <CsrfField token={p.csrf} />
          <div class="field">
            <label for="judul">{t('Judul asesmen', 'Assessment title')}</label>
            {err('judul')}
            <input id="judul" name="judul" value={v['judul'] ?? t(`Asesmen Kebutuhan Pelatihan ${p.year}`, `Training Needs Assessment ${p.year}`)} maxlength={200} />
          </div>
          <p class="actions">
            <button type="submit" class="button primary">{t('Buat asesmen', 'Create the assessment')}</button>
          </p>
        </form>
      ) : (
        <>
          <p>
            <strong>{a.assessment.title}</strong> —{' '}
            {a.assessment.published ? <span class="badge ok">{t('terbit', 'published')}</span> : <span class="badge warn">{t('draf', 'draft')}</span>}
          </p>
          <ol>
            {a.items.map((it) => (
              <li>
                {it.statement} <span class="muted">({pick(competencyLabel(it.competency), p.lang)})</span>
              </li>
            ))}
          </ol>
          {!a.assessment.published ? (
            <>
              <form method="post" action="/pelatihan/asesmen/kelola/butir" class="stacked">
                <CsrfField token={p.csrf} />
                <div class="field">
                  <label for="kompetensi">{t('Kompetensi', 'Competency')}</label>
                  {err('kompetensi')}
                  <select id="kompetensi" name="kompetensi">
                    <option value="">{t('— pilih —', '— choose —')}</option>
                    {COMPETENCIES.map((c) => (
                      <option value={c} selected={v['kompetensi'] === c}>
                        {pick(competencyLabel(c), p.lang)}
                      </option>
                    ))}
                  </select>
                </div>
                <div class="field">
                  <label for="pernyataan">{t('Pernyataan', 'Statement')}</label>
                  {err('pernyataan')}
                  <textarea id="pernyataan" name="pernyataan" rows={2} maxlength={300}>
                    {v['pernyataan'] ?? ''}
                  </textarea>
                </div>
                <p class="actions">
                  <button type="submit" class="button">{t('Tambah pernyataan', 'Add statement')}</button>
                </p>
              </form>
              <form method="post" action="/pelatihan/asesmen/kelola/terbitkan">
                <CsrfField token={p.csrf} />
                <button type="submit" class="button primary">{t('Terbitkan', 'Publish')}</button>
              </form>
            </>
          ) : (
            <p class="muted">{t('Asesmen yang sudah terbit tidak diubah agar semua jawaban tetap sebanding.', 'A published assessment is not changed, so all answers stay comparable.')}</p>
          )}
        </>
      )}
    </div>
  );
}

export function NeedsPage(p: {
  lang: Lang;
  assessment: AssessmentRow;
  competencies: string[];
  rows: { unitId: number; name: string; nameEn: string; respondents: number; cells: Map<string, { mean: number; n: number }> }[];
}) {
  const t = translator(p.lang);
  return (
    <div class="wrap">
      <h1>{t('Kebutuhan pelatihan per unit', 'Training needs per unit')}</h1>
      <p class="lead">
        {p.assessment.title}.{' '}
        {t(
          `Rata-rata nilai diri 1–4; di bawah ${GAP_BELOW} = perlu dikembangkan. Jumlah responden ditampilkan: angka dari sedikit responden kurang pasti.`,
          `Mean self-score 1–4; below ${GAP_BELOW} = to develop. Respondents are shown: figures from few respondents are uncertain.`,
        )}
      </p>
      {p.rows.length ? (
        <div class="table-scroll">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('Unit', 'Unit')}</th>
                <th scope="col">{t('Responden', 'Respondents')}</th>
                {p.competencies.map((c) => (
                  <th scope="col">{pick(competencyLabel(c), p.lang)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr>
                  <th scope="row">{p.lang === 'en' ? r.nameEn : r.name}</th>
                  <td data-label={t('Responden', 'Respondents')}>{r.respondents}</td>
                  {p.competencies.map((c) => {
                    const cell = r.cells.get(c);
                    return <td data-label={pick(competencyLabel(c), p.lang)}>{cell ? <span class={cell.mean < GAP_BELOW ? 'badge warn' : ''}>{cell.mean.toFixed(1)}</span> : '–'}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">{t('Belum ada jawaban.', 'No answers yet.')}</p>
      )}
    </div>
  );
}
