import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { parseParams, verifyPassword } from '../../../platform/auth/password';
import { createApiToken } from '../../../platform/auth/tokens';
import { apiTokens, auditLog, sessions, staff, staffRoles, units } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';

let h: Harness;
let admin: TestSession;
let dpupr: number;
let dlh: number;

beforeAll(async () => {
  h = await makeHarness();
  admin = await signInAs(h, 'admin@demo.pelita.id');
  const rows = await h.deps.db.select({ id: units.id, code: units.code }).from(units);
  dpupr = rows.find((r) => r.code === 'DPUPR')!.id;
  dlh = rows.find((r) => r.code === 'DLH')!.id;
});
afterAll(async () => h.close());

const get = (path: string, who: { cookie: string }, lang?: string) =>
  h.request(path, { headers: { Cookie: who.cookie, ...(lang ? { 'Accept-Language': lang } : {}) }, redirect: 'manual' });
const staffByEmail = async (email: string) => (await h.deps.db.select().from(staff).where(eq(staff.email, email)))[0]!;
const rolesOf = async (id: number) =>
  (await h.deps.db.select().from(staffRoles).where(eq(staffRoles.staffId, id))).map((r) => r.role).sort();
const tempPassword = (html: string) => /data-testid="temp-password">([^<]+)</.exec(html)?.[1] ?? '';
const auditOf = async (event: string) => h.deps.db.select().from(auditLog).where(eq(auditLog.event, event));

const newStaff = () => ({
  nip: '199505052020121005',
  name: 'Nadia Putri Maharani, S.E.',
  email: 'Nadia.Putri@Surakarta.go.id',
  unitId: String(dpupr),
  position: 'Penata Layanan Operasional',
  roles: ['officer'],
});

