// JSON API of the training area for the city's mobile app (/api/v1/training). Staff only; an
// API token needs the training:read or training:write scope.
import { eq } from 'drizzle-orm';
import * as z from 'zod';
import { toXapiStatement } from '../../domain/training/ledger';
import { mayRevealKey } from '../../domain/training/quiz';
import { COMPETENCIES, MODES, YEARLY_JP_TARGET } from '../../domain/training/competencies';
import type { StaffContext, StaffPrincipal } from '../../platform/http/context';
import type { ErrorCode } from '../../platform/http/error-codes';
import { NotFoundError } from '../../platform/http/errors';
import { publicUrl } from '../../platform/http/public-url';
import { zodMsg } from '../../platform/http/zod-errors';
import { shared } from '../../platform/openapi/document';
import { ApiRoutes, type Access } from '../../platform/openapi/route';
import { instant } from '../../platform/openapi/schemas';
import type { Db } from '../../db/client';
import { trainingCourses } from '../../db/schema-training';
import { courseProgress, listLessons, type CourseView } from './courses';
import { certificateToken, findCertificate, verifyUrl } from './certificates';
import { completeLesson, enrol, findAttempt, questionsForLearner, reviewAttempt, startAttempt, submitAttempt, type AttemptView } from './learning';
import { cancelRegistration, findSession, registerForSession, sessionsOfCourse } from './sessions';
import { catalogueFor, courseFor, findSubject, learnerOf, loadRecord } from './common';

// ---------------------------------------------------------------- schemas

const Course = shared(
  'Course',
  z.object({
    code: z.string(),
    title: z.string(),
    title_en: z.string(),
    description: z.string(),
    description_en: z.string(),
    competencies: z.array(z.enum(COMPETENCIES)),
    jp: z.int().meta({ description: 'Jam Pelajaran credited on completion' }),
    mode: z.enum(MODES),
    prerequisites: z.array(z.string()).meta({ description: 'course codes to complete first' }),
    quiz: z.object({ question_count: z.int(), pass_percent: z.int(), max_attempts: z.int(), time_limit_minutes: z.int() }),
    yearly_refresher: z.boolean().meta({ description: 'may be taken again in each later calendar year, crediting its JP again for that year' }),
  }),
  'A published course. A blended or classroom course completes only when one of its sessions is attended as well.',
);

const QuizQuestion = z.object({
  id: z.int(),
  kind: z.string().meta({ description: 'multiple_choice or true_false' }),
  prompt: z.string(),
  options: z.array(z.object({ key: z.string(), text: z.string() })).meta({ description: 'in this attempt’s order' }),
});

const Attempt = shared(
  'QuizAttempt',
  z.object({
    id: z.string().meta({ format: 'uuid' }),
    started_at: instant(),
    deadline_at: instant(),
    pass_percent: z.int(),
    questions: z.array(QuizQuestion).meta({ description: 'prompts and options only: the answers stay on the server until submission' }),
  }),
  'A running quiz attempt.',
);

const localized = z.record(z.string(), z.string());

const XapiStatement = shared(
  'XapiStatement',
  z.object({
    id: z.string().meta({ format: 'uuid' }),
    actor: z.object({ objectType: z.literal('Agent'), name: z.string(), account: z.object({ homePage: z.string(), name: z.string() }) }),
    verb: z.object({ id: z.string(), display: localized }),
    object: z.object({
      objectType: z.literal('Activity'),
      id: z.string(),
      definition: z.object({ type: z.string(), name: localized }),
    }),
    result: z
      .object({
        score: z.object({ scaled: z.number(), raw: z.number(), min: z.number(), max: z.number() }).optional(),
        success: z.boolean().optional(),
        completion: z.boolean().optional(),
        duration: z.string().optional().meta({ description: 'ISO 8601 duration, e.g. PT12M30S' }),
      })
      .optional(),
    context: z.object({ platform: z.literal('Pelita'), language: z.literal('id-ID'), extensions: z.record(z.string(), z.unknown()) }),
    timestamp: instant(),
    version: z.literal('1.0.3'),
  }),
  'One entry of the learning record as an xAPI 1.0.3 statement.',
);

const courseCode = z.object({ code: z.string().meta({ description: 'Course code, e.g. KPP-01.' }) });
const sessionId = z.object({ id: z.string().meta({ description: 'Session id (an integer).' }) });

function courseJson(c: CourseView): z.input<typeof Course> {
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
    yearly_refresher: c.yearlyRefresher,
  };
}

