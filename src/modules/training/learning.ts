// The learning journey, on the server: enrolment, lesson progress, quiz attempts and the
// completion rule that credits JP once and issues the certificate. Errors are typed (the
// routes turn them into a page or JSON) and carry messages in both languages.
import { and, eq, gte, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  trainingCertificates,
  trainingCourses,
  trainingEnrolments,
  trainingLessonProgress,
  trainingLessons,
  trainingQuestions,
  trainingQuizAttempts,
  trainingSessionRegistrations,
  trainingSessions,
} from '../../db/schema-training';
import { staff as staffTable } from '../../db/schema';
import { enrolDecision } from '../../domain/training/course-rules';
import { courseActivityKey, refresherYear } from '../../domain/training/jp';
import { isoDuration } from '../../domain/training/ledger';
import { jakartaDate, jakartaYear } from '../../domain/time/jakarta';
import { canStartAttempt, checkSubmissionTime, drawAttempt, scoreAttempt, type AttemptQuestion, type BankQuestion } from '../../domain/training/quiz';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors';
import type { AttemptView, QuestionForLearner, ReviewedQuestion } from '../../domain/training/views';
import type { Msg } from '../../platform/i18n/lang';

// the JSON API (api.ts) takes this type from here
export type { AttemptView };
import { isCourseAuthor } from './authors';
import { certificateNumber } from './certificates';
import { completedCourseCodes, courseProgress, currentEnrolment, inAudience, missingPartsOf, type CourseView, type EnrolmentRow } from './courses';
import { creditJp, ledgerInsert, type Actor } from './ledger';

export interface Learner extends Actor {
  roles: readonly string[];
  unitCode: string;
}

const notEnrolled: Msg = {
  id: 'Anda belum terdaftar di kursus ini. Daftar dulu dari halaman kursus.',
  en: 'You are not enrolled in this course. Enrol first from the course page.',
};


export async function enrol(db: Db, now: Date, who: Learner, course: CourseView): Promise<void> {
  if (!inAudience(course, who))
    throw new ForbiddenError(
      { id: 'Kursus ini diperuntukkan bagi peran atau unit lain.', en: 'This course is meant for other roles or units.' },
      'not_in_audience',
    );
  const done = await completedCourseCodes(db, who.id);
  const missing = course.prerequisites.filter((p) => !done.has(p));
  if (missing.length) {
    const titles = await db
      .select({ code: trainingCourses.code, titleId: trainingCourses.titleId, titleEn: trainingCourses.titleEn })
      .from(trainingCourses)
      .where(inArray(trainingCourses.code, missing));
    const name = (code: string, lang: 'id' | 'en') => {
      const t = titles.find((x) => x.code === code);
      return t ? `${lang === 'en' ? t.titleEn : t.titleId} (${code})` : code;
    };
    throw new ConflictError(
      {
        id: `Selesaikan dulu kursus prasyarat: ${missing.map((m) => name(m, 'id')).join(', ')}.`,
        en: `Complete the prerequisite course(s) first: ${missing.map((m) => name(m, 'en')).join(', ')}.`,
      },
      'prerequisites_missing',
      { missing },
    );
  }
  // a course is taken once; a yearly refresher again in a later year, as a new round
  const decision = enrolDecision(await currentEnrolment(db, who.id, course.id), course.yearlyRefresher, now);
  if (!decision.ok) throw new ConflictError(decision.message, decision.code);
  const inserted = await db
    .insert(trainingEnrolments)
    .values({ courseId: course.id, staffId: who.id, enrolledAt: now, round: decision.round })
    .onConflictDoNothing()
    .returning({ id: trainingEnrolments.id });
  if (!inserted.length)
    throw new ConflictError(
      { id: 'Anda sudah terdaftar di kursus ini. Lanjutkan belajar dari halaman kursus.', en: 'You are already enrolled in this course. Continue from the course page.' },
      'already_enrolled',
    );
  await ledgerInsert(db, { actor: who, verb: 'registered', objectType: 'course', objectId: course.code, objectName: course.title.id, courseId: course.id, at: now });
}

/** The current round's enrolment, or a refusal to enrol first. */
async function requireEnrolled(db: Db, staffId: number, courseId: number): Promise<EnrolmentRow> {
  const e = await currentEnrolment(db, staffId, courseId);
  if (!e) throw new ConflictError(notEnrolled, 'not_enrolled');
  return e;
}

