import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { trainingLedger, trainingSessionRegistrations, trainingSessions } from '../../../db/schema-training';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { courseRow } from '../../../../tests/helpers/training';

let h: Harness;
let officer: TestSession;
let colleague: TestSession;
let facilitator: TestSession;
let sessionId: number;
let startsAt: Date;
beforeAll(async () => {
  h = await makeHarness();
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  colleague = await signInAs(h, 'petugas2.dpupr@demo.pelita.id');
  facilitator = await signInAs(h, 'pengajar@demo.pelita.id');
  const course = await courseRow(h, 'PBG-01');
  const [s] = await h.deps.db.select().from(trainingSessions).where(eq(trainingSessions.courseId, course.id));
  sessionId = s!.id;
  startsAt = s!.startsAt;
  // one seat, so the waiting list is exercised
  await h.deps.db.update(trainingSessions).set({ capacity: 1 }).where(eq(trainingSessions.id, sessionId));
});
afterAll(async () => h.close());

const get = (path: string, who: TestSession) => h.request(path, { headers: { Cookie: who.cookie }, redirect: 'manual' });
const statusOf = async (who: TestSession) =>
  (
    await h.deps.db
      .select()
      .from(trainingSessionRegistrations)
      .where(and(eq(trainingSessionRegistrations.sessionId, sessionId), eq(trainingSessionRegistrations.staffId, who.staffId)))
  )[0]?.status;

describe(`classroom sessions on ${RUNTIME}`, () => {
  it('the course page lists the session with place, seats and JP', async () => {
    expect((await postForm(h, '/pelatihan/kursus/PBG-01/daftar', officer, {})).status).toBe(303);
    const html = await (await get('/pelatihan/kursus/PBG-01', officer)).text();
    expect(html).toContain('Sesi tatap muka');
    expect(html).toContain('Aula DPUPR Kota Surakarta');
    expect(html).toContain('Kursi terisi 0 dari 1');
    expect(html).toContain(`action="/pelatihan/sesi/${sessionId}/daftar"`);
  });

  it('registers, and refuses registering twice', async () => {
    const r = await postForm(h, `/pelatihan/sesi/${sessionId}/daftar`, officer, {});
    expect(r.status).toBe(303);
    expect(r.headers.get('Location')).toContain('pesan=sesi_terdaftar');
    const again = await postForm(h, `/pelatihan/sesi/${sessionId}/daftar`, officer, {});
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Anda sudah terdaftar di sesi ini.');
  });

  it('needs enrolment in the course first', async () => {
    const r = await postForm(h, `/pelatihan/sesi/${sessionId}/daftar`, colleague, {});
    expect(r.status).toBe(409);
    expect(await r.text()).toContain('Daftar kursusnya dulu');
  });

  it('a full session puts the next person on the waiting list, with a clear message', async () => {
    await postForm(h, '/pelatihan/kursus/PBG-01/daftar', colleague, {});
    const r = await postForm(h, `/pelatihan/sesi/${sessionId}/daftar`, colleague, {});
    expect(r.status).toBe(303);
    expect(r.headers.get('Location')).toContain('pesan=sesi_tunggu');
    const html = await (await get(r.headers.get('Location')!, colleague)).text();
    expect(html).toContain('Sesi penuh: Anda masuk daftar tunggu');
    expect(html).toContain('Daftar tunggu no. 1');
    expect(await statusOf(colleague)).toBe('waitlisted');
  });

  it('a cancellation gives the seat to the first on the waiting list', async () => {
    expect((await postForm(h, `/pelatihan/sesi/${sessionId}/batal`, officer, {})).status).toBe(303);
    expect(await statusOf(colleague)).toBe('registered');
    expect(await statusOf(officer)).toBe('cancelled');
    const back = await postForm(h, `/pelatihan/sesi/${sessionId}/daftar`, officer, {});
    expect(back.headers.get('Location')).toContain('pesan=sesi_tunggu');
    expect(await statusOf(officer)).toBe('waitlisted');
  });

  it('only the facilitator takes attendance, and only once the session started', async () => {
    expect((await get(`/pelatihan/sesi/${sessionId}/presensi`, officer)).status).toBe(403);
    expect((await postForm(h, `/pelatihan/sesi/${sessionId}/presensi`, officer, { hadir: String(officer.staffId) })).status).toBe(403);
    const page = await (await get(`/pelatihan/sesi/${sessionId}/presensi`, facilitator)).text();
    expect(page).toContain('Daftar tunggu');
    expect(page).toContain('Presensi dapat diisi setelah sesi dimulai.');
    const early = await postForm(h, `/pelatihan/sesi/${sessionId}/presensi`, facilitator, { hadir: String(colleague.staffId) });
    expect(early.status).toBe(409);
    const list = await (await get('/pelatihan/fasilitator', facilitator)).text();
    expect(list).toContain('Praktik pemeriksaan dokumen PBG di SIMBG');
  });

  it('attendance credits the session JP once, never to the waiting list', async () => {
    h.clock.set(new Date(startsAt.getTime() + 60_000));
    // two weeks later: fresh sign-ins (sessions expire)
    officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    colleague = await signInAs(h, 'petugas2.dpupr@demo.pelita.id');
    facilitator = await signInAs(h, 'pengajar@demo.pelita.id');
    const late = await postForm(h, `/pelatihan/sesi/${sessionId}/batal`, officer, {});
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('Sesi sudah dimulai');
    const newcomer = await signInAs(h, 'kabid.dpupr@demo.pelita.id');
    await postForm(h, '/pelatihan/kursus/PBG-01/daftar', newcomer, {});
    const closed = await postForm(h, `/pelatihan/sesi/${sessionId}/daftar`, newcomer, {});
    expect(closed.status).toBe(409);
    expect(await closed.text()).toContain('Pendaftaran sesi ini sudah ditutup');
    const waitlisted = await postForm(h, `/pelatihan/sesi/${sessionId}/presensi`, facilitator, { hadir: [String(colleague.staffId), String(officer.staffId)] });
    expect(waitlisted.status).toBe(422);
    expect(await waitlisted.text()).toContain('Hanya peserta terdaftar (bukan daftar tunggu)');
    const ok = await postForm(h, `/pelatihan/sesi/${sessionId}/presensi`, facilitator, { hadir: String(colleague.staffId) });
    expect(ok.status).toBe(303);
    await postForm(h, `/pelatihan/sesi/${sessionId}/presensi`, facilitator, { hadir: String(colleague.staffId) });
    const rows = await h.deps.db.select().from(trainingLedger).where(and(eq(trainingLedger.staffId, colleague.staffId), eq(trainingLedger.verb, 'attended')));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.jp).toBe(6);
    const record = await (await get('/pelatihan/saya', colleague)).text();
    expect(record).toContain('<strong>6</strong> / 20 JP');
    const officerRows = await h.deps.db.select().from(trainingLedger).where(and(eq(trainingLedger.staffId, officer.staffId), eq(trainingLedger.verb, 'attended')));
    expect(officerRows).toHaveLength(0);
  });
});
