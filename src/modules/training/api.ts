// JSON API of the training area for the city's mobile app (/api/v1/training). Staff only; an
// API token needs the training:read or training:write scope. Errors come from the one onError.
import { Hono } from 'hono';
import { z } from 'zod';
import { requireStaff } from '../../platform/auth/guard';
import { toXapiStatement } from '../../domain/training/ledger';
import { YEARLY_JP_TARGET } from '../../domain/training/competencies';
import type { AppEnv } from '../../platform/http/context';
import { NotFoundError, ValidationError } from '../../platform/http/errors';
import { publicUrl } from '../../platform/http/public-url';
import { readJson } from '../../platform/http/json-body';
import { trainingCourses } from '../../db/schema-training';
import { eq } from 'drizzle-orm';
import { courseProgress, listLessons, type CourseView } from './courses';
import { certificateToken, findCertificate, verifyUrl } from './certificates';
import { completeLesson, enrol, findAttempt, questionsForLearner, reviewAttempt, startAttempt, submitAttempt, type AttemptView } from './learning';
import { cancelRegistration, findSession, registerForSession, sessionsOfCourse } from './sessions';
import { catalogueFor, courseFor, findSubject, learnerOf, loadRecord } from './common';

function courseJson(c: CourseView) {
  return {
    code: c.code,
    title: c.title.id,
    title_en: c.title.en,
    description: c.description.id,
    description_en: c.description.en,
    competencies: c.competencies,
    jp: c.jp,
    mode: c.mode,
    prerequisites: c.prerequisites,
    quiz: {
      question_count: c.quiz.questionCount,
      pass_percent: c.quiz.passPercent,
      max_attempts: c.quiz.maxAttempts,
      time_limit_minutes: c.quiz.timeLimitMinutes,
    },
  };
}

async function attemptJson(db: Parameters<typeof questionsForLearner>[0], a: AttemptView) {
  return {
    id: a.id,
    started_at: a.startedAt.toISOString(),
    deadline_at: a.deadlineAt.toISOString(),
    pass_percent: a.passPercent,
    // prompts and options only: the correct answers stay on the server until submission
    questions: (await questionsForLearner(db, a)).map((q) => ({ id: q.id, kind: q.kind, prompt: q.prompt, options: q.options })),
  };
}

const submitBody = z.object({ answers: z.record(z.string().max(20), z.string().max(40)) });

