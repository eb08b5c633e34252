// Reading courses, lessons and a staff member's progress. Every function takes the database.
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  trainingCertificates,
  trainingCourses,
  trainingEnrolments,
  trainingLedger,
  trainingLessonProgress,
  trainingLessons,
  trainingQuestions,
  trainingQuizAttempts,
  trainingSessionRegistrations,
  trainingSessions,
} from '../../db/schema-training';
import { isCompetency, isMode } from '../../domain/training/competencies';
import { enrolDecision, hasClassroomPart, missingParts, type CoursePart } from '../../domain/training/course-rules';
import type { CourseProgress, CourseView, LessonView } from '../../domain/training/views';

// the JSON API (api.ts) takes these types from here
export type { CourseProgress, CourseView, LessonView };



function jsonArray(s: string): string[] {
  try {
    const v = JSON.parse(s) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

type CourseRow = typeof trainingCourses.$inferSelect;

export function toCourseView(r: CourseRow): CourseView {
  return {
    id: r.id,
    code: r.code,
    title: { id: r.titleId, en: r.titleEn },
    description: { id: r.descriptionId, en: r.descriptionEn },
    competencies: jsonArray(r.competencies).filter(isCompetency),
    jp: r.jp,
    mode: isMode(r.mode) ? r.mode : 'self_paced',
    audienceRoles: jsonArray(r.audienceRoles),
    audienceUnits: jsonArray(r.audienceUnits),
    prerequisites: jsonArray(r.prerequisites),
    published: r.published,
    quiz: {
      questionCount: r.quizQuestionCount,
      passPercent: r.quizPassPercent,
      maxAttempts: r.quizMaxAttempts,
      timeLimitMinutes: r.quizTimeLimitMinutes,
    },
    yearlyRefresher: r.yearlyRefresher,
  };
}

/** Empty audience lists mean everyone. */
export function inAudience(course: CourseView, who: { roles: readonly string[]; unitCode: string }): boolean {
  const roleOk = course.audienceRoles.length === 0 || course.audienceRoles.some((r) => who.roles.includes(r));
  const unitOk = course.audienceUnits.length === 0 || course.audienceUnits.includes(who.unitCode);
  return roleOk && unitOk;
}

export async function listPublishedCourses(db: Db): Promise<CourseView[]> {
  const rows = await db.select().from(trainingCourses).where(eq(trainingCourses.published, true)).orderBy(asc(trainingCourses.titleId));
  return rows.map(toCourseView);
}

export async function findPublishedCourse(db: Db, code: string): Promise<CourseView | null> {
  const [r] = await db
    .select()
    .from(trainingCourses)
    .where(and(eq(trainingCourses.code, code), eq(trainingCourses.published, true)));
  return r ? toCourseView(r) : null;
}

export async function listLessons(db: Db, courseId: number): Promise<LessonView[]> {
  return db.select().from(trainingLessons).where(eq(trainingLessons.courseId, courseId)).orderBy(asc(trainingLessons.position));
}

export async function countActiveQuestions(db: Db, courseId: number): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)` })
    .from(trainingQuestions)
    .where(and(eq(trainingQuestions.courseId, courseId), eq(trainingQuestions.active, true)));
  return Number(r?.n ?? 0);
}

/** The required parts of a course this learner has not done yet in the current round (src/domain/training/course-rules.ts). */
export async function missingPartsOf(db: Db, course: CourseView, progress: CourseProgress): Promise<CoursePart[]> {
  const [lessons, questions] = await Promise.all([listLessons(db, course.id), countActiveQuestions(db, course.id)]);
  return missingParts({
    lessonIds: lessons.map((l) => l.id),
    doneLessonIds: progress.doneLessonIds,
    hasQuiz: questions > 0,
    quizPassed: progress.quizPassed,
    hasClassroom: hasClassroomPart(course.mode),
    attended: progress.attended,
  });
}

/** Codes of the courses a staff member has completed (any year). */
export async function completedCourseCodes(db: Db, staffId: number): Promise<Set<string>> {
  const rows = await db
    .select({ code: trainingCourses.code })
    .from(trainingEnrolments)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingEnrolments.courseId))
    .where(and(eq(trainingEnrolments.staffId, staffId), isNotNull(trainingEnrolments.completedAt)));
  return new Set(rows.map((r) => r.code));
}

/** Each course's latest enrolment (its current round) of a staff member. */
export async function enrolmentsOf(db: Db, staffId: number): Promise<Map<number, { enrolledAt: Date; completedAt: Date | null }>> {
  const rows = await db.select().from(trainingEnrolments).where(eq(trainingEnrolments.staffId, staffId)).orderBy(asc(trainingEnrolments.round));
  return new Map(rows.map((r) => [r.courseId, { enrolledAt: r.enrolledAt, completedAt: r.completedAt }]));
}

export type EnrolmentRow = typeof trainingEnrolments.$inferSelect;

/** The latest enrolment (the current round) of a staff member in a course, if any. */
export async function currentEnrolment(db: Db, staffId: number, courseId: number): Promise<EnrolmentRow | null> {
  const [e] = await db
    .select()
    .from(trainingEnrolments)
    .where(and(eq(trainingEnrolments.staffId, staffId), eq(trainingEnrolments.courseId, courseId)))
    .orderBy(desc(trainingEnrolments.round))
    .limit(1);
  return e ?? null;
}

/** Whether a quiz attempt counts in a round: started since its enrolment, and not reset by a course author. */
export function attemptCounts(a: { startedAt: Date; resetAt: Date | null }, e: Pick<EnrolmentRow, 'enrolledAt'>): boolean {
  return a.resetAt === null && a.startedAt.getTime() >= e.enrolledAt.getTime();
}


/**
 * A staff member's progress in the current round of a course: lessons done, attempts and a
 * session attended since its enrolment (attempts since a reset), its certificate and credit.
 */
export async function courseProgress(db: Db, staffId: number, courseId: number, now: Date): Promise<CourseProgress> {
  const [enr, done, attempts, certs, attendance, credits, course] = await db.batch([
    db
      .select()
      .from(trainingEnrolments)
      .where(and(eq(trainingEnrolments.staffId, staffId), eq(trainingEnrolments.courseId, courseId)))
      .orderBy(desc(trainingEnrolments.round))
      .limit(1),
    db
      .select({ lessonId: trainingLessonProgress.lessonId, doneAt: trainingLessonProgress.doneAt })
      .from(trainingLessonProgress)
      .where(and(eq(trainingLessonProgress.staffId, staffId), eq(trainingLessonProgress.courseId, courseId))),
    db
      .select()
      .from(trainingQuizAttempts)
      .where(and(eq(trainingQuizAttempts.staffId, staffId), eq(trainingQuizAttempts.courseId, courseId))),
    db
      .select({ id: trainingCertificates.id, round: trainingCertificates.round, revokedAt: trainingCertificates.revokedAt })
      .from(trainingCertificates)
      .where(and(eq(trainingCertificates.staffId, staffId), eq(trainingCertificates.courseId, courseId))),
    db
      .select({ startsAt: trainingSessions.startsAt })
      .from(trainingSessionRegistrations)
      .innerJoin(trainingSessions, eq(trainingSessions.id, trainingSessionRegistrations.sessionId))
      .where(and(eq(trainingSessionRegistrations.staffId, staffId), eq(trainingSessions.courseId, courseId), isNotNull(trainingSessionRegistrations.attendedAt))),
    db
      .select({ certificateId: trainingLedger.certificateId, jp: trainingLedger.jp, requested: trainingLedger.jpRequested })
      .from(trainingLedger)
      .where(and(eq(trainingLedger.staffId, staffId), eq(trainingLedger.courseId, courseId), eq(trainingLedger.verb, 'completed'), isNotNull(trainingLedger.creditKey))),
    db.select({ yearlyRefresher: trainingCourses.yearlyRefresher }).from(trainingCourses).where(eq(trainingCourses.id, courseId)),
  ]);
  const e = enr[0];
  const since = e?.enrolledAt.getTime() ?? 0;
  const counted = e ? attempts.filter((a) => attemptCounts(a, e)) : [];
  const scored = counted.filter((a) => a.scorePercent !== null);
  const open = counted.find((a) => a.submittedAt === null && a.outcome === null && a.deadlineAt.getTime() > now.getTime());
  const cert = e ? certs.find((c) => c.round === e.round) : undefined;
  const credit = cert ? credits.find((c) => c.certificateId === cert.id) : undefined;
  return {
    enrolled: !!e,
    round: e?.round ?? null,
    enrolledAt: e?.enrolledAt ?? null,
    completedAt: e?.completedAt ?? null,
    doneLessonIds: new Set(done.filter((d) => d.doneAt.getTime() >= since).map((d) => d.lessonId)),
    attemptsUsed: counted.length,
    bestPercent: scored.length ? Math.max(...scored.map((a) => a.scorePercent ?? 0)) : null,
    quizPassed: counted.some((a) => a.passed === true),
    openAttemptId: open?.id ?? null,
    attended: attendance.some((a) => a.startsAt.getTime() >= since),
    certificateId: cert?.id ?? null,
    certificateRevoked: !!cert?.revokedAt,
    credit: credit ? { jp: credit.jp, requested: credit.requested ?? credit.jp } : null,
    refresherDue: !!e?.completedAt && enrolDecision(e, course[0]?.yearlyRefresher ?? false, now).ok,
  };
}

/** Progress of several courses at once for the catalogue: lessons done in the current round / total. */
export async function lessonCounts(db: Db, staffId: number, courseIds: number[]): Promise<Map<number, { done: number; total: number }>> {
  const out = new Map<number, { done: number; total: number }>();
  if (!courseIds.length) return out;
  const roundStart = sql`coalesce((SELECT max(e.enrolled_at) FROM ${trainingEnrolments} e WHERE e.staff_id = ${trainingLessonProgress.staffId} AND e.course_id = ${trainingLessonProgress.courseId}), 0)`;
  const [totals, done] = await db.batch([
    db
      .select({ courseId: trainingLessons.courseId, n: sql<number>`count(*)` })
      .from(trainingLessons)
      .where(inArray(trainingLessons.courseId, courseIds))
      .groupBy(trainingLessons.courseId),
    db
      .select({ courseId: trainingLessonProgress.courseId, n: sql<number>`count(*)` })
      .from(trainingLessonProgress)
      .where(and(eq(trainingLessonProgress.staffId, staffId), inArray(trainingLessonProgress.courseId, courseIds), sql`${trainingLessonProgress.doneAt} >= ${roundStart}`))
      .groupBy(trainingLessonProgress.courseId),
  ]);
  for (const t of totals) out.set(t.courseId, { total: Number(t.n), done: 0 });
  for (const d of done) {
    const x = out.get(d.courseId);
    if (x) x.done = Number(d.n);
  }
  return out;
}

/** JP earned this year per competency (a course's JP counts for each competency it is tagged with). */
export async function jpByCompetency(db: Db, staffId: number, year: number): Promise<Map<string, number>> {
  const rows = await db
    .select({ jp: trainingLedger.jp, competencies: trainingCourses.competencies })
    .from(trainingLedger)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingLedger.courseId))
    .where(and(eq(trainingLedger.staffId, staffId), eq(trainingLedger.year, year), sql`${trainingLedger.jp} <> 0`));
  const out = new Map<string, number>();
  for (const r of rows) for (const c of jsonArray(r.competencies)) out.set(c, (out.get(c) ?? 0) + r.jp);
  return out;
}
