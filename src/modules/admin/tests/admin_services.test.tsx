import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { auditLog, responseTemplates, services, units } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';

let h: Harness;
let admin: TestSession;
let official: TestSession;
let dlh: number;

beforeAll(async () => {
  h = await makeHarness();
  admin = await signInAs(h, 'admin@demo.pelita.id');
  official = await signInAs(h, 'pimpinan@demo.pelita.id');
  dlh = (await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, 'DLH')))[0]!.id;
});
afterAll(async () => h.close());

const get = (path: string, who: TestSession, lang?: string) =>
  h.request(path, { headers: { Cookie: who.cookie, ...(lang ? { 'Accept-Language': lang } : {}) }, redirect: 'manual' });
const byCode = async (code: string) => (await h.deps.db.select().from(services).where(eq(services.code, code)))[0];

/** Two form-field rows and two requirement rows, as the editor's inputs send them. */
const ROWS = {
  'fields.0.labelId': 'Lokasi usaha',
  'fields.0.labelEn': 'Business location',
  'fields.0.name': 'lokasi_usaha',
  'fields.0.type': 'text',
  'fields.0.required': '1',
  'fields.1.labelId': 'Jenis limbah',
  'fields.1.labelEn': 'Waste type',
  'fields.1.name': 'jenis_limbah',
  'fields.1.type': 'select',
  'fields.1.required': '1',
  'fields.1.options': 'b3 | B3 | Hazardous',
  'reqs.0.id': 'Fotokopi KTP',
  'reqs.0.en': 'Copy of identity card',
  'reqs.1.id': '',
  'reqs.1.en': '',
  'reqs.2.id': 'Dokumen lingkungan',
  'reqs.2.en': 'Environmental document',
};

const permit = () => ({
  kind: 'permit',
  code: 'izin-limbah-b3',
  nameId: 'Izin Penyimpanan Sementara Limbah B3',
  nameEn: 'Temporary Hazardous Waste Storage Permit',
  descriptionId: 'Izin untuk menyimpan limbah B3 sementara.',
  descriptionEn: 'Permit to store hazardous waste temporarily.',
  unitId: String(dlh),
  slaDays: '10',
  firstResponseDays: '2',
  fee: '150.000',
  legalBasis: 'PP 22/2021',
  validityMonths: '60',
  ...ROWS,
  active: '1',
  sortOrder: '5',
});

