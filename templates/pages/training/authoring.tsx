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

function Err(p: { lang: Lang; k: string; fields?: Record<string, Msg> | undefined }) {
  const m = p.fields?.[p.k];
  return m ? <span class="field-error">{pick(m, p.lang)}</span> : null;
}

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
  const text = (k: string, label: string, extra: Record<string, unknown> = {}) => (
    <div class="field">
      <label for={`c-${k}`}>{label}</label>
      <Err lang={p.lang} k={k} fields={fields} />
      <input id={`c-${k}`} name={k} value={str(v, k)} {...extra} />
    </div>
  );
  return (
    <>
      {p.codeLocked ? (
        <p>
          {t('Kode', 'Code')}: <strong>{str(v, 'kode')}</strong>{' '}
          <span class="muted">{t('(tidak dapat diubah: tercetak di sertifikat)', '(cannot change: printed on certificates)')}</span>
        </p>
      ) : (
        text('kode', t('Kode kursus (mis. KPP-02)', 'Course code (e.g. KPP-02)'), { maxlength: 20 })
      )}
      {text('judul', t('Judul', 'Title'), { maxlength: 150 })}
      {text('judul_en', t('Judul dalam bahasa Inggris', 'Title in English'), { maxlength: 150 })}
      <div class="field">
        <label for="c-deskripsi">{t('Deskripsi', 'Description')}</label>
        <Err lang={p.lang} k="deskripsi" fields={fields} />
        <textarea id="c-deskripsi" name="deskripsi" rows={3} maxlength={1000}>
          {str(v, 'deskripsi')}
        </textarea>
      </div>
      <div class="field">
        <label for="c-deskripsi_en">{t('Deskripsi dalam bahasa Inggris', 'Description in English')}</label>
        <Err lang={p.lang} k="deskripsi_en" fields={fields} />
        <textarea id="c-deskripsi_en" name="deskripsi_en" rows={3} maxlength={1000}>
          {str(v, 'deskripsi_en')}
        </textarea>
      </div>
      <fieldset class="field" id="kompetensi">
        <legend>{t('Kompetensi', 'Competencies')}</legend>
        <Err lang={p.lang} k="kompetensi" fields={fields} />
        {COMPETENCIES.map((c) => (
          <label class="option">
            <input type="checkbox" name="kompetensi" value={c} checked={arr(v, 'kompetensi').includes(c)} /> {pick(COMPETENCY_LABELS[c], p.lang)}
          </label>
        ))}
      </fieldset>
      {text('jp', 'JP', { inputmode: 'numeric' })}
      <div class="field">
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
      <fieldset class="field" id="peran">
        <legend>{t('Sasaran peran (kosong = semua)', 'Audience roles (none = everyone)')}</legend>
        <Err lang={p.lang} k="peran" fields={fields} />
        {ROLES.map((r) => (
          <label class="option">
            <input type="checkbox" name="peran" value={r} checked={arr(v, 'peran').includes(r)} /> {pick(ROLE_LABELS[r], p.lang)}
          </label>
        ))}
      </fieldset>
      {text('unit', t('Sasaran unit: kode dipisah koma (kosong = semua)', 'Audience units: codes separated by commas (empty = all)'))}
      {text('prasyarat', t('Kursus prasyarat: kode dipisah koma', 'Prerequisite courses: codes separated by commas'))}
      {text('jumlah_soal', t('Jumlah soal per percobaan', 'Questions per attempt'), { inputmode: 'numeric' })}
      {text('nilai_lulus', t('Nilai lulus (%)', 'Pass mark (%)'), { inputmode: 'numeric' })}
      {text('percobaan', t('Batas percobaan', 'Attempt limit'), { inputmode: 'numeric' })}
      {text('waktu', t('Batas waktu kuis (menit)', 'Quiz time limit (minutes)'), { inputmode: 'numeric' })}
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
      <ErrorSummary lang={p.lang} message={p.form.error ?? null} errors={p.form.fields} idPrefix="" title={notDoneTitle(p.lang)} />
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
  const input = (section: SectionForm['section'], v: FormValues, k: string, label: string, extra: Record<string, unknown> = {}) => (
    <div class="field">
      <label for={`${section}-${k}`}>{label}</label>
      <Err lang={p.lang} k={k} fields={flds(section)} />
      <input id={`${section}-${k}`} name={k} value={str(v, k)} {...extra} />
    </div>
  );
  return (
    <div class="wrap narrow">
      <p class="muted">
        <a href="/pelatihan/kelola">{t('Kelola kursus', 'Manage courses')}</a> › {c.code}
      </p>
      <h1>{pick(c.title, p.lang)}</h1>
      <ErrorSummary lang={p.lang} message={f?.error ?? p.error ?? null} errors={f?.fields} idPrefix="" title={notDoneTitle(p.lang)} />
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
        <ol>
          {p.lessons.map((l) => (
            <li>
              <a href={`${base}/materi/${l.id}`}>{l.title}</a> <span class="muted">· {l.minutes} {t('menit', 'min')}</span>
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
          <div class="field">
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
          <div class="field">
            <label for="question-soal">{t('Soal', 'Question')}</label>
            <Err lang={p.lang} k="soal" fields={flds('question')} />
            <textarea id="question-soal" name="soal" rows={2} maxlength={500}>
              {str(qv, 'soal')}
            </textarea>
          </div>
          <div class="field">
            <label for="question-pilihan">{t('Pilihan (pilihan ganda): satu per baris', 'Options (multiple choice): one per line')}</label>
            <Err lang={p.lang} k="pilihan" fields={flds('question')} />
            <textarea id="question-pilihan" name="pilihan" rows={4}>
              {str(qv, 'pilihan')}
            </textarea>
          </div>
          {input('question', qv, 'kunci', t('Jawaban benar: nomor pilihan (1, 2, …) atau "benar"/"salah"', 'Right answer: option number (1, 2, …) or "benar"/"salah"'))}
          <div class="field">
            <label for="question-pembahasan">{t('Pembahasan (ditampilkan setelah dikumpulkan)', 'Explanation (shown after submission)')}</label>
            <Err lang={p.lang} k="pembahasan" fields={flds('question')} />
            <textarea id="question-pembahasan" name="pembahasan" rows={2} maxlength={1000}>
              {str(qv, 'pembahasan')}
            </textarea>
          </div>
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
                    <label for={`reset-${x.staffId}`}>{t('Alasan memberi kesempatan lagi (dicatat di log audit)', 'Reason for another go (kept in the audit log)')}</label>
                    {f?.section === 'reset' && str(f.values, 'staf') === String(x.staffId) ? <Err lang={p.lang} k="alasan" fields={f.fields} /> : null}
                    <input id={`reset-${x.staffId}`} name="alasan" maxlength={300} />
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
  const input = (k: string, label: string, extra: Record<string, unknown> = {}) => (
    <div class="field">
      <label for={`session-${k}`}>{label}</label>
      <Err lang={p.lang} k={k} fields={p.fields} />
      <input id={`session-${k}`} name={k} value={str(p.v, k)} {...extra} />
    </div>
  );
  return (
    <>
      {input('judul', t('Nama sesi', 'Session name'), { maxlength: 150 })}
      {input('mulai', t('Mulai (WIB)', 'Starts (WIB)'), { type: 'datetime-local' })}
      {input('selesai', t('Selesai (WIB, hari yang sama)', 'Ends (WIB, the same day)'), { type: 'datetime-local' })}
      {input('tempat', t('Tempat', 'Place'), { maxlength: 200 })}
      {input('kapasitas', t('Kapasitas', 'Capacity'), { inputmode: 'numeric' })}
      {input('jp', t('JP saat hadir (1 JP = 45 menit, paling banyak 10 per hari)', 'JP on attendance (1 JP = 45 minutes, at most 10 a day)'), { inputmode: 'numeric' })}
      <fieldset class="field">
        <legend>{t('Akhir pekan atau hari libur', 'Weekend or holiday')}</legend>
        <label class="option">
          <input type="checkbox" name="libur" value="1" checked={str(p.v, 'libur') === '1'} />{' '}
          {t('Tetap dijadwalkan pada hari libur (menurut kalender libur admin)', 'Schedule it anyway on a holiday (by the admin holiday calendar)')}
        </label>
        <label for="session-alasan_libur">{t('Alasannya (dicatat di log audit)', 'The reason (kept in the audit log)')}</label>
        <Err lang={p.lang} k="alasan_libur" fields={p.fields} />
        <input id="session-alasan_libur" name="alasan_libur" value={str(p.v, 'alasan_libur')} maxlength={300} />
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
      <ErrorSummary lang={p.lang} message={p.form.error ?? null} errors={p.form.fields} idPrefix="" title={notDoneTitle(p.lang)} />
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
              <label for="batal-alasan">{t('Alasan pembatalan (dikirim ke semua pendaftar)', 'Reason for cancelling (sent to everyone registered)')}</label>
              <Err lang={p.lang} k="alasan" fields={p.form.fields} />
              <input id="batal-alasan" name="alasan" maxlength={300} />
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
  const field = (k: string, label: string, extra: Record<string, unknown> = {}) => (
    <div class="field">
      <label for={`lesson-${k}`}>{label}</label>
      <Err lang={p.lang} k={k} fields={p.fields} />
      <input id={`lesson-${k}`} name={k} value={str(p.v, k)} {...extra} />
    </div>
  );
  return (
    <form method="post" action={p.action} class="stacked">
      <CsrfField token={p.csrf} />
      {field('judul', t('Judul materi', 'Lesson title'), { maxlength: 150 })}
      <div class="field">
        <label for="lesson-isi">{t('Isi materi', 'Lesson text')}</label>
        <span class="muted">
          {t('Teks biasa: baris kosong = paragraf baru, "- " = butir daftar, "## " = subjudul. HTML tidak dijalankan.', 'Plain text: blank line = new paragraph, "- " = list item, "## " = heading. HTML is not run.')}
        </span>
        <Err lang={p.lang} k="isi" fields={p.fields} />
        <textarea id="lesson-isi" name="isi" rows={10}>
          {str(p.v, 'isi')}
        </textarea>
      </div>
      {field('menit', t('Perkiraan waktu baca (menit)', 'Estimated reading time (minutes)'), { inputmode: 'numeric' })}
      {field('gambar', t('Gambar (opsional, alamat di situs ini, mis. /assets/...)', 'Image (optional, a path on this site, e.g. /assets/...)'))}
      {field('alt', t('Teks alternatif gambar', 'Image alternative text'))}
      {field('video', t('Tautan video (opsional, https://)', 'Video link (optional, https://)'))}
      {field('materi', t('Tautan materi unduhan (opsional)', 'Downloadable material link (optional)'))}
      {field('label_materi', t('Nama materi unduhan', 'Name of the material'))}
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
      <ErrorSummary lang={p.lang} message={p.error ?? null} errors={p.fields} idPrefix="" title={notDoneTitle(p.lang)} />
      <LessonForm lang={p.lang} csrf={p.csrf} action={`${base}/materi/${p.lesson.id}`} v={p.v} fields={p.fields} submit={t('Simpan materi', 'Save lesson')} />
    </div>
  );
}
