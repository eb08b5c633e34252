// Issue 13 item 12: the service editor builds a permit type's form and requirements row by row,
// without JavaScript, keeps everything typed, points errors at the row, and previews the
// citizen's form.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { services, units } from '../../../db/schema';
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

const byCode = async (code: string) => (await h.deps.db.select().from(services).where(eq(services.code, code)))[0];
const get = (path: string, who: TestSession) => h.request(path, { headers: { Cookie: who.cookie }, redirect: 'manual' });

const base = (code: string) => ({
  kind: 'permit',
  code,
  nameId: 'Izin Penyimpanan Limbah',
  nameEn: 'Waste Storage Permit',
  unitId: String(dlh),
  slaDays: '10',
  firstResponseDays: '2',
  fee: '0',
  active: '1',
});

const field = (i: number, f: { name: string; labelId: string; labelEn: string; type?: string; required?: boolean; options?: string }) => ({
  [`fields.${i}.name`]: f.name,
  [`fields.${i}.labelId`]: f.labelId,
  [`fields.${i}.labelEn`]: f.labelEn,
  [`fields.${i}.type`]: f.type ?? 'text',
  ...(f.required ? { [`fields.${i}.required`]: '1' } : {}),
  ...(f.options ? { [`fields.${i}.options`]: f.options } : {}),
});

/** The value an input of the page holds, by its name (inputs render name before value). */
function inputValue(html: string, name: string): string | null {
  const m = new RegExp(`name="${name.replace(/\./g, '\\.')}" value="([^"]*)"`).exec(html);
  return m ? m[1]! : null;
}

