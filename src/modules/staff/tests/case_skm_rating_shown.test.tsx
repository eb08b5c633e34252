// Issue 13.11: the citizen's SKM rating — the nine scores with their labels, the IKM of that one
// rating and the comment — reaches the staff who may read the case, and no one else. The comment
// is citizen text: it is escaped.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { staff } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { createViaApi, patchCase, trackApi } from '../../../../tests/helpers/complaints';
import { signInAs } from '../../../../tests/helpers/session';

let h: Harness;
let c: { code: string; key: string; id: string };
// element 2 "Mudah" (3), element 5 "Kurang sesuai" (2), element 8 "Berfungsi kurang maksimal" (3):
// 32 / 9 × 25 = 88.888…, shown 88,89, grade A (from 88.31)
const SCORES = [4, 3, 4, 4, 2, 4, 4, 3, 4];
const COMMENT = 'Petugas ramah <script>alert("xss")</script> & cepat';

beforeAll(async () => {
  h = await makeHarness();
  c = await createViaApi(h);
  const [o] = await h.deps.db.select({ id: staff.id }).from(staff).where(eq(staff.email, 'petugas.dpupr@demo.pelita.id'));
  await patchCase(h, c.id, { status: 'resolved', resolvedAt: h.clock.now(), resolvedById: o!.id, assigneeId: o!.id });
  const rated = await trackApi(h, c.code, '/rating', { key: c.key, json: { elements: SCORES, comment: COMMENT } });
  expect(rated.status).toBe(201);
});
afterAll(async () => h.close());

async function casePage(email: string, lang?: 'en') {
  const s = await signInAs(h, email);
  return h.request(`/staf/kasus/${c.id}`, { headers: { Cookie: s.cookie, 'Accept-Language': lang ?? 'id-ID' } });
}

describe(`the citizen's SKM rating on the staff case page on ${RUNTIME}`, () => {
  it('13.11 the officer of the unit sees the nine scores with their labels, the IKM of the rating and the comment', async () => {
    const res = await casePage('petugas.dpupr@demo.pelita.id');
    expect(res.status).toBe(200);
    const html = await res.text();
    const section = html.slice(html.indexOf('id="h-skm"'), html.indexOf('</section>', html.indexOf('id="h-skm"')));
    expect(section).toContain('Penilaian warga (SKM)');
    for (const label of ['Persyaratan', 'Sistem, Mekanisme, dan Prosedur', 'Produk Spesifikasi Jenis Pelayanan', 'Sarana dan Prasarana'])
      expect(section).toContain(label);
    expect((section.match(/data-element="/g) ?? []).length).toBe(9);
    expect(section).toMatch(/data-element="2">\s*<dt>U2 · Sistem, Mekanisme, dan Prosedur<\/dt>\s*<dd>3 <span class="muted">\(Mudah\)<\/span>/);
    expect(section).toMatch(/data-element="5">.*<dd>2 <span class="muted">\(Kurang sesuai\)<\/span>/s);
    expect(section).toContain('<strong data-rating-ikm="true">88,89</strong> (A, Sangat Baik)');
    expect(section).toContain('Petugas ramah');
  });

  it('13.11 the comment is escaped: citizen text never becomes markup on a staff page', async () => {
    const html = await (await casePage('petugas.dpupr@demo.pelita.id')).text();
    expect(html).not.toContain('<script>alert("xss")</script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; &amp; cepat');
  });

  it('13.11 in English the elements, answers and grade are English; the comment stays as written', async () => {
    const html = await (await casePage('petugas.dpupr@demo.pelita.id', 'en')).text();
    expect(html).toContain('The citizen’s rating (SKM)');
    expect(html).toContain('Service product specification');
    expect(html).toContain('<strong data-rating-ikm="true">88.89</strong> (A, Very good)');
    expect(html).toContain('Petugas ramah');
  });

  it('13.11 a city-wide reader (an official) sees it too; an officer of another unit gets 403 without the comment', async () => {
    expect(await (await casePage('pimpinan@demo.pelita.id')).text()).toContain('data-rating-comment');
    const other = await casePage('petugas.dlh@demo.pelita.id');
    expect(other.status).toBe(403);
    expect(await other.text()).not.toContain('Petugas ramah');
  });

  it('13.11 the comment stays off the public tracking page (staff only)', async () => {
    const pub = await (await h.request(`/lacak/${c.code}`)).text();
    expect(pub).not.toContain('Petugas ramah');
  });

  it('13.11 a case without a rating has no rating section', async () => {
    const other = await createViaApi(h);
    const s = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const html = await (await h.request(`/staf/kasus/${other.id}`, { headers: { Cookie: s.cookie } })).text();
    expect(html).not.toContain('id="h-skm"');
  });
});