export async function findLesson(db: Db, course: CourseView, lessonId: number) {
  const [l] = await db
    .select()
    .from(trainingLessons)
    .where(and(eq(trainingLessons.id, lessonId), eq(trainingLessons.courseId, course.id)));
  if (!l) throw new NotFoundError({ id: 'Materi tidak ditemukan di kursus ini.', en: 'Lesson not found in this course.' });
  return l;
}

/** What a completion credited: the course's JP, or fewer when the day of the learning was already full. */
export interface Completion {
  jp: number;
  requested: number;
}

/**
 * Marks a lesson done in the current round (idempotent; a lesson done in an earlier round of a
 * refresher is done again) and applies the completion rule. Returns the completion it caused, if any.
 */
export async function completeLesson(db: Db, now: Date, who: Learner, course: CourseView, lessonId: number): Promise<{ completion: Completion | null }> {
  const lesson = await findLesson(db, course, lessonId);
  const enrolment = await requireEnrolled(db, who.id, course.id);
  const fresh = await db
    .insert(trainingLessonProgress)
    .values({ staffId: who.id, lessonId: lesson.id, courseId: course.id, doneAt: now })
    .onConflictDoUpdate({
      target: [trainingLessonProgress.staffId, trainingLessonProgress.lessonId],
      set: { doneAt: now },
      setWhere: sql`${trainingLessonProgress.doneAt} < ${enrolment.enrolledAt.getTime()}`,
    })
    .returning({ lessonId: trainingLessonProgress.lessonId });
  if (fresh.length)
    await ledgerInsert(db, {
      actor: who,
      verb: 'experienced',
      objectType: 'lesson',
      objectId: `${course.code}/${lesson.id}`,
      objectName: lesson.title,
      courseId: course.id,
      result: { completion: true },
      at: now,
    });
  return { completion: await applyCompletionRule(db, now, who, course) };
}

// ------------------------------------------------------------------ quiz



function parseOptions(s: string): { key: string; text: string }[] {
  try {
    return JSON.parse(s) as { key: string; text: string }[];
  } catch {
    return [];
  }
}

function toAttemptView(r: typeof trainingQuizAttempts.$inferSelect): AttemptView {
  return {
    id: r.id,
    courseId: r.courseId,
    staffId: r.staffId,
    questions: JSON.parse(r.questions) as AttemptQuestion[],
    passPercent: r.passPercent,
    startedAt: r.startedAt,
    deadlineAt: r.deadlineAt,
    submittedAt: r.submittedAt,
    answers: r.answers ? (JSON.parse(r.answers) as Record<string, string>) : null,
    scorePercent: r.scorePercent,
    passed: r.passed,
    outcome: r.outcome,
  };
}

/**
 * Starts an attempt (or returns the one still running). The server draws the questions and
 * remembers them with the option order and a deadline; nothing about the answers is sent.
 */
export async function startAttempt(db: Db, now: Date, who: Learner, course: CourseView, random: () => number = Math.random): Promise<AttemptView> {
  await requireEnrolled(db, who.id, course.id);
  const progress = await courseProgress(db, who.id, course.id, now);
  if (progress.openAttemptId) return (await findAttempt(db, progress.openAttemptId, who.id))!;
  const refusal = canStartAttempt(progress.attemptsUsed, course.quiz.maxAttempts, progress.quizPassed);
  if (refusal) throw new ConflictError(refusal.message, refusal.code);
  const bank = await db
    .select({ id: trainingQuestions.id, kind: trainingQuestions.kind, options: trainingQuestions.options })
    .from(trainingQuestions)
    .where(and(eq(trainingQuestions.courseId, course.id), eq(trainingQuestions.active, true)));
  if (!bank.length) throw new ConflictError({ id: 'Kursus ini belum memiliki soal kuis.', en: 'This course has no quiz questions yet.' }, 'no_questions');
  const questions = drawAttempt(
    bank.map((b): BankQuestion => ({ id: b.id, kind: b.kind === 'true_false' ? 'true_false' : 'multiple_choice', options: parseOptions(b.options) })),
    course.quiz.questionCount,
    random,
  );
  const id = crypto.randomUUID();
  const deadlineAt = new Date(now.getTime() + course.quiz.timeLimitMinutes * 60_000);
  await db.insert(trainingQuizAttempts).values({
    id,
    courseId: course.id,
    staffId: who.id,
    questions: JSON.stringify(questions),
    passPercent: course.quiz.passPercent,
    startedAt: now,
    deadlineAt,
  });
  return (await findAttempt(db, id, who.id))!;
}

