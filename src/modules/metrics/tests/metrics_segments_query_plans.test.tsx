// The statistics read the case_segments projection (and the ratings) through indexes, never by
// scanning a table: a city has hundreds of thousands of segments, and /transparansi is public.
// Every query /transparansi runs, and every query the projection's upkeep runs, is asked for its
// plan (EXPLAIN QUERY PLAN); a plan step that scans a table or a whole index fails the test.
import { asc, inArray, sql, type SQLWrapper } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, caseSegmentsPending, cases } from '../../../db/schema';
import { transparencyQueries } from '../../transparency/stats';
import type { Harness } from '../../../../tests/harness/types';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

/** The plan's steps, e.g. "SEARCH case_segments USING INDEX case_segments_submitted_idx (submitted=? AND start_at>? AND start_at<?)". */
async function plan(q: SQLWrapper): Promise<string[]> {
  const rows = await h.deps.db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${q.getSQL()}`);
  return rows.map((r) => r.detail);
}

/** A step that reads a whole table or a whole index of it. */
const scans = (steps: string[]) => steps.filter((s) => /^SCAN (?!CONSTANT ROW)/.test(s));

describe(`the statistics' query plans on ${RUNTIME}`, () => {
  const w = { from: new Date('2026-07-01T03:00:00Z'), to: new Date('2026-07-31T03:00:00Z'), kinds: ['complaint'] };

  it('the checker recognises a full scan', async () => {
    expect(scans(await plan(h.deps.db.select({ n: sql`count(*)` }).from(cases).where(sql`${cases.title} = 'x'`)))).toHaveLength(1);
  });

  it('every /transparansi query searches an index', async () => {
    const q = transparencyQueries(h.deps.db, w);
    const queries: Record<string, SQLWrapper> = {
      submittedTotal: q.submittedTotal,
      byCategory: q.byCategory,
      byKelurahan: q.byKelurahan,
      firstResponseDecided: q.firstResponseDecided,
      firstResponseOpenPastDue: q.firstResponseOpenPastDue,
      resolutionDecided: q.resolutionDecided,
      resolutionOpenPastDue: q.resolutionOpenPastDue,
      firstResponseCount: q.firstResponseCount,
      firstResponseMiddle: q.firstResponseMiddle(3),
      resolutionCount: q.resolutionCount,
      resolutionMiddle: q.resolutionMiddle(3),
      ikm: q.ikm,
    };
    const found: Record<string, string[]> = {};
    for (const [name, query] of Object.entries(queries)) {
      const steps = await plan(query);
      expect(steps.length, name).toBeGreaterThan(0);
      found[name] = scans(steps);
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(queries).map((k) => [k, []])));
  });

  it('the upkeep finds its work through indexes: marks, passed deadlines, a case’s events, the next chunk', async () => {
    const { casesPastDeadlineQuery } = await import('../job');
    const ids = ['a', 'b'];
    const queries: Record<string, SQLWrapper> = {
      pending: h.deps.db.select({ id: caseSegmentsPending.caseId }).from(caseSegmentsPending).limit(10),
      pastDeadline: casesPastDeadlineQuery(h.deps.db, w.to, 10),
      events: h.deps.db.select().from(caseEvents).where(inArray(caseEvents.caseId, ids)).orderBy(asc(caseEvents.caseId), asc(caseEvents.at), asc(caseEvents.id)),
      nextChunk: h.deps.db.select({ id: cases.id }).from(cases).where(sql`${cases.id} > ${'a'}`).orderBy(asc(cases.id)).limit(10),
    };
    const found: Record<string, string[]> = {};
    for (const [name, query] of Object.entries(queries)) found[name] = scans(await plan(query));
    // the marks are few (a mark lives from a change to its rewrite): read as they come, LIMITed
    expect(found).toEqual({ pending: [expect.stringMatching(/^SCAN case_segments_pending\b/)], pastDeadline: [], events: [], nextChunk: [] });
  });
});
