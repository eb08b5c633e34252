import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { cases } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { visitor } from '../../../../tests/helpers/session';
import { EXE_BYTES, PNG_BYTES, submitComplaint, validFields, type FileSpec } from '../../../../tests/helpers/complaints';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

async function rejected(fields: Record<string, string | undefined>, files: FileSpec[] = []): Promise<string> {
  const res = await submitComplaint(h, fields, files);
  expect(res.status).toBe(422);
  const html = await res.text();
  expect(html).toContain('Periksa kembali isian berikut');
  return html;
}

/** The error message rendered next to a field. */
function fieldError(html: string, name: string): string {
  return /<span class="field-error" id="f-[^"]+-error">([^<]*)</.exec(html.slice(html.indexOf(`id="f-${name}`) - 400))?.[1] ?? '';
}

describe(`new complaint: bad input on ${RUNTIME}`, () => {
  it('missing category', async () => {
    const html = await rejected(validFields({ service_code: '' }));
    expect(html).toContain('Pilih kategori pengaduan.');
  });

  it('unknown category, and a permit type is not a complaint category', async () => {
    for (const code of ['tidak-ada', 'pbg']) {
      const html = await rejected(validFields({ service_code: code }));
      expect(html).toContain('Kategori pengaduan tidak dikenal');
    }
  });

  it('empty and over-long title and description; everything typed is kept', async () => {
    let html = await rejected(validFields({ title: '', description: '   ' }));
    expect(html).toContain('Judul wajib diisi.');
    expect(html).toContain('Uraian wajib diisi.');
    expect(html).toContain('value="Jl. Slamet Riyadi No. 123, RT 02/RW 05"');
    expect(html).toContain('value="budi@contoh.id"');
    html = await rejected(validFields({ title: 'x'.repeat(151), description: 'y'.repeat(4001) }));
    expect(html).toContain('Judul paling banyak 150 karakter (sekarang 151)');
    expect(html).toContain('Uraian paling banyak 4000 karakter (sekarang 4001)');
    expect(html).toContain('y'.repeat(4001)); // kept for editing
    html = await rejected(validFields({ title: 'abc', description: 'terlalu pendek' }));
    expect(html).toContain('Judul minimal 5 karakter.');
    expect(html).toContain('Uraian minimal 20 karakter.');
  });

  it('a kelurahan not in the list', async () => {
    const html = await rejected(validFields({ kelurahan: 'atlantis-tengah' }));
    expect(html).toContain('Kelurahan tidak ada dalam daftar Kota Surakarta.');
  });

  it('coordinates outside the city, only one coordinate, or not a number', async () => {
    let html = await rejected(validFields({ latitude: '-6.2088', longitude: '106.8456' })); // Jakarta
    expect(html).toContain('Titik lokasi berada di luar Kota Surakarta');
    expect(html).toContain('value="-6.2088"');
    html = await rejected(validFields({ latitude: '-7.5666', longitude: '' }));
    expect(html).toContain('Isi lintang dan bujur sekaligus');
    html = await rejected(validFields({ latitude: 'abc', longitude: '110.82' }));
    expect(html).toContain('Lintang harus berupa angka desimal');
  });

  it('an incident date in the future or more than a year ago', async () => {
    let html = await rejected(validFields({ incident_date: '2026-03-03' }));
    expect(html).toContain('Tanggal kejadian tidak boleh di masa depan.');
    html = await rejected(validFields({ incident_date: '2025-03-01' }));
    expect(html).toContain('Tanggal kejadian paling lama satu tahun yang lalu.');
    html = await rejected(validFields({ incident_date: '2026-02-30' }));
    expect(html).toContain('Tanggal kejadian tidak sah');
  });

  it('a file of the wrong type is refused by name, and is not kept with the form', async () => {
    const html = await rejected(validFields(), [{ name: 'setup.exe', bytes: EXE_BYTES }]);
    expect(html).toContain('bukan JPEG, PNG, WebP, atau PDF');
    expect(html).not.toContain('data-kept-file');
  });

  it('a renamed file: executable bytes named photo.jpg, and a PNG named .pdf', async () => {
    let html = await rejected(validFields(), [{ name: 'photo.jpg', bytes: EXE_BYTES, type: 'image/jpeg' }]);
    expect(html).toContain('Berkas &quot;photo.jpg&quot; bukan JPEG, PNG, WebP, atau PDF');
    html = await rejected(validFields(), [{ name: 'laporan.pdf', bytes: PNG_BYTES, type: 'application/pdf' }]);
    expect(html).toContain('tidak sesuai dengan isinya');
  });

  it('a file over 5 MB', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PNG_BYTES);
    const html = await rejected(validFields(), [{ name: 'besar.png', bytes: big, type: 'image/png' }]);
    expect(html).toContain('lebih dari 5 MB');
  });

  it('more than five files', async () => {
    const files = Array.from({ length: 6 }, (_, i) => ({ name: `foto${i}.png`, bytes: PNG_BYTES, type: 'image/png' }));
    const html = await rejected(validFields(), files);
    expect(html).toContain('Paling banyak 5 berkas per kiriman; Anda memilih 6.');
  });

  it('missing contact unless fully anonymous, bad e-mail and phone', async () => {
    let html = await rejected(validFields({ contact_email: '', contact_phone: '' }));
    expect(html).toContain('Isi e-mail atau nomor telepon');
    html = await rejected(validFields({ contact_email: 'bukan-email', contact_phone: '12345' }));
    expect(html).toContain('Alamat e-mail tidak sah');
    expect(html).toContain('Nomor telepon tidak sah');
    html = await rejected(validFields({ contact_email: '', contact_phone: '', fully_anonymous: '1', privacy: 'publik' }));
    expect(html).toContain('hanya dapat dipilih bersama privasi');
  });

  it('messages are in English for English readers, next to the field', async () => {
    const v = await visitor(h);
    const fd = new FormData();
    fd.append('_csrf', v.csrf);
    for (const [k, val] of Object.entries(validFields({ kelurahan: 'nowhere' }))) fd.append(k, val);
    const english = await h.request('/pengaduan/baru', { method: 'POST', body: fd, headers: { Cookie: v.cookie, 'Accept-Language': 'en' } });
    const html = await english.text();
    expect(english.status).toBe(422);
    expect(html).toContain('This kelurahan is not in the list of the City of Surakarta.');
    expect(fieldError(html, 'kelurahan')).toContain('not in the list');
    expect(html).toContain('aria-invalid="true"');
  });

  it('no complaint was created by any of the bad submissions', async () => {
    const rows = await h.deps.db.select({ id: cases.id }).from(cases);
    expect(rows).toHaveLength(0);
  });
});
