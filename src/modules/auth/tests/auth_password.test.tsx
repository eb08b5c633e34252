import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { hashPassword, parseParams } from '../../../platform/auth/password';
import { auditLog, staff, staffRoles, units } from '../../../db/schema';
import { hmacSign } from '../../../platform/security/crypto';
import type { Harness } from '../../../../tests/harness/types';
import { apiWithSession, postForm, signInAs, visitor } from '../../../../tests/helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const PASSWORD = 'pelita-demo-2026';

async function browserSignIn(username: string, password = PASSWORD) {
  const who = await visitor(h);
  const res = await h.request('/masuk', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: who.cookie, 'X-Forwarded-For': '203.0.113.60' },
    body: new URLSearchParams({ _csrf: who.csrf, username, password }),
    redirect: 'manual',
  });
  const jar = new Map<string, string>();
  for (const line of res.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const i = pair.indexOf('=');
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
  const v = jar.get('__Host-pelita_csrf') ?? '';
  return {
    res,
    cookie: `__Host-pelita_session=${jar.get('__Host-pelita_session')}; __Host-pelita_csrf=${v}`,
    csrf: await hmacSign(h.deps.config.secret, `csrf:${v}`),
  };
}

const change = (who: { cookie: string; csrf: string }, current: string, next: string, confirm = next, lang?: string) =>
  postForm(h, '/akun/kata-sandi', who, { current, new_password: next, confirm }, lang ? { 'Accept-Language': lang } : {});

