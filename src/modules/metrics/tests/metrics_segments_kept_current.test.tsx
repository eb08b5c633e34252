// How the case_segments projection stays current (docs/metrics.md §6): every change rewrites its
// case's rows at once; a rewrite that fails never fails the citizen's or officer's action and is
// done again by the scheduled job; a deadline passing without any event counts as a breach at
// once and is written down by the job; a new definition of the rows rebuilds them all.
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseSegments, caseSegmentsPending } from '../../../db/schema';
import { runScheduledJobs } from '../../../jobs';
import { MIN_PUBLIC_CELL_KEY } from '../../../domain/transparency/small-numbers';
import { readSetting, writeSetting } from '../../../platform/settings/settings';
import { transparencyStats } from '../../transparency/stats';
import { BUILD_KEY, caseSegmentsUpkeep, PROJECTION_VERSION } from '../job';
import type { Harness } from '../../../../tests/harness/types';
import { insertComplaint } from '../../../../tests/helpers/cases';
import { caseDriver, wib, type DrivenCase } from '../../../../tests/helpers/case-driver';

let h: Harness;
const OFFICER = 'petugas.dpupr@demo.pelita.id';
const segmentsOf = (k: { id: string }) => h.deps.db.select().from(caseSegments).where(eq(caseSegments.caseId, k.id)).orderBy(asc(caseSegments.seq));
const pending = async () => (await h.deps.db.select().from(caseSegmentsPending)).map((r) => r.caseId);
const upkeep = async () => (await runScheduledJobs(h.deps, [caseSegmentsUpkeep]))['case-segments'];

beforeAll(async () => {
  h = await makeHarness();
  await writeSetting(h.deps.db, MIN_PUBLIC_CELL_KEY, '1');
  // built already: the job's repairs below are its own, not a first build's
  await writeSetting(h.deps.db, BUILD_KEY, PROJECTION_VERSION);
});
afterAll(async () => h.close());

