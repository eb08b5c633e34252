// The permits' reads that run on hot pages search an index: the dashboard's applications near
// their deadline (by kind and status, whatever the history), and a draft's documents.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { permitDraftFiles, permitDrafts } from '../../../db/schema';
import { permitsNearDeadlineQuery } from '../at-risk';
import type { Harness } from '../../../../tests/harness/types';
import { planOf, scansOf } from '../../../../tests/helpers/query-plan';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

describe(`permit query plans on ${RUNTIME}`, () => {
  it('the applications near their deadline and a draft’s documents search indexes', async () => {
    const now = new Date('2026-07-06T02:00:00Z');
    const queries = {
      nearDeadline: permitsNearDeadlineQuery(h.deps.db, now),
      nearDeadlineOfUnit: permitsNearDeadlineQuery(h.deps.db, now, 3),
      draftDocuments: h.deps.db.select().from(permitDraftFiles).where(eq(permitDraftFiles.draftId, 'x')),
      expiredDrafts: h.deps.db.select({ id: permitDrafts.id }).from(permitDrafts).where(eq(permitDrafts.expiresAt, now)).limit(200),
    };
    expect(await scansOf(h.deps.db, queries)).toEqual({ nearDeadline: [], nearDeadlineOfUnit: [], draftDocuments: [], expiredDrafts: [] });
    expect((await planOf(h.deps.db, queries.nearDeadline)).join(' ')).toMatch(/SEARCH cases USING INDEX cases_kind_status/);
  });
});