describe(`passwords on ${RUNTIME}`, { timeout: 30_000 }, () => {
  it('the change-password page has the right autocomplete hints', async () => {
    const s = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const html = await (await h.request('/akun/kata-sandi', { headers: { Cookie: s.cookie } })).text();
    expect(html).toContain('autocomplete="current-password"');
    expect(html.match(/autocomplete="new-password"/g)).toHaveLength(2);
    expect(html).toContain('name="_csrf"');
  });

  it('refuses short, common, personal and mismatched new passwords with a message next to the field', async () => {
    const s = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const cases: Array<[string, string, string, string, string]> = [
      // current, new, confirm, field, text
      [PASSWORD, 'pendek-123', 'pendek-123', 'new_password', 'minimal 12 karakter'],
      [PASSWORD, 'indonesia123', 'indonesia123', 'new_password', 'terlalu umum'],
      [PASSWORD, 'Bismillah123!', 'Bismillah123!', 'new_password', 'terlalu umum'],
      [PASSWORD, 'qwertyuiop12', 'qwertyuiop12', 'new_password', 'terlalu umum'],
      [PASSWORD, 'nip198611232010042001', 'nip198611232010042001', 'new_password', 'NIP atau nama e-mail'],
      [PASSWORD, 'petugas.dpupr-kota-solo', 'petugas.dpupr-kota-solo', 'new_password', 'NIP atau nama e-mail'],
      [PASSWORD, 'serabi notosuman enak', 'serabi notosuman enaak', 'confirm', 'tidak sama'],
      ['bukan-sandi-saya-1', 'serabi notosuman enak', 'serabi notosuman enak', 'current', 'Kata sandi saat ini salah'],
      ['', 'serabi notosuman enak', 'serabi notosuman enak', 'current', 'wajib diisi'],
      [PASSWORD, 'x'.repeat(129), 'x'.repeat(129), 'new_password', 'paling panjang 128'],
    ];
    for (const [current, next, confirm, field, text] of cases) {
      const res = await change(s, current, next, confirm);
      expect(res.status, `${next} → ${field}`).toBe(422);
      const html = await res.text();
      expect(html, next).toContain(`href="#f-${field}"`);
      expect(html, next).toContain(text);
      expect(html, next).not.toContain(`value="${next}"`);
    }
    const en = await (await change(s, PASSWORD, 'password1234', 'password1234', 'en')).text();
    expect(en).toContain('too common');
    // a 64-character password is fine
    const long = 'gudeg-ceker-bu-kasno-jalan-wolter-monginsidi-pukul-sepuluh-malam';
    expect(long.length).toBe(64);
    const ok = await change(s, PASSWORD, long);
    expect(ok.status).toBe(303);
    expect(ok.headers.get('Location')).toBe('/akun?sandi=1');
    // every old session ended; the new password signs in, the old one does not
    expect((await h.request('/akun', { headers: { Cookie: s.cookie }, redirect: 'manual' })).status).toBe(303);
    expect((await browserSignIn('petugas.dpupr@demo.pelita.id', PASSWORD)).res.status).toBe(401);
    expect((await browserSignIn('petugas.dpupr@demo.pelita.id', long)).res.status).toBe(303);
    expect((await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'auth.password_changed'))).length).toBe(1);
  });

  it('a staff member who must change their password is sent to the change page first', async () => {
    await h.deps.db.update(staff).set({ mustChangePassword: true }).where(eq(staff.email, 'petugas.dlh@demo.pelita.id'));
    const signIn = await browserSignIn('petugas.dlh@demo.pelita.id');
    expect(signIn.res.headers.get('Location')).toBe('/akun/kata-sandi');
    const page = await h.request('/akun', { headers: { Cookie: signIn.cookie }, redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('Location')).toBe('/akun/kata-sandi');
    const form = await h.request('/akun/kata-sandi', { headers: { Cookie: signIn.cookie } });
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('ganti kata sandi sementara Anda');
    const api = await apiWithSession(h, '/api/v1/tokens', { ...signIn, staffId: 0 });
    expect(api.status).toBe(403);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('password_change_required');
    expect((await apiWithSession(h, '/api/v1/me', { ...signIn, staffId: 0 })).status).toBe(200);

    const done = await change(signIn, PASSWORD, 'timlo sastro pasar gede');
    expect(done.status).toBe(303);
    const jar = new Map<string, string>();
    for (const line of done.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    const after = await h.request('/akun?sandi=1', {
      headers: { Cookie: `__Host-pelita_session=${jar.get('__Host-pelita_session')}` },
      redirect: 'manual',
    });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('Kata sandi Anda sudah diganti.');
  });

  it('rehashes a password stored with weaker parameters at sign-in', async () => {
    const [unit] = await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, 'DLH'));
    const weak = await hashPassword('legacy password of old', 10_000);
    const [row] = await h.deps.db
      .insert(staff)
      .values({
        nip: '198001012005011001',
        name: 'Pegawai Lama',
        email: 'lama@demo.pelita.id',
        unitId: unit!.id,
        passwordHash: weak.hash,
        passwordParams: JSON.stringify(weak.params),
      })
      .returning({ id: staff.id });
    await h.deps.db.insert(staffRoles).values({ staffId: row!.id, role: 'officer' });
    const res = await browserSignIn('198001012005011001', 'legacy password of old');
    expect(res.res.status).toBe(303);
    const [after] = await h.deps.db.select().from(staff).where(eq(staff.id, row!.id));
    expect(parseParams(after!.passwordParams)!.iterations).toBe(100_000);
    expect(after!.passwordHash).not.toBe(weak.hash);
    const audit = await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'auth.password_rehashed'));
    expect(audit.map((a) => a.target)).toContain(`staff:${row!.id}`);
    // and the password still works
    expect((await browserSignIn('lama@demo.pelita.id', 'legacy password of old')).res.status).toBe(303);
  });

  it('guessing the current password on the change form is throttled like sign-in', async () => {
    const s = await signInAs(h, 'kabid.dinkes@demo.pelita.id');
    for (let i = 0; i < 5; i++) expect((await change(s, `bukan-sandi-${i}-xx`, 'serabi notosuman enak')).status).toBe(422);
    const locked = await change(s, PASSWORD, 'serabi notosuman enak');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(await locked.text()).toContain('Terlalu banyak percobaan');
  });

  it('JSON: a forced password change through /api/v1/me/password', async () => {
    await h.deps.db.update(staff).set({ mustChangePassword: true }).where(eq(staff.email, 'pengajar@demo.pelita.id'));
    const login = await h.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.61' },
      body: JSON.stringify({ username: 'pengajar@demo.pelita.id', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const body = (await login.json()) as { must_change_password: boolean; csrf_token: string };
    expect(body.must_change_password).toBe(true);
    const jar = new Map<string, string>();
    for (const line of login.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    const who = {
      staffId: 0,
      cookie: `__Host-pelita_session=${jar.get('__Host-pelita_session')}; __Host-pelita_csrf=${jar.get('__Host-pelita_csrf')}`,
      csrf: body.csrf_token,
    };
    expect((await apiWithSession(h, '/api/v1/tokens', who)).status).toBe(403);

    const notJson = await h.request('/api/v1/me/password', {
      method: 'POST',
      headers: { Cookie: who.cookie, 'X-CSRF-Token': who.csrf, 'Content-Type': 'application/json' },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    const types = await apiWithSession(h, '/api/v1/me/password', who, { json: { current_password: 1, new_password: ['x'] } });
    expect(types.status).toBe(422);
    const common = await apiWithSession(h, '/api/v1/me/password', who, { json: { current_password: PASSWORD, new_password: 'bismillah123' } });
    expect(common.status).toBe(422);
    const err = (await common.json()) as { error: { fields: Record<string, { message_en: string }> } };
    expect(err.error.fields['new_password']?.message_en).toContain('too common');

    const ok = await apiWithSession(h, '/api/v1/me/password', who, { json: { current_password: PASSWORD, new_password: 'nasi liwet wongso lemu' } });
    expect(ok.status).toBe(200);
    const okBody = (await ok.json()) as { staff: { must_change_password: boolean }; csrf_token: string };
    expect(okBody.staff.must_change_password).toBe(false);
    expect((await apiWithSession(h, '/api/v1/me', who)).status).toBe(401); // the old session is gone
    const jar2 = new Map<string, string>();
    for (const line of ok.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      jar2.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    const fresh = { staffId: 0, cookie: `__Host-pelita_session=${jar2.get('__Host-pelita_session')}; __Host-pelita_csrf=${jar2.get('__Host-pelita_csrf')}`, csrf: okBody.csrf_token };
    expect((await apiWithSession(h, '/api/v1/tokens', fresh)).status).toBe(200);
  });
});
