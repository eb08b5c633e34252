// Issue 10.1: a complaint waiting for the citizen was stuck for ever — the clock stayed paused, so
// the case was outside compliance, escalation and the overdue list, and an officer could park it
// by asking a question. Now the request carries the citizen's answer deadline (admin setting,
// 10 working days by default), after which the clock resumes and staff may resolve the case or
// close it with a reason the citizen reads; staff may also withdraw a pending request.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, cases, outbox } from '../../../db/schema';
import { runScheduledJobs } from '../../../jobs';
import type { Harness } from '../../../../tests/harness/types';
import { createViaApi, openPrivate, trackApi } from '../../../../tests/helpers/complaints';
import { apiWithSession, postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';

let h: Harness;
let officer: TestSession;

beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

// Monday 2 November 2026, 09:00 WIB; no holiday until 24 December.
const MONDAY = '2026-11-02T02:00:00Z';

async function caseRow(id: string) {
  const [row] = await h.deps.db.select().from(cases).where(eq(cases.id, id));
  return row!;
}

async function events(id: string, type: string) {
  return h.deps.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, id), eq(caseEvents.type, type)));
}

async function act(who: TestSession, id: string, fields: Record<string, string>) {
  const row = await caseRow(id);
  return postForm(h, `/staf/kasus/${id}/aksi`, who, { version: String(row.version), ...fields });
}

/** A DPUPR complaint made at the clock's time, verified, and asked about an hour later. */
async function askedComplaint(): Promise<{ id: string; code: string; key: string }> {
  const made = await createViaApi(h);
  expect((await act(officer, made.id, { action: 'verify' })).status).toBe(303);
  h.clock.advance(3600_000);
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id'); // sessions idle out after 30 minutes
  expect((await act(officer, made.id, { action: 'request_info', message: 'Mohon kirim foto lubang dari dekat.' })).status).toBe(303);
  return made;
}

beforeEach(async () => {
  h.clock.set(MONDAY);
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
});

