// The Worker's scheduled() handler (the cron trigger) in workerd with D1: the real worker module
// runs every scheduled job, including the SLA escalation, against the real migrations.
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseEvents, cases, outbox } from '../../src/db/schema';
import worker from '../../src/worker-dev';
import { makeHarness } from '../harness/d1';
import type { Harness } from '../harness/types';
import { insertComplaint } from '../helpers/cases';

// this file's own Worker instance: the entry keeps one per env, and the D1 project's files share one workerd
const fileEnv = { ...env };

const DAY = 24 * 60 * 60 * 1000;
let h: Harness;

beforeAll(async () => {
  // the Worker uses the real clock: the fixture's clock is set to the real now too
  h = await makeHarness();
  h.clock.set(new Date());
}, 60_000);

async function runCron() {
  const controller = createScheduledController({ scheduledTime: Date.now(), cron: '*/15 * * * *' });
  const ctx = createExecutionContext();
  await worker.scheduled(controller, fileEnv as never, ctx);
  await waitOnExecutionContext(ctx);
}

describe('the Worker cron trigger on D1', () => {
  it('escalates an overdue complaint once, with an outbox message to the supervisor', async () => {
    const overdue = await insertComplaint(h, { serviceCode: 'jalan-rusak', submittedAt: new Date(Date.now() - 30 * DAY) });
    const fresh = await insertComplaint(h, { serviceCode: 'jalan-rusak', submittedAt: new Date() });

    await runCron();
    const events = await h.deps.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, overdue.id), eq(caseEvents.type, 'escalate')));
    expect(events).toHaveLength(1);
    const mails = await h.deps.db.select().from(outbox).where(eq(outbox.caseId, overdue.id));
    expect(mails.map((m) => m.to)).toEqual(['kabid.dpupr@demo.pelita.id']);
    const [row] = await h.deps.db.select().from(cases).where(eq(cases.id, overdue.id));
    expect(row!.escalatedAt).not.toBeNull();

    await runCron();
    expect(
      await h.deps.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, overdue.id), eq(caseEvents.type, 'escalate'))),
    ).toHaveLength(1);
    expect(await h.deps.db.select().from(outbox).where(eq(outbox.caseId, fresh.id))).toHaveLength(0);
  }, 60_000);
});
