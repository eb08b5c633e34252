// Issue 10.5: a disposisi handed over the old clock. Forwarded on Friday 15:00 with its resolution
// due on Monday 09:00, the receiving unit's supervisors were escalated on Monday. Now the receiving
// unit gets its own first-response and resolution deadlines from the forward (with the category
// it gets there), the forwarding unit's time is recorded with the forward, and the citizen's
// tracking page shows where the case went.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, cases, outbox, services, units } from '../../../db/schema';
import { runScheduledJobs } from '../../../jobs';
import type { Harness } from '../../../../tests/harness/types';
import { createViaApi, openPrivate, trackApi } from '../../../../tests/helpers/complaints';
import { apiWithSession, postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const HOUR = 3600_000;
const INSTRUCTION = 'Sampah liar menumpuk di bahu jalan, bukan kerusakan jalan: mohon DLH mengangkutnya.';

async function caseRow(id: string) {
  const [row] = await h.deps.db.select().from(cases).where(eq(cases.id, id));
  return row!;
}

async function act(who: TestSession, id: string, fields: Record<string, string>) {
  const row = await caseRow(id);
  return postForm(h, `/staf/kasus/${id}/aksi`, who, { version: String(row.version), ...fields });
}

const escalations = (id: string) => h.deps.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, id), eq(caseEvents.type, 'escalate')));

describe(`10.5 a forward gives the receiving unit its own clock on ${RUNTIME}`, () => {
  it('10.5 forwarded on Friday 15:00 with the resolution due on Monday 09:00: the receiving unit is not escalated on Monday', async () => {
    h.clock.set('2026-11-02T02:00:00Z'); // Monday 2 November 09:00 WIB: resolution due Monday 9th 09:00
    const { id, code, key } = await createViaApi(h);
    let officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    expect((await act(officer, id, { action: 'verify' })).status).toBe(303);

    h.clock.set('2026-11-06T08:00:00Z'); // Friday 15:00 WIB
    officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    // only a category the receiving unit handles
    const wrong = await act(officer, id, { action: 'forward', to_unit: 'DLH', service: 'jalan-rusak', message: INSTRUCTION });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('Pilih kategori yang ditangani unit tujuan');
    const page = await (await h.request(`/staf/kasus/${id}`, { headers: { Cookie: officer.cookie } })).text();
    expect(page).toContain('<option value="sampah"');
    expect((await act(officer, id, { action: 'forward', to_unit: 'DLH', service: 'sampah', message: INSTRUCTION })).status).toBe(303);

    const row = await caseRow(id);
    const [dlh] = await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, 'DLH'));
    const [sampah] = await h.deps.db.select({ id: services.id }).from(services).where(eq(services.code, 'sampah'));
    expect(row.unitId).toBe(dlh!.id);
    expect(row.serviceId).toBe(sampah!.id);
    expect(row.firstRespondedAt).toBeNull();
    expect(row.segmentStartedAt?.toISOString()).toBe('2026-11-06T08:00:00.000Z');
    // its own clock: first response by Monday 15:00, resolution by the Friday after, 15:00
    expect(row.firstResponseDueAt.toISOString()).toBe('2026-11-09T08:00:00.000Z');
    expect(row.resolutionDueAt.toISOString()).toBe('2026-11-13T08:00:00.000Z');
    const [fw] = await h.deps.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, id), eq(caseEvents.type, 'forward')));
    const data = JSON.parse(fw!.data!);
    expect(data.clock).toEqual({
      unit_id: dlh!.id,
      service_id: sampah!.id,
      first_response_due_at: '2026-11-09T08:00:00.000Z',
      resolution_due_at: '2026-11-13T08:00:00.000Z',
      paused_since: null,
      citizen_due_at: null,
    });
    // the forwarding unit held it Monday 09:00 → Friday 15:00: four working days and six hours
    expect(data.durations).toEqual({ segment_ms: 102 * HOUR, paused_ms: 0 });
    expect(data.to_service).toBe('sampah');

    h.clock.set('2026-11-09T03:00:00Z'); // Monday 10:00 WIB: the old deadline has passed
    await runScheduledJobs(h.deps);
    expect(await escalations(id)).toHaveLength(0);
    expect(await h.deps.db.select().from(outbox).where(and(eq(outbox.caseId, id), eq(outbox.kind, 'sla_escalation')))).toHaveLength(0);

    h.clock.set('2026-11-09T09:00:00Z'); // Monday 16:00 WIB: DLH has not answered by its own 15:00
    await runScheduledJobs(h.deps);
    const [e] = await escalations(id);
    expect(JSON.parse(e!.data!)).toMatchObject({ level: 1, breach: 'first_response', due_at: '2026-11-09T08:00:00.000Z', unit: 'DLH' });
    expect((await h.deps.db.select().from(outbox).where(and(eq(outbox.caseId, id), eq(outbox.kind, 'sla_escalation')))).map((m) => m.to)).toEqual(['kabid.dlh@demo.pelita.id']);

    // the public sees where it went, not the instruction; the citizen reads both
    const publicPage = await (await h.request(`/lacak/${code}`)).text();
    expect(publicPage).toContain('Diteruskan ke Dinas Lingkungan Hidup');
    expect(publicPage).not.toContain(INSTRUCTION);
    const publicJson = (await (await trackApi(h, code)).json()) as { events: { type: string; label: { id: string; en: string }; message: string | null }[] };
    expect(publicJson.events.find((x) => x.type === 'forward')).toEqual(
      expect.objectContaining({ label: { id: 'Diteruskan ke Dinas Lingkungan Hidup', en: 'Forwarded to Environment Office' }, message: null }),
    );
    const { res } = await openPrivate(h, code, key);
    const privatePage = await res.text();
    expect(privatePage).toContain('Diteruskan ke Dinas Lingkungan Hidup');
    expect(privatePage).toContain(INSTRUCTION);
  });

  it('10.5 through the API: the category is optional and checked; without one the case keeps its own', async () => {
    h.clock.set('2026-11-02T02:00:00Z');
    const { id } = await createViaApi(h);
    let officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const send = async (body: Record<string, unknown>) =>
      apiWithSession(h, `/api/v1/cases/${id}/actions`, officer, { json: { version: (await caseRow(id)).version, ...body } });
    const bad = await send({ action: 'forward', to_unit: 'DLH', service: 'tidak-ada', message: INSTRUCTION });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { fields: Record<string, unknown> } }).error.fields).toHaveProperty('service');
    const before = await caseRow(id);
    h.clock.advance(HOUR);
    officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const ok = await send({ action: 'forward', to_unit: 'DLH', message: INSTRUCTION });
    expect(ok.status).toBe(200);
    const after = await caseRow(id);
    expect(after.serviceId).toBe(before.serviceId);
    // a new clock from the forward: Monday 10:00 + 1 and + 5 working days
    expect(after.firstResponseDueAt.toISOString()).toBe('2026-11-03T03:00:00.000Z');
    expect(after.resolutionDueAt.toISOString()).toBe('2026-11-09T03:00:00.000Z');
  });
});
