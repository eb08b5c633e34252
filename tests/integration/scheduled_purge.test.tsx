// The scheduled clean-up: sessions that ended over a week ago and spent sign-in counters go;
// anything younger stays. (The outbox purge is in security_outbox_secrets.test.tsx.)
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { sessions, signInFailures, staff } from '../../src/db/schema';
import { purgeExpired, runScheduledJobs } from '../../src/jobs';
import type { Harness } from '../harness/types';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const DAY = 86_400_000;

describe(`scheduled purge on ${RUNTIME}`, () => {
  it('removes only what is old enough to be of no use', async () => {
    const db = h.deps.db;
    const now = h.clock.now().getTime();
    const [s] = await db.select({ id: staff.id }).from(staff).where(eq(staff.email, 'petugas.dpupr@demo.pelita.id'));
    const session = (idHash: string, endedDaysAgo: number) => ({
      idHash,
      staffId: s!.id,
      csrfToken: 'x',
      createdAt: new Date(now - (endedDaysAgo + 1) * DAY),
      lastSeenAt: new Date(now - (endedDaysAgo + 1) * DAY),
      expiresAt: new Date(now - endedDaysAgo * DAY),
    });
    await db.insert(sessions).values([session('ended-8-days-ago', 8), session('ended-yesterday', 1)]);
    await db.insert(signInFailures).values([
      { account: 'name:old', address: '198.51.100.7', client: null, at: new Date(now - DAY) },
      { account: 'name:fresh', address: '198.51.100.7', client: null, at: new Date(now - 60_000) },
    ]);

    const result = await runScheduledJobs(h.deps, [purgeExpired]);
    expect(result['purge-expired']).toEqual({ rate_limits: 0, outbox_sent: 0, outbox_expired: 0, outbox_dead: 0, permit_drafts: 0, pending_uploads: 0 });

    expect((await db.select({ id: sessions.idHash }).from(sessions)).map((r) => r.id)).toEqual(['ended-yesterday']);
    expect((await db.select({ account: signInFailures.account }).from(signInFailures)).map((r) => r.account)).toEqual(['name:fresh']);
  });
});
