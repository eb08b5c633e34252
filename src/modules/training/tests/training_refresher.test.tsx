// Issue 10, item 17: a course could be taken only once ever, so a yearly refresher (the same
// course every year, e.g. integrity or service standards) could not be retaken. A course is still
// taken once; one marked "yearly refresher" may be taken again in each later year, and a new
// round credits its JP again for that year (one credit per activity per year).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { trainingCertificates, trainingEnrolments, trainingLedger } from '../../../db/schema-training';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { answerFields, courseRow, enrolAndReadAll, lessonIds, startQuiz } from '../../../../tests/helpers/training';

let h: Harness;
let officer: TestSession;
let author: TestSession;
beforeAll(async () => {
  h = await makeHarness();
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  author = await signInAs(h, 'pengajar@demo.pelita.id');
});
afterAll(async () => h.close());

const get = (path: string, who: TestSession) => h.request(path, { headers: { Cookie: who.cookie }, redirect: 'manual' });

async function passCourse(code: string) {
  await enrolAndReadAll(h, officer, code);
  const attempt = await startQuiz(h, officer, code);
  expect((await postForm(h, `/pelatihan/kuis/${attempt}`, officer, await answerFields(h, attempt, true))).status).toBe(200);
}

async function completions(code: string) {
  const course = await courseRow(h, code);
  return (await h.deps.db.select().from(trainingLedger).where(and(eq(trainingLedger.staffId, officer.staffId), eq(trainingLedger.courseId, course.id), eq(trainingLedger.verb, 'completed'))))
    .map((r) => ({ jp: r.jp, year: r.year }))
    .sort((a, b) => a.year - b.year);
}

/** The LDA-01 course form as it is, with the refresher box as given. */
async function courseFormOf(code: string, refresher: boolean) {
  const c = await courseRow(h, code);
  const json = (s: string) => JSON.parse(s) as string[];
  return {
    judul: c.titleId,
    judul_en: c.titleEn,
    deskripsi: c.descriptionId,
    deskripsi_en: c.descriptionEn,
    kompetensi: json(c.competencies),
    jp: String(c.jp),
    moda: c.mode,
    peran: json(c.audienceRoles),
    unit: json(c.audienceUnits).join(', '),
    prasyarat: json(c.prerequisites).join(', '),
    jumlah_soal: String(c.quizQuestionCount),
    nilai_lulus: String(c.quizPassPercent),
    percobaan: String(c.quizMaxAttempts),
    waktu: String(c.quizTimeLimitMinutes),
    ...(refresher ? { penyegaran: '1' } : {}),
  };
}

describe(`17 a course once, a yearly refresher once a year, on ${RUNTIME}`, { timeout: 30_000 }, () => {
  it('17 a course is taken once: enrolling again after completing it is refused, saying why', async () => {
    await passCourse('KPP-01');
    const again = await postForm(h, '/pelatihan/kursus/KPP-01/daftar', officer, {});
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Anda sudah menyelesaikan kursus ini. Kursus diambil sekali saja, kecuali kursus penyegaran tahunan.');
  });

  it('17 an author marks a course a yearly refresher; taken again the same year it is refused until 1 January', async () => {
    expect((await postForm(h, '/pelatihan/kelola/kursus/LDA-01', author, await courseFormOf('LDA-01', true))).status).toBe(303);
    expect((await courseRow(h, 'LDA-01')).yearlyRefresher).toBe(true);
    await passCourse('LDA-01');
    expect(await completions('LDA-01')).toEqual([{ jp: 3, year: 2026 }]);
    const sameYear = await postForm(h, '/pelatihan/kursus/LDA-01/daftar', officer, {});
    expect(sameYear.status).toBe(409);
    expect(await sameYear.text()).toContain('dapat diambil lagi mulai 1 Januari 2027');
  });

  it('17 in a later year the refresher is a new round: lessons and quiz again, JP credited again for that year, a second certificate', async () => {
    h.clock.set('2027-01-11T02:00:00Z');
    officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const page = await (await get('/pelatihan/kursus/LDA-01', officer)).text();
    expect(page).toContain('Ambil penyegaran');
    expect((await postForm(h, '/pelatihan/kursus/LDA-01/daftar', officer, {})).status).toBe(303);
    const course = await courseRow(h, 'LDA-01');
    const rounds = await h.deps.db.select().from(trainingEnrolments).where(and(eq(trainingEnrolments.staffId, officer.staffId), eq(trainingEnrolments.courseId, course.id)));
    expect(rounds.map((r) => [r.round, !!r.completedAt]).sort()).toEqual([
      [1, true],
      [2, false],
    ]);
    // the new round starts empty: the first lesson is to do again
    const [first] = await lessonIds(h, 'LDA-01');
    expect(await (await get('/pelatihan/kursus/LDA-01', officer)).text()).toContain(`href="/pelatihan/kursus/LDA-01/materi/${first}"`);
    for (const id of await lessonIds(h, 'LDA-01')) expect((await postForm(h, `/pelatihan/kursus/LDA-01/materi/${id}/selesai`, officer, {})).status).toBe(303);
    const attempt = await startQuiz(h, officer, 'LDA-01');
    expect((await postForm(h, `/pelatihan/kuis/${attempt}`, officer, await answerFields(h, attempt, true))).status).toBe(200);
    expect(await completions('LDA-01')).toEqual([
      { jp: 3, year: 2026 },
      { jp: 3, year: 2027 },
    ]);
    const certs = await h.deps.db.select().from(trainingCertificates).where(and(eq(trainingCertificates.staffId, officer.staffId), eq(trainingCertificates.courseId, course.id)));
    expect(certs.map((c) => c.round).sort()).toEqual([1, 2]);
    expect(await (await get('/pelatihan/saya', officer)).text()).toContain('<strong>3</strong> / 20 JP');
  });
});
