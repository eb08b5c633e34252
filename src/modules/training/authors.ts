// Four eyes for training credit, like evidence (nobody approves their own): the people who
// wrote a course know its answers and set its JP, so they earn neither JP nor a certificate
// from it, and nobody marks their own attendance. An author may still go through their course
// as a preview. Authorship is recorded by the authoring routes on every change they make.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { trainingCourseAuthors } from '../../db/schema-training';
import type { Msg } from '../../platform/i18n/lang';

export async function noteCourseAuthor(db: Db, courseId: number, staffId: number, now: Date): Promise<void> {
  await db.insert(trainingCourseAuthors).values({ courseId, staffId, firstAt: now }).onConflictDoNothing();
}

export async function isCourseAuthor(db: Db, courseId: number, staffId: number): Promise<boolean> {
  const [r] = await db
    .select({ staffId: trainingCourseAuthors.staffId })
    .from(trainingCourseAuthors)
    .where(and(eq(trainingCourseAuthors.courseId, courseId), eq(trainingCourseAuthors.staffId, staffId)))
    .limit(1);
  return !!r;
}

/** Of these staff, the ones who wrote the course. */
export async function authorsAmong(db: Db, courseId: number, staffIds: readonly number[]): Promise<Set<number>> {
  if (!staffIds.length) return new Set();
  const rows = await db.select({ staffId: trainingCourseAuthors.staffId }).from(trainingCourseAuthors).where(eq(trainingCourseAuthors.courseId, courseId));
  const wanted = new Set(staffIds);
  return new Set(rows.map((r) => r.staffId).filter((id) => wanted.has(id)));
}

export const AUTHOR_PREVIEW: Msg = {
  id: 'Anda penyusun kursus ini, jadi Anda dapat mempelajarinya sebagai pratinjau tetapi tidak memperoleh JP atau sertifikat darinya (prinsip empat mata).',
  en: 'You are an author of this course, so you may go through it as a preview but earn no JP or certificate from it (four-eyes rule).',
};

export const AUTHOR_NO_SESSION: Msg = {
  id: 'Anda penyusun kursus ini atau fasilitator sesinya, jadi sesi tatap mukanya tidak memberi Anda JP. Untuk ikut mengajar, hubungi fasilitator sesi.',
  en: 'You are an author of this course or the facilitator of the session, so its sessions earn you no JP. To help teach, contact the session facilitator.',
};
