// A resolved complaint that the citizen does not reopen within 10 working days is closed by the
// scheduled job, once, with a public event; the citizen can still rate it.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, cases } from '../../../db/schema';
import { runScheduledJobs } from '../../../jobs';
import { autoClose } from '../jobs/auto-close';
import type { Harness } from '../../../../tests/harness/types';
import { insertComplaint } from '../../../../tests/helpers/cases';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

// Monday 2 November 2026, 10:00 WIB; no holidays until 16 November, so the window ends
// Monday 16 November 10:00 WIB.
const RESOLVED_AT = '2026-11-02T03:00:00Z';

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
});
