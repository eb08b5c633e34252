import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';

let h: Harness;
let officer: TestSession;
let official: TestSession;
let admin: TestSession;
beforeAll(async () => {
  h = await makeHarness();
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  official = await signInAs(h, 'pimpinan@demo.pelita.id');
  admin = await signInAs(h, 'admin@demo.pelita.id');
});
afterAll(async () => h.close());

const get = (path: string, who: TestSession) => h.request(path, { headers: { Cookie: who.cookie }, redirect: 'manual' });

async function itemFields(): Promise<{ name: string; competency: string }[]> {
  const html = await (await get('/pelatihan/asesmen', officer)).text();
  const out: { name: string; competency: string }[] = [];
  for (const m of html.matchAll(/<fieldset class="field question" id="(a_\d+)"><legend>\d+\. [^<]*<span class="muted">\(([^)]*)\)/g)) out.push({ name: m[1]!, competency: m[2]! });
  return out;
}

describe(`training needs assessment on ${RUNTIME}`, () => {
  it('the catalogue invites the ASN to answer this year’s assessment', async () => {
    const html = await (await get('/pelatihan', officer)).text();
    expect(html).toContain('isi asesmen kebutuhan pelatihan tahun ini');
    expect(html).toContain('Dipilih dari kompetensi dengan JP paling sedikit');
  });

  it('every statement needs a score; what was chosen is kept', async () => {
    const items = await itemFields();
    expect(items.length).toBe(8);
    const res = await postForm(h, '/pelatihan/asesmen', officer, { [items[0]!.name]: '2' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Pilih nilai 1–4 untuk pernyataan ini.');
    expect(html).toMatch(new RegExp(`name="${items[0]!.name}" value="2" checked`));
    const bad = await postForm(h, '/pelatihan/asesmen', officer, Object.fromEntries(items.map((i) => [i.name, '7'])));
    expect(bad.status).toBe(422);
  });

  it('the results drive recommendations, and it is answered once a year', async () => {
    const items = await itemFields();
    const fields = Object.fromEntries(items.map((i) => [i.name, i.competency === 'Literasi digital' ? '1' : '4']));
    const res = await postForm(h, '/pelatihan/asesmen', officer, fields);
    expect(res.status).toBe(303);
    const result = await (await get('/pelatihan/asesmen', officer)).text();
    expect(result).toContain('perlu dikembangkan');
    expect(result).toContain('Kursus yang disarankan untuk: Literasi digital.');
    const cat = await (await get('/pelatihan', officer)).text();
    expect(cat).toContain('Dipilih dari hasil asesmen kebutuhan pelatihan Anda tahun ini: Literasi digital.');
    const recommended = cat.slice(cat.indexOf('Disarankan untuk Anda'), cat.indexOf('Kursus lainnya'));
    expect(recommended).toContain('Literasi Digital ASN');
    expect(recommended).not.toContain('Manajemen Waktu');
    expect(cat).not.toContain('isi asesmen kebutuhan pelatihan tahun ini');
    const again = await postForm(h, '/pelatihan/asesmen', officer, fields);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Anda sudah mengisi asesmen kebutuhan pelatihan tahun 2026');
  });

  it('officials see the needs per unit; others may not', async () => {
    const res = await get('/pelatihan/kebutuhan', official);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Kebutuhan pelatihan per unit');
    expect(html).toMatch(/<th scope="row">[^<]*Pekerjaan Umum[^<]*<\/th><td[^>]*>1<\/td>/);
    expect(html).not.toContain('petugas.dpupr');
    expect((await get('/pelatihan/kebutuhan', officer)).status).toBe(403);
  });

  it('admins define the assessment; a published one cannot change', async () => {
    expect((await get('/pelatihan/asesmen/kelola', officer)).status).toBe(403);
    const page = await (await get('/pelatihan/asesmen/kelola', admin)).text();
    expect(page).toContain('Asesmen Kebutuhan Pelatihan ASN 2026');
    const locked = await postForm(h, '/pelatihan/asesmen/kelola/butir', admin, { kompetensi: 'literasi_digital', pernyataan: 'Saya dapat memakai tanda tangan elektronik.' });
    expect(locked.status).toBe(409);
    expect(await locked.text()).toContain('Asesmen yang sudah terbit tidak dapat diubah.');

    h.clock.set('2027-01-05T02:00:00Z');
    admin = await signInAs(h, 'admin@demo.pelita.id');
    officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    expect((await get('/pelatihan/asesmen', officer)).status).toBe(404);
    expect((await postForm(h, '/pelatihan/asesmen/kelola', admin, { judul: 'Asesmen 2027' })).status).toBe(303);
    expect((await postForm(h, '/pelatihan/asesmen/kelola/terbitkan', admin, {})).status).toBe(409);
    const bad = await postForm(h, '/pelatihan/asesmen/kelola/butir', admin, { kompetensi: 'sulap', pernyataan: 'pendek' });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Pilih kompetensi.');
    expect(badHtml).toContain('Pernyataan 10–300 karakter.');
    expect((await postForm(h, '/pelatihan/asesmen/kelola/butir', admin, { kompetensi: 'literasi_digital', pernyataan: 'Saya dapat memakai tanda tangan elektronik dengan aman.' })).status).toBe(303);
    expect((await postForm(h, '/pelatihan/asesmen/kelola/terbitkan', admin, {})).status).toBe(303);
    const form = await (await get('/pelatihan/asesmen', officer)).text();
    expect(form).toContain('tanda tangan elektronik');
  });
});