describe(`10.1 the citizen's answer deadline on ${RUNTIME}`, () => {
  it('10.1 a request for information sets the citizen’s deadline (10 working days), shown to the citizen and to staff', async () => {
    const { id, code, key } = await askedComplaint();
    const row = await caseRow(id);
    expect(row.status).toBe('info_requested');
    // asked Monday 2 November 10:00 WIB: ten working days later, Monday 16 November 10:00 WIB
    expect(row.citizenDueAt?.toISOString()).toBe('2026-11-16T03:00:00.000Z');
    const [asked] = await events(id, 'request_info');
    expect(JSON.parse(asked!.data!).clock).toMatchObject({
      paused_since: '2026-11-02T03:00:00.000Z',
      citizen_due_at: '2026-11-16T03:00:00.000Z',
      resolution_due_at: '2026-11-09T02:00:00.000Z',
    });

    const page = await (await h.request(`/staf/kasus/${id}`, { headers: { Cookie: officer.cookie } })).text();
    expect(page).toContain('data-citizen-due="2026-11-16T03:00:00.000Z"');
    expect(page).toContain('id="aksi-withdraw_request"');
    const queue = await (await h.request('/staf', { headers: { Cookie: officer.cookie } })).text();
    expect(queue).toContain('data-citizen-due="2026-11-16T03:00:00.000Z"');
    const api = (await (await apiWithSession(h, `/api/v1/cases/${id}`, officer)).json()) as { citizen_due_at: string };
    expect(api.citizen_due_at).toBe('2026-11-16T03:00:00.000Z');

    const { res } = await openPrivate(h, code, key);
    expect(await res.text()).toContain('data-citizen-due="2026-11-16T03:00:00.000Z"');
    const tracked = (await (await trackApi(h, code, '', { key })).json()) as { citizen_due_at: string | null };
    expect(tracked.citizen_due_at).toBe('2026-11-16T03:00:00.000Z');
  });

  it('10.1 after the deadline the clock resumes (the wait pushed in), the case is back in escalation, and staff may close it unanswered', async () => {
    const { id, code, key } = await askedComplaint();

    h.clock.set('2026-11-16T02:59:00Z'); // a minute before the deadline: still waiting
    await runScheduledJobs(h.deps);
    expect((await caseRow(id)).status).toBe('info_requested');

    h.clock.set('2026-11-16T03:10:00Z'); // the job runs ten minutes after the deadline
    const run = await runScheduledJobs(h.deps);
    // (the case of the test before expires too: both were asked at the same moment)
    expect((run['info-request-expiry'] as { expired: number }).expired).toBeGreaterThanOrEqual(1);
    const row = await caseRow(id);
    expect(row.status).toBe('in_progress');
    expect(row.pausedSince).toBeNull();
    expect(row.citizenDueAt).toBeNull();
    expect(row.infoExpiredAt?.toISOString()).toBe('2026-11-16T03:00:00.000Z');
    // 119 working hours were left when the wait began (Mon 10:00 → next Mon 09:00); the clock runs
    // again from the deadline, not from the job: Monday 16 November 10:00 + 119 h = Monday 23rd 09:00
    expect(row.resolutionDueAt.toISOString()).toBe('2026-11-23T02:00:00.000Z');
    const [expired] = await events(id, 'info_request_expired');
    expect(expired).toMatchObject({ actorKind: 'system', fromStatus: 'info_requested', toStatus: 'in_progress', visibility: 'citizen' });
    expect(JSON.parse(expired!.data!).clock).toMatchObject({ paused_since: null, citizen_due_at: null, resolution_due_at: '2026-11-23T02:00:00.000Z' });
    expect(await runScheduledJobs(h.deps)).toMatchObject({ 'info-request-expiry': { expired: 0 } });

    // the deadline it now has is escalated like any other
    h.clock.set('2026-11-23T02:30:00Z');
    await runScheduledJobs(h.deps);
    expect(await events(id, 'escalate')).toHaveLength(1);
    expect((await h.deps.db.select().from(outbox).where(eq(outbox.caseId, id))).map((m) => m.to)).toContain('kabid.dpupr@demo.pelita.id');

    // staff may close it, with a reason the citizen reads (the public sees only that it closed)
    officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const page = await (await h.request(`/staf/kasus/${id}`, { headers: { Cookie: officer.cookie } })).text();
    expect(page).toContain('id="aksi-close_unanswered"');
    expect((await act(officer, id, { action: 'close_unanswered', message: '   ' })).status).toBe(422);
    const closed = await act(officer, id, { action: 'close_unanswered', message: 'Tanpa foto lokasi kami tidak dapat menemukan lubangnya.' });
    expect(closed.status).toBe(303);
    const after = await caseRow(id);
    expect(after.status).toBe('closed');
    expect(after.closedAt?.toISOString()).toBe('2026-11-23T02:30:00.000Z');
    const [ended] = await events(id, 'close_unanswered');
    expect(JSON.parse(ended!.data!).durations).toMatchObject({ paused_ms: 10 * 24 * 3600_000 });
    const { res } = await openPrivate(h, code, key);
    expect(await res.text()).toContain('Tanpa foto lokasi kami tidak dapat menemukan lubangnya.');
    const publicView = (await (await trackApi(h, code)).json()) as { events: { type: string; message: string | null }[] };
    expect(publicView.events.find((e) => e.type === 'close_unanswered')).toMatchObject({ message: null });
  });

  it('10.1 closing unanswered is refused while no request expired', async () => {
    const { id } = await askedComplaint();
    expect((await act(officer, id, { action: 'withdraw_request' })).status).toBe(303);
    const res = await act(officer, id, { action: 'close_unanswered', message: 'Ditutup.' });
    expect(res.status).toBe(422);
    expect((await caseRow(id)).status).toBe('in_progress');
  });

  it('10.1 staff may withdraw a pending request: the clock resumes with the wait pushed in', async () => {
    const { id } = await askedComplaint();
    h.clock.set('2026-11-03T03:00:00Z'); // a working day later
    officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    expect((await act(officer, id, { action: 'withdraw_request', message: 'Foto tidak diperlukan lagi, lokasi sudah kami temukan.' })).status).toBe(303);
    const row = await caseRow(id);
    expect(row.status).toBe('in_progress');
    expect(row.pausedSince).toBeNull();
    expect(row.citizenDueAt).toBeNull();
    expect(row.resolutionDueAt.toISOString()).toBe('2026-11-10T02:00:00.000Z');
    const [withdrawn] = await events(id, 'withdraw_request');
    expect(withdrawn!.visibility).toBe('citizen');
    expect(JSON.parse(withdrawn!.data!).clock).toMatchObject({ paused_since: null, resolution_due_at: '2026-11-10T02:00:00.000Z' });
  });

  it('10.1 the admin sets the deadline between 1 and 30 working days; the next request uses it', async () => {
    const admin = await signInAs(h, 'admin@demo.pelita.id');
    const page = await (await h.request('/admin/pengaturan', { headers: { Cookie: admin.cookie } })).text();
    expect(page).toContain('name="info_request_days"');
    expect(page).toContain('value="10"');
    for (const bad of ['0', '31', 'sepuluh', '']) {
      const res = await postForm(h, '/admin/pengaturan', admin, { info_request_days: bad });
      expect(res.status, bad).toBe(422);
      expect(await res.text()).toContain('dari 1 sampai 30');
    }
    const saved = await postForm(h, '/admin/pengaturan', admin, { info_request_days: '3' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('Location')).toBe('/admin/pengaturan?ok=pengaturan-disimpan');

    const { id } = await askedComplaint();
    // asked Monday 10:00 WIB: three working days later, Thursday 10:00 WIB
    expect((await caseRow(id)).citizenDueAt?.toISOString()).toBe('2026-11-05T03:00:00.000Z');
    expect((await postForm(h, '/admin/pengaturan', await signInAs(h, 'admin@demo.pelita.id'), { info_request_days: '10' })).status).toBe(303);
  });
});
