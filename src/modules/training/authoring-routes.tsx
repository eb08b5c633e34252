// Course authoring under /pelatihan/kelola, for course authors and admins: courses, lessons,
// question banks and sessions (scheduled, edited, cancelled); publish and unpublish; another go
// at the quiz for someone who used up their attempts. Every change goes to the audit log, and
// whoever makes it becomes one of the course's authors (no JP from it: src/modules/training/authors.ts).
import { Hono, type MiddlewareHandler } from 'hono';
import {
  AuthorListPage,
  EditCoursePage,
  EditLessonPage,
  EditSessionPage,
  EMPTY_COURSE,
  lessonToForm,
  NewCoursePage,
  sessionToForm,
  type SectionForm,
} from '../../../templates/pages/training/authoring';
import { auditChanges, auditFromContext } from '../../platform/audit/audit';
import { requireStaff } from '../../platform/auth/guard';
import { validateCourse, validateLesson, validateQuestion, validateSession, type CourseForm, type SessionForm } from '../../domain/training/authoring';
import { rangeProblem } from '../../domain/text/input-text';
import { jakartaDate } from '../../domain/time/jakarta';
import type { SessionRow } from '../../domain/training/views';
import type { AppEnv, StaffContext } from '../../platform/http/context';
import { AppError, NotFoundError, ValidationError } from '../../platform/http/errors';
import { readForm, type FormInput } from '../../platform/http/form';
import { pathId } from '../../platform/http/path-id';
import { publicUrl } from '../../platform/http/public-url';
import { renderPage } from '../../platform/http/render';
import { pick, translator, type Msg } from '../../platform/i18n/lang';
import { loadHolidaySet } from '../cases/holidays';
import {
  addLesson,
  addQuestion,
  addSession,
  allCourses,
  courseByCode,
  createCourse,
  knownCodes,
  moveLesson,
  questionBank,
  quizStandings,
  retireQuestion,
  sessionsForAuthor,
  setPublished,
  updateCourse,
  updateLesson,
} from './authoring';
import { noteCourseAuthor } from './authors';
import { listLessons, type CourseView } from './courses';
import { resetQuizAttempts } from './learning';
import { tryStep } from './refusals';
import { cancellationMail, cancelSession, changeMail, findSession, updateSession } from './sessions';

const AUTHORS = requireStaff({ roles: ['course_author', 'admin'], scope: 'training:write' });

const NOTICES: Record<string, Msg> = {
  dibuat: { id: 'Kursus dibuat sebagai draf.', en: 'Course created as a draft.' },
  disimpan: { id: 'Perubahan tersimpan.', en: 'Changes saved.' },
  terbit: { id: 'Kursus terbit di katalog.', en: 'Course published in the catalogue.' },
  tarik: { id: 'Kursus ditarik dari katalog.', en: 'Course withdrawn from the catalogue.' },
  materi: { id: 'Materi tersimpan.', en: 'Lesson saved.' },
  urutan: { id: 'Urutan materi diubah.', en: 'Lesson order changed.' },
  soal: { id: 'Soal ditambahkan ke bank soal.', en: 'Question added to the bank.' },
  soal_nonaktif: { id: 'Soal dinonaktifkan.', en: 'Question retired.' },
  sesi: { id: 'Sesi dijadwalkan.', en: 'Session scheduled.' },
  sesi_diubah: { id: 'Sesi diubah; peserta terdaftar diberi tahu bila waktu atau tempatnya berubah.', en: 'Session changed; registrants are told when its time or place changed.' },
  sesi_batal: { id: 'Sesi dibatalkan; semua pendaftar diberi tahu dan pendaftarannya berakhir.', en: 'Session cancelled; everyone registered was told and their registration ended.' },
  kuis_ulang: { id: 'Percobaan kuis peserta diatur ulang; ia dapat mengerjakan kuis lagi.', en: 'The participant’s quiz attempts were reset; they can take the quiz again.' },
};

