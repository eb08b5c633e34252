// The live incentive ranking reads the metrics' roll-ups and the training ledger by their keys,
// never by scanning (issue 11.7: page cost must not grow with history). Each query it adds is asked
// for its plan (EXPLAIN QUERY PLAN), as metrics_rollup_query_plans.test.tsx does for the metrics
// API. Scans allowed, each bounded by something other than history: `staff` for a city-wide list
// (the city's ASN), `incentive_snapshots` for an ASN's publications (one row per published period).
import { eq, sql, type SQLWrapper } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { staff } from '../../../db/schema';
import { monthsOf, parsePeriod } from '../../../domain/metrics/period';
import { metricsQueries } from '../../metrics/query';
import { publishedMineQuery } from '../mine';
import { jpToDateQuery } from '../ranking';
import type { Harness } from '../../../../tests/harness/types';
import { planOf } from '../../../../tests/helpers/query-plan';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

/** Steps that read a whole table or index, other than the ones allowed; a roll-up read not bounded by months. */
async function scans(q: SQLWrapper, allowed: RegExp | null = null): Promise<string[]> {
  const steps = await planOf(h.deps.db, q);
  expect(steps.length).toBeGreaterThan(0);
  return steps.filter(
    (s) =>
      (/^SCAN (?!CONSTANT ROW)/.test(s) && !(allowed && allowed.test(s))) ||
      (/^SEARCH (metric_months|metric_hist)\b/.test(s) && !/\bmonth[=<]/.test(s) && !/\(rowid=\?\)/.test(s)),
  );
}

describe(`the live incentive ranking's query plans on ${RUNTIME}`, () => {
  const july = parsePeriod('2026-07')!;
  const now = new Date('2026-08-03T02:00:00Z');

  it('JP up to the period’s last day: the ledger searched by person and year, for a unit and for the city', async () => {
    const db = h.deps.db;
    const unitStaff = sql`(${db.select({ id: staff.id }).from(staff).where(eq(staff.unitId, 3))})`;
    expect(await scans(jpToDateQuery(db, unitStaff, july, '2026-07-31'))).toEqual([]);
    const city = sql`(${db.select({ id: staff.id }).from(staff)})`;
    expect(await scans(jpToDateQuery(db, city, july, '2026-07-31'), /^SCAN staff\b/)).toEqual([]);
    expect((await planOf(h.deps.db, jpToDateQuery(db, city, july, '2026-07-31'))).join('\n')).toMatch(/SEARCH training_ledger USING INDEX training_ledger_staff_year_idx \(staff_id=\? AND year=\?\)/);
  });

  it('the city’s officers’ roll-ups, as the ranking reads them, search by scope and month', async () => {
    const db = h.deps.db;
    const q = metricsQueries(db, { scope: 'officer', idsIn: sql`(${db.select({ id: staff.id }).from(staff)})` }, monthsOf(july), now);
    // (the medians' window reads its own co-routines: the buckets searched by month, then ranked)
    for (const [name, query] of Object.entries(q)) expect(await scans(query, /^SCAN (staff\b|buckets$|ranked$|\(subquery-\d+\)$)/), name).toEqual([]);
  });

  it('an ASN’s own published row: each publication joined to their row by its key', async () => {
    const steps = await planOf(h.deps.db, publishedMineQuery(h.deps.db, 42, '2026-07'));
    expect(steps.join('\n')).toMatch(/SEARCH .*incentive_snapshot_rows.* \(period=\? AND staff_id=\?\)/);
    expect(await scans(publishedMineQuery(h.deps.db, 42, '2026-07'), /^SCAN (incentive_snapshots|s)\b/)).toEqual([]);
  });
});
