import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { auditLog, units } from '../../../db/schema';
import { isUniqueViolation } from '../validation';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';

let h: Harness;
let admin: TestSession;
let officer: TestSession;
const unitId = async (code: string) =>
  (await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;

beforeAll(async () => {
  h = await makeHarness();
  admin = await signInAs(h, 'admin@demo.pelita.id');
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
});
afterAll(async () => h.close());

const get = (path: string, who: TestSession, lang?: string) =>
  h.request(path, { headers: { Cookie: who.cookie, ...(lang ? { 'Accept-Language': lang } : {}) }, redirect: 'manual' });

const good = { code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah', nameEn: 'Regional Development Planning Agency', kind: 'badan', parentId: '' };

describe(`admin units on ${RUNTIME}`, () => {
  it('lists units with parent, status and active staff count', async () => {
    const res = await get('/admin/unit', admin);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Unit kerja');
    expect(html).toContain('KEC-JEBRES');
    expect(html).toContain('Dinas Pekerjaan Umum dan Penataan Ruang');
    // DPUPR has four demo staff (supervisor + three officers)
    expect(html).toMatch(new RegExp(`href="/admin/pegawai\\?unit=${await unitId('DPUPR')}">4<`));
    // the kecamatan's parent is shown
    expect(html).toMatch(/KEC-LAWEYAN[\s\S]*?SETDA/);
  });

  it('creates a unit, audits it and shows it in the list', async () => {
    const form = await get('/admin/unit/baru', admin);
    expect(form.status).toBe(200);
    const res = await postForm(h, '/admin/unit/baru', admin, { ...good, parentId: String(await unitId('SETDA')) });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/admin/unit?ok=unit-dibuat');
    const [row] = await h.deps.db.select().from(units).where(eq(units.code, 'BAPPEDA'));
    expect(row).toMatchObject({ name: good.name, nameEn: good.nameEn, kind: 'badan', parentId: await unitId('SETDA'), active: true });
    const list = await (await get('/admin/unit?ok=unit-dibuat', admin)).text();
    expect(list).toContain('Unit baru tersimpan.');
    expect(list).toContain('BAPPEDA');
    const audit = await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'unit.created'));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.target).toBe(`unit:${row!.id}`);
    expect(audit[0]!.actorId).toBe(admin.staffId);
    expect(JSON.parse(audit[0]!.detail!)).toMatchObject({ code: 'BAPPEDA', kind: 'badan' });
  });

  it('refuses a missing field, a bad code, a taken code and an unknown kind, keeping what was typed', async () => {
    const res = await postForm(h, '/admin/unit/baru', admin, { code: 'dinas baru', name: 'Unit Ketik', nameEn: '', kind: 'kementerian', parentId: '' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Hanya huruf besar A–Z');
    expect(html).toContain('Wajib diisi.');
    expect(html).toContain('Pilih jenis unit');
    expect(html).toContain('value="dinas baru"');
    expect(html).toContain('value="Unit Ketik"');
    expect(html).toContain('class="error-summary"');

    const taken = await postForm(h, '/admin/unit/baru', admin, { ...good, code: 'DPUPR' }, { 'Accept-Language': 'en' });
    expect(taken.status).toBe(422);
    const en = await taken.text();
    expect(en).toContain('Code DPUPR is already used by another unit.');
    expect(en).toContain(`value="${good.name}"`);
  });

  it('edits a unit and refuses itself or a descendant as its parent', async () => {
    const setda = await unitId('SETDA');
    const jebres = await unitId('KEC-JEBRES');
    const page = await get(`/admin/unit/${setda}`, admin);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('value="SETDA"');
    // neither itself nor its children are offered as parent
    expect(html).not.toContain(`<option value="${jebres}"`);

    const self = await postForm(h, `/admin/unit/${setda}`, admin, {
      code: 'SETDA', name: 'Sekretariat Daerah', nameEn: 'Regional Secretariat', kind: 'sekretariat', parentId: String(setda),
    });
    expect(self.status).toBe(422);
    expect(await self.text()).toContain('tidak boleh unit ini sendiri atau salah satu unit di bawahnya');
    const child = await postForm(h, `/admin/unit/${setda}`, admin, {
      code: 'SETDA', name: 'Sekretariat Daerah', nameEn: 'Regional Secretariat', kind: 'sekretariat', parentId: String(jebres),
    });
    expect(child.status).toBe(422);

    const ok = await postForm(h, `/admin/unit/${jebres}`, admin, {
      code: 'KEC-JEBRES', name: 'Kecamatan Jebres (baru)', nameEn: 'Jebres District', kind: 'kecamatan', parentId: String(setda),
    });
    expect(ok.status).toBe(303);
    const [row] = await h.deps.db.select().from(units).where(eq(units.id, jebres));
    expect(row!.name).toBe('Kecamatan Jebres (baru)');
    const [a] = await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'unit.updated'));
    expect(JSON.parse(a!.detail!).changes).toEqual({ name: { from: 'Kecamatan Jebres', to: 'Kecamatan Jebres (baru)' } });
  });

  it('a duplicate that slips past validation is recognised as such on this database', async () => {
    let caught: unknown = null;
    try {
      await h.deps.db.insert(units).values({ code: 'DPUPR', name: 'Ganda', nameEn: 'Double', kind: 'dinas' });
    } catch (e) {
      caught = e;
    }
    expect(caught).not.toBeNull();
    expect(isUniqueViolation(caught)).toBe(true);
  });

  it('an unknown or malformed id is a 404', async () => {
    expect((await get('/admin/unit/999999', admin)).status).toBe(404);
    expect((await get('/admin/unit/abc', admin)).status).toBe(404);
  });

  it('deactivates and reactivates a unit', async () => {
    const id = await unitId('BAPPEDA');
    const off = await postForm(h, `/admin/unit/${id}/nonaktifkan`, admin, {});
    expect(off.status).toBe(303);
    expect((await h.deps.db.select().from(units).where(eq(units.id, id)))[0]!.active).toBe(false);
    // an inactive unit is not offered for new staff
    const staffForm = await (await get('/admin/pegawai/baru', admin)).text();
    expect(staffForm).not.toContain(`<option value="${id}"`);
    const on = await postForm(h, `/admin/unit/${id}/aktifkan`, admin, {});
    expect(on.status).toBe(303);
    expect((await h.deps.db.select().from(units).where(eq(units.id, id)))[0]!.active).toBe(true);
  });

  it('non-admins get 403 on every unit screen', async () => {
    const id = await unitId('DPUPR');
    expect((await get('/admin/unit', officer)).status).toBe(403);
    expect((await get(`/admin/unit/${id}`, officer)).status).toBe(403);
    expect((await postForm(h, '/admin/unit/baru', officer, { ...good, code: 'HACK' })).status).toBe(403);
    expect((await postForm(h, `/admin/unit/${id}/nonaktifkan`, officer, {})).status).toBe(403);
    expect((await h.deps.db.select().from(units).where(eq(units.code, 'HACK')))).toHaveLength(0);
  });
});
