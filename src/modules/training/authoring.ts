// Course authoring: create and edit courses, lessons, question banks and sessions; publish and
// unpublish. Earned records never change with an edit: certificates and ledger rows keep the JP
// and titles of the moment they were earned, and attempts keep their own drawn questions.
import { and, asc, eq, max, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { staff, units } from '../../db/schema';
import { trainingCourses, trainingEnrolments, trainingLessons, trainingQuestions, trainingQuizAttempts, trainingSessions } from '../../db/schema-training';
import type { CourseValues, LessonValues, QuestionValues } from '../../domain/training/authoring';
import type { QuizStanding } from '../../domain/training/views';
import { ConflictError, NotFoundError } from '../../platform/http/errors';
import { attemptCounts, toCourseView, type CourseView } from './courses';

export async function allCourses(db: Db): Promise<CourseView[]> {
  return (await db.select().from(trainingCourses).orderBy(asc(trainingCourses.code))).map(toCourseView);
}

export async function courseByCode(db: Db, code: string): Promise<CourseView> {
  const [r] = await db.select().from(trainingCourses).where(eq(trainingCourses.code, code.toUpperCase()));
  if (!r) throw new NotFoundError({ id: 'Kursus tidak ditemukan.', en: 'Course not found.' });
  return toCourseView(r);
}

export async function knownCodes(db: Db) {
  const [u, c] = await Promise.all([db.select({ code: units.code }).from(units), db.select({ code: trainingCourses.code }).from(trainingCourses)]);
  return { units: new Set(u.map((x) => x.code)), courses: new Set(c.map((x) => x.code)) };
}

function courseColumns(v: CourseValues) {
  return {
    titleId: v.titleId,
    titleEn: v.titleEn,
    descriptionId: v.descriptionId,
    descriptionEn: v.descriptionEn,
    competencies: JSON.stringify(v.competencies),
    jp: v.jp,
    mode: v.mode,
    audienceRoles: JSON.stringify(v.audienceRoles),
    audienceUnits: JSON.stringify(v.audienceUnits),
    prerequisites: JSON.stringify(v.prerequisites),
    quizQuestionCount: v.quizQuestionCount,
    quizPassPercent: v.quizPassPercent,
    quizMaxAttempts: v.quizMaxAttempts,
    quizTimeLimitMinutes: v.quizTimeLimitMinutes,
    yearlyRefresher: v.yearlyRefresher,
  };
}

/** A new course starts as a draft (unpublished). Returns its id. */
export async function createCourse(db: Db, v: CourseValues): Promise<number> {
  const r = await db
    .insert(trainingCourses)
    .values({ code: v.code, ...courseColumns(v), published: false })
    .onConflictDoNothing()
    .returning({ id: trainingCourses.id });
  if (!r[0]) throw new ConflictError({ id: `Kode ${v.code} sudah dipakai kursus lain.`, en: `The code ${v.code} is already used by another course.` }, 'code_taken');
  return r[0].id;
}

/** The code never changes (it is printed on certificates and names ledger objects). */
export async function updateCourse(db: Db, now: Date, course: CourseView, v: CourseValues): Promise<void> {
  await db.update(trainingCourses).set({ ...courseColumns(v), updatedAt: now }).where(eq(trainingCourses.id, course.id));
}

export async function setPublished(db: Db, now: Date, course: CourseView, published: boolean): Promise<void> {
  if (published) {
    const [n] = await db.select({ n: sql<number>`count(*)` }).from(trainingLessons).where(eq(trainingLessons.courseId, course.id));
    if (!Number(n?.n ?? 0))
      throw new ConflictError({ id: 'Tambahkan minimal satu materi sebelum menerbitkan.', en: 'Add at least one lesson before publishing.' }, 'not_ready');
  }
  await db.update(trainingCourses).set({ published, updatedAt: now }).where(eq(trainingCourses.id, course.id));
}

export async function addLesson(db: Db, courseId: number, v: LessonValues): Promise<void> {
  const [m] = await db.select({ p: max(trainingLessons.position) }).from(trainingLessons).where(eq(trainingLessons.courseId, courseId));
  await db.insert(trainingLessons).values({ courseId, position: (m?.p ?? 0) + 1, ...v });
}

export async function updateLesson(db: Db, courseId: number, lessonId: number, v: LessonValues): Promise<void> {
  const r = await db
    .update(trainingLessons)
    .set(v)
    .where(and(eq(trainingLessons.id, lessonId), eq(trainingLessons.courseId, courseId)))
    .returning({ id: trainingLessons.id });
  if (!r.length) throw new NotFoundError({ id: 'Materi tidak ditemukan di kursus ini.', en: 'Lesson not found in this course.' });
}

/**
 * Moves a lesson one place up or down, swapping positions with its neighbour; at either end it
 * stays. One batch (a transaction on both databases), through a free negative position, because
 * the course's positions are unique at every step.
 */
export async function moveLesson(db: Db, courseId: number, lessonId: number, direction: 'up' | 'down'): Promise<void> {
  const rows = await db
    .select({ id: trainingLessons.id, position: trainingLessons.position })
    .from(trainingLessons)
    .where(eq(trainingLessons.courseId, courseId))
    .orderBy(asc(trainingLessons.position));
  const i = rows.findIndex((r) => r.id === lessonId);
  if (i < 0) throw new NotFoundError({ id: 'Materi tidak ditemukan di kursus ini.', en: 'Lesson not found in this course.' });
  const other = rows[direction === 'up' ? i - 1 : i + 1];
  if (!other) return;
  const self = rows[i]!;
  const at = (id: number, position: number) => db.update(trainingLessons).set({ position }).where(and(eq(trainingLessons.id, id), eq(trainingLessons.courseId, courseId)));
  await db.batch([at(self.id, -self.position), at(other.id, self.position), at(self.id, other.position)]);
}

export async function questionBank(db: Db, courseId: number) {
  return db.select().from(trainingQuestions).where(eq(trainingQuestions.courseId, courseId)).orderBy(asc(trainingQuestions.id));
}

export async function addQuestion(db: Db, courseId: number, v: QuestionValues): Promise<void> {
  await db.insert(trainingQuestions).values({ courseId, kind: v.kind, prompt: v.prompt, options: JSON.stringify(v.options), correctKey: v.correctKey, explanation: v.explanation });
}

/**
 * Questions are retired, never deleted or rewritten: attempts already taken refer to them, and
 * their explanations must stay as the learner saw them.
 */
export async function retireQuestion(db: Db, courseId: number, questionId: number): Promise<void> {
  const r = await db
    .update(trainingQuestions)
    .set({ active: false })
    .where(and(eq(trainingQuestions.id, questionId), eq(trainingQuestions.courseId, courseId)))
    .returning({ id: trainingQuestions.id });
  if (!r.length) throw new NotFoundError({ id: 'Soal tidak ditemukan di kursus ini.', en: 'Question not found in this course.' });
}

/** Schedules a session; the author becomes its facilitator. Returns its id. */
export async function addSession(
  db: Db,
  courseId: number,
  facilitatorId: number,
  v: { title: string; startsAt: Date; endsAt: Date; place: string; capacity: number; jp: number },
): Promise<number> {
  const [row] = await db
    .insert(trainingSessions)
    .values({ courseId, facilitatorId, title: v.title, startsAt: v.startsAt, endsAt: v.endsAt, place: v.place, capacity: v.capacity, jp: v.jp })
    .returning({ id: trainingSessions.id });
  return row!.id;
}

export async function sessionsForAuthor(db: Db, courseId: number) {
  return db.select().from(trainingSessions).where(eq(trainingSessions.courseId, courseId)).orderBy(asc(trainingSessions.startsAt));
}

/**
 * Everyone in the current round of a course who has used quiz attempts without passing: the
 * people an author may give another go (resetQuizAttempts). Those out of attempts first.
 */
export async function quizStandings(db: Db, course: CourseView): Promise<QuizStanding[]> {
  const [enrolments, attempts] = await db.batch([
    db
      .select({ enrolment: trainingEnrolments, name: staff.name, nip: staff.nip })
      .from(trainingEnrolments)
      .innerJoin(staff, eq(staff.id, trainingEnrolments.staffId))
      .where(eq(trainingEnrolments.courseId, course.id))
      .orderBy(asc(trainingEnrolments.round)),
    db
      .select({ staffId: trainingQuizAttempts.staffId, startedAt: trainingQuizAttempts.startedAt, resetAt: trainingQuizAttempts.resetAt, passed: trainingQuizAttempts.passed })
      .from(trainingQuizAttempts)
      .where(eq(trainingQuizAttempts.courseId, course.id)),
  ]);
  const current = new Map(enrolments.map((e) => [e.enrolment.staffId, e])); // the latest round wins
  const out: QuizStanding[] = [];
  for (const { enrolment, name, nip } of current.values()) {
    const counted = attempts.filter((a) => a.staffId === enrolment.staffId && attemptCounts(a, enrolment));
    const passed = counted.some((a) => a.passed === true);
    if (counted.length && !passed) out.push({ staffId: enrolment.staffId, name, nip, attemptsUsed: counted.length });
  }
  return out.sort((a, b) => b.attemptsUsed - a.attemptsUsed || a.name.localeCompare(b.name));
}
