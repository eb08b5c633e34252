// The projection's upkeep reads case_segments (and the cases and their events) through indexes,
// never by scanning a table: a city has hundreds of thousands of segments. Every query the upkeep
// runs is asked for its plan (EXPLAIN QUERY PLAN); a plan step that scans a table or a whole index
// fails the test. (/transparansi's own plans: src/modules/transparency/tests.)
import { asc, inArray, sql, type SQLWrapper } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, caseSegmentsPending, cases } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { scansOf } from '../../../../tests/helpers/query-plan';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

describe(`the statistics' query plans on ${RUNTIME}`, () => {
  const w = { to: new Date('2026-07-31T03:00:00Z') };

  it('the checker recognises a full scan', async () => {
    const q = h.deps.db.select({ n: sql`count(*)` }).from(cases).where(sql`${cases.title} = 'x'`);
    expect((await scansOf(h.deps.db, { q })).q).toHaveLength(1);
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
    const found = await scansOf(h.deps.db, queries);
    // the marks are few (a mark lives from a change to its rewrite): read as they come, LIMITed
    expect(found).toEqual({ pending: [expect.stringMatching(/^SCAN case_segments_pending\b/)], pastDeadline: [], events: [], nextChunk: [] });
  });
});
