// Course authoring under /pelatihan/kelola, for course authors and admins: courses, lessons,
// question banks and sessions; publish and unpublish. Every change goes to the audit log, and
// whoever makes it becomes one of the course's authors (no JP from it: src/modules/training/authors.ts).
import { Hono, type MiddlewareHandler } from 'hono';
import {
  AuthorListPage,
  EditCoursePage,
  EditLessonPage,
  EMPTY_COURSE,
  lessonToForm,
  NewCoursePage,
  type FormValues,
  type SectionForm,
} from '../../../templates/pages/training/authoring';
import { auditFromContext } from '../../platform/audit/audit';
import { requireStaff } from '../../platform/auth/guard';
import { validateCourse, validateLesson, validateQuestion, validateSession, type CourseForm } from '../../domain/training/authoring';
import type { AppContext, AppEnv, StaffContext } from '../../platform/http/context';
import { AppError, NotFoundError } from '../../platform/http/errors';
import { renderPage } from '../../platform/http/render';
import { pick, translator, type Msg } from '../../platform/i18n/lang';
import {
  addLesson,
  addQuestion,
  addSession,
  allCourses,
  courseByCode,
  createCourse,
  knownCodes,
  questionBank,
  retireQuestion,
  sessionsForAuthor,
  setPublished,
  updateCourse,
  updateLesson,
} from './authoring';
import { noteCourseAuthor } from './authors';
import { listLessons, type CourseView } from './courses';

const AUTHORS = requireStaff({ roles: ['course_author', 'admin'], scope: 'training:write' });

const NOTICES: Record<string, Msg> = {
  dibuat: { id: 'Kursus dibuat sebagai draf.', en: 'Course created as a draft.' },
  disimpan: { id: 'Perubahan tersimpan.', en: 'Changes saved.' },
  terbit: { id: 'Kursus terbit di katalog.', en: 'Course published in the catalogue.' },
  tarik: { id: 'Kursus ditarik dari katalog.', en: 'Course withdrawn from the catalogue.' },
  materi: { id: 'Materi tersimpan.', en: 'Lesson saved.' },
  soal: { id: 'Soal ditambahkan ke bank soal.', en: 'Question added to the bank.' },
  soal_nonaktif: { id: 'Soal dinonaktifkan.', en: 'Question retired.' },
  sesi: { id: 'Sesi dijadwalkan.', en: 'Session scheduled.' },
};

async function formValues(c: AppContext): Promise<FormValues> {
  const body = await c.req.parseBody({ all: true });
  const out: FormValues = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue;
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return out;
}
const s = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
const a = (v: FormValues, k: string) => {
  const x = v[k];
  return Array.isArray(x) ? x : typeof x === 'string' && x ? [x] : [];
};

function courseForm(v: FormValues, code: string): CourseForm {
  return {
    code,
    titleId: s(v, 'judul'),
    titleEn: s(v, 'judul_en'),
    descriptionId: s(v, 'deskripsi'),
    descriptionEn: s(v, 'deskripsi_en'),
    competencies: a(v, 'kompetensi'),
    jp: s(v, 'jp'),
    mode: s(v, 'moda'),
    audienceRoles: a(v, 'peran'),
    audienceUnits: s(v, 'unit'),
    prerequisites: s(v, 'prasyarat'),
    quizQuestionCount: s(v, 'jumlah_soal'),
    quizPassPercent: s(v, 'nilai_lulus'),
    quizMaxAttempts: s(v, 'percobaan'),
    quizTimeLimitMinutes: s(v, 'waktu'),
  };
}

const invalid: Msg = { id: 'Periksa kembali isian yang ditandai.', en: 'Please check the marked fields.' };

async function renderEdit(c: StaffContext, course: CourseView, extra: { form?: SectionForm; error?: Msg; status?: 200 | 409 | 422 } = {}) {
  const { db } = c.var.deps;
  const [lessons, questions, sessions] = await Promise.all([listLessons(db, course.id), questionBank(db, course.id), sessionsForAuthor(db, course.id)]);
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
      form={extra.form ?? null}
      error={extra.error ?? null}
      notice={NOTICES[c.req.query('pesan') ?? ''] ?? null}
    />,
  );
}

function idParam(raw: string): number {
  if (!/^\d{1,12}$/.test(raw)) throw new NotFoundError();
  return Number(raw);
}

