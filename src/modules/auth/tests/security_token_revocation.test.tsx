// Issue 8, finding 14: personal API tokens outlived the owner's password change and an admin's
// password reset. Both now revoke every token of the account (and end its other sessions),
// with the count in the audit log.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { createApiToken } from '../../../platform/auth/tokens';
import { apiTokens, auditLog, staff } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { apiWithSession, postForm, signInAs } from '../../../../tests/helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const PASSWORD = 'pelita-demo-2026';
const NEW_PASSWORD = 'serabi notosuman enak';

async function tokensFor(email: string) {
  const [me] = await h.deps.db.select({ id: staff.id }).from(staff).where(eq(staff.email, email));
  const now = h.clock.now();
  const a = await createApiToken(h.deps.db, me!.id, { name: 'Integrasi dasbor', scopes: ['training:read'], days: 90 }, now);
  const b = await createApiToken(h.deps.db, me!.id, { name: 'Skrip laporan', scopes: ['training:read'], days: 30 }, now);
  return { staffId: me!.id, tokens: [a.token, b.token] };
}

const bearer = (token: string) => h.request('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });

async function auditDetail(event: string, staffId: number) {
  const rows = await h.deps.db.select().from(auditLog).where(and(eq(auditLog.event, event), eq(auditLog.target, `staff:${staffId}`)));
  return rows.map((r) => JSON.parse(r.detail ?? '{}') as Record<string, unknown>);
}

describe(`14 API tokens end with the password, on ${RUNTIME}`, () => {
  it('14 the owner’s password change revokes their API tokens and ends their other sessions', async () => {
    const email = 'petugas.dlh@demo.pelita.id';
    const { staffId, tokens } = await tokensFor(email);
    for (const t of tokens) expect((await bearer(t)).status).toBe(200);
    const here = await signInAs(h, email);
    const elsewhere = await signInAs(h, email);
    const res = await postForm(h, '/akun/kata-sandi', here, { current: PASSWORD, new_password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(res.status).toBe(303);
    for (const t of tokens) {
      const r = await bearer(t);
      expect(r.status).toBe(401);
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe('invalid_token');
    }
    const rows = await h.deps.db.select().from(apiTokens).where(eq(apiTokens.staffId, staffId));
    expect(rows.every((r) => r.revokedAt !== null)).toBe(true);
    // the other browser is signed out; this one carries on with the fresh session it was given
    expect((await h.request('/akun', { headers: { Cookie: elsewhere.cookie }, redirect: 'manual' })).status).toBe(303);
    const fresh = res.headers.getSetCookie().find((c) => c.startsWith('__Host-pelita_session='))!.split(';')[0]!;
    expect((await h.request('/akun', { headers: { Cookie: fresh }, redirect: 'manual' })).status).toBe(200);
    expect(await auditDetail('auth.password_changed', staffId)).toEqual([{ sessionsEnded: true, tokensRevoked: 2 }]);
  });

  it('14 the same through the JSON API (/api/v1/me/password)', async () => {
    const email = 'kabid.dlh@demo.pelita.id';
    const { tokens } = await tokensFor(email);
    const me = await signInAs(h, email);
    const res = await apiWithSession(h, '/api/v1/me/password', me, { json: { current_password: PASSWORD, new_password: NEW_PASSWORD } });
    expect(res.status).toBe(200);
    for (const t of tokens) expect((await bearer(t)).status).toBe(401);
  });

  it('14 an admin’s password reset revokes the staff member’s API tokens', async () => {
    const email = 'petugas.dishub@demo.pelita.id';
    const { staffId, tokens } = await tokensFor(email);
    const admin = await signInAs(h, 'admin@demo.pelita.id');
    const res = await postForm(h, `/admin/pegawai/${staffId}/reset-sandi`, admin, { confirm: '1' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('token API-nya dicabut');
    for (const t of tokens) expect((await bearer(t)).status).toBe(401);
    const [detail] = await auditDetail('staff.password_reset', staffId);
    expect(detail).toMatchObject({ sessionsEnded: true, tokensRevoked: 2, signInUnlocked: true });
  });
});
