// A resolved complaint that the citizen does not reopen within 10 working days, or a declined one
// they do not appeal, is closed by the scheduled job, once, with a public event; oldest first and
// all that are due (issue 10.7); the citizen can still rate it.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, cases } from '../../../db/schema';
import { runScheduledJobs } from '../../../jobs';
import { autoClose, autoCloseAnswered } from '../jobs/auto-close';
import type { Harness } from '../../../../tests/harness/types';
import { insertComplaint } from '../../../../tests/helpers/cases';
import { trackApi } from '../../../../tests/helpers/complaints';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

// Monday 2 November 2026, 10:00 WIB; no holidays until 16 November, so the window ends
// Monday 16 November 10:00 WIB.
const RESOLVED_AT = '2026-11-02T03:00:00Z';

/** Statuses of many cases, in chunks (D1 binds at most 100 parameters a statement). */
async function statusesOf(ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 90)
    for (const r of await h.deps.db.select({ id: cases.id, status: cases.status }).from(cases).where(inArray(cases.id, ids.slice(i, i + 90)))) out.set(r.id, r.status);
  return out;
}

async function statusOf(id: string) {
  const [row] = await h.deps.db.select({ status: cases.status, closedAt: cases.closedAt, version: cases.version }).from(cases).where(eq(cases.id, id));
  return row!;
}