describe(`case_segments kept current on ${RUNTIME}`, () => {
  let k: DrivenCase;

  it('a submission and every change after it rewrite the case’s rows at once', async () => {
    const d = caseDriver(h);
    // Monday 6 July 2026 09:00 WIB; jalan-rusak: first response due Tue 7 July 09:00, resolution Mon 13 July 09:00
    k = await d.submit('2026-07-06T09:00');
    expect(await segmentsOf(k)).toMatchObject([
      { episode: 1, seq: 1, submitted: true, endAt: null, firstResponseAt: null, resolutionDueAt: wib('2026-07-13T09:00'), frOutcome: null },
    ]);
    await d.staff('2026-07-06T10:00', OFFICER, k, 'claim');
    await d.staff('2026-07-06T10:30', OFFICER, k, 'verify');
    const [row] = await segmentsOf(k);
    expect(row).toMatchObject({ firstResponseAt: wib('2026-07-06T10:30'), firstResponseMs: 90 * 60_000, frOutcome: 'met', frOutcomeAt: wib('2026-07-06T10:30') });
    expect(row!.assigneeId).not.toBeNull();
    expect(await pending()).toEqual([]);
  });

  it('a rewrite that fails never fails the action: the mark stays and the scheduled job does it again', async () => {
    const d = caseDriver(h);
    // every write to the projection fails for a while
    await h.deps.db.run(sql`CREATE TRIGGER segments_down BEFORE INSERT ON case_segments BEGIN SELECT RAISE(ABORT, 'projection down'); END`);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await d.staff('2026-07-07T09:00', OFFICER, k, 'resolve'); // answers 200: the resolution is made
      expect(logged).toHaveBeenCalledWith(expect.stringContaining(`case_segments of case ${k.id} not rewritten`), expect.anything());
    } finally {
      logged.mockRestore();
      await h.deps.db.run(sql`DROP TRIGGER segments_down`);
    }
    expect(await pending()).toEqual([k.id]);
    expect((await segmentsOf(k))[0]).toMatchObject({ endAt: null, outcome: null }); // as before the resolution

    h.clock.set(wib('2026-07-07T09:15'));
    expect(await upkeep()).toMatchObject({ pending: 1, rebuilt: 0 });
    expect(await pending()).toEqual([]);
    expect((await segmentsOf(k))[0]).toMatchObject({ endAt: wib('2026-07-07T09:00'), endedBy: 'outcome', outcome: 'resolved', resOutcome: 'met' });
  });

  it('a deadline passing without any event is a breach at once, and the job writes it down', async () => {
    const d = caseDriver(h);
    // submitted Wednesday 8 July 09:00, never answered: first response due Thu 9 July 09:00, resolution Wed 15 July 09:00
    const open = await d.submit('2026-07-08T09:00');
    h.clock.set(wib('2026-07-16T09:00'));
    expect((await segmentsOf(open))[0]).toMatchObject({ frOutcome: null, resOutcome: null });
    // the page counts both breaches before the job has looked: the resolved case met both SLAs
    let s = await transparencyStats(h.deps.db, 'bulan-ini', h.clock.now());
    expect(s.resolution).toEqual({ shown: true, value: { met: 1, decided: 2, percent: 50 } });
    expect(s.firstResponse).toEqual({ shown: true, value: { met: 1, decided: 2, percent: 50 } });

    expect(await upkeep()).toMatchObject({ deadlines: 1, rebuilt: 0 });
    expect((await segmentsOf(open))[0]).toMatchObject({
      frOutcome: 'breached',
      frOutcomeAt: wib('2026-07-09T09:00'),
      resOutcome: 'breached',
      resOutcomeAt: wib('2026-07-15T09:00'),
      endAt: null,
    });
    s = await transparencyStats(h.deps.db, 'bulan-ini', h.clock.now());
    expect(s.resolution).toEqual({ shown: true, value: { met: 1, decided: 2, percent: 50 } });
    // judged once: the next run finds nothing to do
    expect(await upkeep()).toMatchObject({ deadlines: 0, pending: 0 });
  });

  it('a case whose rows cannot be written holds up no other case in the job', async () => {
    const all = await h.deps.db.select({ caseId: caseSegments.caseId }).from(caseSegments);
    const ids = [...new Set(all.map((r) => r.caseId))];
    expect(ids.length).toBe(2);
    const stuck = ids.find((id) => id !== k.id)!;
    await h.deps.db.delete(caseSegments);
    for (const id of ids) await h.deps.db.insert(caseSegmentsPending).values({ caseId: id, since: h.clock.now() });
    await h.deps.db.run(sql.raw(`CREATE TRIGGER one_case_down BEFORE INSERT ON case_segments WHEN NEW.case_id = '${stuck}' BEGIN SELECT RAISE(ABORT, 'this case is down'); END`));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await upkeep()).toMatchObject({ pending: 2, rebuilt: 0 });
      expect(logged).toHaveBeenCalledWith(expect.stringContaining(`case_segments of case ${stuck} not rewritten`), expect.anything());
    } finally {
      logged.mockRestore();
      await h.deps.db.run(sql`DROP TRIGGER one_case_down`);
    }
    expect((await segmentsOf(k)).length).toBe(1);
    expect(await segmentsOf({ id: stuck })).toEqual([]);
    expect(await pending()).toEqual([stuck]);
    expect(await upkeep()).toMatchObject({ pending: 1 });
    expect((await segmentsOf({ id: stuck })).length).toBe(1);
    expect(await pending()).toEqual([]);
  });

  it('a new definition of the rows rebuilds every case, in chunks, and records that it did', async () => {
    // a case recorded before clocks were in the history has no segments, and breaks nothing
    const legacy = await insertComplaint(h, { serviceCode: 'jalan-rusak', submittedAt: '2026-07-08T02:00:00Z' });
    const before = await h.deps.db.select().from(caseSegments).orderBy(asc(caseSegments.caseId), asc(caseSegments.seq));
    await h.deps.db.delete(caseSegments);
    await writeSetting(h.deps.db, BUILD_KEY, `0:${'f'.repeat(8)}`); // an older definition, half built
    expect(await upkeep()).toMatchObject({ rebuilt: 3 });
    expect(await readSetting(h.deps.db, BUILD_KEY)).toBe(PROJECTION_VERSION);
    const after = await h.deps.db.select().from(caseSegments).orderBy(asc(caseSegments.caseId), asc(caseSegments.seq));
    const facts = (rows: typeof before) => rows.map(({ updatedAt: _w, writeId: _id, ...f }) => f);
    expect(facts(after)).toEqual(facts(before));
    expect(await segmentsOf(legacy)).toEqual([]);
    // built: the next run rebuilds nothing
    expect(await upkeep()).toMatchObject({ rebuilt: 0 });
  });
});
