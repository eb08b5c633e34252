// Issue 10, item 17: sessions could not be edited or cancelled. An author now edits a session
// before it starts (time, place, capacity never below the seats taken; extra seats go to the
// waiting list) and cancels it with a reason: everyone registered or waiting is told through the
// outbox and their registration ends. Both are in the audit log.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { auditLog, outbox } from '../../../db/schema';
import { trainingSessionRegistrations, trainingSessions } from '../../../db/schema-training';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { scheduleSession } from '../../../../tests/helpers/training';

let h: Harness;
let author: TestSession;
let people: TestSession[];
let sessionId = 0;
beforeAll(async () => {
  h = await makeHarness();
  author = await signInAs(h, 'pengajar@demo.pelita.id');
  people = [];
  for (const email of ['petugas.dpupr@demo.pelita.id', 'petugas2.dpupr@demo.pelita.id', 'petugas.dlh@demo.pelita.id']) people.push(await signInAs(h, email));
  for (const p of people) expect((await postForm(h, '/pelatihan/kursus/PBG-01/daftar', p, {})).status).toBe(303);
  sessionId = await scheduleSession(h, author, 'PBG-01', { judul: 'Kelas SIMBG', mulai: '2026-03-10T09:00', selesai: '2026-03-10T12:00', tempat: 'Aula DPUPR', kapasitas: '2', jp: '3' });
  for (const p of people) expect((await postForm(h, `/pelatihan/sesi/${sessionId}/daftar`, p, {})).status).toBe(303);
});
afterAll(async () => h.close());

const manage = (rest = '') => `/pelatihan/kelola/kursus/PBG-01/sesi/${sessionId}${rest}`;
const get = (path: string, who: TestSession) => h.request(path, { headers: { Cookie: who.cookie }, redirect: 'manual' });
const form = (patch: Record<string, string> = {}) => ({ judul: 'Kelas SIMBG', mulai: '2026-03-10T09:00', selesai: '2026-03-10T12:00', tempat: 'Aula DPUPR', kapasitas: '2', jp: '3', ...patch });
const statusOf = async (who: TestSession) =>
  (await h.deps.db.select().from(trainingSessionRegistrations).where(and(eq(trainingSessionRegistrations.sessionId, sessionId), eq(trainingSessionRegistrations.staffId, who.staffId))))[0]?.status;
const mails = (kind: string) => h.deps.db.select().from(outbox).where(eq(outbox.kind, kind));

describe(`17 editing and cancelling a session, on ${RUNTIME}`, { timeout: 30_000 }, () => {
  it('17 the author edits a session; learners may not', async () => {
    const page = await (await get(manage(), author)).text();
    expect(page).toContain('value="Aula DPUPR"');
    expect(page).toContain('value="2026-03-10T09:00"');
    expect((await get(manage(), people[0]!)).status).toBe(403);
    expect((await postForm(h, manage(), people[0]!, form({ kapasitas: '50' }))).status).toBe(403);
  });

  it('17 the capacity never goes below the seats taken', async () => {
    const res = await postForm(h, manage(), author, form({ kapasitas: '1' }));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Kapasitas tidak boleh di bawah 2 kursi yang sudah terisi.');
  });

  it('17 a move to a holiday needs the override and a reason', async () => {
    const res = await postForm(h, manage(), author, form({ mulai: '2026-03-19T09:00', selesai: '2026-03-19T12:00' }));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('2026-03-19 bukan hari kerja');
  });

  it('17 more seats go to the waiting list at once; a new time and place are mailed to every registrant; the audit log keeps the change', async () => {
    expect(await statusOf(people[2]!)).toBe('waitlisted');
    const res = await postForm(h, manage(), author, form({ kapasitas: '3', mulai: '2026-03-11T13:00', selesai: '2026-03-11T16:00', tempat: 'Ruang Rapat BKPSDM' }));
    expect(res.status).toBe(303);
    expect(await statusOf(people[2]!)).toBe('registered');
    const [s] = await h.deps.db.select().from(trainingSessions).where(eq(trainingSessions.id, sessionId));
    expect(s).toMatchObject({ capacity: 3, place: 'Ruang Rapat BKPSDM' });
    expect(s!.startsAt.toISOString()).toBe('2026-03-11T06:00:00.000Z');
    const changed = await mails('training_session_changed');
    expect(changed.map((m) => m.to).sort()).toEqual(['petugas.dlh@demo.pelita.id', 'petugas.dpupr@demo.pelita.id', 'petugas2.dpupr@demo.pelita.id']);
    expect(changed[0]!.body).toContain('Ruang Rapat BKPSDM');
    const [entry] = await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'course.session_updated'));
    expect(JSON.parse(entry!.detail!)).toMatchObject({ session: sessionId, changes: { capacity: { from: 2, to: 3 }, place: { from: 'Aula DPUPR', to: 'Ruang Rapat BKPSDM' } }, promoted: 1 });
  });

  it('17 cancelling needs a reason; then every registrant is told, their registration ends, and the audit log keeps it', async () => {
    const noReason = await postForm(h, manage('/batal'), author, { alasan: '' });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('Tuliskan alasan pembatalan');
    const res = await postForm(h, manage('/batal'), author, { alasan: 'Narasumber dari Kementerian PUPR berhalangan.' });
    expect(res.status).toBe(303);
    for (const p of people) expect(await statusOf(p)).toBe('cancelled');
    const cancelled = await mails('training_session_cancelled');
    expect(cancelled).toHaveLength(3);
    expect(cancelled[0]!.body).toContain('Narasumber dari Kementerian PUPR berhalangan.');
    expect(cancelled[0]!.subject).toContain('Sesi pelatihan dibatalkan');
    const [entry] = await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'course.session_cancelled'));
    expect(JSON.parse(entry!.detail!)).toEqual({ session: sessionId, reason: 'Narasumber dari Kementerian PUPR berhalangan.', notified: 3 });
    // gone for learners: not listed, and registering finds nothing
    expect(await (await get('/pelatihan/kursus/PBG-01', people[0]!)).text()).not.toContain('Ruang Rapat BKPSDM');
    expect((await postForm(h, `/pelatihan/sesi/${sessionId}/daftar`, people[0]!, {})).status).toBe(404);
    // and it cannot be cancelled twice, nor edited any more
    expect((await postForm(h, manage('/batal'), author, { alasan: 'Sekali lagi dibatalkan.' })).status).toBe(409);
    expect((await postForm(h, manage(), author, form())).status).toBe(409);
  });

  it('17 a session that has started can no longer be edited or cancelled', async () => {
    const started = await scheduleSession(h, author, 'PBG-01', { judul: 'Kelas pagi', mulai: '2026-03-12T09:00', selesai: '2026-03-12T12:00', tempat: 'Aula DPUPR', kapasitas: '5', jp: '3' });
    h.clock.set('2026-03-12T02:30:00Z');
    author = await signInAs(h, 'pengajar@demo.pelita.id');
    const path = `/pelatihan/kelola/kursus/PBG-01/sesi/${started}`;
    const cancel = await postForm(h, `${path}/batal`, author, { alasan: 'Terlambat dibatalkan.' });
    expect(cancel.status).toBe(409);
    expect(await cancel.text()).toContain('Sesi sudah dimulai');
  });
});
