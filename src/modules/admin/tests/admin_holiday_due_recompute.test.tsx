// Issue 10.4: due dates were stored at submission, so a cuti bersama day added later left them
// unchanged and open cases were escalated a day early. A holiday edit now recomputes the due
// instants of open cases from their clock's inputs — the first chunk with the save, the rest by
// the scheduled job — and every moved deadline leaves a `due_recomputed` event with the new clock.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, cases, settings } from '../../../db/schema';
import { runScheduledJobs } from '../../../jobs';
import { DUE_RECOMPUTE_KEY } from '../../cases/jobs/due-recompute';
import type { Harness } from '../../../../tests/harness/types';
import { insertComplaint } from '../../../../tests/helpers/cases';
import { postForm, signInAs } from '../../../../tests/helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const MONDAY = '2026-11-02T02:00:00Z'; // Monday 2 November 2026, 09:00 WIB

async function row(id: string) {
  const [r] = await h.deps.db.select().from(cases).where(eq(cases.id, id));
  return r!;
}

const recomputed = async (id: string) =>
  (await h.deps.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, id), eq(caseEvents.type, 'due_recomputed')))).sort((a, b) => a.id - b.id);

async function addHoliday(date: string) {
  const admin = await signInAs(h, 'admin@demo.pelita.id');
  const res = await postForm(h, '/admin/libur/baru', admin, { date, name: 'Cuti bersama uji', kind: 'cuti_bersama' });
  expect(res.status).toBe(303);
}

describe(`10.4 holiday edits reach open cases on ${RUNTIME}`, () => {
  it('10.4 a cuti bersama day added later moves the open case’s deadline, so it is not escalated a day early', async () => {
    h.clock.set(MONDAY);
    const open = await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'verified', firstRespondedAt: MONDAY });
    const done = await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'resolved', firstRespondedAt: MONDAY, resolvedAt: '2026-11-03T02:00:00Z' });
    expect((await row(open.id)).resolutionDueAt.toISOString()).toBe('2026-11-09T02:00:00.000Z');

    h.clock.set('2026-11-04T02:00:00Z'); // Wednesday: the admin adds Friday 6 November
    await addHoliday('2026-11-06');

    const moved = await row(open.id);
    expect(moved.resolutionDueAt.toISOString()).toBe('2026-11-10T02:00:00.000Z');
    expect(moved.firstResponseDueAt.toISOString()).toBe('2026-11-03T02:00:00.000Z');
    const [ev] = await recomputed(open.id);
    expect(ev).toMatchObject({ actorKind: 'system', visibility: 'internal', fromStatus: 'verified', toStatus: 'verified' });
    expect(JSON.parse(ev!.data!)).toMatchObject({
      previous: { resolution_due_at: '2026-11-09T02:00:00.000Z' },
      clock: { resolution_due_at: '2026-11-10T02:00:00.000Z', first_response_due_at: '2026-11-03T02:00:00.000Z', paused_since: null },
    });
    // a closed episode never changes
    expect((await row(done.id)).resolutionDueAt.toISOString()).toBe('2026-11-09T02:00:00.000Z');
    expect(await recomputed(done.id)).toHaveLength(0);

    h.clock.set('2026-11-09T03:00:00Z'); // Monday 10:00: the old deadline has passed, the new one not
    await runScheduledJobs(h.deps);
    expect(await h.deps.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, open.id), eq(caseEvents.type, 'escalate')))).toHaveLength(0);
    // running the recomputation again finds nothing to move
    expect(await recomputed(open.id)).toHaveLength(1);

    // removing the day moves it back, with its own event
    const admin = await signInAs(h, 'admin@demo.pelita.id');
    expect((await postForm(h, '/admin/libur/2026-11-06/hapus', admin, {})).status).toBe(303);
    expect((await row(open.id)).resolutionDueAt.toISOString()).toBe('2026-11-09T02:00:00.000Z');
    expect(await recomputed(open.id)).toHaveLength(2);
  });

  it('10.4 the save recomputes the first chunk itself; the scheduled job finishes the rest', async () => {
    h.clock.set(MONDAY);
    const ids: string[] = [];
    for (let i = 0; i < 250; i++) ids.push((await insertComplaint(h, { serviceCode: 'sampah', status: 'verified', firstRespondedAt: MONDAY })).id);
    const movedOf = async () => {
      let n = 0;
      for (let i = 0; i < ids.length; i += 90)
        n += (await h.deps.db.select({ id: cases.id }).from(cases).where(and(inArray(cases.id, ids.slice(i, i + 90)), eq(cases.resolutionDueAt, new Date('2026-11-10T02:00:00Z'))))).length;
      return n;
    };

    h.clock.set('2026-11-03T02:00:00Z');
    await addHoliday('2026-11-05');
    const afterSave = await movedOf();
    expect(afterSave).toBeGreaterThan(0);
    expect(afterSave).toBeLessThan(250);
    expect(await h.deps.db.select().from(settings).where(eq(settings.key, DUE_RECOMPUTE_KEY))).toHaveLength(1);

    const run = await runScheduledJobs(h.deps);
    expect(run['due-recompute']).toMatchObject({ pending: 0 });
    expect(await movedOf()).toBe(250);
    expect(await h.deps.db.select().from(settings).where(eq(settings.key, DUE_RECOMPUTE_KEY))).toHaveLength(0);
    expect(await runScheduledJobs(h.deps)).toMatchObject({ 'due-recompute': { checked: 0, moved: 0, pending: 0 } });
  }, 120_000);
});
