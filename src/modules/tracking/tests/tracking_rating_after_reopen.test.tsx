// Finding (issue 9): the SKM rating was written without the case's version, so a rating the
// citizen's page read while the case was resolved could land after the case had been reopened
// (from another tab, or by anyone holding the key): a rating on an open case, credited to the
// officer whose resolution the citizen had just rejected. The rating is now written with the
// version and status it read, through the same guarded commit as every other change.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, ratings, staff } from '../../../db/schema';
import { findByTrackingCode, rateCase } from '../../cases/citizen-actions';
import type { Harness } from '../../../../tests/harness/types';
import { caseRow, createViaApi, patchCase, trackApi } from '../../../../tests/helpers/complaints';

let h: Harness;
let officerId: number;
beforeAll(async () => {
  h = await makeHarness();
  const [o] = await h.deps.db.select({ id: staff.id }).from(staff).where(eq(staff.email, 'petugas.dpupr@demo.pelita.id'));
  officerId = o!.id;
});
afterAll(async () => h.close());

const FOURS = Array.from({ length: 9 }, () => 4);

async function resolvedComplaint() {
  const c = await createViaApi(h);
  await patchCase(h, c.id, { status: 'resolved', resolvedAt: h.clock.now(), resolvedById: officerId, version: 2 });
  return c;
}

describe(`tracking_rating_after_reopen on ${RUNTIME}`, () => {
  it('a rating read before a reopen and written after it is refused (409), and nothing of it is stored', async () => {
    const { code, key, id } = await resolvedComplaint();
    // the rating form was built from the resolved case …
    const seen = (await findByTrackingCode(h.deps.db, code))!;
    expect(seen.status).toBe('resolved');
    // … then the case is reopened (another tab) …
    const reopened = await trackApi(h, code, '/reopen', { key, json: { reason: 'Lubangnya terbuka lagi setelah hujan.' } });
    expect(reopened.status).toBe(200);
    // … and the rating arrives last
    await expect(rateCase(h.deps, seen, FOURS, 'Bagus.')).rejects.toMatchObject({ status: 409, code: 'stale_version' });

    expect(await h.deps.db.select().from(ratings).where(eq(ratings.caseId, id))).toHaveLength(0);
    const events = await h.deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, id));
    expect(events.map((e) => e.type)).not.toContain('rate');
    const row = await caseRow(h, id);
    expect(row.status).toBe('reopened');
    expect(row.version).toBe(seen.version + 1);
  });

  it('a rating read and written while the case stays resolved is stored, credited to the resolving officer', async () => {
    const { code, id } = await resolvedComplaint();
    const seen = (await findByTrackingCode(h.deps.db, code))!;
    await rateCase(h.deps, seen, FOURS, null);
    const [r] = await h.deps.db.select().from(ratings).where(eq(ratings.caseId, id));
    expect(r).toMatchObject({ officerId, u1: 4, u9: 4 });
    expect((await caseRow(h, id)).version).toBe(seen.version + 1);
  });
});
