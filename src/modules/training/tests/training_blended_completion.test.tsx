// Issue 10, item 14: a blended course completed without attending its classroom part (PPG-01
// issued a certificate with no attendance). Completion now needs every required part: every
// lesson, the quiz passed and, for a course with a classroom part, a session of it attended.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { trainingCertificates, trainingEnrolments, trainingLedger, trainingSessions } from '../../../db/schema-training';
import { jakartaDate } from '../../../domain/time/jakarta';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { answerFields, courseRow, enrolAndReadAll, startQuiz } from '../../../../tests/helpers/training';

let h: Harness;
let officer: TestSession;
let facilitator: TestSession;
let courseId: number;
beforeAll(async () => {
  h = await makeHarness();
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  facilitator = await signInAs(h, 'pengajar@demo.pelita.id');
  courseId = (await courseRow(h, 'PBG-01')).id;
});
afterAll(async () => h.close());

const get = (path: string, who: TestSession) => h.request(path, { headers: { Cookie: who.cookie }, redirect: 'manual' });
const certificates = () =>
  h.deps.db.select().from(trainingCertificates).where(and(eq(trainingCertificates.staffId, officer.staffId), eq(trainingCertificates.courseId, courseId)));

describe(`14 a blended course completes only with its classroom part, on ${RUNTIME}`, { timeout: 30_000 }, () => {
  it('14 every lesson and a passed quiz of a blended course issue no certificate and no JP without a session attended', async () => {
    await enrolAndReadAll(h, officer, 'PBG-01');
    const attempt = await startQuiz(h, officer, 'PBG-01');
    const result = await postForm(h, `/pelatihan/kuis/${attempt}`, officer, await answerFields(h, attempt, true));
    expect(result.status).toBe(200);
    const html = await result.text();
    expect(html).toContain('Lulus');
    expect(html).not.toContain('Kursus selesai');
    expect(await certificates()).toHaveLength(0);
    const [enrolment] = await h.deps.db.select().from(trainingEnrolments).where(and(eq(trainingEnrolments.staffId, officer.staffId), eq(trainingEnrolments.courseId, courseId)));
    expect(enrolment!.completedAt).toBeNull();
    const page = await (await get('/pelatihan/kursus/PBG-01', officer)).text();
    expect(page).toContain('Untuk menyelesaikan kursus ini, hadiri satu sesi tatap muka');
  });

  it('14 attending a session completes it: certificate, the course JP on the day of the online part and the session JP on its day', async () => {
    const [s] = await h.deps.db.select().from(trainingSessions).where(eq(trainingSessions.courseId, courseId));
    expect((await postForm(h, `/pelatihan/sesi/${s!.id}/daftar`, officer, {})).status).toBe(303);
    h.clock.set(new Date(s!.startsAt.getTime() + 60_000));
    officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    facilitator = await signInAs(h, 'pengajar@demo.pelita.id');
    expect((await postForm(h, `/pelatihan/sesi/${s!.id}/presensi`, facilitator, { hadir: String(officer.staffId) })).status).toBe(303);
    const [cert] = await certificates();
    expect(cert).toBeTruthy();
    const rows = (await h.deps.db.select().from(trainingLedger).where(and(eq(trainingLedger.staffId, officer.staffId), eq(trainingLedger.courseId, courseId)))).filter(
      (r) => r.jp !== 0,
    );
    expect(rows.map((r) => [r.verb, r.jp, r.learnedOn]).sort()).toEqual(
      [
        ['attended', 6, jakartaDate(s!.startsAt)],
        ['completed', 6, '2026-03-02'],
      ].sort(),
    );
    const page = await (await get('/pelatihan/kursus/PBG-01', officer)).text();
    expect(page).toContain('Kursus selesai pada');
    expect(page).toContain(`/pelatihan/sertifikat/${cert!.id}`);
  });
});