/** The course form's fields, for validateCourse (the code is fixed once the course exists). */
function courseForm(form: FormInput, code: string): CourseForm {
  return {
    code,
    titleId: form.text('judul'),
    titleEn: form.text('judul_en'),
    descriptionId: form.text('deskripsi'),
    descriptionEn: form.text('deskripsi_en'),
    competencies: form.all('kompetensi'),
    jp: form.text('jp'),
    mode: form.text('moda'),
    audienceRoles: form.all('peran'),
    audienceUnits: form.text('unit'),
    prerequisites: form.text('prasyarat'),
    quizQuestionCount: form.text('jumlah_soal'),
    quizPassPercent: form.text('nilai_lulus'),
    quizMaxAttempts: form.text('percobaan'),
    quizTimeLimitMinutes: form.text('waktu'),
    yearlyRefresher: form.checked('penyegaran'),
  };
}

function lessonForm(form: FormInput) {
  return {
    title: form.text('judul'),
    body: form.text('isi'),
    minutes: form.text('menit'),
    imageUrl: form.text('gambar'),
    imageAlt: form.text('alt'),
    videoUrl: form.text('video'),
    materialUrl: form.text('materi'),
    materialLabel: form.text('label_materi'),
  };
}

function questionForm(form: FormInput) {
  return {
    kind: form.text('jenis'),
    prompt: form.text('soal'),
    options: form.text('pilihan'),
    correct: form.trimmed('kunci').toLowerCase(),
    explanation: form.text('pembahasan'),
  };
}

function sessionForm(form: FormInput): SessionForm {
  return {
    title: form.text('judul'),
    startsAt: form.text('mulai'),
    endsAt: form.text('selesai'),
    place: form.text('tempat'),
    capacity: form.text('kapasitas'),
    jp: form.text('jp'),
    holidayOverride: form.checked('libur'),
    holidayReason: form.text('alasan_libur'),
  };
}

/** A reason typed into a form (cancelling a session, resetting attempts): 5–300 characters, or the field's refusal. */
function reasonOf(form: FormInput, what: Msg): string {
  const why = form.text('alasan').replace(/\r\n?/g, '\n').trim();
  const problem = rangeProblem(why, 5, 300, { id: 'Alasan', en: 'The reason' }, what);
  if (problem) throw new ValidationError({ alasan: problem });
  return why;
}

const invalid: Msg = { id: 'Periksa kembali isian yang ditandai.', en: 'Please check the marked fields.' };

async function renderEdit(c: StaffContext, course: CourseView, extra: { form?: SectionForm; error?: Msg; status?: 200 | 403 | 404 | 409 | 422 } = {}) {
  const { db } = c.var.deps;
  const [lessons, questions, sessions, standings] = await Promise.all([
    listLessons(db, course.id),
    questionBank(db, course.id),
    sessionsForAuthor(db, course.id),
    quizStandings(db, course),
  ]);
  return renderPage(
    c,
    { title: pick(course.title, c.var.lang), status: extra.status ?? 200 },
    <EditCoursePage
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      course={course}
      lessons={lessons}
      questions={questions}
      sessions={sessions}
      standings={standings}
      form={extra.form ?? null}
      error={extra.error ?? null}
      notice={NOTICES[c.req.query('pesan') ?? ''] ?? null}
    />,
  );
}

const base = (code: string) => `/pelatihan/kelola/kursus/${encodeURIComponent(code)}`;

/** A session of this course, or 404. */
async function sessionOf(c: StaffContext, course: CourseView): Promise<SessionRow> {
  const session = await findSession(c.var.deps.db, pathId(c));
  if (!session || session.courseId !== course.id) throw new NotFoundError({ id: 'Sesi tidak ditemukan di kursus ini.', en: 'Session not found in this course.' });
  return session;
}

async function renderSessionEdit(c: StaffContext, course: CourseView, session: SessionRow, form: SectionForm | null, status: 200 | 409 | 422 = 200) {
  return renderPage(
    c,
    { title: session.title, status },
    <EditSessionPage lang={c.var.lang} csrf={c.var.csrfToken} course={course} session={session} form={form ?? { section: 'session', values: sessionToForm(session) }} />,
  );
}

/** The learner's address of a course, for mail. */
const courseUrl = (c: StaffContext, course: CourseView) => publicUrl(c.var.deps.config, `/pelatihan/kursus/${encodeURIComponent(course.code)}`);

/** After a change to a course went through (its redirect), the person who made it is one of its authors. */
const recordsAuthor: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const who = c.var.principal;
  if (c.req.method !== 'POST' || c.res.status !== 303 || !who) return;
  const { db, clock } = c.var.deps;
  await noteCourseAuthor(db, (await courseByCode(db, c.req.param('code') ?? '')).id, who.id, clock.now());
};