describe(`admin service catalogue on ${RUNTIME}`, () => {
  it('lists complaint categories and permit types', async () => {
    const res = await get('/admin/layanan', admin);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('jalan-rusak');
    expect(html).toContain('pbg');
    expect(html).toContain('Templat jawaban');
  });

  it('creates a permit type with requirements and form fields, visible in the public catalogue', async () => {
    expect((await get('/admin/layanan/baru', admin)).status).toBe(200);
    const res = await postForm(h, '/admin/layanan/baru', admin, permit());
    expect(res.status).toBe(303);
    const row = await byCode('izin-limbah-b3');
    expect(res.headers.get('Location')).toBe(`/admin/layanan/${row!.id}?ok=layanan-dibuat`);
    expect(row).toMatchObject({ kind: 'permit', unitId: dlh, slaDays: 10, firstResponseDays: 2, fee: 150000, validityMonths: 60, active: true, sortOrder: 5 });
    expect(JSON.parse(row!.requirements)).toEqual([
      { id: 'Fotokopi KTP', en: 'Copy of identity card' },
      { id: 'Dokumen lingkungan', en: 'Environmental document' },
    ]);
    expect(JSON.parse(row!.formFields)).toHaveLength(2);
    const pub = await h.request('/layanan/izin-limbah-b3');
    expect(pub.status).toBe(200);
    expect(await pub.text()).toContain('Dokumen lingkungan');
    const [a] = await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'service.created'));
    expect(a!.target).toBe('service:izin-limbah-b3');
  });

  it('refuses bad numbers, a bad or taken code and a missing unit, keeping what was typed', async () => {
    const res = await postForm(h, '/admin/layanan/baru', admin, {
      ...permit(),
      kind: 'surat',
      code: 'Izin Baru',
      nameId: '',
      unitId: '',
      slaDays: '0',
      firstResponseDays: '31',
      fee: '-5',
      validityMonths: 'dua',
      sortOrder: '1.5',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Pilih jenis: kategori pengaduan atau jenis izin.');
    expect(html).toContain('Hanya huruf kecil a–z');
    expect(html).toContain('Harus antara 1 dan 365.');
    expect(html).toContain('Harus antara 1 dan 30.');
    expect(html).toContain('Harus antara 0 dan 1000000000000.');
    expect(html).toContain('Isi dengan bilangan bulat');
    expect(html).toContain('Pilih unit penanggung jawab.');
    expect(html).toContain('value="Izin Baru"');
    expect(html).toContain('value="31"');
    expect(html).toContain('value="Dokumen lingkungan"');
    expect(html).toContain('b3 | B3 | Hazardous');

    const taken = await postForm(h, '/admin/layanan/baru', admin, { ...permit(), code: 'pbg' }, { 'Accept-Language': 'en' });
    expect(taken.status).toBe(422);
    expect(await taken.text()).toContain('Code pbg is already used by another service.');
  });

  it('edits a service but never its code or kind, and audits the change', async () => {
    const row = await byCode('jalan-rusak');
    const page = await (await get(`/admin/layanan/${row!.id}`, admin)).text();
    expect(page).toContain('<code>jalan-rusak</code>');
    expect(page).not.toContain('name="code"');
    const values = {
      kind: 'permit',
      code: 'jalan-hancur',
      nameId: row!.nameId,
      nameEn: row!.nameEn,
      descriptionId: row!.descriptionId,
      descriptionEn: row!.descriptionEn,
      unitId: String(row!.unitId),
      slaDays: '7',
      firstResponseDays: '1',
      fee: '0',
      legalBasis: row!.legalBasis ?? '',
      validityMonths: '',
      sortOrder: '0',
      // 'active' left unticked: the category is switched off
    };
    const res = await postForm(h, `/admin/layanan/${row!.id}`, admin, values);
    expect(res.status).toBe(303);
    const after = await byCode('jalan-rusak');
    expect(after).toMatchObject({ kind: 'complaint', slaDays: 7, active: false });
    expect(await byCode('jalan-hancur')).toBeUndefined();
    expect((await h.request('/layanan/jalan-rusak')).status).toBe(404);
    const [a] = await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'service.updated'));
    const changes = JSON.parse(a!.detail!).changes;
    expect(changes.slaDays).toEqual({ from: row!.slaDays, to: 7 });
    expect(changes.active).toEqual({ from: true, to: false });
    expect(changes.code).toBeUndefined();
  });

  it('adds, edits and deletes response templates of a category, with audit entries', async () => {
    const svc = await byCode('sampah');
    const base = `/admin/layanan/${svc!.id}/templat`;
    expect((await get(base, admin)).status).toBe(200);

    const bad = await postForm(h, base, admin, { title: 'Ok', body: 'pendek' });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Minimal 3 karakter.');
    expect(badHtml).toContain('Minimal 10 karakter.');
    expect(badHtml).toContain('value="Ok"');

    const add = await postForm(h, base, admin, { title: 'Sampah sudah diangkut', body: 'Terima kasih, sampah di lokasi Anda sudah diangkut petugas.' });
    expect(add.status).toBe(303);
    const [tp] = await h.deps.db
      .select()
      .from(responseTemplates)
      .where(and(eq(responseTemplates.serviceId, svc!.id), eq(responseTemplates.title, 'Sampah sudah diangkut')));
    expect(tp).toBeDefined();
    expect(await (await get(base, admin)).text()).toContain('Sampah sudah diangkut');

    expect((await get(`${base}/${tp!.id}`, admin)).status).toBe(200);
    const edit = await postForm(h, `${base}/${tp!.id}`, admin, { title: 'Sampah telah diangkut', body: tp!.body });
    expect(edit.status).toBe(303);
    expect((await h.deps.db.select().from(responseTemplates).where(eq(responseTemplates.id, tp!.id)))[0]!.title).toBe('Sampah telah diangkut');

    // a template is reached only through its own service
    const other = await byCode('pbg');
    expect((await get(`/admin/layanan/${other!.id}/templat/${tp!.id}`, admin)).status).toBe(404);
    expect((await postForm(h, `/admin/layanan/${other!.id}/templat/${tp!.id}/hapus`, admin, {})).status).toBe(404);

    const del = await postForm(h, `${base}/${tp!.id}/hapus`, admin, {});
    expect(del.status).toBe(303);
    expect(await h.deps.db.select().from(responseTemplates).where(eq(responseTemplates.id, tp!.id))).toHaveLength(0);
    const events = (await h.deps.db.select().from(auditLog)).map((a) => a.event).filter((e) => e.startsWith('template.'));
    expect(events).toEqual(['template.created', 'template.updated', 'template.deleted']);
  });

  it('non-admins get 403 on the catalogue screens', async () => {
    const svc = await byCode('pbg');
    expect((await get('/admin/layanan', official)).status).toBe(403);
    expect((await get(`/admin/layanan/${svc!.id}`, official)).status).toBe(403);
    expect((await postForm(h, `/admin/layanan/${svc!.id}`, official, { ...permit(), slaDays: '1' })).status).toBe(403);
    expect((await postForm(h, `/admin/layanan/${svc!.id}/templat`, official, { title: 'Templat', body: 'Isi templat yang cukup.' })).status).toBe(403);
    expect((await byCode('pbg'))!.slaDays).toBe(svc!.slaDays);
  });
});
