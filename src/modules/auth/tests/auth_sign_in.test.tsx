import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { auditLog, sessions, staff } from '../../../db/schema';
import { sha256Hex } from '../../../platform/security/crypto';
import type { Harness } from '../../../../tests/harness/types';
import { visitor } from '../../../../tests/helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const PASSWORD = 'pelita-demo-2026';

function cookieValues(res: Response): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of res.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const i = pair.indexOf('=');
    out.set(pair.slice(0, i), pair.slice(i + 1));
  }
  return out;
}

async function postSignIn(
  username: string,
  password: string,
  opts: { ip?: string; query?: string; who?: { cookie: string; csrf: string }; lang?: string } = {},
) {
  const who = opts.who ?? (await visitor(h));
  return h.request(`/masuk${opts.query ?? ''}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Cookie: who.cookie,
      'X-Forwarded-For': opts.ip ?? '203.0.113.10',
      'User-Agent': 'VitestBrowser/1.0',
      ...(opts.lang ? { 'Accept-Language': opts.lang } : {}),
    },
    body: new URLSearchParams({ _csrf: who.csrf, username, password }),
    redirect: 'manual',
  });
}

/** The page without what legitimately differs per request (CSP nonce). */
const stable = (html: string) => html.replace(/nonce="[^"]*"/g, 'nonce=""');

describe(`sign-in page on ${RUNTIME}`, { timeout: 30_000 }, () => {
  it('renders an accessible form with labels and autocomplete hints', async () => {
    const res = await h.request('/masuk');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Masuk petugas');
    expect(html).toMatch(/<label for="f-username">NIP atau e-mail<\/label>/);
    expect(html).toMatch(/<input id="f-username" name="username" type="text" value="" autocomplete="username"/);
    expect(html).toMatch(/id="f-password" name="password" type="password" value="" autocomplete="current-password"/);
    expect(html).toMatch(/name="_csrf" value="[^"]+"/);
    const en = await (await h.request('/masuk', { headers: { 'Accept-Language': 'en' } })).text();
    expect(en).toContain('Staff sign-in');
    expect(en).toContain('NIP or e-mail');
  });

  it('says so when the previous session ended', async () => {
    const html = await (await h.request('/masuk?berakhir=1')).text();
    expect(html).toContain('Sesi Anda telah berakhir');
    expect(await (await h.request('/masuk')).text()).not.toContain('Sesi Anda telah berakhir');
  });

  it('signs in by e-mail with a Secure, HttpOnly, SameSite=Lax __Host- cookie and a new id every time', async () => {
    const a = await postSignIn('admin@demo.pelita.id', PASSWORD);
    expect(a.status).toBe(303);
    expect(a.headers.get('Location')).toBe('/admin');
    const line = a.headers.getSetCookie().find((l) => l.startsWith('__Host-pelita_session='));
    expect(line).toBeDefined();
    expect(line).toMatch(/; HttpOnly/i);
    expect(line).toMatch(/; Secure/i);
    expect(line).toMatch(/; SameSite=Lax/i);
    expect(line).toMatch(/; Path=\//);
    expect(line).not.toMatch(/Domain=/i);

    const b = await postSignIn('ADMIN@demo.pelita.id ', PASSWORD);
    expect(b.status).toBe(303);
    const idA = cookieValues(a).get('__Host-pelita_session')!;
    const idB = cookieValues(b).get('__Host-pelita_session')!;
    expect(idA.length).toBeGreaterThanOrEqual(43);
    expect(idA).not.toBe(idB);
    // only the hash is stored
    const [row] = await h.deps.db.select().from(sessions).where(eq(sessions.idHash, await sha256Hex(idA)));
    expect(row?.userAgent).toBe('VitestBrowser/1.0');
    expect((await h.deps.db.select().from(sessions).where(eq(sessions.idHash, idA))).length).toBe(0);

    const page = await h.request('/akun', { headers: { Cookie: `__Host-pelita_session=${idB}` } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Rizky Ananda Pratama');
  });

  it('signs in by NIP (spaces allowed) and rotates the CSRF visitor cookie', async () => {
    const who = await visitor(h);
    const res = await postSignIn('19900715 201503 1 002', PASSWORD, { who });
    expect(res.status).toBe(303);
    const cookies = cookieValues(res);
    expect(cookies.get('__Host-pelita_session')).toBeTruthy();
    const rotated = cookies.get('__Host-pelita_csrf');
    expect(rotated).toBeTruthy();
    expect(`__Host-pelita_csrf=${rotated}`).not.toBe(who.cookie);
    // the old CSRF token no longer works with the session
    const session = `__Host-pelita_session=${cookies.get('__Host-pelita_session')}; __Host-pelita_csrf=${rotated}`;
    const stale = await h.request('/keluar', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: session },
      body: new URLSearchParams({ _csrf: who.csrf }),
      redirect: 'manual',
    });
    expect(stale.status).toBe(403);
    const audit = await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'auth.sign_in'));
    expect(audit.length).toBeGreaterThan(0);
  });

  it('returns to a same-site ?kembali= path and never off-site', async () => {
    const ok = await postSignIn('petugas.dpupr@demo.pelita.id', PASSWORD, { query: `?kembali=${encodeURIComponent('/akun/token?x=1')}` });
    expect(ok.headers.get('Location')).toBe('/akun/token?x=1');
    for (const evil of ['https://evil.example/', '//evil.example', '/\\evil.example', '/%0d%0aevil', 'javascript:alert(1)']) {
      const res = await postSignIn('petugas.dpupr@demo.pelita.id', PASSWORD, { query: `?kembali=${encodeURIComponent(evil)}` });
      expect(res.status).toBe(303);
      const loc = res.headers.get('Location')!;
      expect(loc.startsWith('/') && !loc.startsWith('//') && !loc.includes('evil.example') && !loc.includes('\n')).toBe(true);
    }
  });

  it('a wrong password is 401 with a generic message, keeping the username but never the password', async () => {
    const res = await postSignIn('kabid.dpupr@demo.pelita.id', 'wrong-password-123', { ip: '203.0.113.20' });
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('NIP/e-mail atau kata sandi salah.');
    expect(html).toContain('value="kabid.dpupr@demo.pelita.id"');
    expect(html).not.toContain('wrong-password-123');
    expect(res.headers.getSetCookie().some((l) => l.startsWith('__Host-pelita_session=') && !/Max-Age=0/i.test(l))).toBe(false);
    const failed = await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'auth.sign_in_failed'));
    expect(failed.some((r) => r.detail?.includes('wrong_password'))).toBe(true);
    expect(failed.every((r) => !r.detail?.includes('wrong-password-123'))).toBe(true);
  });

  it('an unknown user gets exactly the same answer as a wrong password', async () => {
    const who = await visitor(h);
    const wrong = await postSignIn('kabid.dlh@demo.pelita.id', 'wrong-password-123', { who, ip: '203.0.113.21' });
    const unknown = await postSignIn('nobody@demo.pelita.id', 'wrong-password-123', { who, ip: '203.0.113.21' });
    expect(unknown.status).toBe(wrong.status);
    const a = stable(await wrong.text()).replace('kabid.dlh@demo.pelita.id', 'USER');
    const b = stable(await unknown.text()).replace('nobody@demo.pelita.id', 'USER');
    expect(b).toBe(a);
    const unknownNip = await postSignIn('199999999999999999', 'wrong-password-123', { who, ip: '203.0.113.21' });
    expect(unknownNip.status).toBe(401);
  });

  it('a typed username is escaped when shown again', async () => {
    const res = await postSignIn('"><script>alert(1)</script>', 'wrong-password-123', { ip: '203.0.113.24' });
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('a deactivated account cannot sign in and gets the same generic message', async () => {
    await h.deps.db.update(staff).set({ active: false }).where(eq(staff.email, 'petugas.dishub@demo.pelita.id'));
    const res = await postSignIn('petugas.dishub@demo.pelita.id', PASSWORD, { ip: '203.0.113.22' });
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('NIP/e-mail atau kata sandi salah.');
    await h.deps.db.update(staff).set({ active: true }).where(eq(staff.email, 'petugas.dishub@demo.pelita.id'));
  });

  it('empty or over-long fields are 422 with an error summary linking to each field', async () => {
    const res = await postSignIn('', '', { ip: '203.0.113.23' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('href="#f-username"');
    expect(html).toContain('href="#f-password"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('NIP atau e-mail wajib diisi.');
    const long = await postSignIn('a'.repeat(300), 'x'.repeat(200), { ip: '203.0.113.23', lang: 'en' });
    expect(long.status).toBe(422);
    const en = await long.text();
    expect(en).toContain('at most 254 characters');
    expect(en).toContain('at most 128 characters');
  });

  it('a signed-in visitor going to /masuk is sent on', async () => {
    const res = await postSignIn('pengajar@demo.pelita.id', PASSWORD);
    const cookie = `__Host-pelita_session=${cookieValues(res).get('__Host-pelita_session')}`;
    const again = await h.request('/masuk?kembali=%2Fakun%2Ftoken', { headers: { Cookie: cookie }, redirect: 'manual' });
    expect(again.status).toBe(303);
    expect(again.headers.get('Location')).toBe('/akun/token');
  });
});
