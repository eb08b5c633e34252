import { COMPETENCIES, COMPETENCY_LABELS, MODES, MODE_LABELS } from '../../../src/domain/training/competencies';
import { ROLES, ROLE_LABELS } from '../../../src/domain/auth/roles';
import type { CourseView, LessonView, QuizStanding, SessionRow } from '../../../src/domain/training/views';
import { jakartaWallClock } from '../../../src/domain/time/jakarta';
import { formatDateTime, pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import type { FormValues } from '../../_partials/form-fields';
import { SuccessBox, notDoneTitle } from './shared';
import { CsrfField } from '../../_partials/form-fields';
import { ErrorSummary } from '../../_partials/form-fields';

export interface SectionForm {
  /** which form on the page it belongs to ('reset': another go at the quiz for one participant) */
  section: 'course' | 'lesson' | 'question' | 'session' | 'reset';
  values: FormValues;
  fields?: Record<string, Msg> | undefined;
  error?: Msg | null;
}

const str = (v: FormValues, k: string) => {
  const x = v[k];
  return typeof x === 'string' ? x : '';
};
const arr = (v: FormValues, k: string) => {
  const x = v[k];
  return Array.isArray(x) ? x : typeof x === 'string' && x ? [x] : [];
};

function Err(p: { lang: Lang; k: string; fields?: Record<string, Msg> | undefined; id?: string }) {
  const m = p.fields?.[p.k];
  return m ? (
    <span class="field-error" id={p.id}>
      {pick(m, p.lang)}
    </span>
  ) : null;
}

/** What an input is: its type and limits, so phones bring the right keyboard and the size fits the value. */
interface InputKind {
  type?: 'text' | 'number' | 'url' | 'datetime-local';
  min?: number;
  max?: number;
  maxlength?: number;
  /** a short value (a number, a code): a narrow box instead of the full width */
  short?: boolean;
  hint?: string;
}

/** A field's id (`{prefix}{name}`, where the error summary links), its error, and the ids that describe it. */
function fieldIds(p: { prefix: string; k: string; fields?: Record<string, Msg> | undefined; hint?: string | undefined }) {
  const id = `${p.prefix}${p.k}`;
  const err = p.fields?.[p.k];
  const describedBy = [p.hint ? `${id}-hint` : '', err ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return { id, err, describedBy };
}

/** The label, hint and error around one control of the authoring forms. */
function FieldShell(p: { lang: Lang; id: string; k: string; label: string; hint?: string | undefined; err: Msg | undefined; fields?: Record<string, Msg> | undefined; children: unknown }) {
  return (
    <div class={p.err ? 'field has-error' : 'field'}>
      <label for={p.id}>{p.label}</label>
      {p.hint ? (
        <span class="hint" id={`${p.id}-hint`}>
          {p.hint}
        </span>
      ) : null}
      <Err lang={p.lang} k={p.k} fields={p.fields} id={`${p.id}-error`} />
      {p.children}
    </div>
  );
}

/**
 * One labelled input of the authoring forms. Its id is `{prefix}{name}`, the address the form's
 * error summary links to; the hint and the error are tied to it for screen readers.
 */
function Input(p: { lang: Lang; prefix: string; k: string; label: string; v: FormValues; fields?: Record<string, Msg> | undefined } & InputKind) {
  const { id, err, describedBy } = fieldIds(p);
  return (
    <FieldShell {...p} id={id} err={err}>
      <input
        type={p.type ?? 'text'}
        id={id}
        name={p.k}
        value={str(p.v, p.k)}
        min={p.min}
        max={p.max}
        step={p.type === 'number' ? 1 : undefined}
        maxlength={p.maxlength}
        class={p.short ? 'short' : undefined}
        aria-invalid={err ? 'true' : undefined}
        aria-describedby={describedBy}
      />
    </FieldShell>
  );
}

/** A labelled multi-line text of the authoring forms (same ids and ties as Input). */
function Area(p: { lang: Lang; prefix: string; k: string; label: string; v: FormValues; fields?: Record<string, Msg> | undefined; rows: number; maxlength?: number; hint?: string }) {
  const { id, err, describedBy } = fieldIds(p);
  return (
    <FieldShell {...p} id={id} err={err}>
      <textarea id={id} name={p.k} rows={p.rows} maxlength={p.maxlength} aria-invalid={err ? 'true' : undefined} aria-describedby={describedBy}>
        {str(p.v, p.k)}
      </textarea>
    </FieldShell>
  );
}

/** Where each section's error summary links: the prefix of its inputs' ids. */
const SECTION_PREFIX: Record<SectionForm['section'], string> = { course: 'c-', lesson: 'lesson-', question: 'question-', session: 'session-', reset: 'reset-' };

/** Form values of a course as the form fields name them. */
export function courseToForm(c: CourseView): FormValues {
  return {
    kode: c.code,
    judul: c.title.id,
    judul_en: c.title.en,
    deskripsi: c.description.id,
    deskripsi_en: c.description.en,
    kompetensi: c.competencies,
    jp: String(c.jp),
    moda: c.mode,
    peran: c.audienceRoles,
    unit: c.audienceUnits.join(', '),
    prasyarat: c.prerequisites.join(', '),
    jumlah_soal: String(c.quiz.questionCount),
    nilai_lulus: String(c.quiz.passPercent),
    percobaan: String(c.quiz.maxAttempts),
    waktu: String(c.quiz.timeLimitMinutes),
    penyegaran: c.yearlyRefresher ? '1' : '',
  };
}

export const EMPTY_COURSE: FormValues = { jumlah_soal: '5', nilai_lulus: '70', percobaan: '3', waktu: '15', moda: 'self_paced' };

function CourseFields(p: { lang: Lang; v: FormValues; fields?: Record<string, Msg> | undefined; codeLocked: boolean }) {
  const t = translator(p.lang);
  const { v, fields } = p;
  const text = (k: string, label: string, kind: InputKind = {}) => <Input lang={p.lang} prefix="c-" k={k} label={label} v={v} fields={fields} {...kind} />;
  return (
    <>
      {p.codeLocked ? (
        <p>
          {t('Kode', 'Code')}: <strong>{str(v, 'kode')}</strong>{' '}
          <span class="muted">{t('(tidak dapat diubah: tercetak di sertifikat)', '(cannot change: printed on certificates)')}</span>
        </p>
      ) : (
        text('kode', t('Kode kursus', 'Course code'), { maxlength: 20, short: true, hint: t('Huruf besar, angka dan tanda hubung, mis. KPP-02.', 'Capitals, digits and hyphens, e.g. KPP-02.') })
      )}
      {text('judul', t('Judul', 'Title'), { maxlength: 150 })}
      {text('judul_en', t('Judul dalam bahasa Inggris', 'Title in English'), { maxlength: 150 })}
      <Area lang={p.lang} prefix="c-" k="deskripsi" label={t('Deskripsi', 'Description')} v={v} fields={fields} rows={4} maxlength={1000} />
      <Area lang={p.lang} prefix="c-" k="deskripsi_en" label={t('Deskripsi dalam bahasa Inggris', 'Description in English')} v={v} fields={fields} rows={4} maxlength={1000} />
      <fieldset class="field" id="c-kompetensi">
        <legend>{t('Kompetensi', 'Competencies')}</legend>
        <Err lang={p.lang} k="kompetensi" fields={fields} />
        {COMPETENCIES.map((c) => (
          <label class="option">
            <input type="checkbox" name="kompetensi" value={c} checked={arr(v, 'kompetensi').includes(c)} /> {pick(COMPETENCY_LABELS[c], p.lang)}
          </label>
        ))}
      </fieldset>
      {text('jp', t('JP (jam pelajaran, 1 JP = 45 menit)', 'JP (lesson hours, 1 JP = 45 minutes)'), { type: 'number', min: 1, max: 40, short: true })}
      <div class={fields?.['moda'] ? 'field has-error' : 'field'}>
        <label for="c-moda">{t('Moda', 'Mode')}</label>
        <Err lang={p.lang} k="moda" fields={fields} />
        <select id="c-moda" name="moda">
          {MODES.map((m) => (
            <option value={m} selected={str(v, 'moda') === m}>
              {pick(MODE_LABELS[m], p.lang)}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="field" id="c-peran">
        <legend>{t('Sasaran peran (kosong = semua)', 'Audience roles (none = everyone)')}</legend>
        <Err lang={p.lang} k="peran" fields={fields} />
        {ROLES.map((r) => (
          <label class="option">
            <input type="checkbox" name="peran" value={r} checked={arr(v, 'peran').includes(r)} /> {pick(ROLE_LABELS[r], p.lang)}
          </label>
        ))}
      </fieldset>
      {text('unit', t('Sasaran unit', 'Audience units'), { hint: t('Kode unit dipisah koma, mis. DPUPR, DLH; kosong = semua unit.', 'Unit codes separated by commas, e.g. DPUPR, DLH; empty = every unit.') })}
      {text('prasyarat', t('Kursus prasyarat', 'Prerequisite courses'), { hint: t('Kode kursus dipisah koma, mis. KPP-01; kosong = tanpa prasyarat.', 'Course codes separated by commas, e.g. KPP-01; empty = none.') })}
      <fieldset class="field">
        <legend>{t('Kuis', 'Quiz')}</legend>
        <div class="number-row">
          {text('jumlah_soal', t('Jumlah soal per percobaan', 'Questions per attempt'), { type: 'number', min: 1, max: 50, short: true })}
          {text('nilai_lulus', t('Nilai lulus (%)', 'Pass mark (%)'), { type: 'number', min: 1, max: 100, short: true })}
          {text('percobaan', t('Batas percobaan', 'Attempt limit'), { type: 'number', min: 1, max: 10, short: true })}
          {text('waktu', t('Batas waktu (menit)', 'Time limit (minutes)'), { type: 'number', min: 1, max: 180, short: true })}
        </div>
      </fieldset>
      <div class="field">
        <label class="option">
          <input type="checkbox" name="penyegaran" value="1" checked={str(v, 'penyegaran') === '1'} />{' '}
          {t(
            'Penyegaran tahunan: dapat diambil lagi setiap tahun, dan JP-nya dihitung lagi untuk tahun itu',
            'Yearly refresher: may be taken again each year, and its JP count again for that year',
          )}
        </label>
      </div>
    </>
  );
}

export function AuthorListPage(p: { lang: Lang; courses: CourseView[]; notice?: Msg | null }) {
  const t = translator(p.lang);
  return (
    <div class="wrap">
      <h1>{t('Kelola kursus', 'Manage courses')}</h1>
      <SuccessBox lang={p.lang} message={p.notice ?? null} />
      <p class="actions">
        <a class="button primary" href="/pelatihan/kelola/baru">
          {t('Kursus baru', 'New course')}
        </a>
      </p>
      <table class="data">
        <thead>
          <tr>
            <th scope="col">{t('Kode', 'Code')}</th>
            <th scope="col">{t('Judul', 'Title')}</th>
            <th scope="col">JP</th>
            <th scope="col">{t('Status', 'Status')}</th>
          </tr>
        </thead>
        <tbody>
          {p.courses.map((c) => (
            <tr>
              <td data-label={t('Kode', 'Code')}>
                <a href={`/pelatihan/kelola/kursus/${encodeURIComponent(c.code)}`}>{c.code}</a>
              </td>
              <td data-label={t('Judul', 'Title')}>{pick(c.title, p.lang)}</td>
              <td data-label="JP">{c.jp}</td>
              <td data-label={t('Status', 'Status')}>{c.published ? <span class="badge ok">{t('terbit', 'published')}</span> : <span class="badge warn">{t('draf', 'draft')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function NewCoursePage(p: { lang: Lang; csrf: string; form: SectionForm }) {
  const t = translator(p.lang);
  return (
    <div class="wrap narrow">
      <p class="muted">
        <a href="/pelatihan/kelola">{t('Kelola kursus', 'Manage courses')}</a>
      </p>
      <h1>{t('Kursus baru', 'New course')}</h1>
      <ErrorSummary lang={p.lang} message={p.form.error ?? null} errors={p.form.fields} idPrefix="c-" title={notDoneTitle(p.lang)} />
      <form method="post" action="/pelatihan/kelola/baru" class="stacked">
        <CsrfField token={p.csrf} />
        <CourseFields lang={p.lang} v={p.form.values} fields={p.form.fields} codeLocked={false} />
        <p class="actions">
          <button type="submit" class="button primary">{t('Simpan sebagai draf', 'Save as draft')}</button>
        </p>
      </form>
    </div>
  );
}

export interface BankQuestion {
  id: number;
  kind: string;
  prompt: string;
  active: boolean;
}

export function EditCoursePage(p: {
  lang: Lang;
  csrf: string;
  course: CourseView;
  lessons: LessonView[];
  questions: BankQuestion[];
  sessions: SessionRow[];
  /** participants who used quiz attempts without passing: an author may give them another go */
  standings: QuizStanding[];
  form?: SectionForm | null;
  notice?: Msg | null;
  error?: Msg | null;
}) {
  const t = translator(p.lang);
  const c = p.course;
  const base = `/pelatihan/kelola/kursus/${encodeURIComponent(c.code)}`;
  const f = p.form ?? null;
  const vals = (s: SectionForm['section'], fallback: FormValues) => (f?.section === s ? f.values : fallback);
  const flds = (s: SectionForm['section']) => (f?.section === s ? f.fields : undefined);
  const lv = vals('lesson', { menit: '10' });
  const qv = vals('question', { jenis: 'multiple_choice' });
  const sv = vals('session', { kapasitas: '25', jp: String(c.jp) });
  const active = p.questions.filter((q) => q.active).length;
  const summaryPrefix = f ? (f.section === 'reset' ? `reset-${str(f.values, 'staf')}-` : SECTION_PREFIX[f.section]) : '';
  return (
    <div class="wrap narrow">
      <p class="muted">
        <a href="/pelatihan/kelola">{t('Kelola kursus', 'Manage courses')}</a> › {c.code}
      </p>
      <h1>{pick(c.title, p.lang)}</h1>
      <ErrorSummary lang={p.lang} message={f?.error ?? p.error ?? null} errors={f?.fields} idPrefix={summaryPrefix} title={notDoneTitle(p.lang)} />
      <SuccessBox lang={p.lang} message={p.notice ?? null} />
      <p>
        {c.published ? <span class="badge ok">{t('terbit', 'published')}</span> : <span class="badge warn">{t('draf', 'draft')}</span>}{' '}
        {t(`${p.lessons.length} materi, ${active} soal aktif.`, `${p.lessons.length} lessons, ${active} active questions.`)}
      </p>
      <form method="post" action={`${base}/terbit`}>
        <CsrfField token={p.csrf} />
        <input type="hidden" name="aksi" value={c.published ? 'tarik' : 'terbitkan'} />
        <button type="submit" class={c.published ? 'button' : 'button primary'}>
          {c.published ? t('Tarik dari katalog', 'Unpublish') : t('Terbitkan', 'Publish')}
        </button>
      </form>
      <p class="muted">
        {t(
          'Mengubah kursus yang sudah terbit tidak mengubah JP, sertifikat atau riwayat yang sudah diperoleh peserta.',
          'Editing a published course never changes JP, certificates or history already earned.',
        )}
      </p>

      <details open={f?.section === 'course'}>
        <summary>
          <h2 class="inline">{t('Data kursus', 'Course details')}</h2>
        </summary>
        <form method="post" action={base} class="stacked">
          <CsrfField token={p.csrf} />
          <CourseFields lang={p.lang} v={vals('course', courseToForm(c))} fields={flds('course')} codeLocked />
          <p class="actions">
            <button type="submit" class="button primary">{t('Simpan perubahan', 'Save changes')}</button>
          </p>
        </form>
      </details>

      <section aria-labelledby="h-materi-kelola">
        <h2 id="h-materi-kelola">{t('Materi', 'Lessons')}</h2>
        <ol class="lesson-order">
          {p.lessons.map((l, i) => (
            <li id={`materi-${l.id}`}>
              <a href={`${base}/materi/${l.id}`}>{l.title}</a> <span class="muted">· {l.minutes} {t('menit', 'min')}</span>
              {p.lessons.length > 1 ? (
                <form method="post" action={`${base}/materi/${l.id}/pindah`} class="row-tools">
                  <CsrfField token={p.csrf} />
                  <button type="submit" class="button small" name="arah" value="naik" disabled={i === 0}>
                    {t('↑ Naikkan', '↑ Move up')}
                    <span class="visually-hidden"> {t(`materi ${i + 1}`, `lesson ${i + 1}`)}</span>
                  </button>
                  <button type="submit" class="button small" name="arah" value="turun" disabled={i === p.lessons.length - 1}>
                    {t('↓ Turunkan', '↓ Move down')}
                    <span class="visually-hidden"> {t(`materi ${i + 1}`, `lesson ${i + 1}`)}</span>
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ol>
        <LessonForm lang={p.lang} csrf={p.csrf} action={`${base}/materi`} v={lv} fields={flds('lesson')} submit={t('Tambah materi', 'Add lesson')} />
      </section>

      <section aria-labelledby="h-soal-kelola">
        <h2 id="h-soal-kelola">{t('Bank soal', 'Question bank')}</h2>
        <ol>
          {p.questions.map((q) => (
            <li>
              {q.prompt} <span class="muted">({q.kind === 'true_false' ? t('benar/salah', 'true/false') : t('pilihan ganda', 'multiple choice')})</span>{' '}
              {q.active ? (
                <form method="post" action={`${base}/soal/${q.id}/nonaktif`} class="inline-form">
                  <CsrfField token={p.csrf} />
                  <button type="submit" class="link-button">{t('Nonaktifkan', 'Retire')}</button>
                </form>
              ) : (
                <span class="badge">{t('nonaktif', 'retired')}</span>
              )}
            </li>
          ))}
        </ol>
        <form method="post" action={`${base}/soal`} class="stacked">
          <CsrfField token={p.csrf} />
          <div class={flds('question')?.['jenis'] ? 'field has-error' : 'field'}>
            <label for="question-jenis">{t('Jenis soal', 'Question type')}</label>
            <Err lang={p.lang} k="jenis" fields={flds('question')} />
            <select id="question-jenis" name="jenis">
              <option value="multiple_choice" selected={str(qv, 'jenis') === 'multiple_choice'}>
                {t('Pilihan ganda', 'Multiple choice')}
              </option>
              <option value="true_false" selected={str(qv, 'jenis') === 'true_false'}>
                {t('Benar/salah', 'True/false')}
              </option>
            </select>
          </div>
          <Area lang={p.lang} prefix="question-" k="soal" label={t('Soal', 'Question')} v={qv} fields={flds('question')} rows={3} maxlength={500} />
          <Area
            lang={p.lang}
            prefix="question-"
            k="pilihan"
            label={t('Pilihan jawaban', 'Answer options')}
            hint={t('Untuk pilihan ganda: satu pilihan per baris, 2–6 baris. Kosongkan untuk benar/salah.', 'For multiple choice: one option per line, 2–6 lines. Leave empty for true/false.')}
            v={qv}
            fields={flds('question')}
            rows={5}
          />
          <Input
            lang={p.lang}
            prefix="question-"
            k="kunci"
            label={t('Jawaban benar', 'Right answer')}
            hint={t('Nomor baris pilihan yang benar (1, 2, …), atau "benar"/"salah".', 'The line number of the right option (1, 2, …), or "benar"/"salah".')}
            v={qv}
            fields={flds('question')}
            maxlength={10}
            short
          />
          <Area
            lang={p.lang}
            prefix="question-"
            k="pembahasan"
            label={t('Pembahasan', 'Explanation')}
            hint={t('Ditampilkan bersama kunci setelah peserta lulus atau kesempatannya habis.', 'Shown with the key once the participant passes or has no attempt left.')}
            v={qv}
            fields={flds('question')}
            rows={3}
            maxlength={1000}
          />
          <p class="actions">
            <button type="submit" class="button">{t('Tambah soal', 'Add question')}</button>
          </p>
        </form>
      </section>

      <section aria-labelledby="h-sesi-kelola">
        <h2 id="h-sesi-kelola">{t('Sesi tatap muka', 'Classroom sessions')}</h2>
        <ul>
          {p.sessions.map((s) => (
            <li>
              <a href={`/pelatihan/sesi/${s.id}/presensi`}>{s.title}</a> · {formatDateTime(s.startsAt, p.lang)} · {s.place} · {s.capacity}{' '}
              {t('kursi', 'seats')} · {s.jp} JP{' '}
              {s.cancelledAt ? <span class="badge overdue">{t('batal', 'cancelled')}</span> : <a href={`${base}/sesi/${s.id}`}>{t('Ubah atau batalkan', 'Edit or cancel')}</a>}
            </li>
          ))}
        </ul>
        <form method="post" action={`${base}/sesi`} class="stacked">
          <CsrfField token={p.csrf} />
          <SessionFields lang={p.lang} v={sv} fields={flds('session')} />
          <p class="muted">{t('Anda menjadi fasilitator sesi ini dan mengisi presensinya.', 'You become the facilitator of this session and take its attendance.')}</p>
          <p class="actions">
            <button type="submit" class="button">{t('Tambah sesi', 'Add session')}</button>
          </p>
        </form>
      </section>

      <section aria-labelledby="h-peserta-kuis">
        <h2 id="h-peserta-kuis">{t('Peserta yang belum lulus kuis', 'Participants who have not passed the quiz')}</h2>
        {p.standings.length ? (
          <ul>
            {p.standings.map((x) => (
              <li>
                {x.name} <span class="muted">NIP {x.nip}</span> ·{' '}
                {t(`${x.attemptsUsed} dari ${c.quiz.maxAttempts} percobaan`, `${x.attemptsUsed} of ${c.quiz.maxAttempts} attempts`)}
                {x.attemptsUsed >= c.quiz.maxAttempts ? <> <span class="badge warn">{t('habis', 'used up')}</span></> : null}
                <form method="post" action={`${base}/peserta/${x.staffId}/reset-kuis`} class="stacked">
                  <CsrfField token={p.csrf} />
                  <div class="field">
                    <label for={`reset-${x.staffId}-alasan`}>{t('Alasan memberi kesempatan lagi (dicatat di log audit)', 'Reason for another go (kept in the audit log)')}</label>
                    {f?.section === 'reset' && str(f.values, 'staf') === String(x.staffId) ? <Err lang={p.lang} k="alasan" fields={f.fields} /> : null}
                    <input type="text" id={`reset-${x.staffId}-alasan`} name="alasan" maxlength={300} />
                    <input type="hidden" name="staf" value={String(x.staffId)} />
                  </div>
                  <button type="submit" class="button">{t('Atur ulang percobaan kuis', 'Reset quiz attempts')}</button>
                </form>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('Tidak ada peserta yang sedang mengulang kuis.', 'Nobody is retaking the quiz.')}</p>
        )}
      </section>
    </div>
  );
}

/** The fields of a session, for scheduling one and for editing it. */
function SessionFields(p: { lang: Lang; v: FormValues; fields?: Record<string, Msg> | undefined }) {
  const t = translator(p.lang);
  const input = (k: string, label: string, kind: InputKind = {}) => <Input lang={p.lang} prefix="session-" k={k} label={label} v={p.v} fields={p.fields} {...kind} />;
  return (
    <>
      {input('judul', t('Nama sesi', 'Session name'), { maxlength: 150 })}
      <div class="number-row">
        {input('mulai', t('Mulai (WIB)', 'Starts (WIB)'), { type: 'datetime-local' })}
        {input('selesai', t('Selesai (WIB, hari yang sama)', 'Ends (WIB, the same day)'), { type: 'datetime-local' })}
      </div>
      {input('tempat', t('Tempat', 'Place'), { maxlength: 200 })}
      <div class="number-row">
        {input('kapasitas', t('Kapasitas (orang)', 'Capacity (people)'), { type: 'number', min: 1, max: 500, short: true })}
        {input('jp', t('JP saat hadir', 'JP on attendance'), { type: 'number', min: 1, max: 40, short: true, hint: t('1 JP = 45 menit, paling banyak 10 per hari.', '1 JP = 45 minutes, at most 10 a day.') })}
      </div>
      <fieldset class="field">
        <legend>{t('Akhir pekan atau hari libur', 'Weekend or holiday')}</legend>
        <label class="option">
          <input type="checkbox" name="libur" value="1" checked={str(p.v, 'libur') === '1'} />{' '}
          {t('Tetap dijadwalkan pada hari libur (menurut kalender libur admin)', 'Schedule it anyway on a holiday (by the admin holiday calendar)')}
        </label>
        <label for="session-alasan_libur">{t('Alasannya (dicatat di log audit)', 'The reason (kept in the audit log)')}</label>
        <Err lang={p.lang} k="alasan_libur" fields={p.fields} />
        <input type="text" id="session-alasan_libur" name="alasan_libur" value={str(p.v, 'alasan_libur')} maxlength={300} />
      </fieldset>
    </>
  );
}

/** Form values of a session as its fields name them. */
export function sessionToForm(s: SessionRow): FormValues {
  return {
    judul: s.title,
    mulai: jakartaWallClock(s.startsAt),
    selesai: jakartaWallClock(s.endsAt),
    tempat: s.place,
    kapasitas: String(s.capacity),
    jp: String(s.jp),
  };
}

/** Editing a session before it starts, and cancelling it with a reason the registrants receive. */
export function EditSessionPage(p: { lang: Lang; csrf: string; course: CourseView; session: SessionRow; form: SectionForm }) {
  const t = translator(p.lang);
  const base = `/pelatihan/kelola/kursus/${encodeURIComponent(p.course.code)}`;
  const action = `${base}/sesi/${p.session.id}`;
  return (
    <div class="wrap narrow">
      <p class="muted">
        <a href={base}>{pick(p.course.title, p.lang)}</a> › {p.session.title}
      </p>
      <h1>
        {t('Ubah sesi', 'Edit session')}: {p.session.title}
      </h1>
      <ErrorSummary lang={p.lang} message={p.form.error ?? null} errors={p.form.fields} idPrefix="session-" title={notDoneTitle(p.lang)} />
      {p.session.cancelledAt ? (
        <p class="notice">
          {t('Sesi ini sudah dibatalkan', 'This session was cancelled')}: {p.session.cancelReason}
        </p>
      ) : (
        <>
          <form method="post" action={action} class="stacked">
            <CsrfField token={p.csrf} />
            <SessionFields lang={p.lang} v={p.form.values} fields={p.form.fields} />
            <p class="muted">
              {t(
                'Kapasitas tidak boleh di bawah kursi yang sudah terisi; kursi tambahan langsung diberikan ke daftar tunggu. Bila waktu atau tempat berubah, semua pendaftar diberi tahu lewat surel.',
                'The capacity cannot go below the seats taken; extra seats go to the waiting list at once. When the time or place changes, everyone registered is told by e-mail.',
              )}
            </p>
            <p class="actions">
              <button type="submit" class="button primary">{t('Simpan perubahan', 'Save changes')}</button>
            </p>
          </form>
          <form method="post" action={`${action}/batal`} class="stacked">
            <CsrfField token={p.csrf} />
            <h2>{t('Batalkan sesi', 'Cancel the session')}</h2>
            <div class="field">
              <label for="session-alasan">{t('Alasan pembatalan (dikirim ke semua pendaftar)', 'Reason for cancelling (sent to everyone registered)')}</label>
              <Err lang={p.lang} k="alasan" fields={p.form.fields} />
              <input type="text" id="session-alasan" name="alasan" maxlength={300} />
            </div>
            <p class="actions">
              <button type="submit" class="button">{t('Batalkan sesi', 'Cancel the session')}</button>
            </p>
          </form>
        </>
      )}
    </div>
  );
}

export function LessonForm(p: { lang: Lang; csrf: string; action: string; v: FormValues; fields?: Record<string, Msg> | undefined; submit: string }) {
  const t = translator(p.lang);
  const field = (k: string, label: string, kind: InputKind = {}) => <Input lang={p.lang} prefix="lesson-" k={k} label={label} v={p.v} fields={p.fields} {...kind} />;
  return (
    <form method="post" action={p.action} class="stacked">
      <CsrfField token={p.csrf} />
      {field('judul', t('Judul materi', 'Lesson title'), { maxlength: 150 })}
      <Area
        lang={p.lang}
        prefix="lesson-"
        k="isi"
        label={t('Isi materi', 'Lesson text')}
        hint={t('Teks biasa: baris kosong = paragraf baru, "- " = butir daftar, "## " = subjudul. HTML tidak dijalankan.', 'Plain text: blank line = new paragraph, "- " = list item, "## " = heading. HTML is not run.')}
        v={p.v}
        fields={p.fields}
        rows={14}
      />
      {field('menit', t('Perkiraan waktu baca (menit)', 'Estimated reading time (minutes)'), { type: 'number', min: 1, max: 240, short: true })}
      <fieldset class="field">
        <legend>{t('Gambar, video dan unduhan (tidak wajib)', 'Image, video and download (optional)')}</legend>
        {field('gambar', t('Gambar', 'Image'), { hint: t('Alamat di situs ini, mis. /assets/...', 'A path on this site, e.g. /assets/...') })}
        {field('alt', t('Teks alternatif gambar', 'Image alternative text'))}
        {field('video', t('Tautan video', 'Video link'), { type: 'url', hint: 'https://…' })}
        {field('materi', t('Tautan materi unduhan', 'Downloadable material link'))}
        {field('label_materi', t('Nama materi unduhan', 'Name of the material'))}
      </fieldset>
      <p class="actions">
        <button type="submit" class="button">{p.submit}</button>
      </p>
    </form>
  );
}

export function lessonToForm(l: LessonView): FormValues {
  return {
    judul: l.title,
    isi: l.body,
    menit: String(l.minutes),
    gambar: l.imageUrl ?? '',
    alt: l.imageAlt ?? '',
    video: l.videoUrl ?? '',
    materi: l.materialUrl ?? '',
    label_materi: l.materialLabel ?? '',
  };
}

export function EditLessonPage(p: { lang: Lang; csrf: string; course: CourseView; lesson: LessonView; v: FormValues; fields?: Record<string, Msg> | undefined; error?: Msg | null }) {
  const t = translator(p.lang);
  const base = `/pelatihan/kelola/kursus/${encodeURIComponent(p.course.code)}`;
  return (
    <div class="wrap narrow">
      <p class="muted">
        <a href={base}>{pick(p.course.title, p.lang)}</a>
      </p>
      <h1>
        {t('Ubah materi', 'Edit lesson')}: {p.lesson.title}
      </h1>
      <ErrorSummary lang={p.lang} message={p.error ?? null} errors={p.fields} idPrefix="lesson-" title={notDoneTitle(p.lang)} />
      <LessonForm lang={p.lang} csrf={p.csrf} action={`${base}/materi/${p.lesson.id}`} v={p.v} fields={p.fields} submit={t('Simpan materi', 'Save lesson')} />
    </div>
  );
}
