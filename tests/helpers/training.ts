// Helpers for the training integration tests: read what the server drew for an attempt (as the
// server itself would) and walk a course to completion through the real HTML routes.
import { and, eq } from 'drizzle-orm';
import { trainingCourses, trainingLessons, trainingQuestions, trainingQuizAttempts, trainingSessions } from '../../src/db/schema-training';
import { postForm, type TestSession } from './session';
import type { Harness } from '../harness/types';

export async function courseRow(h: Harness, code: string) {
  const [c] = await h.deps.db.select().from(trainingCourses).where(eq(trainingCourses.code, code));
  if (!c) throw new Error(`no course ${code}`);
  return c;
}

export async function lessonIds(h: Harness, code: string): Promise<number[]> {
  const c = await courseRow(h, code);
  const rows = await h.deps.db.select({ id: trainingLessons.id, pos: trainingLessons.position }).from(trainingLessons).where(eq(trainingLessons.courseId, c.id));
  return rows.sort((a, b) => a.pos - b.pos).map((r) => r.id);
}

/** The latest attempt of a staff member in a course. */
export async function latestAttempt(h: Harness, staffId: number, code: string) {
  const c = await courseRow(h, code);
  const rows = await h.deps.db
    .select()
    .from(trainingQuizAttempts)
    .where(and(eq(trainingQuizAttempts.staffId, staffId), eq(trainingQuizAttempts.courseId, c.id)));
  const a = rows.sort((x, y) => y.startedAt.getTime() - x.startedAt.getTime())[0];
  if (!a) throw new Error('no attempt');
  return { ...a, drawn: JSON.parse(a.questions) as { questionId: number; optionKeys: string[] }[] };
}

/** Form fields answering every drawn question right (or wrong). */
export async function answerFields(h: Harness, attemptId: string, right = true): Promise<Record<string, string>> {
  const [a] = await h.deps.db.select().from(trainingQuizAttempts).where(eq(trainingQuizAttempts.id, attemptId));
  const drawn = JSON.parse(a!.questions) as { questionId: number; optionKeys: string[] }[];
  const out: Record<string, string> = {};
  for (const q of drawn) {
    const [row] = await h.deps.db.select({ k: trainingQuestions.correctKey }).from(trainingQuestions).where(eq(trainingQuestions.id, q.questionId));
    out[`q_${q.questionId}`] = right ? row!.k : q.optionKeys.find((k) => k !== row!.k)!;
  }
  return out;
}

export async function enrolAndReadAll(h: Harness, who: TestSession, code: string) {
  const base = `/pelatihan/kursus/${code}`;
  const enrolled = await postForm(h, `${base}/daftar`, who, {});
  if (enrolled.status !== 303) throw new Error(`enrol ${code}: ${enrolled.status}`);
  for (const id of await lessonIds(h, code)) {
    const r = await postForm(h, `${base}/materi/${id}/selesai`, who, {});
    if (r.status !== 303) throw new Error(`lesson ${id}: ${r.status}`);
  }
}

/** Starts a quiz attempt through the form and returns its id. */
export async function startQuiz(h: Harness, who: TestSession, code: string): Promise<string> {
  const r = await postForm(h, `/pelatihan/kursus/${code}/kuis`, who, {});
  const loc = r.headers.get('Location') ?? '';
  const m = /\/pelatihan\/kuis\/([0-9a-f-]{36})$/.exec(loc);
  if (r.status !== 303 || !m) throw new Error(`start quiz ${code}: ${r.status} ${await r.text()}`);
  return m[1]!;
}

/** A tiny PDF (the type is read from the bytes); `tag` makes its content, and so its hash, distinct. */
export function pdfBytes(tag = ''): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.7\n1 0 obj <<>> endobj\n% ${tag}\ntrailer <<>>\n%%EOF\n`);
}

/** Submits other-learning evidence through the multipart form, as a browser does. */
export function submitEvidenceForm(h: Harness, who: TestSession, fields: Record<string, string>, file: { name: string; bytes: Uint8Array } = { name: 'bukti.pdf', bytes: pdfBytes() }) {
  const fd = new FormData();
  fd.append('_csrf', who.csrf);
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  fd.append('berkas', new Blob([file.bytes as BlobPart], { type: 'application/pdf' }), file.name);
  return h.request('/pelatihan/saya/bukti', { method: 'POST', headers: { Cookie: who.cookie }, body: fd, redirect: 'manual' });
}

/** Schedules a session through the authoring form and returns its id (throws unless it was scheduled). */
export async function scheduleSession(h: Harness, author: TestSession, code: string, fields: Record<string, string>): Promise<number> {
  const r = await postForm(h, `/pelatihan/kelola/kursus/${code}/sesi`, author, fields);
  if (r.status !== 303) throw new Error(`schedule a session of ${code}: ${r.status} ${await r.text()}`);
  const course = await courseRow(h, code);
  const rows = await h.deps.db.select().from(trainingSessions).where(and(eq(trainingSessions.courseId, course.id), eq(trainingSessions.title, fields['judul']!)));
  const s = rows.sort((a, b) => b.id - a.id)[0];
  if (!s) throw new Error(`no session "${fields['judul']}"`);
  return s.id;
}
