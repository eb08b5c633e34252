// Reading courses, lessons and a staff member's progress. Every function takes the database.
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
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
} from '../../db/schema-training';
import { isCompetency, isMode } from '../../domain/training/competencies';
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

/** Codes of the courses a staff member has completed (any year). */
export async function completedCourseCodes(db: Db, staffId: number): Promise<Set<string>> {
  const rows = await db
    .select({ code: trainingCourses.code })
    .from(trainingEnrolments)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingEnrolments.courseId))
    .where(and(eq(trainingEnrolments.staffId, staffId), isNotNull(trainingEnrolments.completedAt)));
  return new Set(rows.map((r) => r.code));
}

export async function enrolmentsOf(db: Db, staffId: number): Promise<Map<number, { enrolledAt: Date; completedAt: Date | null }>> {
  const rows = await db.select().from(trainingEnrolments).where(eq(trainingEnrolments.staffId, staffId));
  return new Map(rows.map((r) => [r.courseId, { enrolledAt: r.enrolledAt, completedAt: r.completedAt }]));
}


export async function courseProgress(db: Db, staffId: number, courseId: number, now: Date): Promise<CourseProgress> {
  const [enr, done, attempts, cert] = await db.batch([
    db.select().from(trainingEnrolments).where(and(eq(trainingEnrolments.staffId, staffId), eq(trainingEnrolments.courseId, courseId))),
    db
      .select({ lessonId: trainingLessonProgress.lessonId })
      .from(trainingLessonProgress)
      .where(and(eq(trainingLessonProgress.staffId, staffId), eq(trainingLessonProgress.courseId, courseId))),
    db
      .select()
      .from(trainingQuizAttempts)
      .where(and(eq(trainingQuizAttempts.staffId, staffId), eq(trainingQuizAttempts.courseId, courseId))),
    db
      .select({ id: trainingCertificates.id })
      .from(trainingCertificates)
      .where(and(eq(trainingCertificates.staffId, staffId), eq(trainingCertificates.courseId, courseId))),
  ]);
  const e = enr[0];
  const scored = attempts.filter((a) => a.scorePercent !== null);
  const open = attempts.find((a) => a.submittedAt === null && a.outcome === null && a.deadlineAt.getTime() > now.getTime());
  return {
    enrolled: !!e,
    enrolledAt: e?.enrolledAt ?? null,
    completedAt: e?.completedAt ?? null,
    doneLessonIds: new Set(done.map((d) => d.lessonId)),
    attemptsUsed: attempts.length,
    bestPercent: scored.length ? Math.max(...scored.map((a) => a.scorePercent ?? 0)) : null,
    quizPassed: attempts.some((a) => a.passed === true),
    openAttemptId: open?.id ?? null,
    certificateId: cert[0]?.id ?? null,
  };
}

/** Progress of several courses at once for the catalogue: lessons done / total. */
export async function lessonCounts(db: Db, staffId: number, courseIds: number[]): Promise<Map<number, { done: number; total: number }>> {
  const out = new Map<number, { done: number; total: number }>();
  if (!courseIds.length) return out;
  const [totals, done] = await db.batch([
    db
      .select({ courseId: trainingLessons.courseId, n: sql<number>`count(*)` })
      .from(trainingLessons)
      .where(inArray(trainingLessons.courseId, courseIds))
      .groupBy(trainingLessons.courseId),
    db
      .select({ courseId: trainingLessonProgress.courseId, n: sql<number>`count(*)` })
      .from(trainingLessonProgress)
      .where(and(eq(trainingLessonProgress.staffId, staffId), inArray(trainingLessonProgress.courseId, courseIds)))
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
