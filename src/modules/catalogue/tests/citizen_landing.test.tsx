// Issue 13.7: home and catalogue lead with the two things citizens come to do (submit a
// complaint, track a case by its code), then the catalogue as short cards; the details are on
// each service's own page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import type { Harness } from '../../../../tests/harness/types';
import { DEMO_SERVICES } from '../../../seed/demo-data';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

/** The page's main content, where the first actions must be. */
async function mainOf(path: string, lang: 'id' | 'en' = 'id'): Promise<string> {
  const res = await h.request(path, { headers: { Cookie: `__Host-pelita_lang=${lang}` } });
  expect(res.status).toBe(200);
  const html = await res.text();
  return html.slice(html.indexOf('<main'), html.indexOf('</main>'));
}

/** The text of every service card, tags stripped. */
function cardTexts(main: string): string[] {
  return [...main.matchAll(/<li class="card service-card">([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' '));
}

describe(`13.7 where citizens land, on ${RUNTIME}`, () => {
  for (const path of ['/', '/layanan']) {
    it(`13.7 ${path} leads with "submit a complaint" and a tracking-code field, before any service card`, async () => {
      const main = await mainOf(path);
      const complain = main.indexOf('href="/pengaduan/baru"');
      const track = main.search(/<form method="get" action="\/lacak"[^>]*>[\s\S]*?name="kode"/);
      const firstCard = main.indexOf('service-card');
      expect(complain).toBeGreaterThan(0);
      expect(track).toBeGreaterThan(0);
      expect(firstCard).toBeGreaterThan(Math.max(complain, track));
      // the old only button is gone
      expect(main).not.toContain('Lihat semua layanan');
    });
  }

  it('13.7 the tracking-code field on the home page opens that case (a code typed in lower case too)', async () => {
    const res = await h.request('/lacak?kode=adu-7k3m-9qx2-h4pb', { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/lacak/ADU-7K3M-9QX2-H4PB');
  });

  it('13.7 the catalogue is short cards: one line of description each, online, a fee, and a link to the details', async () => {
    const main = await mainOf('/layanan');
    const cards = cardTexts(main);
    expect(cards).toHaveLength(DEMO_SERVICES.length);
    for (const text of cards) {
      expect(text).toMatch(/Daring/);
      expect(text).toMatch(/Gratis|Rp|Retribusi dihitung|biaya lain/);
    }
    // complaints come before permits; the long permit texts stay on the service page
    expect(main.indexOf('id="h-pengaduan"')).toBeLessThan(main.indexOf('id="h-perizinan"'));
    const pbg = DEMO_SERVICES.find((s) => s.code === 'pbg')!;
    expect(main).not.toContain(pbg.description.id.slice(200, 260));
    const detail = await mainOf('/layanan/pbg');
    expect(detail).toContain(pbg.description.id.slice(200, 260));
  });

  it('13.7 in English the two actions and the cards speak English', async () => {
    const main = await mainOf('/', 'en');
    expect(main).toContain('Submit a complaint');
    expect(main).toContain('Track your case');
    expect(main).toContain('Online');
    expect(main).not.toContain('Daring');
  });
});

describe(`13.9 a fee is said the same way on the card and the service page, on ${RUNTIME}`, () => {
  const cases = [
    { code: 'pbg', summary: 'Retribusi dihitung setelah pemeriksaan', page: ['dibayar sebelum izin diterbitkan', 'retribusi PBG'] },
    { code: 'reklame', summary: 'Layanan gratis; ada biaya lain', page: ['Pajak reklame', 'bukan objek retribusi'] },
    { code: 'sip-nakes', summary: 'Gratis', page: ['Tidak ada pembayaran untuk layanan ini.', 'bukan objek retribusi'] },
  ];
  for (const c of cases) {
    it(`13.9 ${c.code}: "${c.summary}" on its card and its page, which says when payment happens and the law behind it`, async () => {
      const card = cardTexts(await mainOf('/layanan')).find((t) => t.includes(DEMO_SERVICES.find((s) => s.code === c.code)!.name.id))!;
      expect(card).toContain(c.summary);
      const page = await mainOf(`/layanan/${c.code}`);
      expect(page).toContain(c.summary);
      expect(page).toContain('Kapan dibayar');
      expect(page).toContain('Dasar hukum biaya');
      for (const words of c.page) expect(page).toContain(words);
      // the application form says it in the same words
      const form = await mainOf(`/izin/baru/${c.code}`);
      expect(form).toContain(c.summary);
    });
  }
});

describe(`13.9 the catalogue API carries the fee as data, on ${RUNTIME}`, () => {
  it('13.9 GET /api/v1/services gives each service its fee kind, legal basis and other charges', async () => {
    const res = await h.request('/api/v1/services?kind=permit');
    expect(res.status).toBe(200);
    const { services } = (await res.json()) as { services: { code: string; fee_kind: string; fee_basis: string | null; fee_other: { id: string } | null }[] };
    const by = new Map(services.map((s) => [s.code, s]));
    expect(by.get('pbg')).toMatchObject({ fee_kind: 'assessed', fee_other: null });
    expect(by.get('pbg')!.fee_basis).toMatch(/retribusi PBG/);
    expect(by.get('reklame')!.fee_other!.id).toMatch(/Pajak reklame/);
  });
});