export const trainingApi = new Hono<AppEnv>()
  .get('/courses', requireStaff({ scope: 'training:read' }), async (c) => {
    const q = c.req.query('q') ?? '';
    const cat = await catalogueFor(c.var.deps.db, c.var.staff, c.var.deps.clock.now(), {
      q: q.slice(0, 100),
      competency: c.req.query('competency') ?? '',
      mode: c.req.query('mode') ?? '',
    });
    return c.json({
      courses: [...cat.recommended, ...cat.others].map((e) => ({
        ...courseJson(e.course),
        recommended: e.recommended,
        enrolled: e.enrolled,
        completed: e.completed,
        lessons_done: e.lessonsDone,
        lessons_total: e.lessonsTotal,
        missing_prerequisites: e.missingPrerequisites,
      })),
    });
  })
  .get('/courses/:code', requireStaff({ scope: 'training:read' }), async (c) => {
    const { db, clock } = c.var.deps;
    const who = c.var.staff;
    const course = await courseFor(db, who, c.req.param('code'));
    const [lessons, progress] = await Promise.all([listLessons(db, course.id), courseProgress(db, who.id, course.id, clock.now())]);
    return c.json({
      course: courseJson(course),
      enrolled: progress.enrolled,
      completed_at: progress.completedAt?.toISOString() ?? null,
      attempts_used: progress.attemptsUsed,
      quiz_passed: progress.quizPassed,
      lessons: lessons.map((l) => ({
        id: l.id,
        position: l.position,
        title: l.title,
        minutes: l.minutes,
        body: l.body,
        image_url: l.imageUrl,
        video_url: l.videoUrl,
        material_url: l.materialUrl,
        done: progress.doneLessonIds.has(l.id),
      })),
      next_lesson_id: lessons.find((l) => !progress.doneLessonIds.has(l.id))?.id ?? null,
    });
  })
  .post('/courses/:code/enrol', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const course = await courseFor(db, c.var.staff, c.req.param('code'));
    await enrol(db, clock.now(), learnerOf(c.var.staff), course);
    return c.json({ enrolled: true, course: course.code }, 201);
  })
  .post('/courses/:code/lessons/:id/complete', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const course = await courseFor(db, c.var.staff, c.req.param('code'));
    const id = Number(c.req.param('id'));
    if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError({ id: 'Materi tidak ditemukan di kursus ini.', en: 'Lesson not found in this course.' });
    const r = await completeLesson(db, clock.now(), learnerOf(c.var.staff), course, id);
    return c.json({ lesson_id: id, done: true, course_completed: r.courseCompleted });
  })
  .post('/courses/:code/quiz/attempts', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const course = await courseFor(db, c.var.staff, c.req.param('code'));
    const attempt = await startAttempt(db, clock.now(), learnerOf(c.var.staff), course);
    return c.json({ attempt: await attemptJson(db, attempt) }, 201);
  })
  .post('/attempts/:id', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock, config } = c.var.deps;
    const who = c.var.staff;
    const id = c.req.param('id');
    const attempt = /^[0-9a-f-]{36}$/.test(id) ? await findAttempt(db, id, who.id) : null;
    if (!attempt) throw new NotFoundError({ id: 'Percobaan kuis tidak ditemukan.', en: 'Quiz attempt not found.' });
    const parsed = submitBody.safeParse(await readJson(c));
    if (!parsed.success)
      throw new ValidationError(
        { answers: { id: 'Kirim objek "answers" berisi {id_soal: kunci_pilihan}.', en: 'Send an "answers" object of {question_id: option_key}.' } },
      );
    const [row] = await db.select({ code: trainingCourses.code }).from(trainingCourses).where(eq(trainingCourses.id, attempt.courseId));
    const course = await courseFor(db, who, row?.code ?? '');
    const r = await submitAttempt(db, clock.now(), learnerOf(who), course, attempt, parsed.data.answers);
    const progress = await courseProgress(db, who.id, course.id, clock.now());
    const cert = progress.certificateId ? await findCertificate(db, progress.certificateId) : null;
    return c.json({
      attempt_id: r.attempt.id,
      score_percent: r.attempt.scorePercent,
      passed: r.attempt.passed,
      course_completed: !!progress.completedAt,
      certificate: cert
        ? { number: cert.number, jp: cert.jp, verify_url: verifyUrl(config, await certificateToken(config.secret, cert.id)) }
        : null,
      review: (await reviewAttempt(db, r.attempt)).map((q) => ({
        question_id: q.id,
        chosen: q.chosen,
        correct_key: q.correctKey,
        correct: q.correct,
        explanation: q.explanation,
      })),
    });
  })
  .get('/courses/:code/sessions', requireStaff({ scope: 'training:read' }), async (c) => {
    const { db } = c.var.deps;
    const course = await courseFor(db, c.var.staff, c.req.param('code'));
    const sessions = await sessionsOfCourse(db, course.id, c.var.staff.id);
    return c.json({
      sessions: sessions.map((x) => ({
        id: x.id,
        title: x.title,
        starts_at: x.startsAt.toISOString(),
        ends_at: x.endsAt.toISOString(),
        place: x.place,
        capacity: x.capacity,
        registered: x.registered,
        waitlisted: x.waitlisted,
        jp: x.jp,
        mine: x.mine ? { status: x.mine.status, waitlist_position: x.mine.position, attended: !!x.mine.attendedAt } : null,
      })),
    });
  })
  .post('/sessions/:id/register', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const session = await sessionFor(c.var.deps.db, c.var.staff, c.req.param('id'));
    const r = await registerForSession(db, clock.now(), c.var.staff.id, session);
    return c.json({ status: r.status, waitlist_position: r.position }, 201);
  })
  .post('/sessions/:id/cancel', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const session = await sessionFor(c.var.deps.db, c.var.staff, c.req.param('id'));
    await cancelRegistration(db, clock.now(), c.var.staff.id, session);
    return c.json({ status: 'cancelled' });
  })
  .get('/me', requireStaff({ scope: 'training:read' }), async (c) => {
    const { db, clock, config } = c.var.deps;
    const subject = (await findSubject(db, c.var.staff.id))!;
    const rec = await loadRecord(db, subject, clock.now(), config);
    return c.json({
      year: rec.year,
      jp_this_year: rec.jpThisYear,
      target_jp: YEARLY_JP_TARGET,
      certificates: rec.certificates.map((x) => ({
        number: x.number,
        course: x.courseCode,
        title: x.courseTitleId,
        jp: x.jp,
        issued_at: x.issuedAt.toISOString(),
        revoked: !!x.revokedAt,
        verify_url: x.verifyUrl,
      })),
      // the ledger as xAPI statements: an LRS interface later is a view of this
      statements: rec.history.map((e) => toXapiStatement(e, publicUrl(config))),
    });
  });

