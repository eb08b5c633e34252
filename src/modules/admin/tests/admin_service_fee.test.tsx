// Issue 13.9: an admin edits a service's fee as data — how it is set, its legal basis, other
// charges paid elsewhere — and the public card and service page say it.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { services } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { serviceToValues } from '../services-data';

let h: Harness;
let admin: TestSession;

beforeAll(async () => {
  h = await makeHarness();
  admin = await signInAs(h, 'admin@demo.pelita.id');
});
afterAll(async () => h.close());

const byCode = async (code: string) => (await h.deps.db.select().from(services).where(eq(services.code, code)))[0]!;

describe(`13.9 the admin service editor has the fee fields, on ${RUNTIME}`, () => {
  it('13.9 the form offers how the fee is set, its legal basis and other charges', async () => {
    const s = await byCode('slf');
    const html = await (await h.request(`/admin/layanan/${s.id}`, { headers: { Cookie: admin.cookie } })).text();
    for (const name of ['feeKind', 'feeBasis', 'feeOtherId', 'feeOtherEn']) expect(html).toContain(`name="${name}"`);
    expect(html).toContain('bukan objek retribusi');
  });

  it('13.9 a fixed fee with its Perda and another charge is stored and shown the same on the card and the page', async () => {
    const s = await byCode('slf');
    const res = await postForm(h, `/admin/layanan/${s.id}`, admin, {
      ...serviceToValues(s),
      fee: '250.000',
      feeKind: 'fixed',
      feeBasis: 'Perda Kota Surakarta tentang Pajak Daerah dan Retribusi Daerah',
      feeOtherId: 'Biaya uji struktur dibayar kepada penyedia jasa.',
      feeOtherEn: 'The structural test is paid to the contractor.',
    });
    expect(res.status).toBe(303);
    expect(await byCode('slf')).toMatchObject({ fee: 250000, feeKind: 'fixed', feeOtherId: 'Biaya uji struktur dibayar kepada penyedia jasa.' });
    const page = await (await h.request('/layanan/slf')).text();
    expect(page).toMatch(/Rp\s?250\.000/);
    expect(page).toContain('Dibayar setelah permohonan disetujui, sebelum izin diterbitkan.');
    expect(page).toContain('Biaya uji struktur dibayar kepada penyedia jasa.');
    const card = (await (await h.request('/layanan')).text()).split('href="/layanan/slf"')[1]!.split('</li>')[0]!;
    expect(card).toMatch(/Rp\s?250\.000/);
  });

  it('13.9 an assessed fee keeps no amount; an unknown way of setting it is refused and the form keeps what was typed', async () => {
    const s = await byCode('slf');
    const ok = await postForm(h, `/admin/layanan/${s.id}`, admin, { ...serviceToValues(s), fee: '99', feeKind: 'assessed' });
    expect(ok.status).toBe(303);
    expect(await byCode('slf')).toMatchObject({ fee: 0, feeKind: 'assessed' });
    const bad = await postForm(h, `/admin/layanan/${s.id}`, admin, { ...serviceToValues(s), feeKind: 'bribe', feeBasis: 'Perda X' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Perda X');
  });
});
