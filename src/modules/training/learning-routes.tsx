// Learning a course under /pelatihan: its lessons in order, then the quiz, scored on the server.
// A lesson needs enrolment; a quiz attempt belongs to the one who started it.
import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { LessonPage } from '../../../templates/pages/training/lesson';
import { QuizPage, QuizResultPage } from '../../../templates/pages/training/quiz';
import { trainingCourses } from '../../db/schema-training';
import { mayRevealKey } from '../../domain/training/quiz';
import type { AttemptView, CourseView } from '../../domain/training/views';
import { requireStaff } from '../../platform/auth/guard';
import type { AppEnv, StaffContext } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { readForm } from '../../platform/http/form';
import { parsePathId } from '../../platform/http/path-id';
import { renderPage } from '../../platform/http/render';
import { pick, type Msg } from '../../platform/i18n/lang';
import { courseFor, learnerOf } from './common';
import { courseBase, renderCourse } from './course-page';
import { courseProgress, listLessons, missingPartsOf } from './courses';
import {
  closeExpiredAttempt,
  completeLesson,
  findAttempt,
  findLesson,
  isPastDeadline,
  questionsForLearner,
  reviewAttempt,
  startAttempt,
  submitAttempt,
} from './learning';
import { notice } from './notices';
import { tryStep } from './refusals';

const notEnrolled: Msg = { id: 'Daftar dulu untuk membuka materi kursus ini.', en: 'Enrol first to open the lessons of this course.' };

/** Where a learner goes on after a lesson: the next unfinished one, else the course's quiz. */
async function afterLesson(c: StaffContext, course: CourseView): Promise<string> {
  const { db, clock } = c.var.deps;
  const [lessons, progress] = await Promise.all([listLessons(db, course.id), courseProgress(db, c.var.staff.id, course.id, clock.now())]);
  const next = lessons.find((l) => !progress.doneLessonIds.has(l.id));
  return next ? `${courseBase(course.code)}/materi/${next.id}?pesan=selesai` : `${courseBase(course.code)}?pesan=selesai#h-kuis`;
}

/** The signed-in learner's own attempt and its course; anyone else's id is a 404. */
async function attemptOf(c: StaffContext) {
  const { db } = c.var.deps;
  const who = c.var.staff;
  const id = c.req.param('id') ?? '';
  const attempt = /^[0-9a-f-]{36}$/.test(id) ? await findAttempt(db, id, who.id) : null;
  if (!attempt) throw new NotFoundError({ id: 'Percobaan kuis tidak ditemukan.', en: 'Quiz attempt not found.' });
  const [row] = await db.select({ code: trainingCourses.code }).from(trainingCourses).where(eq(trainingCourses.id, attempt.courseId));
  if (!row) throw new NotFoundError();
  return { attempt, course: await courseFor(db, who, row.code) };
}

/** The answers of a submitted quiz form: q_<question id> → option key. */
function answersOf(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([name, key]) => [name.slice('q_'.length), key]));
}

/** The result of an attempt, with the review of every question; `error` when a submission came too late or twice. */
async function showResult(c: StaffContext, course: CourseView, attempt: AttemptView, error?: Msg) {
  const { db, clock } = c.var.deps;
  const progress = await courseProgress(db, c.var.staff.id, course.id, clock.now());
  const attemptsLeft = Math.max(0, course.quiz.maxAttempts - progress.attemptsUsed);
  const [review, missing] = await Promise.all([reviewAttempt(db, attempt, mayRevealKey(attempt, attemptsLeft)), missingPartsOf(db, course, progress)]);
  return renderPage(
    c,
    { title: pick(course.title, c.var.lang), status: error ? 409 : 200 },
    <>
      {error ? (
        <div class="wrap narrow">
          <div class="error-summary" role="alert">
            <p>{pick(error, c.var.lang)}</p>
          </div>
        </div>
      ) : null}
      <QuizResultPage
        lang={c.var.lang}
        csrf={c.var.csrfToken}
        course={course}
        attempt={attempt}
        review={review}
        attemptsLeft={attemptsLeft}
        progress={progress}
        missing={missing}
      />
    </>,
  );
}

