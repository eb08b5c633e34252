import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { loadHolidaySet } from '../../cases/holidays';
import { auditLog, holidays } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';

let h: Harness;
let admin: TestSession;
let author: TestSession;

beforeAll(async () => {
  h = await makeHarness();
  admin = await signInAs(h, 'admin@demo.pelita.id');
  author = await signInAs(h, 'pengajar@demo.pelita.id');
});
afterAll(async () => h.close());

const get = (path: string, who: TestSession, lang?: string) =>
  h.request(path, { headers: { Cookie: who.cookie, ...(lang ? { 'Accept-Language': lang } : {}) }, redirect: 'manual' });
const on = async (date: string) => (await h.deps.db.select().from(holidays).where(eq(holidays.date, date)))[0];

describe(`admin holidays on ${RUNTIME}`, () => {
  it('lists the holidays of a year, the current Jakarta year by default', async () => {
    const res = await get('/admin/libur', admin);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Hari libur 2026');
    expect(html).toContain('Tahun Baru 2026 Masehi');
    expect(html).toContain('Cuti bersama');
    const other = await (await get('/admin/libur?tahun=2029', admin)).text();
    expect(other).toContain('Belum ada hari libur untuk tahun ini.');
  });

  it('adds a holiday, which the SLA calendar then skips', async () => {
    expect((await get('/admin/libur/baru', admin)).status).toBe(200);
    const res = await postForm(h, '/admin/libur/baru', admin, { date: '2029-01-01', name: 'Tahun Baru 2029 Masehi', kind: 'libur_nasional' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/admin/libur?tahun=2029&ok=libur-dibuat');
    expect(await on('2029-01-01')).toEqual({ date: '2029-01-01', name: 'Tahun Baru 2029 Masehi', kind: 'libur_nasional' });
    const set = await loadHolidaySet(h.deps.db);
    expect(set.has('2029-01-01')).toBe(true);
    const [a] = await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'holiday.created'));
    expect(a!.target).toBe('holiday:2029-01-01');
  });

  it('refuses a duplicate date with a clear message, keeping what was typed', async () => {
    const res = await postForm(h, '/admin/libur/baru', admin, { date: '2026-01-01', name: 'Libur ganda', kind: 'cuti_bersama' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Tanggal 2026-01-01 sudah terdaftar sebagai hari libur: Tahun Baru 2026 Masehi.');
    expect(html).toContain('value="Libur ganda"');
    expect(html).toMatch(/value="cuti_bersama" selected/);
    const en = await postForm(h, '/admin/libur/baru', admin, { date: '2026-01-01', name: 'Libur ganda', kind: 'cuti_bersama' }, { 'Accept-Language': 'en' });
    expect(await en.text()).toContain('2026-01-01 is already listed as a holiday: Tahun Baru 2026 Masehi.');
    expect((await on('2026-01-01'))!.name).toBe('Tahun Baru 2026 Masehi');
  });

  it('refuses an impossible date, a bad format, a missing name and an unknown kind', async () => {
    const res = await postForm(h, '/admin/libur/baru', admin, { date: '2026-02-30', name: '', kind: 'libur_daerah' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Tulis tanggal yang ada dengan format TTTT-BB-HH');
    expect(html).toContain('Wajib diisi.');
    expect(html).toContain('Pilih libur nasional atau cuti bersama.');
    expect(html).toContain('value="2026-02-30"');
    const fmt = await postForm(h, '/admin/libur/baru', admin, { date: '17/08/2026', name: 'Kemerdekaan', kind: 'libur_nasional' });
    expect(fmt.status).toBe(422);
    expect(await fmt.text()).toContain('value="17/08/2026"');
  });

  it('edits a holiday, including moving it to a free date but not onto another holiday', async () => {
    const page = await get('/admin/libur/2029-01-01', admin);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('value="Tahun Baru 2029 Masehi"');
    const clash = await postForm(h, '/admin/libur/2029-01-01', admin, { date: '2026-01-01', name: 'Tahun Baru 2029 Masehi', kind: 'libur_nasional' });
    expect(clash.status).toBe(422);
    const moved = await postForm(h, '/admin/libur/2029-01-01', admin, { date: '2029-01-02', name: 'Tahun Baru 2029 (digeser)', kind: 'cuti_bersama' });
    expect(moved.status).toBe(303);
    expect(await on('2029-01-01')).toBeUndefined();
    expect(await on('2029-01-02')).toEqual({ date: '2029-01-02', name: 'Tahun Baru 2029 (digeser)', kind: 'cuti_bersama' });
    const [a] = await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'holiday.updated'));
    expect(JSON.parse(a!.detail!).changes.date).toEqual({ from: '2029-01-01', to: '2029-01-02' });
  });

  it('deletes a holiday; unknown and malformed dates are 404', async () => {
    const res = await postForm(h, '/admin/libur/2029-01-02/hapus', admin, {});
    expect(res.status).toBe(303);
    expect(await on('2029-01-02')).toBeUndefined();
    expect((await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'holiday.deleted')))).toHaveLength(1);
    expect((await get('/admin/libur/2029-01-02', admin)).status).toBe(404);
    expect((await get('/admin/libur/bukan-tanggal', admin)).status).toBe(404);
    expect((await postForm(h, '/admin/libur/2029-01-02/hapus', admin, {})).status).toBe(404);
  });

  it('non-admins get 403 and change nothing', async () => {
    expect((await get('/admin/libur', author)).status).toBe(403);
    expect((await get('/admin/libur/2026-01-01', author)).status).toBe(403);
    expect((await postForm(h, '/admin/libur/baru', author, { date: '2026-07-15', name: 'Libur palsu', kind: 'cuti_bersama' })).status).toBe(403);
    expect((await postForm(h, '/admin/libur/2026-01-01/hapus', author, {})).status).toBe(403);
    expect(await on('2026-07-15')).toBeUndefined();
    expect(await on('2026-01-01')).toBeDefined();
  });
});