const base = (code: string) => `/pelatihan/kelola/kursus/${encodeURIComponent(code)}`;

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
    const v = await formValues(c);
    const r = validateCourse(courseForm(v, s(v, 'kode')), await knownCodes(db));
    const again = (fields: Record<string, Msg> | undefined, error: Msg, status: 409 | 422) =>
      renderPage(c, { title: t('Kursus baru', 'New course'), status }, <NewCoursePage lang={c.var.lang} csrf={c.var.csrfToken} form={{ section: 'course', values: v, fields, error }} />);
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
    const v = await formValues(c);
    const r = validateCourse(courseForm(v, course.code), await knownCodes(db));
    if (!r.ok) return renderEdit(c, course, { form: { section: 'course', values: { ...v, kode: course.code }, fields: r.fields, error: invalid }, status: 422 });
    await updateCourse(db, clock.now(), course, r.value);
    await auditFromContext(c, { event: 'course.updated', target: `course:${course.code}`, detail: { jp: r.value.jp } });
    return c.redirect(`${base(course.code)}?pesan=disimpan`, 303);
  })
  .post('/kursus/:code/terbit', AUTHORS, async (c) => {
    const { db, clock } = c.var.deps;
    const course = await courseByCode(db, c.req.param('code'));
    const v = await formValues(c);
    const publish = s(v, 'aksi') === 'terbitkan';
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
    const v = await formValues(c);
    const r = validateLesson(lessonForm(v));
    if (!r.ok) return renderEdit(c, course, { form: { section: 'lesson', values: v, fields: r.fields, error: invalid }, status: 422 });
    await addLesson(db, course.id, r.value);
    await auditFromContext(c, { event: 'course.lesson_added', target: `course:${course.code}` });
    return c.redirect(`${base(course.code)}?pesan=materi#h-materi-kelola`, 303);
  })
  .get('/kursus/:code/materi/:id', AUTHORS, async (c) => {
    const { db } = c.var.deps;
    const course = await courseByCode(db, c.req.param('code'));
    const lesson = (await listLessons(db, course.id)).find((l) => l.id === idParam(c.req.param('id')));
    if (!lesson) throw new NotFoundError({ id: 'Materi tidak ditemukan di kursus ini.', en: 'Lesson not found in this course.' });
    return renderPage(c, { title: lesson.title }, <EditLessonPage lang={c.var.lang} csrf={c.var.csrfToken} course={course} lesson={lesson} v={lessonToForm(lesson)} />);
  })
  .post('/kursus/:code/materi/:id', AUTHORS, async (c) => {
    const { db } = c.var.deps;
    const course = await courseByCode(db, c.req.param('code'));
    const lesson = (await listLessons(db, course.id)).find((l) => l.id === idParam(c.req.param('id')));
    if (!lesson) throw new NotFoundError({ id: 'Materi tidak ditemukan di kursus ini.', en: 'Lesson not found in this course.' });
    const v = await formValues(c);
    const r = validateLesson(lessonForm(v));
    if (!r.ok)
      return renderPage(
        c,
        { title: lesson.title, status: 422 },
        <EditLessonPage lang={c.var.lang} csrf={c.var.csrfToken} course={course} lesson={lesson} v={v} fields={r.fields} error={invalid} />,
      );
    await updateLesson(db, course.id, lesson.id, r.value);
    await auditFromContext(c, { event: 'course.lesson_updated', target: `course:${course.code}`, detail: { lesson: lesson.id } });
    return c.redirect(`${base(course.code)}?pesan=materi#h-materi-kelola`, 303);
  })
  .post('/kursus/:code/soal', AUTHORS, async (c) => {
    const { db } = c.var.deps;
    const course = await courseByCode(db, c.req.param('code'));
    const v = await formValues(c);
    const r = validateQuestion({ kind: s(v, 'jenis'), prompt: s(v, 'soal'), options: s(v, 'pilihan'), correct: s(v, 'kunci').trim().toLowerCase(), explanation: s(v, 'pembahasan') });
    if (!r.ok) return renderEdit(c, course, { form: { section: 'question', values: v, fields: r.fields, error: invalid }, status: 422 });
    await addQuestion(db, course.id, r.value);
    await auditFromContext(c, { event: 'course.question_added', target: `course:${course.code}` });
    return c.redirect(`${base(course.code)}?pesan=soal#h-soal-kelola`, 303);
  })
  .post('/kursus/:code/soal/:id/nonaktif', AUTHORS, async (c) => {
    const { db } = c.var.deps;
    const course = await courseByCode(db, c.req.param('code'));
    await retireQuestion(db, course.id, idParam(c.req.param('id')));
    await auditFromContext(c, { event: 'course.question_retired', target: `course:${course.code}`, detail: { question: c.req.param('id') } });
    return c.redirect(`${base(course.code)}?pesan=soal_nonaktif#h-soal-kelola`, 303);
  })
  .post('/kursus/:code/sesi', AUTHORS, async (c) => {
    const { db, clock } = c.var.deps;
    const course = await courseByCode(db, c.req.param('code'));
    const v = await formValues(c);
    const r = validateSession({ title: s(v, 'judul'), startsAt: s(v, 'mulai'), endsAt: s(v, 'selesai'), place: s(v, 'tempat'), capacity: s(v, 'kapasitas'), jp: s(v, 'jp') }, clock.now());
    if (!r.ok) return renderEdit(c, course, { form: { section: 'session', values: v, fields: r.fields, error: invalid }, status: 422 });
    await addSession(db, course.id, c.var.staff.id, r.value);
    await auditFromContext(c, { event: 'course.session_added', target: `course:${course.code}` });
    return c.redirect(`${base(course.code)}?pesan=sesi#h-sesi-kelola`, 303);
  });

function lessonForm(v: FormValues) {
  return {
    title: s(v, 'judul'),
    body: s(v, 'isi'),
    minutes: s(v, 'menit'),
    imageUrl: s(v, 'gambar'),
    imageAlt: s(v, 'alt'),
    videoUrl: s(v, 'video'),
    materialUrl: s(v, 'materi'),
    materialLabel: s(v, 'label_materi'),
  };
}
