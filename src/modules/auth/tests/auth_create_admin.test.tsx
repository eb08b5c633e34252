import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { AdminExistsError, adminInsertSql, createAdmin } from '../create-admin';
import { hashPassword } from '../../../platform/auth/password';
import { staff, staffRoles, units } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { visitor } from '../../../../tests/helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness({ seed: false });
});
afterAll(async () => h.close());

async function signIn(username: string, password: string) {
  const who = await visitor(h);
  return h.request('/masuk', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: who.cookie },
    body: new URLSearchParams({ _csrf: who.csrf, username, password }),
    redirect: 'manual',
  });
}

const admin = {
  nip: '198001012005011001',
  email: 'Admin@Surakarta.go.id',
  name: 'Budi Santoso, S.Kom.',
  unitCode: 'DISKOMINFOSP',
  unitName: 'Dinas Komunikasi, Informatika, Statistik dan Persandian',
};

describe(`creating the first administrator on ${RUNTIME}`, { timeout: 30_000 }, () => {
  it('creates unit, admin role and a one-time password that must be changed', async () => {
    expect(await h.deps.db.select().from(staff)).toHaveLength(0);
    const r = await createAdmin(h.deps.db, admin, h.clock.now());
    expect(r.unitCreated).toBe(true);
    expect(r.password).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    const [row] = await h.deps.db.select().from(staff).where(eq(staff.id, r.staffId));
    expect(row!.email).toBe('admin@surakarta.go.id');
    expect(row!.mustChangePassword).toBe(true);
    expect(row!.passwordHash).not.toContain(r.password);
    expect((await h.deps.db.select().from(staffRoles).where(eq(staffRoles.staffId, r.staffId))).map((x) => x.role)).toEqual(['admin']);
    const res = await signIn('admin@surakarta.go.id', r.password);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/akun/kata-sandi');
    await expect(createAdmin(h.deps.db, admin, h.clock.now())).rejects.toBeInstanceOf(AdminExistsError);
  });

  it('the --sql statements work on the real schema and reuse an existing unit', async () => {
    const password = 'kopi-tubruk-pasar-gede-pagi';
    const other = { ...admin, nip: '198502022010012002', email: "dewi.o'neil@surakarta.go.id", name: "Dewi O'Neil" };
    for (const stmt of adminInsertSql(other, await hashPassword(password), h.clock.now())) await h.deps.db.run(sql.raw(stmt));
    expect(await h.deps.db.select().from(units).where(eq(units.code, 'DISKOMINFOSP'))).toHaveLength(1);
    const [row] = await h.deps.db.select().from(staff).where(eq(staff.nip, other.nip));
    expect(row!.name).toBe("Dewi O'Neil");
    expect(row!.mustChangePassword).toBe(true);
    const res = await signIn('198502022010012002', password);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/akun/kata-sandi');
  });
});
