// Issue 10.6: escalation reached nobody where a unit has no supervisor (Satpol PP, Disdukcapil in
// the demo). It now goes up the unit tree to the nearest unit with supervisors, else to the city's
// complaint coordinators (ULAS, the role complaint_coordinator), and one level further when the
// breach still stands two working days later — once per level per breach.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, cases, outbox, units } from '../../../db/schema';
import { runScheduledJobs } from '../../../jobs';
import { slaEscalation } from '../jobs/sla-escalation';
import type { Harness } from '../../../../tests/harness/types';
import { insertComplaint } from '../../../../tests/helpers/cases';
import { postForm, signInAs } from '../../../../tests/helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
  // a section of DLH without a supervisor of its own
  const [dlh] = await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, 'DLH'));
  await h.deps.db.insert(units).values({ code: 'DLH-UPT', name: 'UPT Persampahan DLH', nameEn: 'DLH Waste Unit', kind: 'bagian', parentId: dlh!.id });
});
afterAll(async () => h.close());

const COORDINATOR = 'petugas.diskominfo@demo.pelita.id';

const escalations = async (id: string) =>
  (await h.deps.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, id), eq(caseEvents.type, 'escalate'))))
    .sort((a, b) => a.id - b.id)
    .map((e) => JSON.parse(e.data!) as { level: number; breach: string; to_unit: string | null; to_role: string });
const mailedTo = async (id: string) => (await h.deps.db.select().from(outbox).where(eq(outbox.caseId, id))).sort((a, b) => a.id - b.id).map((m) => m.to);

async function run(at: string) {
  h.clock.set(at);
  await runScheduledJobs(h.deps, [slaEscalation]);
}

describe(`10.6 escalation reaches somebody on ${RUNTIME}`, () => {
  it('10.6 up the unit tree, to the coordinators where no unit above has a supervisor, and a second level two working days later', async () => {
    h.clock.set('2026-11-02T02:00:00Z'); // Monday 2 November 09:00 WIB: first response due Tuesday 09:00
    const satpol = await insertComplaint(h, { serviceCode: 'pkl-ketertiban' });
    const section = await insertComplaint(h, { serviceCode: 'sampah', unitCode: 'DLH-UPT' });
    const dpupr = await insertComplaint(h, { serviceCode: 'jalan-rusak' });

    await run('2026-11-03T03:00:00Z'); // Tuesday 10:00: every first response is an hour late
    expect(await escalations(satpol.id)).toEqual([expect.objectContaining({ level: 1, breach: 'first_response', to_unit: null, to_role: 'complaint_coordinator' })]);
    expect(await mailedTo(satpol.id)).toEqual([COORDINATOR]);
    expect(await escalations(section.id)).toEqual([expect.objectContaining({ level: 1, to_unit: 'DLH', to_role: 'supervisor' })]);
    expect(await mailedTo(section.id)).toEqual(['kabid.dlh@demo.pelita.id']);
    expect(await escalations(dpupr.id)).toEqual([expect.objectContaining({ level: 1, to_unit: 'DPUPR' })]);
    expect(await mailedTo(dpupr.id)).toEqual(['kabid.dpupr@demo.pelita.id']);
    const [row] = await h.deps.db.select().from(cases).where(eq(cases.id, dpupr.id));
    expect(row!.escalationLevel).toBe(1);

    await run('2026-11-05T02:59:00Z'); // Thursday, a minute short of two working days: nothing more
    expect(await escalations(dpupr.id)).toHaveLength(1);

    await run('2026-11-05T03:00:00Z'); // two working days after the first escalation, still unanswered
    await run('2026-11-05T03:15:00Z'); // and once only
    // the next level up: DLH has no unit above it, nor has DPUPR: the coordinators
    for (const k of [satpol, section, dpupr]) {
      const e = await escalations(k.id);
      expect(e).toHaveLength(2);
      expect(e[1]).toMatchObject({ level: 2, breach: 'first_response', to_unit: null, to_role: 'complaint_coordinator' });
      expect((await mailedTo(k.id)).at(-1)).toBe(COORDINATOR);
    }
    const [after] = await h.deps.db.select().from(cases).where(eq(cases.id, dpupr.id));
    expect(after!.escalationLevel).toBe(2);

    // a new breach (the resolution, due Monday 9th 09:00) starts again at level 1
    await run('2026-11-09T03:00:00Z');
    expect((await escalations(dpupr.id)).at(-1)).toMatchObject({ level: 1, breach: 'resolution', to_unit: 'DPUPR' });
  });

  it('escalation_second_level_on_the_boundary: a run exactly two working days (and two calendar days) after level 1 escalates at once', async () => {
    h.clock.set('2026-11-16T02:00:00Z'); // Monday 16 November 09:00 WIB: first response due Tuesday 09:00
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    await run('2026-11-17T03:00:00Z'); // Tuesday 10:00: level 1
    expect(await escalations(k.id)).toEqual([expect.objectContaining({ level: 1 })]);
    await run('2026-11-19T03:00:00Z'); // Thursday 10:00, to the minute: the cron's run lands here
    expect(await escalations(k.id)).toEqual([expect.objectContaining({ level: 1 }), expect.objectContaining({ level: 2 })]);
  });

  it('10.6 the coordinator the escalation reaches can read the case, but not act on another unit’s case', async () => {
    h.clock.set('2026-11-02T02:00:00Z');
    const satpol = await insertComplaint(h, { serviceCode: 'pkl-ketertiban' });
    const coordinator = await signInAs(h, COORDINATOR);
    expect((await h.request(`/staf/kasus/${satpol.id}`, { headers: { Cookie: coordinator.cookie } })).status).toBe(200);
    const act = await postForm(h, `/staf/kasus/${satpol.id}/aksi`, coordinator, { action: 'verify', version: '1' });
    expect(act.status).toBe(403);
  });
});
