// Issue 11.7: the medians of months that have ended are ranked once by the scheduled job and kept
// (docs/metrics.md §6.3), so /dasbor's list by unit and its 12-month trend read a few rows per
// month; an officer's own page reads its 12 months the same way (issue 14.2). Hand-made buckets
// with hand-computed medians (as metrics_medians_in_sql.test.tsx): what is kept equals the live
// ranking; a read uses what is kept for ended months and ranks the running month live; a bucket
// change of a kept month (a rebuild) deletes its mark.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { metricHist, metricMedianMonths, metricMedians, units } from '../../../db/schema';
import { parsePeriod } from '../../../domain/metrics/period';
import { writeSetting } from '../../../platform/settings/settings';
import { BUILD_KEY, PROJECTION_VERSION } from '../job';
import { keepMedians, keptMedianQueries, MONTHS_KEPT, PAIRS_PER_RUN } from '../medians';
import { metricsByUnit, monthlySeries, serviceMetrics } from '../query';
import type { Harness } from '../../../../tests/harness/types';
import { planOf } from '../../../../tests/helpers/query-plan';

let h: Harness;
const now = new Date('2026-09-10T03:00:00Z');
let u1 = 0;
let u2 = 0;
const unit = { kind: 'unit' as const, id: 0 };
const cell = (month: string, kind: string, measure: string, minutes: number, n: number, scopeId = u1, scope = 'unit') => ({ scope, scopeId, month, kind, measure, minutes, n });
/** an officer (staff id) with buckets of their own */
const OFFICER = 4242;
const officer = { kind: 'officer' as const, id: OFFICER };
const marks = async () => (await h.deps.db.select().from(metricMedianMonths)).map((r) => `${r.scope} ${r.month}`).sort();

beforeAll(async () => {
  h = await makeHarness();
  await writeSetting(h.deps.db, BUILD_KEY, PROJECTION_VERSION);
  // two of the harness's units (the list by unit names them)
  [u1, u2] = (await h.deps.db.select({ id: units.id }).from(units).orderBy(units.id).limit(2)).map((r) => r.id) as [number, number];
  unit.id = u1;
  await h.deps.db.insert(metricHist).values([
    // July: resolution 10 ×2, 30 ×1 (complaints), 120 ×2 (permits) → 30 min; first response 5, 50 → 27.5 min
    cell('2026-07', 'complaint', 'res', 10, 2),
    cell('2026-07', 'complaint', 'res', 30, 1),
    cell('2026-07', 'permit', 'res', 120, 2),
    cell('2026-07', 'complaint', 'fr', 5, 1),
    cell('2026-07', 'complaint', 'fr', 50, 1),
    // another unit in July: resolution 40 ×1
    cell('2026-07', 'complaint', 'res', 40, 1, u2),
    // August: resolution 60 ×3; September (running): resolution 15 ×1
    cell('2026-08', 'complaint', 'res', 60, 3),
    cell('2026-09', 'complaint', 'res', 15, 1),
    // an officer: July resolution 20, 45, 45, 90 → the 2nd and 3rd values, 45 min; August 8 → 8; September (running) 70
    cell('2026-07', 'complaint', 'res', 20, 1, OFFICER, 'officer'),
    cell('2026-07', 'complaint', 'res', 45, 2, OFFICER, 'officer'),
    cell('2026-07', 'permit', 'res', 90, 1, OFFICER, 'officer'),
    cell('2026-08', 'complaint', 'res', 8, 1, OFFICER, 'officer'),
    cell('2026-09', 'complaint', 'res', 70, 1, OFFICER, 'officer'),
  ]);
});
afterAll(async () => h.close());

