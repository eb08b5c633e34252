import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { apiTokens, auditLog } from '../../../db/schema';
import { sha256Hex } from '../../../platform/security/crypto';
import type { Harness } from '../../../../tests/harness/types';
import { apiWithSession, postForm, signInAs } from '../../../../tests/helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

type ErrorBody = { error: { code: string; fields?: Record<string, unknown> } };
type TokenBody = { token: string; id: number; prefix: string; scopes: string[]; expires_at: string };

const bearer = (path: string, token: string, init: RequestInit = {}) =>
  h.request(path, { ...init, headers: { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) } });

describe(`personal API tokens on ${RUNTIME}`, { timeout: 30_000 }, () => {
  it('the token page creates a token, shows it once, lists and revokes it', async () => {
    const s = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const page = await (await h.request('/akun/token', { headers: { Cookie: s.cookie } })).text();
    expect(page).toContain('value="cases:read"');
    expect(page).not.toContain('value="admin"');

    const res = await postForm(h, '/akun/token', s, { name: 'Skrip laporan', scopes: ['cases:read', 'training:read'], days: '30' });
    expect(res.status).toBe(201);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    const html = await res.text();
    const token = html.match(/value="(plt_[A-Za-z0-9_-]{43})"/)?.[1];
    expect(token).toBeDefined();
    const [row] = await h.deps.db.select().from(apiTokens).where(eq(apiTokens.tokenHash, await sha256Hex(token!)));
    expect(row?.prefix).toBe(token!.slice(0, 10));
    expect(JSON.parse(row!.scopes)).toEqual(['cases:read', 'training:read']);
    expect(row!.expiresAt.getTime() - h.clock.now().getTime()).toBe(30 * 86_400_000);

    const again = await (await h.request('/akun/token', { headers: { Cookie: s.cookie } })).text();
    expect(again).not.toContain(token!);
    expect(again).toContain(`${token!.slice(0, 10)}…`);
    expect(again).toContain('Skrip laporan');

    expect((await bearer('/api/v1/me', token!)).status).toBe(200);
    const revoke = await postForm(h, `/akun/token/${row!.id}/cabut`, s, {});
    expect(revoke.status).toBe(200);
    expect(await revoke.text()).toContain('sudah dicabut');
    const after = await bearer('/api/v1/me', token!);
    expect(after.status).toBe(401);
    expect(((await after.json()) as ErrorBody).error.code).toBe('invalid_token');
    const events = (await h.deps.db.select().from(auditLog)).map((a) => a.event);
    expect(events).toContain('token.created');
    expect(events).toContain('token.revoked');
  });

  it('bad token form input is 422 with everything kept', async () => {
    const s = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const cases: Array<[Record<string, string | string[]>, string, string]> = [
      [{ name: '', scopes: ['cases:read'], days: '30' }, 'name', 'Nama token wajib diisi.'],
      [{ name: 'Satu', days: '30' }, 'scopes', 'Pilih setidaknya satu cakupan.'],
      [{ name: 'Dua', scopes: ['admin'], days: '30' }, 'scopes', 'tidak mengizinkan cakupan'],
      [{ name: 'Tiga', scopes: ['cases:read'], days: '0' }, 'days', '1–365'],
      [{ name: 'Empat', scopes: ['cases:read'], days: '366' }, 'days', '1–365'],
      [{ name: 'Lima', scopes: ['cases:read'], days: 'banyak' }, 'days', '1–365'],
    ];
    for (const [fields, field, text] of cases) {
      const res = await postForm(h, '/akun/token', s, fields);
      expect(res.status, JSON.stringify(fields)).toBe(422);
      const html = await res.text();
      expect(html).toContain(`href="#f-${field}"`);
      expect(html).toContain(text);
      if (fields['name']) expect(html).toContain(`value="${fields['name']}"`);
      expect(html).not.toMatch(/plt_[A-Za-z0-9_-]{43}/);
    }
  });

  it('JSON: create, list and delete with a session; a token cannot manage tokens', async () => {
    const s = await signInAs(h, 'kabid.dlh@demo.pelita.id');
    const res = await apiWithSession(h, '/api/v1/tokens', s, { json: { name: 'Dasbor unit', scopes: ['cases:read'], expires_in_days: 7 } });
    expect(res.status).toBe(201);
    const created = (await res.json()) as TokenBody;
    expect(created.token).toMatch(/^plt_[A-Za-z0-9_-]{43}$/);
    expect(created.scopes).toEqual(['cases:read']);

    const list = (await (await apiWithSession(h, '/api/v1/tokens', s)).json()) as { tokens: Array<Record<string, unknown>> };
    expect(list.tokens.map((t) => t['id'])).toContain(created.id);
    expect(JSON.stringify(list)).not.toContain(created.token);

    const viaToken = await bearer('/api/v1/tokens', created.token);
    expect(viaToken.status).toBe(403);
    expect(((await viaToken.json()) as ErrorBody).error.code).toBe('session_required');

    const bad = await apiWithSession(h, '/api/v1/tokens', s, { json: { name: 5, scopes: 'cases:read', expires_in_days: 1000 } });
    expect(bad.status).toBe(422);
    const badBody = (await bad.json()) as ErrorBody;
    expect(Object.keys(badBody.error.fields ?? {}).sort()).toEqual(['expires_in_days', 'name']);

    const del = await apiWithSession(h, `/api/v1/tokens/${created.id}`, s, { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect((await apiWithSession(h, `/api/v1/tokens/${created.id}`, s, { method: 'DELETE' })).status).toBe(404);
    expect((await bearer('/api/v1/me', created.token)).status).toBe(401);

    // another person's token cannot be revoked
    const other = await signInAs(h, 'petugas.dlh@demo.pelita.id');
    const theirs = (await (await apiWithSession(h, '/api/v1/tokens', other, { json: { name: 'x', scopes: ['cases:read'], expires_in_days: 1 } })).json()) as TokenBody;
    expect((await apiWithSession(h, `/api/v1/tokens/${theirs.id}`, s, { method: 'DELETE' })).status).toBe(404);
  });

  it('a bearer token authenticates as its owner with the token scopes ∩ role scopes', async () => {
    const s = await signInAs(h, 'admin@demo.pelita.id');
    const created = (await (await apiWithSession(h, '/api/v1/tokens', s, { json: { name: 'Admin', scopes: ['admin', 'training:read'], expires_in_days: 2 } })).json()) as TokenBody;
    const me = await bearer('/api/v1/me', created.token);
    expect(me.status).toBe(200);
    const body = (await me.json()) as { via: string; scopes: string[]; staff: { email: string } };
    expect(body.via).toBe('token');
    expect(body.staff.email).toBe('admin@demo.pelita.id');
    expect(body.scopes.sort()).toEqual(['admin', 'training:read']);
    // a token is exempt from CSRF (no ambient authority) but still cannot see session-only pages
    expect((await bearer('/akun', created.token, { redirect: 'manual' })).status).toBe(403);
    // expiry
    h.clock.advance(2 * 86_400_000 + 1000);
    const expired = await bearer('/api/v1/me', created.token);
    expect(expired.status).toBe(401);
    expect(((await expired.json()) as ErrorBody).error.code).toBe('invalid_token');
  });

  it('unknown and malformed tokens are 401 invalid_token', async () => {
    for (const t of ['plt_' + 'A'.repeat(43), 'not-a-token', 'plt_short']) {
      const res = await bearer('/api/v1/me', t);
      expect(res.status).toBe(401);
      expect(((await res.json()) as ErrorBody).error.code).toBe('invalid_token');
    }
  });

  it('records last use and audits token.used at most once an hour', async () => {
    const s = await signInAs(h, 'kabid.dpupr@demo.pelita.id');
    const created = (await (await apiWithSession(h, '/api/v1/tokens', s, { json: { name: 'Jam', scopes: ['cases:read'], expires_in_days: 3 } })).json()) as TokenBody;
    const target = `token:${created.id}`;
    const uses = async () => (await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'token.used'))).filter((a) => a.target === target).length;
    for (let i = 0; i < 3; i++) expect((await bearer('/api/v1/me', created.token)).status).toBe(200);
    expect(await uses()).toBe(1);
    const [row] = await h.deps.db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(row!.lastUsedAt?.getTime()).toBe(h.clock.now().getTime());
    h.clock.advance(61 * 60_000);
    await bearer('/api/v1/me', created.token);
    expect(await uses()).toBe(2);
  });
});