/** An attempt of this staff member; someone else's attempt is "not found". */
export async function findAttempt(db: Db, id: string, staffId: number): Promise<AttemptView | null> {
  const [r] = await db
    .select()
    .from(trainingQuizAttempts)
    .where(and(eq(trainingQuizAttempts.id, id), eq(trainingQuizAttempts.staffId, staffId)));
  return r ? toAttemptView(r) : null;
}

/** The attempt's questions as the learner sees them: prompt and options in the drawn order, no answers. */
export async function questionsForLearner(db: Db, attempt: AttemptView): Promise<QuestionForLearner[]> {
  const ids = attempt.questions.map((q) => q.questionId);
  const rows = await db
    .select({ id: trainingQuestions.id, kind: trainingQuestions.kind, prompt: trainingQuestions.prompt, options: trainingQuestions.options })
    .from(trainingQuestions)
    .where(inArray(trainingQuestions.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return attempt.questions.flatMap((q) => {
    const r = byId.get(q.questionId);
    if (!r) return [];
    const opts = new Map(parseOptions(r.options).map((o) => [o.key, o]));
    return [{ id: r.id, kind: r.kind, prompt: r.prompt, options: q.optionKeys.flatMap((k) => (opts.has(k) ? [opts.get(k)!] : [])) }];
  });
}


/**
 * After submission only: each question with the learner's answer and whether it was right; the
 * correct answer and the explanation only when `reveal` (mayRevealKey: passed, or no attempt left).
 */
export async function reviewAttempt(db: Db, attempt: AttemptView, reveal: boolean): Promise<ReviewedQuestion[]> {
  if (!attempt.submittedAt) return [];
  const shown = await questionsForLearner(db, attempt);
  const rows = await db
    .select({ id: trainingQuestions.id, correctKey: trainingQuestions.correctKey, explanation: trainingQuestions.explanation })
    .from(trainingQuestions)
    .where(inArray(trainingQuestions.id, shown.map((q) => q.id)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return shown.map((q) => {
    const chosen = attempt.answers?.[String(q.id)] ?? null;
    const correctKey = byId.get(q.id)?.correctKey ?? '';
    return {
      ...q,
      chosen,
      correct: chosen === correctKey,
      correctKey: reveal ? correctKey : null,
      explanation: reveal ? (byId.get(q.id)?.explanation ?? '') : null,
    };
  });
}

/** Closes an attempt whose time ran out (counted, scored 0, a 'failed' statement). Idempotent. */
export async function closeExpiredAttempt(db: Db, now: Date, who: Learner, course: CourseView, attempt: AttemptView): Promise<void> {
  const closed = await db
    .update(trainingQuizAttempts)
    .set({ outcome: 'expired', submittedAt: now, scorePercent: 0, passed: false, answers: JSON.stringify({}) })
    .where(and(eq(trainingQuizAttempts.id, attempt.id), isNull(trainingQuizAttempts.submittedAt)))
    .returning({ id: trainingQuizAttempts.id });
  if (closed.length)
    await ledgerInsert(db, {
      actor: who,
      verb: 'failed',
      objectType: 'quiz',
      objectId: `${course.code}/${attempt.id}`,
      objectName: `Kuis ${course.title.id}`,
      courseId: course.id,
      result: { success: false, completion: false, duration: isoDuration(now.getTime() - attempt.startedAt.getTime()) },
      at: now,
    });
}

export function isPastDeadline(now: Date, attempt: AttemptView): boolean {
  return checkSubmissionTime(now, attempt.deadlineAt) !== null;
}

export type SubmitResult = { attempt: AttemptView; completion: Completion | null };

/**
 * Scores a submission on the server. Rejected without using anything up: answers for questions
 * not in the attempt, unknown options (ValidationError). Rejected and counted: a submission after
 * the time limit (the attempt is closed as expired). A second submission is a conflict.
 */
export async function submitAttempt(
  db: Db,
  now: Date,
  who: Learner,
  course: CourseView,
  attempt: AttemptView,
  answers: Record<string, string>,
): Promise<SubmitResult> {
  if (attempt.submittedAt || attempt.outcome)
    throw new ConflictError(
      { id: 'Percobaan ini sudah dikumpulkan. Mulai percobaan baru dari halaman kursus bila masih ada kesempatan.', en: 'This attempt has already been submitted. Start a new attempt from the course page if any are left.' },
      'already_submitted',
    );
  const late = checkSubmissionTime(now, attempt.deadlineAt);
  if (late) {
    await closeExpiredAttempt(db, now, who, course, attempt);
    throw new ConflictError(late.message, late.code);
  }
  const ids = attempt.questions.map((q) => q.questionId);
  const keys = await db
    .select({ id: trainingQuestions.id, correctKey: trainingQuestions.correctKey })
    .from(trainingQuestions)
    .where(inArray(trainingQuestions.id, ids));
  const outcome = scoreAttempt(attempt.questions, new Map(keys.map((k) => [k.id, k.correctKey])), answers, attempt.passPercent);
  if (!outcome.ok) throw new ValidationError(outcome.fields, outcome.message);
  const saved = await db
    .update(trainingQuizAttempts)
    .set({ submittedAt: now, answers: JSON.stringify(answers), scorePercent: outcome.percent, passed: outcome.passed, outcome: 'submitted' })
    .where(and(eq(trainingQuizAttempts.id, attempt.id), isNull(trainingQuizAttempts.submittedAt)))
    .returning({ id: trainingQuizAttempts.id });
  if (!saved.length)
    throw new ConflictError({ id: 'Percobaan ini sudah dikumpulkan.', en: 'This attempt has already been submitted.' }, 'already_submitted');
  await ledgerInsert(db, {
    actor: who,
    verb: outcome.passed ? 'passed' : 'failed',
    objectType: 'quiz',
    objectId: `${course.code}/${attempt.id}`,
    objectName: `Kuis ${course.title.id}`,
    courseId: course.id,
    result: {
      score: { scaled: outcome.percent / 100, raw: outcome.correct, min: 0, max: outcome.total },
      success: outcome.passed,
      completion: true,
      duration: isoDuration(now.getTime() - attempt.startedAt.getTime()),
    },
    at: now,
  });
  const completion = outcome.passed ? await applyCompletionRule(db, now, who, course) : null;
  return { attempt: (await findAttempt(db, attempt.id, who.id))!, completion };
}

/**
 * The completion rule (src/domain/training/course-rules.ts): every lesson done, the quiz passed
 * and, for a blended or classroom course, a session of it attended, all in the current round.
 * The first time it holds, a certificate is issued and the course's JP as of now are credited
 * once (courseActivityKey: once ever, once a year for a refresher) on the day the online part
 * was finished: the lessons and the quiz are that JP's learning, the session credits its own JP
 * on its own day. The enrolment is complete as of the last part done. Returns what was credited,
 * only on that first time. An author of the course only previews it: no JP, no certificate.
 */
export async function applyCompletionRule(db: Db, now: Date, who: Actor, course: CourseView): Promise<Completion | null> {
  if (await isCourseAuthor(db, course.id, who.id)) return null;
  const [progress, enrolment] = await Promise.all([courseProgress(db, who.id, course.id, now), currentEnrolment(db, who.id, course.id)]);
  if (!enrolment || progress.completedAt || progress.certificateId) return null;
  if ((await missingPartsOf(db, course, progress)).length) return null;
  const { onlineDoneAt, completedAt } = await partsDoneAt(db, who.id, course.id, enrolment, now);
  const learnedOn = jakartaDate(onlineDoneAt);
  // Snapshot holder and course now: later edits never change what was earned.
  const [holder] = await db.select({ name: staffTable.name, nip: staffTable.nip }).from(staffTable).where(eq(staffTable.id, who.id));
  const inserted = await db
    .insert(trainingCertificates)
    .values({
      number: `pending-${crypto.randomUUID()}`,
      staffId: who.id,
      courseId: course.id,
      holderName: holder?.name ?? who.name,
      holderNip: holder?.nip ?? who.nip,
      courseCode: course.code,
      courseTitleId: course.title.id,
      courseTitleEn: course.title.en,
      jp: course.jp,
      issuedAt: now,
      round: enrolment.round,
    })
    .onConflictDoNothing()
    .returning({ id: trainingCertificates.id });
  const cert = inserted[0];
  if (!cert) return null; // a concurrent request completed it first
  const best = progress.bestPercent ?? 100;
  const outcome = await creditJp(
    db,
    {
      entry: {
        actor: who,
        verb: 'completed',
        objectType: 'course',
        objectId: course.code,
        objectName: course.title.id,
        courseId: course.id,
        result: { completion: true, success: true, score: { scaled: best / 100, raw: best, min: 0, max: 100 } },
        at: now,
        certificateId: cert.id,
      },
      jp: course.jp,
      days: [learnedOn],
      activityKey: courseActivityKey(course.id, who.id, refresherYear(course.yearlyRefresher, learnedOn)),
    },
    {
      alongside: () => [
        db.update(trainingCertificates).set({ number: certificateNumber(jakartaYear(now), cert.id) }).where(eq(trainingCertificates.id, cert.id)),
        db
          .update(trainingEnrolments)
          .set({ completedAt })
          .where(and(eq(trainingEnrolments.id, enrolment.id), isNull(trainingEnrolments.completedAt))),
      ],
    },
  );
  return outcome.status === 'refused' ? null : { jp: outcome.jp, requested: course.jp };
}

/**
 * When the parts of this round were done: the online part (the last lesson, the quiz passed) and
 * the whole course (the online part or the session attended, whichever came last). Never later
 * than now.
 */
async function partsDoneAt(db: Db, staffId: number, courseId: number, enrolment: EnrolmentRow, now: Date): Promise<{ onlineDoneAt: Date; completedAt: Date }> {
  const since = enrolment.enrolledAt.getTime();
  const [[lesson], [quiz], [session]] = await db.batch([
    db
      .select({ at: sql<number | null>`max(${trainingLessonProgress.doneAt})` })
      .from(trainingLessonProgress)
      .where(and(eq(trainingLessonProgress.staffId, staffId), eq(trainingLessonProgress.courseId, courseId), gte(trainingLessonProgress.doneAt, enrolment.enrolledAt))),
    db
      .select({ at: sql<number | null>`min(${trainingQuizAttempts.submittedAt})` })
      .from(trainingQuizAttempts)
      .where(
        and(
          eq(trainingQuizAttempts.staffId, staffId),
          eq(trainingQuizAttempts.courseId, courseId),
          eq(trainingQuizAttempts.passed, true),
          isNull(trainingQuizAttempts.resetAt),
          gte(trainingQuizAttempts.startedAt, enrolment.enrolledAt),
        ),
      ),
    db
      .select({ at: sql<number | null>`max(${trainingSessions.startsAt})` })
      .from(trainingSessionRegistrations)
      .innerJoin(trainingSessions, eq(trainingSessions.id, trainingSessionRegistrations.sessionId))
      .where(
        and(
          eq(trainingSessionRegistrations.staffId, staffId),
          eq(trainingSessions.courseId, courseId),
          isNotNull(trainingSessionRegistrations.attendedAt),
          gte(trainingSessions.startsAt, enrolment.enrolledAt),
        ),
      ),
  ]);
  const cap = (ms: number) => new Date(Math.min(ms, now.getTime()));
  const online = Math.max(since, Number(lesson?.at ?? 0), Number(quiz?.at ?? 0));
  return { onlineDoneAt: cap(online), completedAt: cap(Math.max(online, Number(session?.at ?? 0))) };
}

/**
 * A course author resets a person's quiz attempts in the current round (they used them up and
 * need another go): every attempt of the round stops counting, and one still open is closed.
 * Not one's own, not once the quiz is passed, not when none counts.
 */
export async function resetQuizAttempts(db: Db, now: Date, by: { id: number }, course: CourseView, staffId: number): Promise<{ cleared: number }> {
  if (by.id === staffId)
    throw new ForbiddenError({ id: 'Anda tidak dapat mengatur ulang percobaan kuis Anda sendiri.', en: 'You cannot reset your own quiz attempts.' });
  const enrolment = await currentEnrolment(db, staffId, course.id);
  if (!enrolment) throw new NotFoundError({ id: 'Pegawai ini tidak terdaftar di kursus ini.', en: 'This staff member is not enrolled in this course.' });
  const progress = await courseProgress(db, staffId, course.id, now);
  if (progress.quizPassed) throw new ConflictError({ id: 'Pegawai ini sudah lulus kuisnya.', en: 'This staff member has already passed the quiz.' }, 'already_passed');
  if (!progress.attemptsUsed)
    throw new ConflictError({ id: 'Belum ada percobaan kuis yang dapat diatur ulang.', en: 'There are no quiz attempts to reset.' });
  const ofRound = and(
    eq(trainingQuizAttempts.staffId, staffId),
    eq(trainingQuizAttempts.courseId, course.id),
    gte(trainingQuizAttempts.startedAt, enrolment.enrolledAt),
    isNull(trainingQuizAttempts.resetAt),
  );
  await db.batch([
    db.update(trainingQuizAttempts).set({ outcome: 'reset', submittedAt: now }).where(and(ofRound, isNull(trainingQuizAttempts.submittedAt))),
    db.update(trainingQuizAttempts).set({ resetAt: now }).where(ofRound),
  ]);
  return { cleared: progress.attemptsUsed };
}