/** A session of a published course this staff member may see, or 404. */
async function sessionFor(db: Parameters<typeof findSession>[0], who: Parameters<typeof courseFor>[1], raw: string) {
  const id = /^\d{1,12}$/.test(raw) ? Number(raw) : 0;
  const session = id ? await findSession(db, id) : null;
  if (!session || session.cancelledAt) throw new NotFoundError({ id: 'Sesi tidak ditemukan.', en: 'Session not found.' });
  const [row] = await db.select({ code: trainingCourses.code }).from(trainingCourses).where(eq(trainingCourses.id, session.courseId));
  await courseFor(db, who, row?.code ?? '');
  return session;
}

// OpenAPI 3.1 path items of the training API, for src/api/openapi-document.ts to include
// (`paths: { ...existing, ...TRAINING_OPENAPI_PATHS }`). Paths are relative to /api/v1.
const err = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const staffSecurity = [{ bearerAuth: [] }, { sessionCookie: [] }];
const codeParam = { name: 'code', in: 'path', required: true, schema: { type: 'string' }, description: 'Course code, e.g. KPP-01' };
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer' } };
const ok = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });

export const TRAINING_OPENAPI_PATHS = {
  '/training/courses': {
    get: {
      tags: ['training'],
      summary: 'Catalogue: published courses for the caller, recommended first (scope training:read)',
      security: staffSecurity,
      parameters: [
        { name: 'q', in: 'query', schema: { type: 'string' } },
        { name: 'competency', in: 'query', schema: { type: 'string' } },
        { name: 'mode', in: 'query', schema: { type: 'string', enum: ['self_paced', 'blended', 'classroom'] } },
      ],
      responses: { '200': ok('Courses with progress and recommendation flags'), '401': err('Not signed in') },
    },
  },
  '/training/courses/{code}': {
    get: { tags: ['training'], summary: 'A course with its lessons and the caller’s progress', security: staffSecurity, parameters: [codeParam], responses: { '200': ok('Course'), '404': err('Unknown or unpublished course') } },
  },
  '/training/courses/{code}/enrol': {
    post: {
      tags: ['training'],
      summary: 'Enrol (scope training:write)',
      security: staffSecurity,
      parameters: [codeParam],
      responses: { '201': ok('Enrolled'), '409': err('already_enrolled or prerequisites_missing (details.missing lists course codes)'), '404': err('Unknown course') },
    },
  },
  '/training/courses/{code}/lessons/{id}/complete': {
    post: { tags: ['training'], summary: 'Mark a lesson done (idempotent); completes the course when the rule holds', security: staffSecurity, parameters: [codeParam, idParam], responses: { '200': ok('{lesson_id, done, course_completed}'), '409': err('not_enrolled') } },
  },
  '/training/courses/{code}/quiz/attempts': {
    post: {
      tags: ['training'],
      summary: 'Start a quiz attempt (or get the running one): drawn questions, shuffled options, deadline; never the answers',
      security: staffSecurity,
      parameters: [codeParam],
      responses: { '201': ok('{attempt: {id, deadline_at, pass_percent, questions}}'), '409': err('attempts_used_up, already_passed or not_enrolled') },
    },
  },
  '/training/attempts/{id}': {
    post: {
      tags: ['training'],
      summary: 'Submit answers {answers: {question_id: option_key}}; scored on the server',
      security: staffSecurity,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { type: 'object', required: ['answers'], properties: { answers: { type: 'object', additionalProperties: { type: 'string' } } } } } },
      },
      responses: {
        '200': ok('{score_percent, passed, course_completed, certificate, review}'),
        '400': err('Malformed body'),
        '415': err('Content-Type is not JSON'),
        '422': err('Unknown option or questions not in the attempt (fields name them)'),
        '409': err('time_limit_passed or already_submitted'),
        '404': err('Not the caller’s attempt'),
      },
    },
  },
  '/training/courses/{code}/sessions': {
    get: { tags: ['training'], summary: 'Scheduled sessions with seats, waiting list and the caller’s registration', security: staffSecurity, parameters: [codeParam], responses: { '200': ok('Sessions') } },
  },
  '/training/sessions/{id}/register': {
    post: { tags: ['training'], summary: 'Register: a seat, or the waiting list when full', security: staffSecurity, parameters: [idParam], responses: { '201': ok('{status: registered|waitlisted, waitlist_position}'), '409': err('not_enrolled, already_registered, session_started') } },
  },
  '/training/sessions/{id}/cancel': {
    post: { tags: ['training'], summary: 'Cancel; the first on the waiting list gets the seat', security: staffSecurity, parameters: [idParam], responses: { '200': ok('Cancelled'), '409': err('not_registered or session_started') } },
  },
  '/training/me': {
    get: { tags: ['training'], summary: 'My record: JP this year vs the 20 JP target, certificates, and the ledger as xAPI statements', security: staffSecurity, responses: { '200': ok('Record') } },
  },
} as const;