describe(`kept medians on ${RUNTIME}`, () => {
  it('11.7 the job keeps every scope of the ended months, newest first, a bounded number a run, never the running month', async () => {
    expect(await keepMedians(h.deps.db, now)).toEqual({ built: PAIRS_PER_RUN, waiting: 1 });
    // four scope kinds a month: August and July first, then the months before
    expect((await marks()).filter((m) => m.endsWith('2026-08') || m.endsWith('2026-07'))).toEqual([
      'city 2026-07',
      'city 2026-08',
      'officer 2026-07',
      'officer 2026-08',
      'service 2026-07',
      'service 2026-08',
      'unit 2026-07',
      'unit 2026-08',
    ]);
    while ((await keepMedians(h.deps.db, now)).waiting) {}
    expect(await marks()).toHaveLength(4 * MONTHS_KEPT);
    expect((await marks()).some((m) => m.endsWith('2026-09'))).toBe(false);
    // July's units: 9001 resolution (n 5, the 3rd value 30 min), first response (n 2: 5 and 50), 9002 (n 1: 40)
    const july = await h.deps.db.select().from(metricMedians).where(and(eq(metricMedians.scope, 'unit'), eq(metricMedians.month, '2026-07')));
    const byRow = (a: (string | number)[], b: (string | number)[]) => String(a).localeCompare(String(b));
    expect(july.map((r) => [r.scopeId, r.measure, r.n, r.lo, r.hi]).sort(byRow)).toEqual(
      [
        [u1, 'fr', 2, 5, 50],
        [u1, 'res', 5, 30, 30],
        [u2, 'res', 1, 40, 40],
      ].sort(byRow),
    );
  });

  it('11.7 a month, a list by unit and a trend read the kept medians as the live ranking gives them, the running month ranked live', async () => {
    const m = await serviceMetrics(h.deps.db, unit, parsePeriod('2026-07')!, now);
    expect(m.medianResolution).toEqual({ n: 5, ms: 30 * 60_000 });
    expect(m.medianFirstResponse).toEqual({ n: 2, ms: 27.5 * 60_000 });
    const list = await metricsByUnit(h.deps.db, parsePeriod('2026-07')!, now);
    const medians = (l: typeof list) => l.filter((u) => u.unit.id === u1 || u.unit.id === u2).map((u) => [u.unit.id, u.metrics.medianResolution, u.metrics.medianFirstResponse]);
    expect(medians(list)).toEqual([
      [u1, { n: 5, ms: 30 * 60_000 }, { n: 2, ms: 27.5 * 60_000 }],
      [u2, { n: 1, ms: 40 * 60_000 }, { n: 0, ms: null }],
    ].sort((a, b) => list.findIndex((u) => u.unit.id === a[0]) - list.findIndex((u) => u.unit.id === b[0])));
    // the same as the live ranking: without the mark, July is ranked from its buckets
    await h.deps.db.delete(metricMedianMonths).where(and(eq(metricMedianMonths.scope, 'unit'), eq(metricMedianMonths.month, '2026-07')));
    expect(medians(await metricsByUnit(h.deps.db, parsePeriod('2026-07')!, now))).toEqual(medians(list));
    await keepMedians(h.deps.db, now);
    const trend = await monthlySeries(h.deps.db, unit, 3, now);
    expect(trend.map((p) => [p.month, p.metrics.medianResolution])).toEqual([
      ['2026-07', { n: 5, ms: 30 * 60_000 }],
      ['2026-08', { n: 3, ms: 60 * 60_000 }],
      ['2026-09', { n: 1, ms: 15 * 60_000 }],
    ]);
    // a quarter merges its months' buckets: ranked live, never a mean of monthly medians
    // 10, 10, 15, 30, 60, 60, 60, 120, 120: the 5th value
    expect((await serviceMetrics(h.deps.db, unit, parsePeriod('2026-Q3')!, now)).medianResolution).toEqual({ n: 9, ms: 60 * 60_000 });
  });

  it('14.2 officer_kept_medians: an officer’s ended months are kept as the live ranking gives them, the running month ranked live', async () => {
    const kept = await h.deps.db.select().from(metricMedians).where(and(eq(metricMedians.scope, 'officer'), eq(metricMedians.scopeId, OFFICER)));
    expect(kept.map((r) => [r.month, r.measure, r.n, r.lo, r.hi]).sort()).toEqual([
      ['2026-07', 'res', 4, 45, 45],
      ['2026-08', 'res', 1, 8, 8],
    ]);
    const trend = await monthlySeries(h.deps.db, officer, 3, now);
    const series = (t: typeof trend) => t.map((p) => [p.month, p.metrics.medianResolution]);
    expect(series(trend)).toEqual([
      ['2026-07', { n: 4, ms: 45 * 60_000 }],
      ['2026-08', { n: 1, ms: 8 * 60_000 }],
      ['2026-09', { n: 1, ms: 70 * 60_000 }],
    ]);
    // what was kept is what is read: a tampered kept value shows, until its mark goes
    const july = and(eq(metricMedians.scope, 'officer'), eq(metricMedians.month, '2026-07'), eq(metricMedians.scopeId, OFFICER));
    await h.deps.db.update(metricMedians).set({ lo: 99, hi: 99 }).where(july);
    expect(series(await monthlySeries(h.deps.db, officer, 3, now))[0]).toEqual(['2026-07', { n: 4, ms: 99 * 60_000 }]);
    await h.deps.db.delete(metricMedianMonths).where(and(eq(metricMedianMonths.scope, 'officer'), eq(metricMedianMonths.month, '2026-07')));
    expect(series(await monthlySeries(h.deps.db, officer, 3, now))).toEqual(series(trend));
    await keepMedians(h.deps.db, now);
    expect(series(await monthlySeries(h.deps.db, officer, 3, now))).toEqual(series(trend));
  });

  it('11.7 an ended month is read from what was kept, not ranked again', async () => {
    await h.deps.db
      .update(metricMedians)
      .set({ lo: 99, hi: 99 })
      .where(and(eq(metricMedians.scope, 'unit'), eq(metricMedians.month, '2026-08'), eq(metricMedians.scopeId, u1), eq(metricMedians.measure, 'res')));
    expect((await serviceMetrics(h.deps.db, unit, parsePeriod('2026-08')!, now)).medianResolution).toEqual({ n: 3, ms: 99 * 60_000 });
    const trend = await monthlySeries(h.deps.db, unit, 2, now);
    expect(trend[0]!.metrics.medianResolution).toEqual({ n: 3, ms: 99 * 60_000 });
  });

  it('11.7 a bucket of a kept month that changes (a rebuild) deletes its mark: ranked live until the job keeps it again', async () => {
    await h.deps.db.insert(metricHist).values(cell('2026-08', 'permit', 'res', 200, 2));
    expect(await marks()).not.toContain('unit 2026-08');
    expect(await marks()).toContain('city 2026-08');
    // 60 ×3, 200 ×2 → the 3rd value, 60 min (the tampered 99 is no longer read)
    expect((await serviceMetrics(h.deps.db, unit, parsePeriod('2026-08')!, now)).medianResolution).toEqual({ n: 5, ms: 60 * 60_000 });
    expect(await keepMedians(h.deps.db, now)).toEqual({ built: 1, waiting: 0 });
    expect(await marks()).toContain('unit 2026-08');
    expect((await serviceMetrics(h.deps.db, unit, parsePeriod('2026-08')!, now)).medianResolution).toEqual({ n: 5, ms: 60 * 60_000 });
    await h.deps.db.delete(metricHist).where(and(eq(metricHist.month, '2026-08'), eq(metricHist.minutes, 200)));
    expect(await marks()).not.toContain('unit 2026-08');
    await h.deps.db.update(metricHist).set({ n: 4 }).where(and(eq(metricHist.month, '2026-07'), eq(metricHist.scopeId, u2)));
    expect(await marks()).not.toContain('unit 2026-07');
  });

  it('11.7 nothing is kept while the roll-ups are rebuilt', async () => {
    await writeSetting(h.deps.db, BUILD_KEY, `${PROJECTION_VERSION}:`);
    expect(await keepMedians(h.deps.db, now)).toEqual({ built: 0, waiting: 1 });
    await writeSetting(h.deps.db, BUILD_KEY, PROJECTION_VERSION);
  });

  it('11.7 the kept medians are read by key: a range of months of one scope kind', async () => {
    const q = keptMedianQueries(h.deps.db, { scope: 'unit' }, ['2026-07', '2026-08']);
    expect(await planOf(h.deps.db, q.marks)).toEqual(['SEARCH metric_median_months USING COVERING INDEX sqlite_autoindex_metric_median_months_1 (scope=? AND month>? AND month<?)']);
    expect((await planOf(h.deps.db, q.rows)).join('\n')).toMatch(/^SEARCH metric_medians USING (PRIMARY KEY|INDEX sqlite_autoindex_metric_medians_1) \(scope=\? AND month=\?\)$/);
    // one officer's trend: each month searched with the officer's id, not every officer's rows of the range
    const one = keptMedianQueries(h.deps.db, { scope: 'officer', id: OFFICER }, ['2026-07', '2026-08']);
    expect((await planOf(h.deps.db, one.rows)).join('\n')).toMatch(/^SEARCH metric_medians USING (PRIMARY KEY|INDEX sqlite_autoindex_metric_medians_1) \(scope=\? AND month=\? AND scope_id=\?\)$/);
  });
});
