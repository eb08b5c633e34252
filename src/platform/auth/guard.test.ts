import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv, StaffPrincipal } from '../http/context';
import { handleError } from '../http/on-error';
import { requireStaff } from './guard';

const base: StaffPrincipal = {
  id: 7,
  nip: '198611232010042001',
  name: 'Petugas Uji',
  email: 'uji@demo.pelita.id',
  unitId: 3,
  unitCode: 'DPUPR',
  unitName: 'Dinas Pekerjaan Umum dan Penataan Ruang',
  roles: ['officer'],
  mustChangePassword: false,
  via: 'token',
  scopes: ['training:read'],
};

/** A minimal app: a fake principal set by middleware, then the guard under test. */
function appWith(principal: StaffPrincipal | null, sessionEnd?: 'idle_timeout') {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('lang', 'id');
    c.set('principal', principal);
    if (sessionEnd) c.set('sessionEnd', sessionEnd);
    await next();
  });
  app.get('/api/v1/cases', requireStaff({ scope: 'cases:read' }), (c) => c.json({ ok: true }));
  app.get('/api/v1/admin', requireStaff({ roles: ['admin'] }), (c) => c.json({ ok: true }));
  app.get('/api/v1/session-only', requireStaff({ sessionOnly: true }), (c) => c.json({ ok: true }));
  app.get('/staf', requireStaff(), (c) => c.text('queue'));
  app.get('/akun/kata-sandi', requireStaff({ allowPendingPasswordChange: true }), (c) => c.text('change'));
  app.onError((err, c) => handleError(err, c));
  return app;
}

const code = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

describe('requireStaff', () => {
  it('refuses a token without the needed scope with 403 insufficient_scope', async () => {
    const res = await appWith(base).request('/api/v1/cases');
    expect(res.status).toBe(403);
    expect(await code(res)).toBe('insufficient_scope');
    const ok = await appWith({ ...base, scopes: ['cases:read'] }).request('/api/v1/cases');
    expect(ok.status).toBe(200);
  });

  it('checks roles', async () => {
    const res = await appWith({ ...base, via: 'session', scopes: null }).request('/api/v1/admin');
    expect(res.status).toBe(403);
    expect(await code(res)).toBe('forbidden');
    expect((await appWith({ ...base, roles: ['admin'] }).request('/api/v1/admin')).status).toBe(200);
  });

  it('keeps session-only routes away from API tokens', async () => {
    const res = await appWith(base).request('/api/v1/session-only');
    expect(res.status).toBe(403);
    expect(await code(res)).toBe('session_required');
    expect((await appWith({ ...base, via: 'session' }).request('/api/v1/session-only')).status).toBe(200);
  });

  it('sends anonymous pages to sign-in and gives the API 401 (session_expired after a timeout)', async () => {
    const page = await appWith(null).request('/staf?status=baru');
    expect(page.status).toBe(303);
    expect(page.headers.get('Location')).toBe('/masuk?kembali=%2Fstaf%3Fstatus%3Dbaru');
    const ended = await appWith(null, 'idle_timeout').request('/staf');
    expect(ended.headers.get('Location')).toBe('/masuk?kembali=%2Fstaf&berakhir=1');
    const api = await appWith(null).request('/api/v1/cases');
    expect(api.status).toBe(401);
    expect(await code(api)).toBe('unauthenticated');
    expect(await code(await appWith(null, 'idle_timeout').request('/api/v1/cases'))).toBe('session_expired');
  });

  it('while a password change is pending: pages redirect to the change page, the API gets 403', async () => {
    const pending = { ...base, via: 'session' as const, scopes: ['cases:read'], mustChangePassword: true };
    const page = await appWith(pending).request('/staf');
    expect(page.status).toBe(303);
    expect(page.headers.get('Location')).toBe('/akun/kata-sandi');
    expect((await appWith(pending).request('/akun/kata-sandi')).status).toBe(200);
    const api = await appWith(pending).request('/api/v1/cases');
    expect(api.status).toBe(403);
    expect(await code(api)).toBe('password_change_required');
  });
});
