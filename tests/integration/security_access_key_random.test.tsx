// Issue 8, finding 10: the access key was derived from the client-chosen Idempotency-Key (or form
// token) with the server secret. Once the day-old idempotency row was purged, the same key with
// ANY body returned the access key of someone else's (even rahasia) complaint. Keys are now
// random; a replay gets the key back only with the same token AND the same request, for as long as
// the case exists, from a copy sealed with a key derived from the server secret and the token.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { cases } from '../../src/db/schema';
import { purgeExpired, runScheduledJobs } from '../../src/jobs';
import { hmacSign } from '../../src/platform/security/crypto';
import type { Harness } from '../harness/types';
import { visitor } from '../helpers/session';
import { API_BODY, confirmation, submitComplaint, trackApi, validFields } from '../helpers/complaints';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const HOUR = 3_600_000;

function post(body: unknown, idempotencyKey: string) {
  return h.request('/api/v1/complaints', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(body),
  });
}

const RAHASIA = { ...API_BODY, privacy: 'rahasia' as const, contact: { name: 'Sri Lestari', email: 'sri@contoh.id' } };

describe(`8.10 access keys are random, not derived from the Idempotency-Key, on ${RUNTIME}`, () => {
  it('8.10 a day later, the same Idempotency-Key with another body is a 409 and never yields the rahasia complaint\'s key', async () => {
    const idem = 'app-retry-000000000001';
    const first = await post(RAHASIA, idem);
    expect(first.status).toBe(201);
    const victim = (await first.json()) as { tracking_code: string; access_key: string };

    h.clock.advance(25 * HOUR);
    await runScheduledJobs(h.deps, [purgeExpired]);

    const attacker = await post({ ...API_BODY, title: 'Pengaduan orang lain sama sekali' }, idem);
    expect(attacker.status).toBe(409);
    const text = await attacker.text();
    expect((JSON.parse(text) as { error: { code: string } }).error.code).toBe('idempotency_key_reused');
    expect(text).not.toContain(victim.access_key);
    expect(text).not.toContain(victim.tracking_code);
    expect(attacker.headers.get('Location')).toBeNull();
    // and the victim's complaint still opens only with its own key
    expect((await trackApi(h, victim.tracking_code, '', { key: victim.access_key })).status).toBe(200);
  });

  it('8.10 the same Idempotency-Key with the same body gets the same key back, also after the daily purge', async () => {
    const idem = 'app-retry-000000000002';
    const a = (await (await post(RAHASIA, idem)).json()) as { tracking_code: string; access_key: string };
    h.clock.advance(30 * 24 * HOUR);
    await runScheduledJobs(h.deps, [purgeExpired]);
    const again = await post({ ...RAHASIA }, idem);
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.json()).toMatchObject({ tracking_code: a.tracking_code, access_key: a.access_key });
  });

  it('8.10 the access key is random: not the HMAC of the Idempotency-Key that the old code computed', async () => {
    const idem = 'app-retry-000000000003';
    const { access_key } = (await (await post(RAHASIA, idem)).json()) as { access_key: string };
    expect(access_key).not.toBe(await hmacSign(h.deps.config.secret, `complaint-access-key:api:${idem}`));
    expect(access_key.length).toBeGreaterThanOrEqual(22);
  });

  it('8.10 no readable access key or idempotency token sits in the case row', async () => {
    const idem = 'app-retry-000000000004';
    const { tracking_code, access_key } = (await (await post(RAHASIA, idem)).json()) as { tracking_code: string; access_key: string };
    const [row] = await h.deps.db.select().from(cases).where(eq(cases.trackingCode, tracking_code));
    for (const value of Object.values(row!)) {
      expect(String(value)).not.toContain(access_key);
      expect(String(value)).not.toContain(idem);
    }
  });

  it('8.10 a form token sent again with other content shows the form again (409), never the first key', async () => {
    const who = await visitor(h);
    const token = 'form-token-reused-0123456789';
    const first = confirmation(await (await submitComplaint(h, validFields({ form_token: token, privacy: 'rahasia' }), [], who)).text());
    const other = await submitComplaint(h, validFields({ form_token: token, title: 'Pengaduan lain dengan token yang sama' }), [], who);
    expect(other.status).toBe(409);
    const html = await other.text();
    expect(html).not.toContain(first.key);
    expect(html).not.toContain(first.code);
    // what was typed stays, with a new token so the next submission is a new complaint
    expect(html).toContain('Pengaduan lain dengan token yang sama');
    expect(html).not.toContain(token);
  });
});
