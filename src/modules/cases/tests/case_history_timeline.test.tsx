// The history the real app writes is what docs/metrics.md §1 says, read by the metrics' own pure
// reader (src/domain/metrics/timeline.ts): a complaint submitted, verified, asked about, left
// unanswered until the deadline, forwarded to another unit with a new clock, resolved late there,
// reopened and resolved again in time. Every clock and duration asserted here was recorded by
// the events themselves; nothing is recomputed from the calendar.
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, cases, units } from '../../../db/schema';
import { complaintMachine } from '../../../domain/cases/state-machine';
import { readTimeline, segmentsOf, timelineRulesOf, type HistoryEvent } from '../../../domain/metrics/timeline';
import { runScheduledJobs } from '../../../jobs';
import type { Harness } from '../../../../tests/harness/types';
import { createViaApi, trackApi } from '../../../../tests/helpers/complaints';
import { postForm, signInAs } from '../../../../tests/helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const HOUR = 3600_000;
const t = (iso: string) => Date.parse(iso);

async function act(email: string, id: string, fields: Record<string, string>) {
  const who = await signInAs(h, email);
  const [row] = await h.deps.db.select({ version: cases.version }).from(cases).where(eq(cases.id, id));
  const res = await postForm(h, `/staf/kasus/${id}/aksi`, who, { version: String(row!.version), ...fields });
  expect(res.status, `${fields['action']}: ${res.status}`).toBe(303);
}

/** The case's history as the metrics read it. */
async function history(id: string): Promise<HistoryEvent[]> {
  const rows = await h.deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, id)).orderBy(asc(caseEvents.at), asc(caseEvents.id));
  return rows.map((e) => {
    const data = e.data ? (JSON.parse(e.data) as Record<string, never>) : {};
    return {
      id: e.id,
      at: e.at.getTime(),
      type: e.type,
      actorKind: e.actorKind,
      actorId: e.actorId,
      clock: data['clock'] ?? null,
      durations: data['durations'] ?? null,
      ...('assignee_id' in data ? { assigneeId: data['assignee_id'] } : {}),
    };
  });
}

describe(`a case history read as the metrics read it, on ${RUNTIME}`, () => {
  it('submit → verify → request info → deadline → forward (new clock) → resolved late → reopen → resolved in time', async () => {
    const admin = await signInAs(h, 'admin@demo.pelita.id');
    expect((await postForm(h, '/admin/pengaturan', admin, { info_request_days: '2' })).status).toBe(303);

    h.clock.set('2026-11-02T02:00:00Z'); // Monday 2 November, 09:00 WIB
    const { id, code, key } = await createViaApi(h);
    h.clock.set('2026-11-02T03:00:00Z');
    await act('petugas.dpupr@demo.pelita.id', id, { action: 'verify' });
    h.clock.set('2026-11-02T04:00:00Z');
    await act('petugas.dpupr@demo.pelita.id', id, { action: 'request_info', message: 'Di depan nomor berapa?' });
    h.clock.set('2026-11-04T05:00:00Z'); // the two working days ran out at 04:00
    await runScheduledJobs(h.deps);
    h.clock.set('2026-11-05T02:00:00Z'); // Thursday: to DLH, as a waste complaint
    await act('petugas.dpupr@demo.pelita.id', id, { action: 'forward', to_unit: 'DLH', service: 'sampah', message: 'Ini tumpukan sampah, bukan jalan rusak.' });
    h.clock.set('2026-11-05T03:00:00Z');
    await act('petugas.dlh@demo.pelita.id', id, { action: 'verify' });
    h.clock.set('2026-11-13T02:00:00Z'); // Friday 13th: a day after DLH's deadline
    await act('petugas.dlh@demo.pelita.id', id, { action: 'resolve', message: 'Sampah sudah diangkut.' });
    h.clock.set('2026-11-16T02:00:00Z');
    expect((await trackApi(h, code, '/reopen', { key, json: { reason: 'Sampahnya kembali menumpuk.' } })).status).toBe(200);
    h.clock.set('2026-11-16T03:00:00Z');
    await act('petugas.dlh@demo.pelita.id', id, { action: 'verify' });
    h.clock.set('2026-11-18T02:00:00Z');
    await act('petugas.dlh@demo.pelita.id', id, { action: 'resolve', message: 'Sampah diangkut, papan larangan dipasang.' });

    const [dpupr] = await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, 'DPUPR'));
    const [dlh] = await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, 'DLH'));
    const events = await history(id);
    const episodes = readTimeline(events, timelineRulesOf(complaintMachine.transitions), t('2026-12-01T00:00:00Z'));
    expect(episodes).toHaveLength(2);
    const [first, second] = episodes;

    // episode 1: DPUPR held it a working day (the two days waiting for the citizen not counted)
    // and handed it over before its deadline; DLH resolved it a day late
    const [a, b] = first!.segments;
    expect(a).toMatchObject({ unitId: dpupr!.id, endedBy: 'forward', resolutionOutcome: null, heldMs: 24 * HOUR, pausedMs: 48 * HOUR });
    expect(a!.firstResponse).toMatchObject({ at: t('2026-11-02T03:00:00Z'), workingMs: HOUR });
    expect(a!.firstResponseOutcome).toEqual({ kind: 'met', at: t('2026-11-02T03:00:00Z') });
    // the clock after the deadline passed: the two paused days pushed in (Monday 9th → Wednesday 11th)
    expect(a!.resolutionDueAt).toBe(t('2026-11-11T02:00:00Z'));
    expect(b).toMatchObject({ unitId: dlh!.id, start: t('2026-11-05T02:00:00Z'), endedBy: 'outcome', heldMs: 144 * HOUR, firstResponseDueAt: t('2026-11-06T02:00:00Z') });
    expect(b!.firstResponseOutcome).toEqual({ kind: 'met', at: t('2026-11-05T03:00:00Z') });
    expect(b!.resolutionOutcome).toEqual({ kind: 'breached', at: t('2026-11-12T02:00:00Z') });
    expect(first!.outcome).toMatchObject({ outcome: 'resolved', at: t('2026-11-13T02:00:00Z'), resolutionMs: 168 * HOUR, pausedMs: 48 * HOUR });
    expect(first!.reopenedAt).toBe(t('2026-11-16T02:00:00Z'));

    // episode 2: a fresh clock from the reopen, met
    const [c] = second!.segments;
    expect(c).toMatchObject({ unitId: dlh!.id, start: t('2026-11-16T02:00:00Z'), firstResponseDueAt: t('2026-11-17T02:00:00Z'), resolutionDueAt: t('2026-11-23T02:00:00Z') });
    expect(c!.resolutionOutcome).toEqual({ kind: 'met', at: t('2026-11-18T02:00:00Z') });
    expect(second!.outcome).toMatchObject({ outcome: 'resolved', resolutionMs: 48 * HOUR, pausedMs: 0 });
    expect(segmentsOf(episodes).map((s) => s.seq)).toEqual([1, 2, 3]);

    // the clock-changing events each carry the clock after them
    const clocked = events.filter((e) => e.clock).map((e) => e.type);
    expect(clocked).toEqual(['submitted', 'request_info', 'info_request_expired', 'forward', 'reopen']);
    expect((await postForm(h, '/admin/pengaturan', await signInAs(h, 'admin@demo.pelita.id'), { info_request_days: '10' })).status).toBe(303);
  });
});
