// The scheduled SLA job escalates an overdue complaint to its unit's supervisors once per breach.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, cases, outbox } from '../../../db/schema';
import { runScheduledJobs } from '../../../jobs';
import type { Harness } from '../../../../tests/harness/types';
import { insertComplaint } from '../../../../tests/helpers/cases';
import { signInAs } from '../../../../tests/helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const escalations = async (id: string) =>
  h.deps.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, id), eq(caseEvents.type, 'escalate')));
const mails = async (id: string) => h.deps.db.select().from(outbox).where(eq(outbox.caseId, id));

describe(`SLA escalation on ${RUNTIME}`, () => {
  it('escalates a breached first response once, then the resolution breach once, then again after a reopen', async () => {
    h.clock.set('2026-03-02T02:00:00Z'); // Monday 09:00 WIB
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    const paused = await insertComplaint(h, {
      serviceCode: 'jalan-rusak',
      status: 'info_requested',
      firstRespondedAt: '2026-03-02T02:30:00Z',
      pausedSince: '2026-03-02T02:30:00Z',
    });
    const answered = await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'verified', firstRespondedAt: '2026-03-02T03:00:00Z' });

    let result = await runScheduledJobs(h.deps);
    expect(result['sla-escalation']).toMatchObject({ escalated: 0 });
    expect(await escalations(k.id)).toHaveLength(0);

    h.clock.set('2026-03-03T02:30:00Z'); // Tuesday: first response was due 02:00Z
    result = await runScheduledJobs(h.deps);
    expect(result['sla-escalation']).toMatchObject({ escalated: 1, messages: 1 });
    const ev = await escalations(k.id);
    expect(ev).toHaveLength(1);
    expect(ev[0]!.visibility).toBe('internal');
    expect(ev[0]!.actorKind).toBe('system');
    expect(JSON.parse(ev[0]!.data!)).toMatchObject({ breach: 'first_response', due_at: '2026-03-03T02:00:00.000Z' });
    const m = await mails(k.id);
    expect(m).toHaveLength(1);
    expect(m[0]!.to).toBe('kabid.dpupr@demo.pelita.id');
    expect(m[0]!.kind).toBe('sla_escalation');
    expect(m[0]!.subject).toContain(k.trackingCode);
    expect(m[0]!.body).not.toContain('budi.santoso'); // no citizen contact in the mail
    const [row] = await h.deps.db.select().from(cases).where(eq(cases.id, k.id));
    expect(row!.escalatedAt?.toISOString()).toBe('2026-03-03T02:30:00.000Z');
    expect(row!.version).toBe(1); // escalation changes nothing an officer acts on

    // running again (or late) adds nothing
    h.clock.advance(15 * 60 * 1000);
    await runScheduledJobs(h.deps);
    await runScheduledJobs(h.deps);
    expect(await escalations(k.id)).toHaveLength(1);
    expect(await mails(k.id)).toHaveLength(1);
    expect(await escalations(paused.id)).toHaveLength(0);
    expect(await escalations(answered.id)).toHaveLength(0);

    // the case page shows the escalation in the history
    const sup = await signInAs(h, 'kabid.dpupr@demo.pelita.id');
    const html = await (await h.request(`/staf/kasus/${k.id}`, { headers: { Cookie: sup.cookie } })).text();
    expect(html).toContain('Eskalasi (SLA terlampaui)');
    expect(html).toContain('diteruskan ke kepala bidang');
    expect(html).toContain('data-sla-status="overdue"');

    // resolution due next Monday 02:00Z: a new breach, escalated once more (the answered case too)
    h.clock.set('2026-03-09T03:00:00Z');
    await runScheduledJobs(h.deps);
    await runScheduledJobs(h.deps);
    const ev2 = await escalations(k.id);
    expect(ev2).toHaveLength(2);
    expect(JSON.parse(ev2[1]!.data!)).toMatchObject({ breach: 'resolution' });
    expect(await escalations(answered.id)).toHaveLength(1);
    expect(await escalations(paused.id)).toHaveLength(0);

    // a reopen sets a new resolution due: its breach escalates again, once
    await h.deps.db
      .update(cases)
      .set({ status: 'reopened', resolutionDueAt: new Date('2026-03-10T02:00:00Z'), version: 2 })
      .where(eq(cases.id, k.id));
    h.clock.set('2026-03-10T01:00:00Z');
    await runScheduledJobs(h.deps);
    expect(await escalations(k.id)).toHaveLength(2);
    h.clock.set('2026-03-10T02:30:00Z');
    await runScheduledJobs(h.deps);
    await runScheduledJobs(h.deps);
    expect(await escalations(k.id)).toHaveLength(3);
    // one mail per escalation; the first, undelivered for over three days, is a dead letter (purgeOutbox)
    const all = await mails(k.id);
    expect(all.filter((m) => !m.deadAt).map((m) => m.createdAt.toISOString())).toEqual(['2026-03-09T03:00:00.000Z', '2026-03-10T02:30:00.000Z']);
    expect(all.filter((m) => m.deadAt).map((m) => m.createdAt.toISOString())).toEqual(['2026-03-03T02:30:00.000Z']);
  });

  it('resolved, declined and closed complaints are never escalated', async () => {
    h.clock.set('2026-03-02T02:00:00Z');
    const done = await insertComplaint(h, { serviceCode: 'sampah', status: 'resolved', firstRespondedAt: '2026-03-02T02:10:00Z', resolvedAt: '2026-03-02T05:00:00Z' });
    const declined = await insertComplaint(h, { serviceCode: 'sampah', status: 'declined', firstRespondedAt: '2026-03-02T02:10:00Z' });
    h.clock.set('2026-04-30T02:00:00Z');
    await runScheduledJobs(h.deps);
    expect(await escalations(done.id)).toHaveLength(0);
    expect(await escalations(declined.id)).toHaveLength(0);
  });
});