export const authoringRoutes = new Hono<AppEnv>()
  .use('/kursus/:code/*', recordsAuthor)
  .get('/', AUTHORS, async (c) => {
    const t = translator(c.var.lang);
    const courses = await allCourses(c.var.deps.db);
    return renderPage(c, { title: t('Kelola kursus', 'Manage courses') }, <AuthorListPage lang={c.var.lang} courses={courses} notice={NOTICES[c.req.query('pesan') ?? ''] ?? null} />);
  })
  .get('/baru', AUTHORS, (c) => {
    const t = translator(c.var.lang);
    return renderPage(c, { title: t('Kursus baru', 'New course') }, <NewCoursePage lang={c.var.lang} csrf={c.var.csrfToken} form={{ section: 'course', values: EMPTY_COURSE }} />);
  })
  .post('/baru', AUTHORS, async (c) => {
    const t = translator(c.var.lang);
    const { db } = c.var.deps;
    const form = await readForm(c);
    const r = validateCourse(courseForm(form, form.text('kode')), await knownCodes(db));
    const again = (fields: Record<string, Msg> | undefined, error: Msg, status: 409 | 422) =>
      renderPage(c, { title: t('Kursus baru', 'New course'), status }, <NewCoursePage lang={c.var.lang} csrf={c.var.csrfToken} form={{ section: 'course', values: form.values(), fields, error }} />);
    if (!r.ok) return again(r.fields, invalid, 422);
    try {
      await noteCourseAuthor(db, await createCourse(db, r.value), c.var.staff.id, c.var.deps.clock.now());
    } catch (e) {
      if (e instanceof AppError && e.status === 409) return again({ kode: e.userMessage }, e.userMessage, 409);
      throw e;
    }
    await auditFromContext(c, { event: 'course.created', target: `course:${r.value.code}` });
    return c.redirect(`${base(r.value.code)}?pesan=dibuat`, 303);
  })
  .get('/kursus/:code', AUTHORS, async (c) => renderEdit(c, await courseByCode(c.var.deps.db, c.req.param('code'))))
  .post('/kursus/:code', AUTHORS, async (c) => {
    const { db, clock } = c.var.deps;
    const course = await courseByCode(db, c.req.param('code'));
    const form = await readForm(c);
    const r = validateCourse(courseForm(form, course.code), await knownCodes(db));
    if (!r.ok) return renderEdit(c, course, { form: { section: 'course', values: { ...form.values(), kode: course.code }, fields: r.fields, error: invalid }, status: 422 });
    await updateCourse(db, clock.now(), course, r.value);
    await auditFromContext(c, { event: 'course.updated', target: `course:${course.code}`, detail: { jp: r.value.jp, yearlyRefresher: r.value.yearlyRefresher } });
    return c.redirect(`${base(course.code)}?pesan=disimpan`, 303);
  })
  .post('/kursus/:code/terbit', AUTHORS, async (c) => {
    const { db, clock } = c.var.deps;
    const course = await courseByCode(db, c.req.param('code'));
    const publish = (await readForm(c)).text('aksi') === 'terbitkan';
    try {
      await setPublished(db, clock.now(), course, publish);
    } catch (e) {
      if (e instanceof AppError && e.status === 409) return renderEdit(c, course, { error: e.userMessage, status: 409 });
      throw e;
    }
    await auditFromContext(c, { event: publish ? 'course.published' : 'course.unpublished', target: `course:${course.code}` });
    return c.redirect(`${base(course.code)}?pesan=${publish ? 'terbit' : 'tarik'}`, 303);
  })
  .post('/kursus/:code/materi', AUTHORS, async (c) => {
    const { db } = c.var.deps;
    const course = await courseByCode(db, c.req.param('code'));
    const form = await readForm(c);
    const r = validateLesson(lessonForm(form));
    if (!r.ok) return renderEdit(c, course, { form: { section: 'lesson', values: form.values(), fields: r.fields, error: invalid }, status: 422 });
    await addLesson(db, course.id, r.value);
    await auditFromContext(c, { event: 'course.lesson_added', target: `course:${course.code}` });
    return c.redirect(`${base(course.code)}?pesan=materi#h-materi-kelola`, 303);
  })
  .get('/kursus/:code/materi/:id', AUTHORS, async (c) => {
    const { db } = c.var.deps;
    const course = await courseByCode(db, c.req.param('code'));
    const lesson = (await listLessons(db, course.id)).find((l) => l.id === pathId(c));
    if (!lesson) throw new NotFoundError({ id: 'Materi tidak ditemukan di kursus ini.', en: 'Lesson not found in this course.' });
    return renderPage(c, { title: lesson.title }, <EditLessonPage lang={c.var.lang} csrf={c.var.csrfToken} course={course} lesson={lesson} v={lessonToForm(lesson)} />);
  })
  .post('/kursus/:code/materi/:id', AUTHORS, async (c) => {
    const { db } = c.var.deps;
    const course = await courseByCode(db, c.req.param('code'));
    const lesson = (await listLessons(db, course.id)).find((l) => l.id === pathId(c));
    if (!lesson) throw new NotFoundError({ id: 'Materi tidak ditemukan di kursus ini.', en: 'Lesson not found in this course.' });
    const form = await readForm(c);
    const r = validateLesson(lessonForm(form));
    if (!r.ok)
      return renderPage(
        c,
        { title: lesson.title, status: 422 },
        <EditLessonPage lang={c.var.lang} csrf={c.var.csrfToken} course={course} lesson={lesson} v={form.values()} fields={r.fields} error={invalid} />,
      );
    await updateLesson(db, course.id, lesson.id, r.value);
    await auditFromContext(c, { event: 'course.lesson_updated', target: `course:${course.code}`, detail: { lesson: lesson.id } });
    return c.redirect(`${base(course.code)}?pesan=materi#h-materi-kelola`, 303);
  })
  .post('/kursus/:code/materi/:id/pindah', AUTHORS, async (c) => {
    const { db } = c.var.deps;
    const course = await courseByCode(db, c.req.param('code'));
    const lessonId = pathId(c);
    const direction = (await readForm(c)).trimmed('arah');
    if (direction !== 'naik' && direction !== 'turun')
      throw new ValidationError({ arah: { id: 'Pilih naik atau turun.', en: 'Choose up or down.' } });
    await moveLesson(db, course.id, lessonId, direction === 'naik' ? 'up' : 'down');
    await auditFromContext(c, { event: 'course.lesson_moved', target: `course:${course.code}`, detail: { lesson: lessonId, direction } });
    return c.redirect(`${base(course.code)}?pesan=urutan#materi-${lessonId}`, 303);
  })
  .post('/kursus/:code/soal', AUTHORS, async (c) => {
    const { db } = c.var.deps;
    const course = await courseByCode(db, c.req.param('code'));
    const form = await readForm(c);
    const r = validateQuestion(questionForm(form));
    if (!r.ok) return renderEdit(c, course, { form: { section: 'question', values: form.values(), fields: r.fields, error: invalid }, status: 422 });
    await addQuestion(db, course.id, r.value);
    await auditFromContext(c, { event: 'course.question_added', target: `course:${course.code}` });
    return c.redirect(`${base(course.code)}?pesan=soal#h-soal-kelola`, 303);
  })
  .post('/kursus/:code/soal/:id/nonaktif', AUTHORS, async (c) => {
    const { db } = c.var.deps;
    const course = await courseByCode(db, c.req.param('code'));
    await retireQuestion(db, course.id, pathId(c));
    await auditFromContext(c, { event: 'course.question_retired', target: `course:${course.code}`, detail: { question: c.req.param('id') } });
    return c.redirect(`${base(course.code)}?pesan=soal_nonaktif#h-soal-kelola`, 303);
  })
  .post('/kursus/:code/sesi', AUTHORS, async (c) => {
    const { db, clock } = c.var.deps;
    const course = await courseByCode(db, c.req.param('code'));
    const form = await readForm(c);
    const r = validateSession(sessionForm(form), clock.now(), await loadHolidaySet(db));
    if (!r.ok) return renderEdit(c, course, { form: { section: 'session', values: form.values(), fields: r.fields, error: invalid }, status: 422 });
    const id = await addSession(db, course.id, c.var.staff.id, r.value);
    // a session on a weekend or holiday is scheduled only with a reason, which the audit log keeps
    await auditFromContext(c, { event: 'course.session_added', target: `course:${course.code}`, detail: { session: id, holidayOverride: r.value.holidayOverride } });
    return c.redirect(`${base(course.code)}?pesan=sesi#h-sesi-kelola`, 303);
  })
  .get('/kursus/:code/sesi/:id', AUTHORS, async (c) => {
    const course = await courseByCode(c.var.deps.db, c.req.param('code'));
    return renderSessionEdit(c, course, await sessionOf(c, course), null);
  })
  .post('/kursus/:code/sesi/:id', AUTHORS, async (c) => {
    const { db, clock } = c.var.deps;
    const course = await courseByCode(db, c.req.param('code'));
    const session = await sessionOf(c, course);
    const form = await readForm(c);
    const again = (fields: Record<string, Msg> | undefined, error: Msg, status: 409 | 422) =>
      renderSessionEdit(c, course, session, { section: 'session', values: form.values(), fields, error }, status);
    const r = validateSession(sessionForm(form), clock.now(), await loadHolidaySet(db), jakartaDate(session.startsAt));
    if (!r.ok) return again(r.fields, invalid, 422);
    const v = r.value;
    const saved = await tryStep(() => updateSession(db, clock.now(), session, v, (after) => changeMail(session, after, course.title, courseUrl(c, course))), [422, 409]);
    if (saved.refused) return again(saved.refused.fields, saved.refused.message, saved.refused.status === 409 ? 409 : 422);
    const changes = auditChanges(
      { title: session.title, startsAt: session.startsAt.toISOString(), endsAt: session.endsAt.toISOString(), place: session.place, capacity: session.capacity, jp: session.jp },
      { title: v.title, startsAt: v.startsAt.toISOString(), endsAt: v.endsAt.toISOString(), place: v.place, capacity: v.capacity, jp: v.jp },
    );
    await auditFromContext(c, {
      event: 'course.session_updated',
      target: `course:${course.code}`,
      detail: { session: session.id, changes, holidayOverride: v.holidayOverride, notified: saved.value.notified, promoted: saved.value.promoted },
    });
    return c.redirect(`${base(course.code)}?pesan=sesi_diubah#h-sesi-kelola`, 303);
  })
  .post('/kursus/:code/sesi/:id/batal', AUTHORS, async (c) => {
    const { db, clock } = c.var.deps;
    const course = await courseByCode(db, c.req.param('code'));
    const session = await sessionOf(c, course);
    const form = await readForm(c);
    const r = await tryStep(async () => {
      const reason = reasonOf(form, { id: 'Tuliskan alasan pembatalan (5–300 karakter); pendaftar menerimanya.', en: 'Give the reason for cancelling (5–300 characters); registrants receive it.' });
      return { reason, ...(await cancelSession(db, clock.now(), session, reason, cancellationMail(session, course.title, reason, courseUrl(c, course)))) };
    }, [422, 409]);
    if (r.refused) return renderSessionEdit(c, course, session, { section: 'session', values: sessionToForm(session), fields: r.refused.fields, error: r.refused.message }, r.refused.status === 409 ? 409 : 422);
    await auditFromContext(c, { event: 'course.session_cancelled', target: `course:${course.code}`, detail: { session: session.id, reason: r.value.reason, notified: r.value.notified } });
    return c.redirect(`${base(course.code)}?pesan=sesi_batal#h-sesi-kelola`, 303);
  })
  .post('/kursus/:code/peserta/:staffId/reset-kuis', AUTHORS, async (c) => {
    const { db, clock } = c.var.deps;
    const course = await courseByCode(db, c.req.param('code'));
    const staffId = pathId(c, 'staffId');
    const form = await readForm(c);
    const r = await tryStep(async () => {
      const reason = reasonOf(form, { id: 'Tuliskan alasan memberi kesempatan kuis lagi (5–300 karakter).', en: 'Give the reason for another go at the quiz (5–300 characters).' });
      return { reason, ...(await resetQuizAttempts(db, clock.now(), c.var.staff, course, staffId)) };
    }, [422, 409, 403]);
    if (r.refused) return renderEdit(c, course, { form: { section: 'reset', values: form.values(), fields: r.refused.fields, error: r.refused.message }, status: r.refused.status });
    await auditFromContext(c, { event: 'course.quiz_attempts_reset', target: `staff:${staffId}`, detail: { course: course.code, reason: r.value.reason, attemptsCleared: r.value.cleared } });
    return c.redirect(`${base(course.code)}?pesan=kuis_ulang#h-peserta-kuis`, 303);
  });
