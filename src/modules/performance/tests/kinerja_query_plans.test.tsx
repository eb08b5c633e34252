// /kinerja's own reads beyond the roll-ups (issue 11.7): the evidence its training recommendations
// rest on (docs/metrics.md §5.1: one ASN's ratings, SLA outcomes and most-handled service over 180
// days) is searched by person and instant, never read city-wide; a step that scans a table or a
// whole index, or reads case_segments, ratings or cases by anything but that person, fails.
// (The roll-up reads and the person's open past-due segments: metrics_rollup_query_plans.)
import type { SQLWrapper } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { evidenceQueries } from '../../metrics/evidence';
import type { Harness } from '../../../../tests/harness/types';
import { planOf } from '../../../../tests/helpers/query-plan';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

describe(`/kinerja's query plans on ${RUNTIME}`, () => {
  it('11.7 the recommendations’ evidence is searched by the person and the 180-day window, never read city-wide', async () => {
    const q = evidenceQueries(h.deps.db, 7, new Date('2026-06-01T00:00:00Z'));
    const plans: Record<string, string> = {};
    for (const [name, query] of Object.entries(q) as [string, SQLWrapper][]) plans[name] = (await planOf(h.deps.db, query)).join('\n');
    expect(plans['ratings']).toMatch(/SEARCH ratings USING (COVERING )?INDEX ratings_officer_idx \(officer_id=\? AND created_at>\?\)/);
    expect(plans['outcomes']).toMatch(/SEARCH case_segments USING (COVERING )?INDEX case_segments_res_by_idx \(res_outcome_by=\? AND res_outcome=\? AND res_outcome_at>\?\)/);
    expect(plans['topService']).toMatch(/SEARCH case_segments USING (COVERING )?INDEX case_segments_outcome_by_idx \(outcome_by=\? AND outcome_at>\?\)/);
    for (const [name, plan] of Object.entries(plans)) expect(plan, name).not.toMatch(/^SCAN (?!CONSTANT ROW)/m);
  });
});