async function attemptJson(db: Db, a: AttemptView): Promise<z.input<typeof Attempt>> {
  return {
    id: a.id,
    started_at: a.startedAt.toISOString(),
    deadline_at: a.deadlineAt.toISOString(),
    pass_percent: a.passPercent,
    // prompts and options only: the correct answers stay on the server until submission
    questions: (await questionsForLearner(db, a)).map((q) => ({ id: q.id, kind: q.kind, prompt: q.prompt, options: q.options })),
  };
}

/** A session of a published course this staff member may see, or 404. */
async function sessionFor(db: Db, who: StaffPrincipal, raw: string) {
  const id = /^\d{1,12}$/.test(raw) ? Number(raw) : 0;
  const session = id ? await findSession(db, id) : null;
  if (!session || session.cancelledAt) throw new NotFoundError({ id: 'Sesi tidak ditemukan.', en: 'Session not found.' });
  const [row] = await db.select({ code: trainingCourses.code }).from(trainingCourses).where(eq(trainingCourses.id, session.courseId));
  await courseFor(db, who, row?.code ?? '');
  return session;
}

/** A published course of the caller's audience, or 404. */
function myCourse(c: StaffContext, code: string) {
  return courseFor(c.var.deps.db, c.var.staff, code);
}

// ---------------------------------------------------------------- routes

const reading = { kind: 'staff', scope: 'training:read' } as const satisfies Access;
const writing = { kind: 'staff', scope: 'training:write' } as const satisfies Access;
const tags = ['training'] as const;
const notFound: ErrorCode[] = ['not_found'];

