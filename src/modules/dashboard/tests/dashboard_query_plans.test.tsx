// The dashboard's own reads are bounded by the period or the week: the hotspots by kelurahan and
// category (docs/metrics.md §2.2) read the period's months of their roll-ups and the unjudged open
// segments by deadline (issue 11.7: a year costs twelve months of roll-up rows, not its cases); the
// weekly report (§2.1) searches the week's ranges of case_segments. Every query is asked for its plan
// (EXPLAIN QUERY PLAN) and a step that scans a table or a whole index fails — their cost must not
// grow with the history. (The metrics module's roll-up reads are checked by metrics_rollup_query_plans.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { weekBounds } from '../../../domain/dashboard/week';
import { parsePeriod } from '../../../domain/metrics/period';
import { hotspotQueries } from '../data';
import { keptWeekQuery, weeklyQueries } from '../weekly';
import type { Harness } from '../../../../tests/harness/types';
import { planOf, scansOf } from '../../../../tests/helpers/query-plan';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const none = (queries: Record<string, unknown>) => Object.fromEntries(Object.keys(queries).map((k) => [k, []]));

/** The steps of a plan that read more than the period's roll-ups: a scan, a roll-up not searched by month, case_segments but by open deadline, the raw history. */
const unbounded = (steps: string[]) =>
  steps.filter(
    (s) =>
      /^SCAN (?!CONSTANT ROW)/.test(s) ||
      (/^SEARCH (metric_places|metric_categories)\b/.test(s) && !/\bmonth[=<>]/.test(s)) ||
      (/^SEARCH case_segments\b/.test(s) && !/case_segments_(unit_)?open_res_idx \((unit_id=\? AND )?end_at=\? AND res_outcome=\? AND paused_now=\? AND resolution_due_at>\? AND resolution_due_at<\?\)/.test(s)) ||
      /\b(case_events|cases|ratings)\b/.test(s),
  );

describe(`the dashboard's query plans on ${RUNTIME}`, () => {
  const now = new Date('2026-08-03T02:00:00Z');

  it('11.7 hotspots by kelurahan and by category, city-wide and of one unit, read the roll-ups of the period’s months and the unjudged open segments by deadline, never the period’s cases', async () => {
    const db = h.deps.db;
    for (const period of [parsePeriod('2026-07')!, parsePeriod('2026')!]) {
      const found: Record<string, string[]> = {};
      const all: Record<string, string[]> = {};
      for (const by of ['kelurahan', 'category'] as const)
        for (const [scope, unitId] of [
          ['city', undefined],
          ['unit', 3],
        ] as const)
          for (const [name, q] of Object.entries(hotspotQueries(db, by, period, now, unitId))) {
            const steps = await planOf(db, q);
            all[`${by}.${scope}.${name}`] = steps;
            found[`${by}.${scope}.${name}`] = unbounded(steps);
          }
      expect(found, JSON.stringify(all, null, 1)).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
      // the roll-up is searched by its key: the unit (0 for the city) and the months
      expect(all['kelurahan.city.counted']!.join('\n')).toMatch(/SEARCH metric_places USING INDEX sqlite_autoindex_metric_places_1 \(unit_id=\? AND month>\? AND month<\?\)/);
      expect(all['category.unit.counted']!.join('\n')).toMatch(/SEARCH metric_categories USING INDEX sqlite_autoindex_metric_categories_1 \(unit_id=\? AND month>\? AND month<\?\)/);
    }
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

  it('11.7 the weekly report counts SLA outcomes by OPD and the week’s resolutions from the index alone, never reading the rows', async () => {
    const { from: wFrom, to: wTo } = weekBounds({ year: 2026, week: 28 });
    const q = weeklyQueries(h.deps.db, wFrom, wTo, wTo, now);
    expect((await planOf(h.deps.db, q.frOutcomes)).join('\n')).toMatch(/SEARCH case_segments USING COVERING INDEX case_segments_fr_outcome_idx \(fr_outcome=\? AND fr_outcome_at>\? AND fr_outcome_at<\?\)/);
    expect((await planOf(h.deps.db, q.resOutcomes)).join('\n')).toMatch(/SEARCH case_segments USING COVERING INDEX case_segments_res_outcome_idx \(res_outcome=\? AND res_outcome_at>\? AND res_outcome_at<\?\)/);
    expect((await planOf(h.deps.db, q.resolvedInWeek)).join('\n')).toMatch(/SEARCH case_segments USING COVERING INDEX case_segments_outcome_idx \(outcome_at>\? AND outcome_at<\?\)/);
  });

  it('11.7 a finished week the job kept is one row read by its key', async () => {
    expect(await planOf(h.deps.db, keptWeekQuery(h.deps.db, { year: 2026, week: 28 }))).toEqual(['SEARCH weekly_reports USING INDEX sqlite_autoindex_weekly_reports_1 (week=?)']);
  });
});
