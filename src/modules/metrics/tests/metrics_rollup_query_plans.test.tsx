// Pages read the monthly roll-ups through their keys, never by scanning (docs/metrics.md §6.2):
// every query of the metrics API (src/modules/metrics/query.ts) and every statement a rewrite adds
// to keep the roll-ups current is asked for its plan (EXPLAIN QUERY PLAN); a step that scans a
// table or a whole index fails. The only scan allowed is of `staff` for a city-wide list of ASN,
// whose length is the city's staff, not its history.
import { eq, inArray, sql, type SQLWrapper } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseSegments, ratings, staff } from '../../../db/schema';
import { caseContribution, diffContributions, emptyContribution, type RollupRow } from '../../../domain/metrics/rollup';
import { parsePeriod } from '../../../domain/metrics/period';
import { complianceQueries, metricsQueries, trainingQueries } from '../query';
import { medianQuery } from '../medians';
import { rollupDeltaStatements } from '../rollups';
import type { Harness } from '../../../../tests/harness/types';
import { planOf } from '../../../../tests/helpers/query-plan';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

/**
 * A step that reads a whole table or index, or a roll-up read not bounded by months (its cost
 * would grow with the history). json_each is the rewrite's own few cells.
 * The medians' window reads its own co-routines (the buckets searched by month, then ranked).
 */
const MEDIAN_STEPS = /^SCAN (buckets|ranked|\(subquery-\d+\))$/;
const scans = (steps: string[]) =>
  steps.filter(
    (s) =>
      (/^SCAN (?!CONSTANT ROW)/.test(s) && !/^SCAN json_each\b/.test(s) && !MEDIAN_STEPS.test(s)) ||
      (/^SEARCH (metric_months|metric_hist)\b/.test(s) && !/\bmonth[=<]/.test(s) && !/\(rowid=\?\)/.test(s)),
  );

async function scansOf(queries: Record<string, SQLWrapper>): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const [name, q] of Object.entries(queries)) {
    const steps = await planOf(h.deps.db, q);
    expect(steps.length, name).toBeGreaterThan(0);
    found[name] = scans(steps);
  }
  return found;
}
const none = (queries: Record<string, unknown>) => Object.fromEntries(Object.keys(queries).map((k) => [k, []]));

