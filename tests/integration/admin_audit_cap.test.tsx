// Issue 14.2: the audit log's page counted the whole log (and listed its actors by reading every
// entry) on every view, so the admin page grew with the portal's history. It now counts up to
// 200 pages and says when there are more; older entries are reached through the filters.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { AUDIT_COUNT_CAP, AUDIT_PAGE_SIZE } from '../../src/modules/admin/audit-data';
import type { Harness } from '../harness/types';
import { signInAs, type TestSession } from '../helpers/session';

let h: Harness;
let admin: TestSession;
beforeAll(async () => {
  h = await makeHarness();
  admin = await signInAs(h, 'admin@demo.pelita.id');
});
afterAll(async () => h.close());

const get = async (path: string) => (await h.request(path, { headers: { Cookie: admin.cookie }, redirect: 'manual' })).text();

describe(`14.2 the audit log's count on ${RUNTIME}`, () => {
  it('14.2 a log longer than 200 pages is counted to the cap, says there is more, and its filters still count exactly', async () => {
    const at = h.clock.now().getTime() - 3600_000;
    // the cap's worth of sign-ins and some, in one statement
    await h.deps.db.run(sql`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${AUDIT_COUNT_CAP + 20})
      INSERT INTO audit_log (at, actor_id, event, ip) SELECT ${at} + i, NULL, 'auth.sign_in_failed', '198.51.100.9' FROM n`);
    const html = await get('/admin/audit');
    expect(html).toContain(`Lebih dari ${AUDIT_COUNT_CAP} entri`);
    const last = AUDIT_COUNT_CAP / AUDIT_PAGE_SIZE;
    expect(html).toContain(`Halaman 1 dari ${last}`);
    // a page past the cap shows the last counted page, with no page after it
    const past = await get(`/admin/audit?hal=${last + 5}`);
    expect(past).toContain(`Halaman ${last} dari ${last}`);
    expect(past).toContain('auth.sign_in_failed');
    expect(past).not.toContain('rel="next"');
    // a rarer event is counted exactly through its index
    const logins = await get('/admin/audit?event=auth.sign_in.');
    expect(logins).toMatch(/\d+ entri\./);
    expect(logins).not.toContain('Lebih dari');
  });
});