describe(`13.12 the service editor on ${RUNTIME}`, () => {
  it('13.12 the editor shows rows of inputs, not JSON: a stored field and requirement come back as their own inputs', async () => {
    const pbg = await byCode('pbg');
    const html = await (await get(`/admin/layanan/${pbg!.id}`, admin)).text();
    expect(html).not.toContain('name="formFields"');
    expect(html).not.toContain('name="requirements"');
    const stored = JSON.parse(pbg!.formFields) as { name: string }[];
    expect(inputValue(html, 'fields.0.name')).toBe(stored[0]!.name);
    expect(html).toContain('name="reqs.0.id"');
    // every row has its move and remove buttons, and the preview draws the citizen's form
    expect(html).toContain('value="fields.remove.0"');
    expect(html).toContain('value="reqs.down.0"');
    expect(html).toContain('id="pratinjau"');
    expect(html).toContain(`name="answers.${stored[0]!.name}"`);
  });

  it('13.12 without JavaScript "add" appends an empty row and keeps everything typed, saving nothing', async () => {
    const res = await postForm(h, '/admin/layanan/baru', admin, {
      ...base('izin-tambah'),
      ...field(0, { name: 'lokasi', labelId: 'Lokasi usaha', labelEn: 'Business location', required: true }),
      'reqs.0.id': 'Fotokopi KTP',
      'reqs.0.en': 'Copy of identity card',
      _op: 'fields.add',
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(inputValue(html, 'nameId')).toBe('Izin Penyimpanan Limbah');
    expect(inputValue(html, 'fields.0.labelId')).toBe('Lokasi usaha');
    expect(inputValue(html, 'fields.1.labelId')).toBe('');
    expect(inputValue(html, 'reqs.0.en')).toBe('Copy of identity card');
    expect(html).toMatch(/name="fields\.0\.required" value="1" checked/);
    expect(html).not.toContain('class="error-summary"');
    expect(await byCode('izin-tambah')).toBeUndefined();
    // the preview already shows the complete row as the citizen's input
    expect(html).toContain('name="answers.lokasi"');
  });

  it('13.12 without JavaScript rows move up and down and are removed, the rest renumbered', async () => {
    const three = {
      ...base('izin-urut'),
      ...field(0, { name: 'satu', labelId: 'Satu', labelEn: 'One' }),
      ...field(1, { name: 'dua', labelId: 'Dua', labelEn: 'Two', type: 'select', options: 'a | A | A' }),
      ...field(2, { name: 'tiga', labelId: 'Tiga', labelEn: 'Three', required: true }),
      'reqs.0.id': 'KTP',
      'reqs.0.en': 'ID card',
      'reqs.1.id': 'NPWP',
      'reqs.1.en': 'Tax number',
    };
    const up = await (await postForm(h, '/admin/layanan/baru', admin, { ...three, _op: 'fields.up.2' })).text();
    expect(['fields.0.name', 'fields.1.name', 'fields.2.name'].map((n) => inputValue(up, n))).toEqual(['satu', 'tiga', 'dua']);
    // a row moves with all its parts: the choices and the required box go along
    expect(up).toMatch(/name="fields\.1\.required" value="1" checked/);
    expect(up).toContain('a | A | A</textarea>');
    expect(up.indexOf('name="fields.2.options"')).toBeLessThan(up.indexOf('a | A | A'));

    const down = await (await postForm(h, '/admin/layanan/baru', admin, { ...three, _op: 'reqs.down.0' })).text();
    expect([inputValue(down, 'reqs.0.id'), inputValue(down, 'reqs.1.id')]).toEqual(['NPWP', 'KTP']);

    const removed = await (await postForm(h, '/admin/layanan/baru', admin, { ...three, _op: 'fields.remove.0' })).text();
    expect([inputValue(removed, 'fields.0.name'), inputValue(removed, 'fields.1.name'), inputValue(removed, 'fields.2.name')]).toEqual(['dua', 'tiga', null]);

    // saving after the moves stores the order the admin sees
    const saved = await postForm(h, '/admin/layanan/baru', admin, {
      ...base('izin-urut'),
      ...field(0, { name: 'tiga', labelId: 'Tiga', labelEn: 'Three', required: true }),
      ...field(1, { name: 'satu', labelId: 'Satu', labelEn: 'One' }),
      'reqs.0.id': 'NPWP',
      'reqs.0.en': 'Tax number',
    });
    expect(saved.status).toBe(303);
    const row = await byCode('izin-urut');
    expect(JSON.parse(row!.formFields)).toEqual([
      { name: 'tiga', label: { id: 'Tiga', en: 'Three' }, type: 'text', required: true },
      { name: 'satu', label: { id: 'Satu', en: 'One' }, type: 'text', required: false },
    ]);
    expect(JSON.parse(row!.requirements)).toEqual([{ id: 'NPWP', en: 'Tax number' }]);
  });

  it('13.12 a wrong row is named in the summary and marked at its input, with everything typed kept', async () => {
    const res = await postForm(
      h,
      '/admin/layanan/baru',
      admin,
      {
        ...base('izin-salah'),
        ...field(0, { name: 'lokasi', labelId: 'Lokasi', labelEn: 'Location' }),
        ...field(1, { name: 'Jenis Limbah', labelId: 'Jenis limbah', labelEn: '', type: 'select' }),
        ...field(2, { name: 'lokasi', labelId: 'Lokasi lagi', labelEn: 'Location again' }),
        'reqs.0.id': 'KTP',
        'reqs.0.en': '',
      },
      { 'Accept-Language': 'en' },
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('href="#f-fields.1.name">Field 2 · Key name: Lower-case letters');
    expect(html).toContain('href="#f-fields.1.labelEn">Field 2 · Label (English): Required.');
    expect(html).toContain('href="#f-fields.1.options">Field 2 · Choices: A choice field needs at least one choice.');
    expect(html).toContain('href="#f-fields.2.name">Field 3 · Key name: This name is already used by field 1.');
    expect(html).toContain('href="#f-reqs.0.en">Requirement 1 · English text: Required.');
    // the link lands on the input, which says what is wrong
    expect(html).toMatch(/id="f-fields\.1\.name" name="fields\.1\.name" value="Jenis Limbah"[^>]*aria-invalid="true"/);
    expect(inputValue(html, 'fields.2.labelId')).toBe('Lokasi lagi');
    expect(inputValue(html, 'reqs.0.id')).toBe('KTP');
    expect(await byCode('izin-salah')).toBeUndefined();
  });

  it('13.12 an edited field keeps its limits and help, and the public form follows the saved order', async () => {
    const pbg = await byCode('pbg');
    const page = await (await get(`/admin/layanan/${pbg!.id}`, admin)).text();
    const stored = JSON.parse(pbg!.formFields) as unknown[];
    // send the page back as it is, with the first two fields swapped
    const values: Record<string, string> = {};
    for (const m of page.matchAll(/<input type="(?:text|number|date|email|search)" id="[^"]*" name="([^"]+)" value="([^"]*)"/g)) values[m[1]!] = m[2]!;
    for (const m of page.matchAll(/<input type="checkbox" id="[^"]*" name="([^"]+)" value="1" checked/g)) values[m[1]!] = '1';
    for (const m of page.matchAll(/<textarea id="[^"]*" name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)) values[m[1]!] = m[2]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    for (const m of page.matchAll(/<select id="[^"]*" name="([^"]+)"[^>]*>[\s\S]*?<option value="([^"]*)" selected/g)) values[m[1]!] = m[2]!;
    for (const k of Object.keys(values)) if (k.startsWith('answers.')) delete values[k];
    const unchanged = await postForm(h, `/admin/layanan/${pbg!.id}`, admin, values);
    expect(unchanged.status).toBe(303);
    expect(JSON.parse((await byCode('pbg'))!.formFields)).toEqual(stored);

    const moved = await postForm(h, `/admin/layanan/${pbg!.id}`, admin, { ...values, _op: 'fields.down.0' });
    const movedHtml = await moved.text();
    const again: Record<string, string> = { ...values };
    for (const m of movedHtml.matchAll(/name="(fields\.[^"]+)" value="([^"]*)"/g)) again[m[1]!] = m[2]!;
    for (const m of movedHtml.matchAll(/<textarea id="[^"]*" name="(fields\.[^"]+)"[^>]*>([^<]*)<\/textarea>/g)) again[m[1]!] = m[2]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    for (const k of Object.keys(again)) if (/^fields\.\d+\.required$/.test(k)) delete again[k];
    for (const m of movedHtml.matchAll(/name="(fields\.\d+\.required)" value="1" checked/g)) again[m[1]!] = '1';
    for (const m of movedHtml.matchAll(/<select id="[^"]*" name="(fields\.[^"]+)"[^>]*>[\s\S]*?<option value="([^"]*)" selected/g)) again[m[1]!] = m[2]!;
    expect((await postForm(h, `/admin/layanan/${pbg!.id}`, admin, again)).status).toBe(303);
    const after = JSON.parse((await byCode('pbg'))!.formFields) as unknown[];
    expect(after).toEqual([stored[1], stored[0], ...stored.slice(2)]);
    const names = after.map((f) => (f as { name: string }).name);
    const citizen = await (await h.request('/izin/baru/pbg')).text();
    expect(citizen.indexOf(`name="answers.${names[0]}"`)).toBeGreaterThan(-1);
    expect(citizen.indexOf(`name="answers.${names[0]}"`)).toBeLessThan(citizen.indexOf(`name="answers.${names[1]}"`));
  });

  it('13.12 the editor operations need an admin and the CSRF token like saving does', async () => {
    const pbg = await byCode('pbg');
    expect((await postForm(h, `/admin/layanan/${pbg!.id}`, official, { _op: 'fields.add' })).status).toBe(403);
    const noCsrf = await h.request(`/admin/layanan/${pbg!.id}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: admin.cookie },
      body: new URLSearchParams({ _op: 'fields.add' }),
      redirect: 'manual',
    });
    expect(noCsrf.status).toBe(403);
  });
});