describe(`auto-close of resolved complaints on ${RUNTIME}`, () => {
  it('leaves a complaint alone while the reopen window is open, then closes it once', async () => {
    const c = await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'resolved', submittedAt: '2026-10-26T03:00:00Z', resolvedAt: RESOLVED_AT, resolvedByEmail: 'petugas.dpupr@demo.pelita.id' });

    h.clock.set('2026-11-16T02:59:00Z'); // 09:59 WIB on the tenth working day
    await runScheduledJobs(h.deps, [autoClose]);
    expect((await statusOf(c.id)).status).toBe('resolved');

    h.clock.set('2026-11-16T03:01:00Z');
    const first = await runScheduledJobs(h.deps, [autoClose]);
    expect(first['auto-close']).toEqual({ closed: 1 });
    const after = await statusOf(c.id);
    expect(after.status).toBe('closed');
    expect(after.closedAt?.toISOString()).toBe('2026-11-16T03:01:00.000Z');
    expect(after.version).toBe(c.version + 1);

    const again = await runScheduledJobs(h.deps, [autoClose]);
    expect(again['auto-close']).toEqual({ closed: 0 });
    const events = await h.deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, c.id));
    const closes = events.filter((e) => e.type === 'auto_close');
    expect(closes).toHaveLength(1);
    expect(closes[0]!.visibility).toBe('public');
    expect(closes[0]!.actorKind).toBe('system');
  });

  it('never touches complaints in other states', async () => {
    const open = await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'in_progress', submittedAt: '2026-10-01T03:00:00Z' });
    const reopened = await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'reopened', submittedAt: '2026-10-01T03:00:00Z', resolvedAt: '2026-10-02T03:00:00Z' });
    h.clock.set('2026-12-01T03:00:00Z');
    await runScheduledJobs(h.deps, [autoClose]);
    expect((await statusOf(open.id)).status).toBe('in_progress');
    expect((await statusOf(reopened.id)).status).toBe('reopened');
  });

  it('is part of the scheduled jobs the cron trigger runs', async () => {
    const { SCHEDULED_JOBS } = await import('../../../jobs');
    expect(SCHEDULED_JOBS.map((j) => j.name)).toContain('auto-close');
  });

  it('10.9 a declined complaint may be appealed within the window, and is closed automatically after it', async () => {
    const DECLINED_AT = '2026-11-02T03:00:00Z'; // Monday 10:00 WIB: the window ends Monday 16th 10:00
    const kept = await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'declined', submittedAt: '2026-11-02T02:00:00Z', firstRespondedAt: DECLINED_AT, declinedAt: DECLINED_AT });
    const appealed = await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'declined', submittedAt: '2026-11-02T02:00:00Z', firstRespondedAt: DECLINED_AT, declinedAt: DECLINED_AT });

    h.clock.set('2026-11-16T02:30:00Z');
    const view = (await (await trackApi(h, appealed.trackingCode, '', { key: appealed.accessKey })).json()) as { allowed_actions: { reopen: boolean }; reopen_until: string };
    expect(view.allowed_actions.reopen).toBe(true);
    expect(view.reopen_until).toBe('2026-11-16T03:00:00.000Z');
    const appeal = await trackApi(h, appealed.trackingCode, '/reopen', { key: appealed.accessKey, json: { reason: 'Lubang itu memang di jalan kota, bukan jalan provinsi.' } });
    expect(appeal.status).toBe(200);
    const [reopened] = await h.deps.db.select().from(cases).where(eq(cases.id, appealed.id));
    expect(reopened).toMatchObject({ status: 'reopened', declinedAt: null, episodeStartedAt: new Date('2026-11-16T02:30:00Z') });
    // a fresh clock from the appeal: first response Tuesday 09:30, resolution the Monday after
    expect(reopened!.firstResponseDueAt.toISOString()).toBe('2026-11-17T02:30:00.000Z');
    expect(reopened!.resolutionDueAt.toISOString()).toBe('2026-11-23T02:30:00.000Z');

    h.clock.set('2026-11-16T02:59:00Z');
    await runScheduledJobs(h.deps, [autoClose]);
    expect((await statusOf(kept.id)).status).toBe('declined');
    h.clock.set('2026-11-16T03:01:00Z');
    await runScheduledJobs(h.deps, [autoClose]);
    expect((await statusOf(kept.id)).status).toBe('closed');
    expect((await statusOf(appealed.id)).status).toBe('reopened');
    const [closing] = await h.deps.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, kept.id), eq(caseEvents.type, 'auto_close')));
    expect(closing!.message).toContain('tidak diajukan keberatan');
    // the appeal window is over for the closed one too
    const late = await trackApi(h, kept.trackingCode, '/reopen', { key: kept.accessKey, json: { reason: 'Saya baru sempat membalas.' } });
    expect(late.status).toBe(422);
  });

  it('10.7 250 due complaints and younger ones: every due one is closed in one run, oldest first', async () => {
    // resolved on 250 different working hours of January–February 2027, inserted out of order
    const due: { id: string; resolvedAt: Date }[] = [];
    const base = Date.parse('2027-01-04T01:00:00Z'); // Monday 4 January 2027, 08:00 WIB
    for (let i = 0; i < 250; i++) {
      const n = (i * 97) % 250; // a permutation of 0…249
      const resolvedAt = new Date(base + Math.floor(n / 10) * 24 * 3600_000 + (n % 10) * 3600_000);
      const c = await insertComplaint(h, { serviceCode: 'sampah', status: 'resolved', submittedAt: '2027-01-01T03:00:00Z', resolvedAt });
      due.push({ id: c.id, resolvedAt });
    }
    const young: string[] = [];
    for (let i = 0; i < 20; i++) young.push((await insertComplaint(h, { serviceCode: 'sampah', status: 'resolved', submittedAt: '2027-03-01T03:00:00Z', resolvedAt: '2027-03-12T03:00:00Z' })).id);
    h.clock.set('2027-03-15T03:00:00Z');

    // with room for 100 only: the 100 oldest
    expect(await autoCloseAnswered(h.deps, h.clock.now(), 100)).toEqual({ closed: 100 });
    const closedIds = new Set([...(await statusesOf(due.map((d) => d.id)))].filter(([, s]) => s === 'closed').map(([id]) => id));
    const oldest = [...due].sort((a, b) => a.resolvedAt.getTime() - b.resolvedAt.getTime()).slice(0, 100).map((d) => d.id);
    expect([...closedIds].sort()).toEqual([...oldest].sort());

    // the scheduled run takes every one that is due, and none inside its window
    const run = await runScheduledJobs(h.deps, [autoClose]);
    expect(run['auto-close']).toEqual({ closed: 150 });
    const statuses = await statusesOf([...due.map((d) => d.id), ...young]);
    expect(statuses.size).toBe(270);
    for (const [id, status] of statuses) expect(status, id).toBe(young.includes(id) ? 'resolved' : 'closed');
  }, 120_000);
});
