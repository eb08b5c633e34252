import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { hmacSign } from '../../../platform/security/crypto';
import type { Harness } from '../../../../tests/harness/types';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const PASSWORD = 'pelita-demo-2026';
type ErrorBody = { error: { code: string; message: string; message_en: string; fields?: Record<string, { message: string; message_en: string }> } };

const login = (body: string, headers: Record<string, string> = {}) =>
  h.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.70', ...headers },
    body,
  });

function jarOf(res: Response) {
  const jar = new Map<string, string>();
  for (const line of res.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
  }
  return jar;
}

describe(`JSON sign-in API on ${RUNTIME}`, { timeout: 30_000 }, () => {
  it('logs in, returns staff and a CSRF token, and sets the session cookie', async () => {
    const res = await login(JSON.stringify({ username: 'kabid.dpupr@demo.pelita.id', password: PASSWORD }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { staff: { id: number; name: string; unit: { code: string }; roles: string[] }; csrf_token: string };
    expect(body.staff.name).toBeTruthy();
    expect(body.staff.unit.code).toBe('DPUPR');
    expect(body.staff.roles).toContain('supervisor');
    const jar = jarOf(res);
    const session = jar.get('__Host-pelita_session')!;
    const csrfVisitor = jar.get('__Host-pelita_csrf')!;
    expect(body.csrf_token).toBe(await hmacSign(h.deps.config.secret, `csrf:${csrfVisitor}`));
    expect(res.headers.getSetCookie().find((l) => l.startsWith('__Host-pelita_session='))).toMatch(/HttpOnly.*Secure|Secure.*HttpOnly/i);

    const cookie = `__Host-pelita_session=${session}; __Host-pelita_csrf=${csrfVisitor}`;
    const me = await h.request('/api/v1/me', { headers: { Cookie: cookie } });
    expect(me.status).toBe(200);
    const meBody = (await me.json()) as { staff: { email: string }; via: string; scopes: string[] };
    expect(meBody.staff.email).toBe('kabid.dpupr@demo.pelita.id');
    expect(meBody.via).toBe('session');
    expect(meBody.scopes).toContain('cases:write');

    // cookie-authenticated calls need the CSRF header
    const noHeader = await h.request('/api/v1/auth/logout', { method: 'POST', headers: { Cookie: cookie } });
    expect(noHeader.status).toBe(403);
    expect(((await noHeader.json()) as ErrorBody).error.code).toBe('csrf_missing');
    const out = await h.request('/api/v1/auth/logout', { method: 'POST', headers: { Cookie: cookie, 'X-CSRF-Token': body.csrf_token } });
    expect(out.status).toBe(204);
    expect((await h.request('/api/v1/me', { headers: { Cookie: cookie } })).status).toBe(401);
  });

  it('logs in by NIP too', async () => {
    const res = await login(JSON.stringify({ username: '198611232010042001', password: PASSWORD }));
    expect(res.status).toBe(200);
  });

  it('wrong password and unknown user get the same 401', async () => {
    const a = await login(JSON.stringify({ username: 'kabid.dlh@demo.pelita.id', password: 'wrong-password-1' }));
    const b = await login(JSON.stringify({ username: 'siapa@demo.pelita.id', password: 'wrong-password-1' }));
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(await b.text()).toBe(await a.text());
    expect(a.headers.get('Set-Cookie') ?? '').not.toContain('pelita_session=');
  });

  it('malformed bodies are precise 400/415/422 errors, never 500', async () => {
    const notJson = await login('username=x&password=y');
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as ErrorBody).error.code).toBe('malformed_json');

    const wrongType = await login('{"username":"a","password":"b"}', { 'Content-Type': 'text/plain' });
    expect(wrongType.status).toBe(415);

    const array = await login('[1,2]');
    expect(array.status).toBe(400);

    const missing = await login(JSON.stringify({ password: PASSWORD }));
    expect(missing.status).toBe(422);
    const m = (await missing.json()) as ErrorBody;
    expect(m.error.code).toBe('validation_failed');
    expect(m.error.fields?.['username']?.message_en).toBe('NIP or e-mail is required.');

    const numbers = await login(JSON.stringify({ username: 198611232010042001, password: 12345678901234 }));
    expect(numbers.status).toBe(422);
    const n = (await numbers.json()) as ErrorBody;
    expect(n.error.fields?.['username']?.message_en).toContain('must be a string');
    expect(n.error.fields?.['password']?.message_en).toContain('must be a string');

    const huge = await login(JSON.stringify({ username: 'kabid.dlh@demo.pelita.id', password: 'x'.repeat(10 * 1024) }));
    expect(huge.status).toBe(422);
    expect(((await huge.json()) as ErrorBody).error.fields?.['password']).toBeDefined();

    const empty = await login('');
    expect(empty.status).toBe(400);

    const nul = await login('null');
    expect(nul.status).toBe(400);
  });

  it('unauthenticated API calls get 401 JSON', async () => {
    const res = await h.request('/api/v1/me');
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toContain('Bearer');
    expect(((await res.json()) as ErrorBody).error.code).toBe('unauthenticated');
  });
});