/** The attempt as stored now (after it was closed or submitted by this or another request). */
async function freshAttempt(c: StaffContext, attempt: AttemptView): Promise<AttemptView> {
  return (await findAttempt(c.var.deps.db, attempt.id, c.var.staff.id))!;
}

export const learningRoutes = new Hono<AppEnv>()
  .get('/kursus/:code/materi/:lessonId', requireStaff({ scope: 'training:read' }), async (c) => {
    const { db, clock } = c.var.deps;
    const course = await courseFor(db, c.var.staff, c.req.param('code'));
    const lesson = await findLesson(db, course, parsePathId(c.req.param('lessonId')));
    const progress = await courseProgress(db, c.var.staff.id, course.id, clock.now());
    if (!progress.enrolled) return renderCourse(c, course, { status: 409, message: notEnrolled });
    const lessons = await listLessons(db, course.id);
    return renderPage(
      c,
      { title: lesson.title },
      <LessonPage
        lang={c.var.lang}
        csrf={c.var.csrfToken}
        course={course}
        lesson={lesson}
        lessons={lessons}
        done={progress.doneLessonIds.has(lesson.id)}
        doneCount={lessons.filter((l) => progress.doneLessonIds.has(l.id)).length}
        notice={notice(c)}
      />,
    );
  })
  .post('/kursus/:code/materi/:lessonId/selesai', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const course = await courseFor(db, c.var.staff, c.req.param('code'));
    const lessonId = parsePathId(c.req.param('lessonId'));
    const r = await tryStep(() => completeLesson(db, clock.now(), learnerOf(c.var.staff), course, lessonId), [409]);
    if (r.refused) return renderCourse(c, course, r.refused);
    if (r.value.completion) return c.redirect(`${courseBase(course.code)}?pesan=tuntas`, 303);
    return c.redirect(await afterLesson(c, course), 303);
  })
  .post('/kursus/:code/kuis', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const course = await courseFor(db, c.var.staff, c.req.param('code'));
    const r = await tryStep(() => startAttempt(db, clock.now(), learnerOf(c.var.staff), course), [409]);
    if (r.refused) return renderCourse(c, course, r.refused);
    return c.redirect(`/pelatihan/kuis/${r.value.id}`, 303);
  })
  .get('/kuis/:id', requireStaff({ scope: 'training:read' }), async (c) => {
    const { db, clock } = c.var.deps;
    const { attempt, course } = await attemptOf(c);
    if (!attempt.submittedAt && isPastDeadline(clock.now(), attempt)) {
      await closeExpiredAttempt(db, clock.now(), learnerOf(c.var.staff), course, attempt);
      return showResult(c, course, await freshAttempt(c, attempt));
    }
    if (attempt.submittedAt) return showResult(c, course, attempt);
    const questions = await questionsForLearner(db, attempt);
    return renderPage(
      c,
      { title: pick(course.title, c.var.lang) },
      <QuizPage lang={c.var.lang} csrf={c.var.csrfToken} course={course} attempt={attempt} questions={questions} now={clock.now()} nonce={c.var.secureHeadersNonce} />,
    );
  })
  .post('/kuis/:id', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const { attempt, course } = await attemptOf(c);
    const answers = answersOf((await readForm(c)).startingWith('q_'));
    const r = await tryStep(() => submitAttempt(db, clock.now(), learnerOf(c.var.staff), course, attempt, answers), [422, 409]);
    if (!r.refused) return showResult(c, course, r.value.attempt);
    if (r.refused.status === 409) return showResult(c, course, await freshAttempt(c, attempt), r.refused.message);
    const questions = await questionsForLearner(db, attempt);
    return renderPage(
      c,
      { title: pick(course.title, c.var.lang), status: 422 },
      <QuizPage
        lang={c.var.lang}
        csrf={c.var.csrfToken}
        course={course}
        attempt={attempt}
        questions={questions}
        now={clock.now()}
        nonce={c.var.secureHeadersNonce}
        answers={answers}
        error={r.refused.message}
        fields={r.refused.fields}
      />,
    );
  });
