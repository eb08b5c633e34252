// /transparansi reads the monthly roll-ups for the period's months (issue 11.7: its cost must not
// grow with the city's volume or history), and case_segments only for the open segments whose
// deadline passed in the period unjudged, by deadline. Every query it runs is asked for its plan
// (EXPLAIN QUERY PLAN): a step that scans a table or a whole index fails, and so does a roll-up
// read not bounded by months or a read of the raw history (case_segments by anything but the
// open-deadline indexes, case_events, cases, ratings).
import type { SQLWrapper } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { monthWindow } from '../../../domain/transparency/periods';
import { transparencyQueries } from '../stats';
import type { Harness } from '../../../../tests/harness/types';
import { planOf } from '../../../../tests/helpers/query-plan';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

/** The steps of a plan that read more than the period: a scan, a roll-up not searched by month, the raw history. */
const unbounded = (steps: string[]) =>
  steps.filter(
    (s) =>
      /^SCAN (?!CONSTANT ROW)/.test(s) ||
      (/^SEARCH (metric_months|metric_hist|metric_places)\b/.test(s) && !/\bmonth[=<>]/.test(s)) ||
      (/^SEARCH case_segments\b/.test(s) && !/case_segments_open_(fr|res)_idx \(end_at=\? AND (fr|res)_outcome=\? AND paused_now=\? AND (first_response|resolution)_due_at>\? AND (first_response|resolution)_due_at<\?\)/.test(s)) ||
      /\b(case_events|cases|ratings)\b/.test(s),
  );

describe(`/transparansi's query plans on ${RUNTIME}`, () => {
  it('11.7 /transparansi reads the roll-ups of the period’s months and the unjudged open segments by deadline, never the history', async () => {
    const now = new Date('2026-08-03T03:00:00Z');
    for (const period of ['1-bulan', '12-bulan', 'bulan-ini'] as const) {
      const q = transparencyQueries(h.deps.db, { ...monthWindow(period, now), now, kinds: ['complaint', 'permit'] });
      const found: Record<string, string[]> = {};
      const all: Record<string, string[]> = {};
      for (const [name, query] of Object.entries(q) as [string, SQLWrapper][]) {
        const steps = await planOf(h.deps.db, query);
        all[name] = steps;
        found[name] = unbounded(steps);
      }
      expect(found, JSON.stringify(all, null, 1)).toEqual(Object.fromEntries(Object.keys(q).map((k) => [k, []])));
    }
  });
});
