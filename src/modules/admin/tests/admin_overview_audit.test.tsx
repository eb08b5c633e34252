import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { recordAudit } from '../../../platform/audit/audit';
import { auditLog, holidays, staff } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';

let h: Harness;
let admin: TestSession;
let officer: TestSession;

beforeAll(async () => {
  h = await makeHarness();
  admin = await signInAs(h, 'admin@demo.pelita.id');
  officer = await signInAs(h, 'petugas.dlh@demo.pelita.id');
});
afterAll(async () => h.close());

const get = (path: string, who: TestSession, lang?: string) =>
  h.request(path, { headers: { Cookie: who.cookie, ...(lang ? { 'Accept-Language': lang } : {}) }, redirect: 'manual' });

describe(`admin overview, roles and audit log on ${RUNTIME}`, () => {
  it('the overview links every section with counts, and the header shows the Admin link', async () => {
    const res = await get('/admin', admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toContain('no-store');
    const html = await res.text();
    for (const href of ['/admin/unit', '/admin/pegawai', '/admin/peran', '/admin/layanan', '/admin/libur', '/admin/audit'])
      expect(html).toContain(`href="${href}"`);
    expect(html).toContain('19 aktif dari 19 unit.');
    expect(html).toMatch(/\d+ kategori pengaduan, \d+ jenis izin/);
    expect(html).toContain('25 hari libur dan cuti bersama pada 2026.');
    expect(html).toContain('<a href="/admin">Admin</a>');
    const en = await (await get('/admin', admin, 'en')).text();
    expect(en).toContain('Administration');
    expect(en).toContain('19 active of 19 units.');
  });

  it('the roles page explains every role and lists who holds it', async () => {
    const res = await get('/admin/peran', admin);
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const label of ['Petugas', 'Kepala bidang/seksi', 'Pimpinan', 'Administrator', 'Penyusun kursus']) expect(html).toContain(label);
    expect(html).toContain('Wulan Kusumastuti'); // course author
    expect(html).toContain('Dr. Bambang Sutrisno'); // official
    const [pimpinan] = await h.deps.db.select({ id: staff.id }).from(staff).where(eq(staff.email, 'pimpinan@demo.pelita.id'));
    expect(html).toContain(`href="/admin/pegawai/${pimpinan!.id}"`);
    expect(await (await get('/admin/peran', admin, 'en')).text()).toContain('Course author');
  });

  it('admin changes appear in the audit log, newest first, with actor name, WIB time, address and detail', async () => {
    h.clock.set('2026-03-02T02:04:00Z'); // 09:04 WIB, within the session's idle limit
    const res = await postForm(h, '/admin/libur/baru', admin, { date: '2026-12-31', name: 'Cuti bersama akhir tahun', kind: 'cuti_bersama' }, {
      'X-Forwarded-For': '203.0.113.9',
    });
    expect(res.status).toBe(303);
    h.clock.set('2026-03-02T02:05:00Z');
    await postForm(h, '/admin/libur/2026-12-31', admin, { date: '2026-12-31', name: 'Cuti bersama Natal', kind: 'cuti_bersama' });

    const page = await get('/admin/audit', admin);
    expect(page.status).toBe(200);
    const html = await page.text();
    const created = html.indexOf('holiday.created');
    const updated = html.indexOf('holiday.updated');
    expect(created).toBeGreaterThan(0);
    expect(updated).toBeGreaterThan(0);
    expect(updated).toBeLessThan(created); // newest first
    expect(html).toContain('Rizky Ananda Pratama');
    expect(html).toContain('holiday:2026-12-31');
    expect(html).toContain('203.0.113.9');
    expect(html).toMatch(/09\.04 WIB|09:04 WIB/);
    expect(html).toContain('Cuti bersama akhir tahun');
  });

  it('filters by event prefix and by actor', async () => {
    await recordAudit(h.deps.db, h.clock.now(), { actorId: null, event: 'auth.sign_in_failed', target: 'acct:x', ip: '198.51.100.7' });
    await recordAudit(h.deps.db, h.clock.now(), { actorId: officer.staffId, event: 'auth.sign_in', ip: '198.51.100.8' });

    const byPrefix = await (await get('/admin/audit?event=holiday.', admin)).text();
    expect(byPrefix).toContain('holiday.created');
    expect(byPrefix).not.toContain('<code>auth.');
    expect(byPrefix).toContain('2 entri.');

    const byActor = await (await get(`/admin/audit?actor=${officer.staffId}`, admin)).text();
    expect(byActor).toContain('<code>auth.sign_in</code>');
    expect(byActor).toContain('Agus Setiawan');
    expect(byActor).not.toContain('holiday.created');

    const system = await (await get('/admin/audit?actor=system', admin)).text();
    expect(system).toContain('<code>auth.sign_in_failed</code>');
    expect(system).toContain('198.51.100.7');
    expect(system).not.toContain('holiday.created');

    // "_" and "%" are literal in the prefix, not wildcards
    expect(await (await get('/admin/audit?event=auth.sign_in_', admin)).text()).toContain('1 entri.');
    // nonsense filters are ignored, not errors
    expect((await get('/admin/audit?event=%27%3B--&actor=abc&hal=-1', admin)).status).toBe(200);
  });

  it('pages through 50 entries at a time', async () => {
    const db = h.deps.db;
    for (let i = 0; i < 60; i++)
      await recordAudit(db, new Date(Date.UTC(2026, 0, 1, 0, i)), { actorId: admin.staffId, event: 'token.used', target: `token:${i}` });
    const first = await (await get('/admin/audit?event=token.', admin)).text();
    expect(first).toContain('60 entri.');
    expect(first).toContain('Halaman 1 dari 2');
    expect(first).toContain('token:59');
    expect(first).not.toContain('token:9<');
    expect(first).toContain('href="/admin/audit?event=token.&amp;hal=2"');
    const second = await (await get('/admin/audit?event=token.&hal=2', admin)).text();
    expect(second).toContain('Halaman 2 dari 2');
    expect(second).toContain('token:0<');
    expect(second).not.toContain('token:59');
    expect((second.match(/<code>token\.used<\/code>/g) ?? []).length).toBe(10);
    // a page past the end shows the last page
    expect(await (await get('/admin/audit?event=token.&hal=9', admin)).text()).toContain('Halaman 2 dari 2');
  });

  it('non-admins get 403 on the overview, roles and audit log', async () => {
    for (const path of ['/admin', '/admin/peran', '/admin/audit']) {
      const res = await get(path, officer);
      expect(res.status, path).toBe(403);
      const html = await res.text();
      expect(html).not.toContain('203.0.113.9');
    }
    // the header of a non-admin has no Admin link
    expect(await (await get('/', officer)).text()).not.toContain('<a href="/admin">Admin</a>');
    expect((await h.deps.db.select().from(auditLog)).length).toBeGreaterThan(60);
  });

  it('18 the overview warns, in both languages, when next year’s holiday calendar is empty, and when this year’s is', async () => {
    const warningsAt = async (at: string, lang?: string) => {
      h.clock.set(at);
      const who = await signInAs(h, 'admin@demo.pelita.id'); // a fresh session at the new time
      return (await get('/admin', who, lang)).text();
    };
    // 2026 and 2027 are in the demo calendar: no warning
    expect(await warningsAt('2026-11-30T03:00:00Z')).not.toContain('data-calendar-warning');

    // in 2027 the 2028 calendar is still empty
    const in2027 = await warningsAt('2027-03-01T03:00:00Z');
    expect(in2027).toContain('data-calendar-warning="2028"');
    expect(in2027).not.toContain('data-calendar-warning="2027"');
    expect(in2027).toContain('Kalender libur 2028 belum diisi: tenggat SLA akan menghitung hari libur sebagai hari kerja.');
    expect(in2027).toContain('<a href="/admin/libur?tahun=2028">Isi kalender 2028</a>');
    const en = await warningsAt('2027-03-01T03:00:00Z', 'en');
    expect(en).toContain('The 2028 holiday calendar is empty: SLA deadlines will count holidays as working days.');
    expect(en).toContain('<a href="/admin/libur?tahun=2028">Fill in the 2028 calendar</a>');

    // once a 2028 holiday is entered the warning goes; the year is read in WIB (31 Dec 17:00 UTC is 1 Jan)
    const admin = await signInAs(h, 'admin@demo.pelita.id');
    expect((await postForm(h, '/admin/libur/baru', admin, { date: '2028-01-01', name: 'Tahun Baru 2028 Masehi', kind: 'libur_nasional' })).status).toBe(303);
    expect(await warningsAt('2027-03-01T03:00:00Z')).not.toContain('data-calendar-warning');
    const newYear2028 = await warningsAt('2027-12-31T17:00:00Z');
    expect(newYear2028).not.toContain('data-calendar-warning="2028"');
    expect(newYear2028).toContain('data-calendar-warning="2029"');

    // a year already under way with no holidays at all
    await h.deps.db.delete(holidays).where(like(holidays.date, '2026-%'));
    const empty2026 = await warningsAt('2026-11-30T03:00:00Z');
    expect(empty2026).toContain('Kalender libur 2026 belum diisi: tenggat SLA sekarang menghitung hari libur nasional dan cuti bersama sebagai hari kerja.');
    expect(empty2026).toContain('href="/admin/libur?tahun=2026"');
    expect(empty2026).not.toContain('data-calendar-warning="2027"');
  });
});
