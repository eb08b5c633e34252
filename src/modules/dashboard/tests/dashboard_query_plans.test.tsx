// The dashboard's own reads of case_segments (hotspots by kelurahan and category, docs/metrics.md
// §2.2; the weekly report, §2.1) are bounded by the period or the week: every query is asked for
// its plan (EXPLAIN QUERY PLAN) and a step that scans a table or a whole index fails — their cost
// must not grow with the history. (The roll-up reads are checked by metrics_rollup_query_plans.)
import type { SQLWrapper } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { weekBounds } from '../../../domain/dashboard/week';
import { hotspotQueries } from '../data';
import { weeklyQueries } from '../weekly';
import type { Harness } from '../../../../tests/harness/types';
import { planOf, scansOf } from '../../../../tests/helpers/query-plan';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const none = (queries: Record<string, unknown>) => Object.fromEntries(Object.keys(queries).map((k) => [k, []]));

describe(`the dashboard's query plans on ${RUNTIME}`, () => {
  const from = new Date('2026-06-30T17:00:00Z');
  const to = new Date('2026-07-31T17:00:00Z');
  const now = new Date('2026-08-03T02:00:00Z');

  it('11.5 hotspots by kelurahan and by category, city-wide and of one unit, search the period’s range of an index', async () => {
    const db = h.deps.db;
    const queries: Record<string, SQLWrapper> = {};
    for (const by of ['kelurahan', 'category'] as const)
      for (const [scope, unitId] of [
        ['city', undefined],
        ['unit', 3],
      ] as const)
        for (const [name, q] of Object.entries(hotspotQueries(db, by, from, to, now, unitId))) queries[`${by}.${scope}.${name}`] = q;
    expect(await scansOf(h.deps.db, queries)).toEqual(none(queries));
  });

  it('11.5 the weekly report searches the week’s range of an index; the channel and resolution by key', async () => {
    const { from: wFrom, to: wTo } = weekBounds({ year: 2026, week: 28 });
    const q = weeklyQueries(h.deps.db, wFrom, wTo, wTo, now);
    expect(await scansOf(h.deps.db, q)).toEqual(none(q));
    // the received cases' channel and first episode are read by primary key, one case at a time
    const steps = (await planOf(h.deps.db, q.received)).join('\n');
    expect(steps).toMatch(/SEARCH cases USING INDEX sqlite_autoindex_cases_1 \(id=\?\)/);
    expect(steps).toMatch(/SEARCH episode_end USING INDEX sqlite_autoindex_case_segments_1 \(case_id=\?/);
  });
});
