import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { trainingEnrolments, trainingLedger, trainingQuizAttempts } from '../../../db/schema-training';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { answerFields, courseRow, latestAttempt, lessonIds, startQuiz } from '../../../../tests/helpers/training';

let h: Harness;
let officer: TestSession;
let other: TestSession;
beforeAll(async () => {
  h = await makeHarness();
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  other = await signInAs(h, 'petugas2.dpupr@demo.pelita.id');
});
afterAll(async () => h.close());

const get = (path: string, who: TestSession = officer) => h.request(path, { headers: { Cookie: who.cookie }, redirect: 'manual' });

describe(`training bad input on ${RUNTIME}`, () => {
  it('enrolling twice: a clear message and no duplicate', async () => {
    expect((await postForm(h, '/pelatihan/kursus/MWP-01/daftar', officer, {})).status).toBe(303);
    const again = await postForm(h, '/pelatihan/kursus/MWP-01/daftar', officer, {});
    expect(again.status).toBe(409);
    const html = await again.text();
    expect(html).toContain('Anda sudah terdaftar di kursus ini');
    expect(html).toContain('<html lang="id"');
    const course = await courseRow(h, 'MWP-01');
    const rows = await h.deps.db.select().from(trainingEnrolments).where(eq(trainingEnrolments.courseId, course.id));
    expect(rows.filter((r) => r.staffId === officer.staffId)).toHaveLength(1);
  });

  it('enrolling without prerequisites names the missing course', async () => {
    const res = await postForm(h, '/pelatihan/kursus/PPG-01/daftar', officer, {});
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('Selesaikan dulu kursus prasyarat: Komunikasi Pelayanan Prima (KPP-01)');
    const en = await postForm(h, '/pelatihan/kursus/PPG-01/daftar', officer, {}, { 'Accept-Language': 'en' });
    expect(await en.text()).toContain('Complete the prerequisite course(s) first: Service Excellence Communication (KPP-01)');
  });

  it('a course outside one’s audience or unpublished is not found; lessons need enrolment', async () => {
    expect((await get('/pelatihan/kursus/KPD-01')).status).toBe(404);
    expect((await postForm(h, '/pelatihan/kursus/KPD-01/daftar', officer, {})).status).toBe(404);
    const ids = await lessonIds(h, 'LDA-01');
    const lesson = await get(`/pelatihan/kursus/LDA-01/materi/${ids[0]}`);
    expect(lesson.status).toBe(409);
    expect(await lesson.text()).toContain('Daftar dulu untuk membuka materi');
    const mark = await postForm(h, `/pelatihan/kursus/LDA-01/materi/${ids[0]}/selesai`, officer, {});
    expect(mark.status).toBe(409);
    // a lesson of another course is not found
    expect((await get(`/pelatihan/kursus/MWP-01/materi/${ids[0]}`)).status).toBe(404);
  });

  it('an unknown option: 422, the answers kept, nothing used up', async () => {
    const id = await startQuiz(h, officer, 'MWP-01');
    const fields = await answerFields(h, id);
    const [first] = Object.keys(fields);
    const res = await postForm(h, `/pelatihan/kuis/${id}`, officer, { ...fields, [first!]: 'zz' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Pilihan jawaban tidak dikenal.');
    expect(html).toContain('Ada pilihan jawaban yang tidak dikenal.');
    const [second, v2] = Object.entries(fields)[1]!;
    expect(html).toMatch(new RegExp(`name="${second}" value="${v2}" checked`));
    const [a] = await h.deps.db.select().from(trainingQuizAttempts).where(eq(trainingQuizAttempts.id, id));
    expect(a!.submittedAt).toBeNull();
  });

  it('tampered question ids (answers for questions not in the attempt): 422 and not scored', async () => {
    const a = await latestAttempt(h, officer.staffId, 'MWP-01');
    const fields = await answerFields(h, a.id);
    const res = await postForm(h, `/pelatihan/kuis/${a.id}`, officer, { ...fields, q_999999: 'a' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Jawaban memuat soal yang tidak ada dalam percobaan ini');
    const [row] = await h.deps.db.select().from(trainingQuizAttempts).where(eq(trainingQuizAttempts.id, a.id));
    expect(row!.scorePercent).toBeNull();
  });

  it("another staff member's attempt is not found", async () => {
    const a = await latestAttempt(h, officer.staffId, 'MWP-01');
    expect((await get(`/pelatihan/kuis/${a.id}`, other)).status).toBe(404);
    expect((await postForm(h, `/pelatihan/kuis/${a.id}`, other, {})).status).toBe(404);
  });

  it('after the time limit: a clear message, the attempt counts, nothing scored', async () => {
    const a = await latestAttempt(h, officer.staffId, 'MWP-01');
    const fields = await answerFields(h, a.id);
    h.clock.advance(16 * 60_000);
    const res = await postForm(h, `/pelatihan/kuis/${a.id}`, officer, fields);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('Batas waktu kuis sudah lewat');
    const [row] = await h.deps.db.select().from(trainingQuizAttempts).where(eq(trainingQuizAttempts.id, a.id));
    expect(row!.outcome).toBe('expired');
    expect(row!.passed).toBe(false);
    // and submitting again is refused as already submitted
    const again = await postForm(h, `/pelatihan/kuis/${a.id}`, officer, fields);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Percobaan ini sudah dikumpulkan');
  });

  it('attempts used up: a clear message and no new attempt', async () => {
    for (let i = 0; i < 2; i++) {
      const id = await startQuiz(h, officer, 'MWP-01');
      const res = await postForm(h, `/pelatihan/kuis/${id}`, officer, await answerFields(h, id, false));
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('Belum lulus');
    }
    const res = await postForm(h, '/pelatihan/kursus/MWP-01/kuis', officer, {});
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('Kesempatan mengerjakan kuis sudah habis (3 kali)');
    const course = await courseRow(h, 'MWP-01');
    const attempts = await h.deps.db.select().from(trainingQuizAttempts).where(eq(trainingQuizAttempts.courseId, course.id));
    expect(attempts.filter((x) => x.staffId === officer.staffId)).toHaveLength(3);
    const credits = await h.deps.db.select().from(trainingLedger).where(eq(trainingLedger.staffId, officer.staffId));
    expect(credits.filter((r) => r.jp !== 0)).toHaveLength(0);
  });

  it('a passed quiz without every lesson done does not complete the course', async () => {
    expect((await postForm(h, '/pelatihan/kursus/LDA-01/daftar', other, {})).status).toBe(303);
    const id = await startQuiz(h, other, 'LDA-01');
    const res = await postForm(h, `/pelatihan/kuis/${id}`, other, await answerFields(h, id));
    const html = await res.text();
    expect(html).toContain('Lulus');
    expect(html).toContain('Untuk menyelesaikan kursus ini, selesaikan semua materi.');
    const credits = await h.deps.db.select().from(trainingLedger).where(eq(trainingLedger.staffId, other.staffId));
    expect(credits.filter((r) => r.jp !== 0)).toHaveLength(0);
    // the last lesson completes it
    for (const l of await lessonIds(h, 'LDA-01')) await postForm(h, `/pelatihan/kursus/LDA-01/materi/${l}/selesai`, other, {});
    const after = await h.deps.db.select().from(trainingLedger).where(eq(trainingLedger.staffId, other.staffId));
    expect(after.filter((r) => r.jp !== 0).map((r) => r.jp)).toEqual([3]);
  });

  it('a form without the CSRF token is refused', async () => {
    const res = await h.request('/pelatihan/kursus/LDA-01/daftar', { method: 'POST', headers: { Cookie: officer.cookie, 'Content-Type': 'application/x-www-form-urlencoded' }, body: '' });
    expect(res.status).toBe(403);
  });
});
