// The staff cases API with Bearer tokens (the city's mobile app): scopes, malformed bodies, CSRF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { createApiToken } from '../../../platform/auth/tokens';
import type { Harness } from '../../../../tests/harness/types';
import { insertComplaint } from '../../../../tests/helpers/cases';
import { signInAs } from '../../../../tests/helpers/session';

let h: Harness;
let rw: string;
let ro: string;

beforeAll(async () => {
  h = await makeHarness();
  const officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  rw = (await createApiToken(h.deps.db, officer.staffId, { name: 'app', scopes: ['cases:read', 'cases:write'], days: 30 }, h.clock.now())).token;
  ro = (await createApiToken(h.deps.db, officer.staffId, { name: 'baca', scopes: ['cases:read'], days: 30 }, h.clock.now())).token;
});
afterAll(async () => h.close());

const bearer = (token: string, path: string, body?: unknown, raw?: string) =>
  h.request(path, {
    method: body === undefined && raw === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${token}`, ...(body !== undefined || raw !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(raw !== undefined ? { body: raw } : body !== undefined ? { body: JSON.stringify(body) } : {}),
  });

describe(`staff cases API with tokens on ${RUNTIME}`, () => {
  it('a read-write token lists, reads and acts without a CSRF token', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    const list = await bearer(rw, '/api/v1/cases');
    expect(list.status).toBe(200);
    expect(((await list.json()) as { cases: { id: string }[] }).cases.map((c) => c.id)).toContain(k.id);
    const res = await bearer(rw, `/api/v1/cases/${k.id}/actions`, { action: 'verify', version: 1 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'verified', version: 2 });
  });

  it('a read-only token cannot act: 403 insufficient_scope', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    expect((await bearer(ro, `/api/v1/cases/${k.id}`)).status).toBe(200);
    const res = await bearer(ro, `/api/v1/cases/${k.id}/actions`, { action: 'verify', version: 1 });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('insufficient_scope');
  });

  it('malformed bodies are precise 400/422s, never 500', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    const path = `/api/v1/cases/${k.id}/actions`;
    expect((await bearer(rw, path, undefined, '{not json')).status).toBe(400);
    expect((await bearer(rw, path, [1, 2])).status).toBe(400);
    let res = await bearer(rw, path, { action: 'verify', version: '1' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { fields: Record<string, unknown> } }).error.fields).toHaveProperty('version');
    res = await bearer(rw, path, { action: 42, version: 1 });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { fields: Record<string, unknown> } }).error.fields).toHaveProperty('action');
    res = await bearer(rw, path, { action: 'note', version: 1, message: 'x'.repeat(4001) });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { fields: Record<string, unknown> } }).error.fields).toHaveProperty('message');
    res = await bearer(rw, path, { action: 'assign', version: 1, assignee: 'orang@luar.id' });
    expect(res.status).toBe(403); // officers do not assign
  });

  it('a session cookie without the CSRF header is refused', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    const s = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const res = await h.request(`/api/v1/cases/${k.id}/actions`, {
      method: 'POST',
      headers: { Cookie: s.cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'verify', version: 1 }),
    });
    expect(res.status).toBe(403);
  });

  it('unknown filters are named: status, assignee, overdue, unit', async () => {
    const res = await bearer(rw, '/api/v1/cases?status=x&assignee=someone&overdue=maybe&unit=NOPE');
    expect(res.status).toBe(422);
    const fields = ((await res.json()) as { error: { fields: Record<string, unknown> } }).error.fields;
    expect(Object.keys(fields).sort()).toEqual(['assignee', 'overdue', 'status']);
    // the unit is looked up once the filters' form is right
    const unit = await bearer(rw, '/api/v1/cases?unit=NOPE');
    expect(unit.status).toBe(422);
    expect(Object.keys(((await unit.json()) as { error: { fields: Record<string, unknown> } }).error.fields)).toEqual(['unit']);
  });
});
