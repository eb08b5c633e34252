// Issue 10, item 17: quiz attempts could not be reset by the course author, so someone who used
// up their attempts (a bad connection, a misread question) could never finish the course. A
// course author now gives another go, with a reason kept in the audit log.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { auditLog } from '../../../db/schema';
import { trainingCertificates } from '../../../db/schema-training';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { answerFields, courseRow, enrolAndReadAll, startQuiz } from '../../../../tests/helpers/training';

let h: Harness;
let officer: TestSession;
let colleague: TestSession;
let author: TestSession;
beforeAll(async () => {
  h = await makeHarness();
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  colleague = await signInAs(h, 'petugas2.dpupr@demo.pelita.id');
  author = await signInAs(h, 'pengajar@demo.pelita.id');
});
afterAll(async () => h.close());

const CODE = 'MWP-01';
const manage = `/pelatihan/kelola/kursus/${CODE}`;
const get = (path: string, who: TestSession) => h.request(path, { headers: { Cookie: who.cookie }, redirect: 'manual' });
const resetPath = (who: TestSession) => `${manage}/peserta/${who.staffId}/reset-kuis`;

async function fail(who: TestSession) {
  const attempt = await startQuiz(h, who, CODE);
  expect((await postForm(h, `/pelatihan/kuis/${attempt}`, who, await answerFields(h, attempt, false))).status).toBe(200);
}

describe(`17 a course author resets quiz attempts, on ${RUNTIME}`, { timeout: 30_000 }, () => {
  it('17 someone who used up their attempts is listed for the author', async () => {
    await enrolAndReadAll(h, officer, CODE);
    for (let i = 0; i < 3; i++) await fail(officer);
    expect(await (await get(`/pelatihan/kursus/${CODE}`, officer)).text()).toContain('Kesempatan kuis sudah habis.');
    expect((await postForm(h, `/pelatihan/kursus/${CODE}/kuis`, officer, {})).status).toBe(409);
    const page = await (await get(manage, author)).text();
    expect(page).toContain('Peserta yang belum lulus kuis');
    expect(page).toContain('3 dari 3 percobaan');
    expect(page).toContain(`action="${resetPath(officer)}"`);
  });

  it('17 only a course author or admin resets, never the learner; a reason is required', async () => {
    expect((await postForm(h, resetPath(officer), officer, { alasan: 'Saya ingin mencoba lagi.' })).status).toBe(403);
    expect((await postForm(h, resetPath(officer), colleague, { alasan: 'Teman saya ingin mencoba lagi.' })).status).toBe(403);
    const noReason = await postForm(h, resetPath(officer), author, { alasan: '', staf: String(officer.staffId) });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('Tuliskan alasan memberi kesempatan kuis lagi');
  });

  it('17 the reset, with its reason in the audit log, gives the learner their attempts back, and the course can be completed', async () => {
    const res = await postForm(h, resetPath(officer), author, { alasan: 'Koneksi terputus saat kuis; disetujui kabid.', staf: String(officer.staffId) });
    expect(res.status).toBe(303);
    const [entry] = await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'course.quiz_attempts_reset'));
    expect(entry!.actorId).toBe(author.staffId);
    expect(entry!.target).toBe(`staff:${officer.staffId}`);
    expect(JSON.parse(entry!.detail!)).toEqual({ course: CODE, reason: 'Koneksi terputus saat kuis; disetujui kabid.', attemptsCleared: 3 });
    expect(await (await get(`/pelatihan/kursus/${CODE}`, officer)).text()).toContain('Percobaan terpakai: 0 dari 3.');
    const attempt = await startQuiz(h, officer, CODE);
    expect((await postForm(h, `/pelatihan/kuis/${attempt}`, officer, await answerFields(h, attempt, true))).status).toBe(200);
    const course = await courseRow(h, CODE);
    const certs = await h.deps.db.select().from(trainingCertificates).where(and(eq(trainingCertificates.staffId, officer.staffId), eq(trainingCertificates.courseId, course.id)));
    expect(certs).toHaveLength(1);
  });

  it('17 nothing to reset once the quiz is passed', async () => {
    const res = await postForm(h, resetPath(officer), author, { alasan: 'Sekali lagi untuk latihan.', staf: String(officer.staffId) });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('Pegawai ini sudah lulus kuisnya.');
  });
});
