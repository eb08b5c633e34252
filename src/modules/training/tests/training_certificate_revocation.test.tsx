// Issue 10, item 17: certificates could not be revoked, though the verification page knows a
// "revoked" state. A supervisor of the holder, a course author or an admin now revokes one with a
// reason: the verification page says so at once, its JP are voided, and the audit log keeps it.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { auditLog } from '../../../db/schema';
import { trainingCertificates, trainingLedger } from '../../../db/schema-training';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { answerFields, courseRow, enrolAndReadAll, startQuiz } from '../../../../tests/helpers/training';

let h: Harness;
let holder: TestSession;
let colleague: TestSession;
let supervisor: TestSession;
let otherSupervisor: TestSession;
let author: TestSession;
let certId = 0;
let verifyPath = '';
beforeAll(async () => {
  h = await makeHarness();
  holder = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  colleague = await signInAs(h, 'petugas2.dpupr@demo.pelita.id');
  supervisor = await signInAs(h, 'kabid.dpupr@demo.pelita.id');
  otherSupervisor = await signInAs(h, 'kabid.dlh@demo.pelita.id');
  author = await signInAs(h, 'pengajar@demo.pelita.id');
  await enrolAndReadAll(h, holder, 'LDA-01');
  const attempt = await startQuiz(h, holder, 'LDA-01');
  expect((await postForm(h, `/pelatihan/kuis/${attempt}`, holder, await answerFields(h, attempt, true))).status).toBe(200);
  const course = await courseRow(h, 'LDA-01');
  const [cert] = await h.deps.db.select().from(trainingCertificates).where(and(eq(trainingCertificates.staffId, holder.staffId), eq(trainingCertificates.courseId, course.id)));
  certId = cert!.id;
  const page = await (await get(`/pelatihan/sertifikat/${certId}`, holder)).text();
  verifyPath = new URL(/href="(http:\/\/localhost\/verifikasi\/[A-Za-z0-9_.-]+)"/.exec(page)![1]!).pathname;
});
afterAll(async () => h.close());

const get = (path: string, who: TestSession) => h.request(path, { headers: { Cookie: who.cookie }, redirect: 'manual' });
const revoke = (who: TestSession, alasan: string) => postForm(h, `/pelatihan/sertifikat/${certId}/cabut`, who, { alasan });
const jp2026 = async () =>
  (await h.deps.db.select().from(trainingLedger).where(and(eq(trainingLedger.staffId, holder.staffId), eq(trainingLedger.year, 2026)))).reduce((s, r) => s + r.jp, 0);

describe(`17 revoking a certificate, on ${RUNTIME}`, { timeout: 30_000 }, () => {
  it('17 before: valid, and only a supervisor of the holder, a course author or an admin sees the revoke form', async () => {
    expect(await (await h.request(verifyPath)).text()).toContain('SAH');
    expect(await jp2026()).toBe(3);
    expect(await (await get(`/pelatihan/sertifikat/${certId}`, holder)).text()).not.toContain('Cabut sertifikat');
    expect(await (await get(`/pelatihan/sertifikat/${certId}`, supervisor)).text()).toContain('Cabut sertifikat');
    expect(await (await get(`/pelatihan/sertifikat/${certId}`, author)).text()).toContain('Cabut sertifikat');
    expect((await get(`/pelatihan/sertifikat/${certId}`, otherSupervisor)).status).toBe(403);
  });

  it('17 the holder, a colleague and another unit’s supervisor may not revoke it', async () => {
    for (const who of [holder, colleague, otherSupervisor]) expect((await revoke(who, 'Sertifikat ini keliru.')).status).toBe(403);
    expect(await (await h.request(verifyPath)).text()).toContain('SAH');
  });

  it('17 a reason is required', async () => {
    const res = await revoke(supervisor, '');
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Tuliskan alasan pencabutan');
  });

  it('17 revoked with a reason: the verification page says REVOKED at once, its JP are voided, the audit log keeps it', async () => {
    const res = await revoke(supervisor, 'Kuis dikerjakan oleh orang lain (hasil pemeriksaan Inspektorat).');
    expect(res.status).toBe(303);
    const verify = await (await h.request(verifyPath)).text();
    expect(verify).toContain('DICABUT');
    expect(verify).not.toContain('Kuis dikerjakan oleh orang lain'); // the reason is not public
    expect(await jp2026()).toBe(0);
    const voided = await h.deps.db.select().from(trainingLedger).where(and(eq(trainingLedger.staffId, holder.staffId), eq(trainingLedger.verb, 'voided')));
    expect(voided.map((r) => r.jp)).toEqual([-3]);
    const own = await (await get(`/pelatihan/sertifikat/${certId}`, holder)).text();
    expect(own).toContain('Kuis dikerjakan oleh orang lain (hasil pemeriksaan Inspektorat).');
    expect(await (await get('/pelatihan/saya', holder)).text()).toContain('dicabut');
    const [entry] = await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'certificate.revoked'));
    expect(entry!.actorId).toBe(supervisor.staffId);
    expect(JSON.parse(entry!.detail!)).toMatchObject({ reason: 'Kuis dikerjakan oleh orang lain (hasil pemeriksaan Inspektorat).', jpVoided: 3 });
  });

  it('17 a certificate is revoked once: its JP are never voided twice', async () => {
    const again = await revoke(author, 'Dicabut sekali lagi.');
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Sertifikat ini sudah dicabut.');
    expect(await jp2026()).toBe(0);
  });
});