export const trainingApi = new ApiRoutes()
  .route(
    {
      method: 'get',
      path: '/training/courses',
      operationId: 'listCourses',
      tags,
      summary: 'Catalogue: published courses for the caller, recommended first',
      access: reading,
      request: {
        query: z.object({
          q: z.string().optional().meta({ description: 'words in the title, description or code (the first 100 characters count)' }),
          competency: z.string().optional().meta({ description: `one of ${COMPETENCIES.join(', ')}` }),
          mode: z.string().optional().meta({ description: `one of ${MODES.join(', ')}` }),
        }),
      },
      responses: {
        200: {
          description: 'Courses with the caller’s progress and recommendation flags.',
          schema: z.object({
            courses: z.array(
              z.object({
                ...Course.shape,
                recommended: z.boolean(),
                enrolled: z.boolean(),
                completed: z.boolean(),
                lessons_done: z.int(),
                lessons_total: z.int(),
                missing_prerequisites: z.array(z.string()),
              }),
            ),
          }),
        },
      },
    },
    async (c, { query }, reply) => {
      const cat = await catalogueFor(c.var.deps.db, c.var.staff, c.var.deps.clock.now(), {
        q: (query.q ?? '').slice(0, 100),
        competency: query.competency ?? '',
        mode: query.mode ?? '',
      });
      return reply(200, {
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
    },
  )
  .route(
    {
      method: 'get',
      path: '/training/courses/{code}',
      operationId: 'getCourse',
      tags,
      summary: 'A course with its lessons and the caller’s progress',
      access: reading,
      request: { params: courseCode },
      responses: {
        200: {
          description: 'The course.',
          schema: z.object({
            course: Course,
            enrolled: z.boolean(),
            completed_at: instant().nullable(),
            attempts_used: z.int(),
            quiz_passed: z.boolean(),
            lessons: z.array(
              z.object({
                id: z.int(),
                position: z.int(),
                title: z.string(),
                minutes: z.int(),
                body: z.string(),
                image_url: z.string().nullable(),
                video_url: z.string().nullable(),
                material_url: z.string().nullable(),
                done: z.boolean(),
              }),
            ),
            next_lesson_id: z.int().nullable(),
          }),
        },
      },
      errors: notFound,
    },
    async (c, { params }, reply) => {
      const { db, clock } = c.var.deps;
      const who = c.var.staff;
      const course = await myCourse(c, params.code);
      const [lessons, progress] = await Promise.all([listLessons(db, course.id), courseProgress(db, who.id, course.id, clock.now())]);
      return reply(200, {
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
    },
  )
  .route(
    {
      method: 'post',
      path: '/training/courses/{code}/enrol',
      operationId: 'enrolInCourse',
      tags,
      summary: 'Enrol in a course',
      access: writing,
      request: { params: courseCode },
      responses: { 201: { description: 'Enrolled.', schema: z.object({ enrolled: z.literal(true), course: z.string() }) } },
      errors: ['not_found', 'already_enrolled', 'already_completed', 'refresher_not_due', 'prerequisites_missing'],
    },
    async (c, { params }, reply) => {
      const { db, clock } = c.var.deps;
      const course = await myCourse(c, params.code);
      await enrol(db, clock.now(), learnerOf(c.var.staff), course);
      return reply(201, { enrolled: true, course: course.code });
    },
  )
  .route(
    {
      method: 'post',
      path: '/training/courses/{code}/lessons/{id}/complete',
      operationId: 'completeLesson',
      tags,
      summary: 'Mark a lesson done (idempotent); completes the course when its rule holds',
      access: writing,
      request: { params: courseCode.extend({ id: z.string().meta({ description: 'Lesson id (an integer).' }) }) },
      responses: {
        200: {
          description: 'The lesson is done.',
          schema: z.object({
            lesson_id: z.int(),
            done: z.literal(true),
            course_completed: z.boolean().meta({ description: 'this lesson completed the course just now' }),
            jp_credited: z.int().nullable().meta({ description: 'the JP that completion credited: the course’s, or fewer when its day already held JP (at most 10 JP a day)' }),
          }),
        },
      },
      errors: ['not_found', 'not_enrolled'],
    },
    async (c, { params }, reply) => {
      const { db, clock } = c.var.deps;
      const course = await myCourse(c, params.code);
      const id = Number(params.id);
      if (!Number.isSafeInteger(id) || id <= 0)
        throw new NotFoundError({ id: 'Materi tidak ditemukan di kursus ini.', en: 'Lesson not found in this course.' });
      const r = await completeLesson(db, clock.now(), learnerOf(c.var.staff), course, id);
      return reply(200, { lesson_id: id, done: true, course_completed: !!r.completion, jp_credited: r.completion?.jp ?? null });
    },
  )
  .route(
    {
      method: 'post',
      path: '/training/courses/{code}/quiz/attempts',
      operationId: 'startQuizAttempt',
      tags,
      summary: 'Start a quiz attempt (or get the running one): drawn questions, shuffled options, a deadline; never the answers',
      access: writing,
      request: { params: courseCode },
      responses: { 201: { description: 'The attempt.', schema: z.object({ attempt: Attempt }) } },
      errors: ['not_found', 'not_enrolled', 'attempts_used_up', 'already_passed', 'no_questions'],
    },
    async (c, { params }, reply) => {
      const { db, clock } = c.var.deps;
      const course = await myCourse(c, params.code);
      const attempt = await startAttempt(db, clock.now(), learnerOf(c.var.staff), course);
      return reply(201, { attempt: await attemptJson(db, attempt) });
    },
  )
  .route(
    {
      method: 'post',
      path: '/training/attempts/{id}',
      operationId: 'submitQuizAttempt',
      tags,
      summary: 'Submit the answers of an attempt; scored on the server',
      access: writing,
      request: {
        params: z.object({ id: z.string().meta({ description: 'The attempt id (a UUID).' }) }),
        body: {
          json: z.object({
            answers: z
              .record(z.string().max(20), z.string().max(40), {
                error: zodMsg({ id: 'Kirim objek "answers" berisi {id_soal: kunci_pilihan}.', en: 'Send an "answers" object of {question_id: option_key}.' }),
              })
              .meta({ description: '{question_id: option_key} for the questions of the attempt' }),
          }),
        },
      },
      responses: {
        200: {
          description: 'The score, the review, and the certificate when the course is now completed.',
          schema: z.object({
            attempt_id: z.string(),
            score_percent: z.int().nullable(),
            passed: z.boolean().nullable(),
            course_completed: z.boolean(),
            jp_credited: z
              .int()
              .nullable()
              .meta({ description: 'the JP the course’s completion credited: its JP, or fewer when that day already held JP (at most 10 JP a day); null while not completed' }),
            certificate: z.object({ number: z.string(), jp: z.int(), verify_url: z.string().meta({ format: 'uri' }) }).nullable(),
            review: z.array(
              z.object({
                question_id: z.int(),
                chosen: z.string().nullable(),
                correct: z.boolean(),
                correct_key: z
                  .string()
                  .nullable()
                  .meta({ description: 'null while the attempt did not pass and attempts are left: a retry must not be copying the key' }),
                explanation: z.string().nullable().meta({ description: 'null under the same rule as correct_key' }),
              }),
            ),
          }),
        },
      },
      errors: ['not_found', 'already_submitted', 'time_limit_passed'],
    },
    async (c, input, reply) => {
      const { db, clock, config } = c.var.deps;
      const who = c.var.staff;
      const id = input.params.id;
      const attempt = /^[0-9a-f-]{36}$/.test(id) ? await findAttempt(db, id, who.id) : null;
      if (!attempt) throw new NotFoundError({ id: 'Percobaan kuis tidak ditemukan.', en: 'Quiz attempt not found.' });
      const body = await input.body();
      const [row] = await db.select({ code: trainingCourses.code }).from(trainingCourses).where(eq(trainingCourses.id, attempt.courseId));
      const course = await courseFor(db, who, row?.code ?? '');
      const r = await submitAttempt(db, clock.now(), learnerOf(who), course, attempt, body.answers);
      const progress = await courseProgress(db, who.id, course.id, clock.now());
      const reveal = mayRevealKey(r.attempt, course.quiz.maxAttempts - progress.attemptsUsed);
      const cert = progress.certificateId ? await findCertificate(db, progress.certificateId) : null;
      return reply(200, {
        attempt_id: r.attempt.id,
        score_percent: r.attempt.scorePercent,
        passed: r.attempt.passed,
        course_completed: !!progress.completedAt,
        jp_credited: progress.credit?.jp ?? null,
        certificate: cert ? { number: cert.number, jp: cert.jp, verify_url: verifyUrl(config, await certificateToken(config.secret, cert.id)) } : null,
        review: (await reviewAttempt(db, r.attempt, reveal)).map((q) => ({
          question_id: q.id,
          chosen: q.chosen,
          correct: q.correct,
          correct_key: q.correctKey,
          explanation: q.explanation,
        })),
      });
    },
  )
  .route(
    {
      method: 'get',
      path: '/training/courses/{code}/sessions',
      operationId: 'listCourseSessions',
      tags,
      summary: 'Scheduled classroom sessions of a course, with seats, the waiting list and the caller’s registration',
      access: reading,
      request: { params: courseCode },
      responses: {
        200: {
          description: 'The sessions, earliest first.',
          schema: z.object({
            sessions: z.array(
              z.object({
                id: z.int(),
                title: z.string(),
                starts_at: instant(),
                ends_at: instant(),
                place: z.string(),
                capacity: z.int(),
                registered: z.int(),
                waitlisted: z.int(),
                jp: z.int(),
                mine: z
                  .object({ status: z.enum(['registered', 'waitlisted']), waitlist_position: z.int().nullable(), attended: z.boolean() })
                  .nullable(),
              }),
            ),
          }),
        },
      },
      errors: notFound,
    },
    async (c, { params }, reply) => {
      const course = await myCourse(c, params.code);
      const sessions = await sessionsOfCourse(c.var.deps.db, course.id, c.var.staff.id);
      return reply(200, {
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
    },
  )
  .route(
    {
      method: 'post',
      path: '/training/sessions/{id}/register',
      operationId: 'registerForSession',
      tags,
      summary: 'Register for a session: a seat, or the waiting list when it is full',
      access: writing,
      request: { params: sessionId },
      responses: {
        201: {
          description: 'Registered or waitlisted.',
          schema: z.object({ status: z.enum(['registered', 'waitlisted']), waitlist_position: z.int().nullable() }),
        },
      },
      errors: ['not_found', 'not_enrolled', 'already_registered', 'already_attended', 'session_started', 'own_course'],
    },
    async (c, { params }, reply) => {
      const { db, clock } = c.var.deps;
      const session = await sessionFor(db, c.var.staff, params.id);
      const r = await registerForSession(db, clock.now(), c.var.staff.id, session);
      return reply(201, { status: r.status, waitlist_position: r.position });
    },
  )
  .route(
    {
      method: 'post',
      path: '/training/sessions/{id}/cancel',
      operationId: 'cancelSessionRegistration',
      tags,
      summary: 'Cancel a registration; the first on the waiting list gets the seat',
      access: writing,
      request: { params: sessionId },
      responses: { 200: { description: 'Cancelled.', schema: z.object({ status: z.literal('cancelled') }) } },
      errors: ['not_found', 'not_registered', 'session_started'],
    },
    async (c, { params }, reply) => {
      const { db, clock } = c.var.deps;
      const session = await sessionFor(db, c.var.staff, params.id);
      await cancelRegistration(db, clock.now(), c.var.staff.id, session);
      return reply(200, { status: 'cancelled' });
    },
  )
  .route(
    {
      method: 'get',
      path: '/training/me',
      operationId: 'getMyTrainingRecord',
      tags,
      summary: 'My record: JP this year against the yearly target, certificates, and the ledger as xAPI statements',
      access: reading,
      responses: {
        200: {
          description: 'The caller’s learning record.',
          schema: z.object({
            year: z.int(),
            jp_this_year: z.int(),
            target_jp: z.int(),
            certificates: z.array(
              z.object({
                number: z.string(),
                course: z.string(),
                title: z.string(),
                jp: z.int(),
                issued_at: instant(),
                revoked: z.boolean(),
                verify_url: z.string().meta({ format: 'uri' }),
              }),
            ),
            statements: z.array(XapiStatement),
          }),
        },
      },
    },
    async (c, _input, reply) => {
      const { db, clock, config } = c.var.deps;
      const subject = (await findSubject(db, c.var.staff.id))!;
      const rec = await loadRecord(db, subject, clock.now(), config);
      return reply(200, {
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
    },
  );