describe(`the metrics' query plans on ${RUNTIME}`, () => {
  const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];
  const now = new Date('2026-08-03T02:00:00Z');

  it('every query of one scope, of every unit, of a unit’s officers, of one kind, searches a key', async () => {
    const db = h.deps.db;
    const unitStaff = sql`(${db.select({ id: staff.id }).from(staff).where(eq(staff.unitId, 3))})`;
    const asks = {
      one: metricsQueries(db, { scope: 'unit', id: 3 }, months, now),
      city: metricsQueries(db, { scope: 'city', id: 0 }, months, now),
      everyUnit: metricsQueries(db, { scope: 'unit' }, months, now),
      unitOfficers: metricsQueries(db, { scope: 'officer', idsIn: unitStaff }, months, now),
      oneKind: metricsQueries(db, { scope: 'service', id: 2, kind: 'complaint' }, months, now),
    };
    const queries: Record<string, SQLWrapper> = {};
    for (const [ask, q] of Object.entries(asks)) for (const [name, query] of Object.entries(q)) queries[`${ask}.${name}`] = query;
    expect(await scansOf(queries)).toEqual(none(queries));
  });

  it('14.2 metric_hist_clustered: an officer’s buckets of some months are read in key order from the table itself (migration 0026), not looked up one table row each', async () => {
    const steps = (await planOf(h.deps.db, medianQuery(h.deps.db, { scope: 'officer', id: 7 }, '2026-01', '2026-12', true))).join('\n');
    // a rowid table answered this through its key's index and then one table row per bucket
    expect(steps).toMatch(/SEARCH metric_hist USING PRIMARY KEY \(scope=\? AND scope_id=\? AND month>\? AND month<\?\)/);
    const table = await h.deps.db.all<{ sql: string }>(sql`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'metric_hist'`);
    expect(table[0]?.sql).toMatch(/WITHOUT ROWID\s*$/);
  });

  it('11.7 a unit’s, an officer’s and a unit’s officers’ open past-due segments are searched in their own index, not read city-wide and filtered', async () => {
    const db = h.deps.db;
    const unitStaff = sql`(${db.select({ id: staff.id }).from(staff).where(eq(staff.unitId, 3))})`;
    const cases = {
      unit: [metricsQueries(db, { scope: 'unit', id: 3 }, months, now), 'unit_id'],
      officer: [metricsQueries(db, { scope: 'officer', id: 7 }, months, now), 'assignee_id'],
      unitOfficers: [metricsQueries(db, { scope: 'officer', idsIn: unitStaff }, months, now), 'assignee_id'],
    } as const;
    for (const [name, [q, col]] of Object.entries(cases)) {
      const index = col === 'unit_id' ? 'unit' : 'assignee';
      const fr = (await planOf(db, q.openFr)).join('\n');
      const res = (await planOf(db, q.openRes)).join('\n');
      expect(fr, name).toMatch(new RegExp(`SEARCH case_segments USING INDEX case_segments_${index}_open_fr_idx \\(${col}=\\? AND end_at=\\? AND fr_outcome=\\? AND paused_now=\\? AND first_response_due_at<\\?\\)`));
      expect(res, name).toMatch(new RegExp(`SEARCH case_segments USING INDEX case_segments_${index}_open_res_idx \\(${col}=\\? AND end_at=\\? AND res_outcome=\\? AND paused_now=\\? AND resolution_due_at<\\?\\)`));
    }
  });

  it('11.7 the training queries search the training roll-ups by person and year or months, never the ledger', async () => {
    const db = h.deps.db;
    const unitStaff = sql`(${db.select({ id: staff.id }).from(staff).where(eq(staff.unitId, 3))})`;
    const q = trainingQueries(db, unitStaff, parsePeriod('2026-Q3')!);
    expect(await scansOf(q)).toEqual(none(q));
    // the whole city: one row per ASN (staff is read whole; the roll-ups searched per person)
    const city = trainingQueries(db, sql`(${db.select({ id: staff.id }).from(staff)})`, parsePeriod('2026')!);
    const found = await scansOf(city);
    for (const steps of Object.values(found)) for (const s of steps) expect(s).toMatch(/^SCAN staff\b/);
    for (const query of Object.values(city)) expect((await planOf(db, query)).join('\n')).not.toMatch(/training_ledger/);
  });

  it('11.7 training compliance per unit counts the active ASN index-only and reads the per-unit training roll-ups by key, never a row per ASN or the ledger', async () => {
    const db = h.deps.db;
    for (const [name, unitId] of [
      ['city', undefined],
      ['unit', 3],
    ] as const)
      for (const period of [parsePeriod('2026-07')!, parsePeriod('2026')!]) {
        const q = complianceQueries(db, period, 10, unitId);
        const active = (await planOf(db, q.active)).join('\n');
        // the active ASN counted from an index alone (the city's: its length is the staff's, not the history's)
        expect(active, name).toMatch(
          unitId === undefined ? /^SEARCH staff USING COVERING INDEX staff_active_unit_idx \(active=\?\)$/ : /^SEARCH staff USING COVERING INDEX staff_active_unit_idx \(active=\? AND unit_id=\?\)$/,
        );
        expect((await planOf(db, q.standing)).join('\n'), name).toMatch(
          unitId === undefined ? /^SEARCH training_unit_jp USING (PRIMARY KEY|INDEX sqlite_autoindex_training_unit_jp_1) \(year=\?\)$/ : /^SEARCH training_unit_jp USING (PRIMARY KEY|INDEX sqlite_autoindex_training_unit_jp_1) \(year=\? AND unit_id=\?\)$/,
        );
        expect((await planOf(db, q.completed)).join('\n'), name).toMatch(/SEARCH training_unit_completions USING (PRIMARY KEY|INDEX sqlite_autoindex_training_unit_completions_1) \(month>\? AND month<\?/);
        for (const query of Object.values(q)) expect((await planOf(db, query)).join('\n'), name).not.toMatch(/training_ledger|training_jp_years|training_completion_months/);
      }
  });

  it('a rewrite reads the case’s rows and rating by key, and adds its difference by key', async () => {
    const db = h.deps.db;
    const ids = ['a', 'b'];
    const r: RollupRow = {
      kind: 'complaint', privacy: 'anonim', kelurahanCode: 'laweyan-sriwedari', episode: 1, unitId: 1, serviceId: 2, startAt: now.getTime(), endAt: null, submitted: true,
      firstResponseAt: now.getTime(), firstResponseBy: 5, firstResponseMs: 3_600_000, frOutcome: 'met', frOutcomeAt: now.getTime(), frOutcomeBy: 5,
      resOutcome: null, resOutcomeAt: null, resOutcomeBy: null, outcome: null, outcomeAt: null, outcomeBy: null, outcomeSla: null,
      resolutionMs: null, heldMs: null, reopenedAt: null, ratedAt: null,
    };
    // the case's rows removed: a difference that can leave rows at zero, so each table has its delete too
    const removed = diffContributions(caseContribution([r], null), emptyContribution());
    const [upsertMonths, deleteMonths, upsertHist, deleteHist, upsertPlaces, deletePlaces, upsertCategories, deleteCategories] = rollupDeltaStatements(db, removed, sql`1 = 1`);
    const queries: Record<string, SQLWrapper> = {
      rows: db.select().from(caseSegments).where(inArray(caseSegments.caseId, ids)),
      ratings: db.select().from(ratings).where(inArray(ratings.caseId, ids)),
      upsertMonths: upsertMonths!,
      deleteZeroMonths: deleteMonths!,
      upsertHist: upsertHist!,
      deleteZeroHist: deleteHist!,
      upsertPlaces: upsertPlaces!,
      deleteZeroPlaces: deletePlaces!,
      upsertCategories: upsertCategories!,
      deleteZeroCategories: deleteCategories!,
    };
    expect(await scansOf(queries)).toEqual(none(queries));
  });
});
