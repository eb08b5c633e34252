import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { auditLog, sessions, staff } from '../../../db/schema';
import { hmacSign } from '../../../platform/security/crypto';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, visitor } from '../../../../tests/helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const PASSWORD = 'pelita-demo-2026';

/** Signs in through the real form and returns what the browser would then hold. */
async function browserSignIn(username: string, ua = 'VitestBrowser/1.0') {
  const who = await visitor(h);
  const res = await h.request('/masuk', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: who.cookie, 'User-Agent': ua, 'X-Forwarded-For': '203.0.113.50' },
    body: new URLSearchParams({ _csrf: who.csrf, username, password: PASSWORD }),
    redirect: 'manual',
  });
  expect(res.status).toBe(303);
  const jar = new Map<string, string>();
  for (const line of res.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const i = pair.indexOf('=');
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
  const csrfVisitor = jar.get('__Host-pelita_csrf')!;
  return {
    cookie: `__Host-pelita_session=${jar.get('__Host-pelita_session')}; __Host-pelita_csrf=${csrfVisitor}`,
    csrf: await hmacSign(h.deps.config.secret, `csrf:${csrfVisitor}`),
  };
}

const get = (path: string, cookie: string) => h.request(path, { headers: { Cookie: cookie }, redirect: 'manual' });

describe(`sessions on ${RUNTIME}`, { timeout: 30_000 }, () => {
  it('an idle session ends after 30 minutes: redirect for pages, 401 session_expired for the API', async () => {
    const a = await browserSignIn('petugas.dpupr@demo.pelita.id');
    const b = await browserSignIn('petugas.dpupr@demo.pelita.id');
    expect((await get('/akun', a.cookie)).status).toBe(200);
    h.clock.advance(31 * 60_000);
    const page = await get('/akun', a.cookie);
    expect(page.status).toBe(303);
    expect(page.headers.get('Location')).toBe('/masuk?kembali=%2Fakun&berakhir=1');
    const signInPage = await (await h.request(page.headers.get('Location')!)).text();
    expect(signInPage).toContain('Sesi Anda telah berakhir');
    expect(signInPage).toContain('action="/masuk?kembali=%2Fakun"');
    const api = await get('/api/v1/me', b.cookie);
    expect(api.status).toBe(401);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('session_expired');
  });

  it('a session ends 12 hours after sign-in however active it is', async () => {
    const s = await browserSignIn('petugas2.dpupr@demo.pelita.id');
    for (let i = 0; i < 28; i++) {
      h.clock.advance(25 * 60_000);
      expect((await get('/api/v1/me', s.cookie)).status).toBe(200);
    }
    h.clock.advance(21 * 60_000); // 12h01 after sign-in, 21 minutes idle
    const page = await get('/akun', s.cookie);
    expect(page.status).toBe(303);
    expect(page.headers.get('Location')).toContain('berakhir=1');
  });

  it("a deactivated user's existing session stops working at once", async () => {
    const s = await browserSignIn('petugas.dinkes@demo.pelita.id');
    const s2 = await browserSignIn('petugas.dinkes@demo.pelita.id');
    expect((await get('/akun', s.cookie)).status).toBe(200);
    await h.deps.db.update(staff).set({ active: false }).where(eq(staff.email, 'petugas.dinkes@demo.pelita.id'));
    const page = await get('/akun', s.cookie);
    expect(page.status).toBe(303);
    expect(page.headers.get('Location')).toContain('/masuk?');
    const api = await get('/api/v1/me', s2.cookie);
    expect(api.status).toBe(401);
    await h.deps.db.update(staff).set({ active: true }).where(eq(staff.email, 'petugas.dinkes@demo.pelita.id'));
  });

  it('signing out ends the session and clears the cookie', async () => {
    const s = await browserSignIn('kabid.dishub@demo.pelita.id');
    const res = await postForm(h, '/keluar', s, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/masuk?keluar=1');
    expect(res.headers.getSetCookie().some((l) => l.startsWith('__Host-pelita_session=;') && /Max-Age=0/i.test(l))).toBe(true);
    expect((await get('/akun', s.cookie)).status).toBe(303);
    expect(await (await h.request('/masuk?keluar=1')).text()).toContain('Anda sudah keluar.');
    expect((await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'auth.sign_out'))).length).toBeGreaterThan(0);
  });

  it('refuses sign-out and password change without a valid CSRF token (403 with a clear message)', async () => {
    const s = await signInAs(h, 'kabid.dpmptsp@demo.pelita.id');
    for (const path of ['/keluar', '/akun/kata-sandi']) {
      const missing = await h.request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: s.cookie },
        body: new URLSearchParams({ current: PASSWORD, new_password: 'serabi notosuman enak', confirm: 'serabi notosuman enak' }),
        redirect: 'manual',
      });
      expect(missing.status).toBe(403);
      expect(await missing.text()).toContain('Formulir ini sudah kedaluwarsa atau tidak sah');
      const forged = await postForm(h, path, { cookie: s.cookie, csrf: 'forged-token-forged-token-forged-token-1234' }, {
        current: PASSWORD,
        new_password: 'serabi notosuman enak',
        confirm: 'serabi notosuman enak',
      });
      expect(forged.status).toBe(403);
      expect(await forged.text()).toContain('Formulir ini sudah kedaluwarsa atau tidak sah');
    }
    // nothing happened: still signed in, password unchanged
    expect((await get('/akun', s.cookie)).status).toBe(200);
  });

  it('the account page shows name, unit, roles and active sessions', async () => {
    const s = await browserSignIn('kabid.dlh@demo.pelita.id', 'Firefox/140 on Ubuntu');
    const html = await (await get('/akun', s.cookie)).text();
    expect(html).toContain('Akun saya');
    expect(html).toContain('Dinas Lingkungan Hidup');
    expect(html).toContain('Kepala bidang/seksi');
    expect(html).toContain('Firefox/140 on Ubuntu');
    expect(html).toContain('sesi ini');
    expect(html).toContain('action="/akun/keluar-semua"');
  });

  it('"sign out everywhere" ends every session, this one included', async () => {
    const a = await browserSignIn('pimpinan@demo.pelita.id');
    const b = await browserSignIn('pimpinan@demo.pelita.id');
    const res = await postForm(h, '/akun/keluar-semua', a, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/masuk?keluar=1');
    expect((await get('/akun', a.cookie)).status).toBe(303);
    expect((await get('/api/v1/me', b.cookie)).status).toBe(401);
    const [me] = await h.deps.db.select({ id: staff.id }).from(staff).where(eq(staff.email, 'pimpinan@demo.pelita.id'));
    expect(await h.deps.db.select().from(sessions).where(eq(sessions.staffId, me!.id))).toHaveLength(0);
  });
});