describe(`admin staff accounts on ${RUNTIME}`, () => {
  it('lists staff, searches by name, NIP and e-mail, and filters by unit', async () => {
    const all = await (await get('/admin/pegawai', admin)).text();
    expect(all).toContain('Sri Wahyuningsih');
    expect(all).toContain('Agus Setiawan');

    const byName = await (await get('/admin/pegawai?q=wahyuning', admin)).text();
    expect(byName).toContain('Sri Wahyuningsih');
    expect(byName).not.toContain('Agus Setiawan');
    const byNip = await (await get('/admin/pegawai?q=198806182014121001', admin)).text();
    expect(byNip).toContain('Agus Setiawan');
    expect(byNip).toContain('1 pegawai ditemukan');
    const byEmail = await (await get('/admin/pegawai?q=kabid.dlh%40', admin)).text();
    expect(byEmail).toContain('Endang Purwaningsih');
    expect(byEmail).toContain('1 pegawai ditemukan');
    const byUnit = await (await get(`/admin/pegawai?unit=${dlh}`, admin)).text();
    expect(byUnit).toContain('Agus Setiawan');
    expect(byUnit).toContain('Endang Purwaningsih');
    expect(byUnit).not.toContain('Sri Wahyuningsih');
    // wildcards are searched literally
    expect(await (await get('/admin/pegawai?q=%25', admin)).text()).toContain('0 pegawai ditemukan');
  });

  it('creates an account with a temporary password shown once and a forced change', async () => {
    const form = await get('/admin/pegawai/baru', admin);
    expect(form.status).toBe(200);
    const res = await postForm(h, '/admin/pegawai/baru', admin, { ...newStaff(), roles: ['officer', 'supervisor'] });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    const html = await res.text();
    const password = tempPassword(html);
    expect(password).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    expect(html).toContain('satu-satunya tempat kata sandi ini terlihat');

    const row = await staffByEmail('nadia.putri@surakarta.go.id');
    expect(row).toMatchObject({ nip: '199505052020121005', unitId: dpupr, active: true, mustChangePassword: true });
    expect(await verifyPassword(password, { hash: row.passwordHash!, params: parseParams(row.passwordParams)! })).toBe(true);
    expect(await rolesOf(row.id)).toEqual(['officer', 'supervisor']);

    const [a] = await auditOf('staff.created');
    expect(a!.target).toBe(`staff:${row.id}`);
    expect(a!.detail).not.toContain(password);
    expect(JSON.parse(a!.detail!)).toMatchObject({ nip: '199505052020121005', roles: ['officer', 'supervisor'] });
    // the password is not shown again anywhere
    expect(await (await get(`/admin/pegawai/${row.id}`, admin)).text()).not.toContain(password);
  });

  it('refuses each kind of bad input with a message next to the field, keeping what was typed', async () => {
    const bad = await postForm(h, '/admin/pegawai/baru', admin, {
      nip: '19950505202012100',
      name: '',
      email: 'bukan-email',
      unitId: '',
      position: 'Analis',
      roles: ['officer', 'superuser'],
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('NIP harus tepat 18 angka (sekarang 17 karakter).');
    expect(html).toContain('Wajib diisi.');
    expect(html).toContain('Alamat e-mail tidak sah');
    expect(html).toContain('Pilih unit kerja.');
    expect(html).toContain('Peran tidak dikenal: superuser.');
    expect(html).toContain('value="19950505202012100"');
    expect(html).toContain('value="bukan-email"');
    expect(html).toContain('value="Analis"');
    expect(html).toMatch(/value="officer" checked/);

    const letters = await postForm(h, '/admin/pegawai/baru', admin, { ...newStaff(), nip: '19950505202012100X', email: 'lain@surakarta.go.id' });
    expect(letters.status).toBe(422);
    expect(await letters.text()).toContain('NIP harus tepat 18 angka');

    const taken = await postForm(
      h,
      '/admin/pegawai/baru',
      admin,
      { ...newStaff(), nip: '198611232010042001', email: 'PETUGAS.DPUPR@demo.pelita.id' },
      { 'Accept-Language': 'en' },
    );
    expect(taken.status).toBe(422);
    const en = await taken.text();
    expect(en).toContain('This NIP is already registered to another account.');
    expect(en).toContain('This e-mail is already used by another account.');
    expect(en).toContain('value="Nadia Putri Maharani, S.E."');

    const ghostUnit = await postForm(h, '/admin/pegawai/baru', admin, { ...newStaff(), nip: '199505052020121777', email: 'x@surakarta.go.id', unitId: '999999' });
    expect(ghostUnit.status).toBe(422);
    expect(await ghostUnit.text()).toContain('Unit tidak ditemukan atau nonaktif.');
    // nothing was created by any of these
    expect((await h.deps.db.select().from(staff).where(eq(staff.nip, '199505052020121777')))).toHaveLength(0);
  });

  it('edits name, e-mail, unit, position and roles, auditing what changed', async () => {
    const row = await staffByEmail('nadia.putri@surakarta.go.id');
    const page = await (await get(`/admin/pegawai/${row.id}`, admin)).text();
    expect(page).toContain('value="Nadia Putri Maharani, S.E."');
    const res = await postForm(h, `/admin/pegawai/${row.id}`, admin, {
      name: 'Nadia Putri Maharani, S.E., M.M.',
      email: 'nadia@surakarta.go.id',
      unitId: String(dlh),
      position: 'Analis Kebijakan',
      roles: ['officer', 'course_author'],
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/admin/pegawai/${row.id}?ok=pegawai-diubah`);
    const after = (await h.deps.db.select().from(staff).where(eq(staff.id, row.id)))[0]!;
    expect(after).toMatchObject({ name: 'Nadia Putri Maharani, S.E., M.M.', email: 'nadia@surakarta.go.id', unitId: dlh, position: 'Analis Kebijakan' });
    expect(await rolesOf(row.id)).toEqual(['course_author', 'officer']);

    const [upd] = await auditOf('staff.updated');
    expect(Object.keys(JSON.parse(upd!.detail!).changes).sort()).toEqual(['email', 'name', 'position', 'unitId']);
    const [rc] = await auditOf('staff.roles_changed');
    expect(JSON.parse(rc!.detail!)).toMatchObject({ added: ['course_author'], removed: ['supervisor'] });

    const dup = await postForm(h, `/admin/pegawai/${row.id}`, admin, {
      name: 'Nadia', email: 'admin@demo.pelita.id', unitId: String(dlh), position: '', roles: ['officer'],
    });
    expect(dup.status).toBe(422);
    expect(await dup.text()).toContain('E-mail ini sudah dipakai akun lain.');
  });

  it('an admin cannot remove their own admin role nor deactivate themselves', async () => {
    const me = (await h.deps.db.select().from(staff).where(eq(staff.id, admin.staffId)))[0]!;
    const res = await postForm(h, `/admin/pegawai/${me.id}`, admin, {
      name: me.name, email: me.email, unitId: String(me.unitId), position: me.position, roles: ['officer'],
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Anda tidak dapat mencabut peran Administrator dari akun Anda sendiri');
    expect(await rolesOf(me.id)).toEqual(['admin']);

    const off = await postForm(h, `/admin/pegawai/${me.id}/nonaktifkan`, admin, {}, { 'Accept-Language': 'en' });
    expect(off.status).toBe(422);
    expect(await off.text()).toContain('You cannot deactivate your own account.');
    expect((await h.deps.db.select().from(staff).where(eq(staff.id, me.id)))[0]!.active).toBe(true);

    // nor reset their own password here (that would end their own session): /akun is the place
    const reset = await postForm(h, `/admin/pegawai/${me.id}/reset-sandi`, admin, { confirm: '1' });
    expect(reset.status).toBe(422);
    expect(await reset.text()).toContain('/akun/kata-sandi');
    expect((await h.deps.db.select().from(staff).where(eq(staff.id, me.id)))[0]!.passwordHash).toBe(me.passwordHash);
  });

  it('deactivation ends every session at once and revokes API tokens', async () => {
    const target = await staffByEmail('petugas2.dpupr@demo.pelita.id');
    const laptop = await signInAs(h, 'petugas2.dpupr@demo.pelita.id');
    const phone = await signInAs(h, 'petugas2.dpupr@demo.pelita.id');
    const home = await (await get('/', laptop)).text();
    expect(home).toContain('Yoga Prasetyo');
    expect((await get('/admin', laptop)).status).toBe(403); // signed in, just not an admin
    await h.deps.db.insert(apiTokens).values({
      staffId: target.id, name: 'HP dinas', tokenHash: 'a'.repeat(64), prefix: 'plt_aaaa', scopes: '["cases:read"]',
      expiresAt: new Date('2027-01-01T00:00:00Z'),
    });

    const res = await postForm(h, `/admin/pegawai/${target.id}/nonaktifkan`, admin, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/admin/pegawai/${target.id}?ok=pegawai-nonaktif`);

    expect(await h.deps.db.select().from(sessions).where(eq(sessions.staffId, target.id))).toHaveLength(0);
    for (const who of [laptop, phone]) {
      const next = await get('/admin', who);
      expect(next.status).toBe(303);
      expect(next.headers.get('Location')).toMatch(/^\/masuk/);
      expect(await (await get('/', who)).text()).not.toContain('Yoga Prasetyo');
    }
    const [tok] = await h.deps.db.select().from(apiTokens).where(eq(apiTokens.staffId, target.id));
    expect(tok!.revokedAt).not.toBeNull();
    const [a] = await auditOf('staff.deactivated');
    expect(JSON.parse(a!.detail!)).toMatchObject({ sessionsEnded: true, tokensRevoked: 1 });
    // a fresh session for the deactivated account is not accepted either
    const again = await signInAs(h, 'petugas2.dpupr@demo.pelita.id');
    expect((await get('/admin', again)).status).toBe(303);

    const page = await (await get(`/admin/pegawai/${target.id}?ok=pegawai-nonaktif`, admin)).text();
    expect(page).toContain('Semua sesinya berakhir');
    const on = await postForm(h, `/admin/pegawai/${target.id}/aktifkan`, admin, {});
    expect(on.status).toBe(303);
    expect((await staffByEmail('petugas2.dpupr@demo.pelita.id')).active).toBe(true);
    expect(await auditOf('staff.reactivated')).toHaveLength(1);
  });

  it('deactivating a second admin locks them out of the admin screens immediately', async () => {
    const created = await postForm(h, '/admin/pegawai/baru', admin, {
      nip: '199101012015031010', name: 'Admin Kedua', email: 'admin2@surakarta.go.id', unitId: String(dpupr), position: '', roles: ['admin'],
    });
    expect(created.status).toBe(200);
    const second = await signInAs(h, 'admin2@surakarta.go.id');
    // a new account must change its temporary password before anything else
    const forced = await get('/admin', second);
    expect(forced.status).toBe(303);
    expect(forced.headers.get('Location')).toBe('/akun/kata-sandi');
    const row = await staffByEmail('admin2@surakarta.go.id');
    await h.deps.db.update(staff).set({ mustChangePassword: false }).where(eq(staff.id, row.id));
    expect((await get('/admin', second)).status).toBe(200);
    expect((await postForm(h, `/admin/pegawai/${row.id}/nonaktifkan`, admin, {})).status).toBe(303);
    const next = await get('/admin', second);
    expect(next.status).toBe(303);
    expect(next.headers.get('Location')).toMatch(/^\/masuk/);
    // and a POST from the ended session is a 401, not a change
    const post = await postForm(h, '/admin/unit/baru', second, { code: 'X', name: 'X', nameEn: 'X', kind: 'dinas' });
    expect(post.status).toBe(401);
  });

  it('password reset needs confirmation, then forces a change and ends sessions', async () => {
    const target = await staffByEmail('petugas.dlh@demo.pelita.id');
    const before = await signInAs(h, 'petugas.dlh@demo.pelita.id');
    const unconfirmed = await postForm(h, `/admin/pegawai/${target.id}/reset-sandi`, admin, {});
    expect(unconfirmed.status).toBe(422);
    expect(await unconfirmed.text()).toContain('Centang konfirmasi');
    expect((await staffByEmail('petugas.dlh@demo.pelita.id')).passwordHash).toBe(target.passwordHash);

    const res = await postForm(h, `/admin/pegawai/${target.id}/reset-sandi`, admin, { confirm: '1' });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    const password = tempPassword(await res.text());
    expect(password.length).toBe(23);
    const after = await staffByEmail('petugas.dlh@demo.pelita.id');
    expect(after.mustChangePassword).toBe(true);
    const stored = { hash: after.passwordHash!, params: parseParams(after.passwordParams)! };
    expect(await verifyPassword(password, stored)).toBe(true);
    expect(await verifyPassword('pelita-demo-2026', stored)).toBe(false);
    expect(await h.deps.db.select().from(sessions).where(eq(sessions.staffId, target.id))).toHaveLength(0);
    expect(await (await get('/', before)).text()).not.toContain('Agus Setiawan');
    const [a] = await h.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, 'staff.password_reset'), eq(auditLog.target, `staff:${target.id}`)));
    expect(a!.detail).not.toContain(password);
    expect((await (await get(`/admin/pegawai/${target.id}`, admin)).text())).toContain('wajib diganti saat masuk');
  });

  it('an API token, even one of an admin with the admin scope, cannot use the admin screens', async () => {
    const { token } = await createApiToken(h.deps.db, admin.staffId, { name: 'skrip', scopes: ['admin'], days: 30 }, h.clock.now());
    const target = await staffByEmail('petugas.dpupr@demo.pelita.id');
    const page = await h.request(`/admin/pegawai/${target.id}`, { headers: { Authorization: `Bearer ${token}` }, redirect: 'manual' });
    expect(page.status).toBe(403);
    // a Bearer call skips the CSRF check, so the screens must refuse it outright
    const post = await h.request(`/admin/pegawai/${target.id}/nonaktifkan`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '',
      redirect: 'manual',
    });
    expect(post.status).toBe(403);
    expect((await staffByEmail('petugas.dpupr@demo.pelita.id')).active).toBe(true);
  });

  it('non-admins get 403 on every staff screen and change nothing', async () => {
    const supervisor = await signInAs(h, 'kabid.dpupr@demo.pelita.id');
    const target = await staffByEmail('petugas.dpupr@demo.pelita.id');
    expect((await get('/admin/pegawai', supervisor)).status).toBe(403);
    expect((await get(`/admin/pegawai/${target.id}`, supervisor)).status).toBe(403);
    expect((await postForm(h, `/admin/pegawai/${target.id}/reset-sandi`, supervisor, { confirm: '1' })).status).toBe(403);
    expect((await postForm(h, `/admin/pegawai/${target.id}/nonaktifkan`, supervisor, {})).status).toBe(403);
    expect((await postForm(h, '/admin/pegawai/baru', supervisor, { ...newStaff(), nip: '199505052020129999', email: 'y@x.go.id' })).status).toBe(403);
    const after = await staffByEmail('petugas.dpupr@demo.pelita.id');
    expect(after.active).toBe(true);
    expect(after.passwordHash).toBe(target.passwordHash);
  });
});
