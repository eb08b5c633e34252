import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { auditLog } from '../../src/db/schema';
import type { Harness } from '../harness/types';
import { visitor } from '../helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const PASSWORD = 'pelita-demo-2026';

async function postSignIn(username: string, password: string, ip: string) {
  const who = await visitor(h);
  return h.request('/masuk', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: who.cookie, 'X-Forwarded-For': ip },
    body: new URLSearchParams({ _csrf: who.csrf, username, password }),
    redirect: 'manual',
  });
}

function apiLogin(username: string, password: string, ip: string) {
  return h.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
    body: JSON.stringify({ username, password }),
  });
}

describe(`sign-in brute-force protection on ${RUNTIME}`, { timeout: 30_000 }, () => {
  it('locks an account for 15 minutes after 5 failures in 15 minutes (429 + Retry-After)', async () => {
    for (let i = 0; i < 5; i++) expect((await postSignIn('kabid.dpupr@demo.pelita.id', `wrong-${i}-password`, '198.51.100.1')).status).toBe(401);
    // even the right password is refused while locked, from any address
    const locked = await postSignIn('kabid.dpupr@demo.pelita.id', PASSWORD, '198.51.100.2');
    expect(locked.status).toBe(429);
    const retry = Number(locked.headers.get('Retry-After'));
    expect(retry).toBeGreaterThan(800);
    expect(retry).toBeLessThanOrEqual(900);
    const html = await locked.text();
    expect(html).toContain('Terlalu banyak percobaan masuk yang gagal');
    expect(html).toContain('value="kabid.dpupr@demo.pelita.id"');
    const api = await apiLogin('kabid.dpupr@demo.pelita.id', PASSWORD, '198.51.100.3');
    expect(api.status).toBe(429);
    expect(api.headers.get('Retry-After')).toBeTruthy();
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('too_many_requests');
    const audit = await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'auth.locked'));
    expect(audit.length).toBeGreaterThan(0);

    h.clock.advance(15 * 60_000 + 1000);
    expect((await postSignIn('kabid.dpupr@demo.pelita.id', PASSWORD, '198.51.100.2')).status).toBe(303);
  });

  it('locks unknown usernames the same way, so lockout does not reveal who has an account', async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 6; i++) {
      known.push((await postSignIn('kabid.dlh@demo.pelita.id', 'wrong-password-xx', '198.51.100.10')).status);
      unknown.push((await postSignIn('tidak.ada@demo.pelita.id', 'wrong-password-xx', '198.51.100.11')).status);
    }
    expect(known).toEqual([401, 401, 401, 401, 401, 429]);
    expect(unknown).toEqual(known);
    const a = await postSignIn('kabid.dlh@demo.pelita.id', 'wrong-password-xx', '198.51.100.12');
    const b = await postSignIn('tidak.ada@demo.pelita.id', 'wrong-password-xx', '198.51.100.12');
    expect(b.status).toBe(a.status);
    expect(b.headers.get('Retry-After')).toBe(a.headers.get('Retry-After'));
  });

  it('a successful sign-in resets the account counter', async () => {
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++) expect((await postSignIn('petugas.dlh@demo.pelita.id', 'wrong-password-xx', '198.51.100.20')).status).toBe(401);
      expect((await postSignIn('petugas.dlh@demo.pelita.id', PASSWORD, '198.51.100.20')).status).toBe(303);
    }
  });

  it('locks a client address after 20 failures, whatever usernames it tries', async () => {
    for (let i = 0; i < 20; i++) expect((await postSignIn(`tebak${i}@demo.pelita.id`, 'wrong-password-xx', '198.51.100.30')).status).toBe(401);
    const blocked = await postSignIn('petugas.dinkes@demo.pelita.id', PASSWORD, '198.51.100.30');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(0);
    // another address is not affected
    expect((await postSignIn('petugas.dinkes@demo.pelita.id', PASSWORD, '198.51.100.31')).status).toBe(303);
  });
});
