// Issue 13.7 on a 390 px phone: the catalogue was 9,591 px tall (permits first, as walls of text).
// Short cards bring it under 4,000 px — 18 demo services, about 130 px a card plus the header, the
// two actions and the footer — and the two things citizens come to do are on the first screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRig, type BrowserRig } from './support';

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => rig?.close());

const PHONE = { width: 390, height: 844 };
const CATALOGUE_MAX_PX = 4000;

describe('13.7 where citizens land, on a 390 px phone in Chromium', () => {
  it(`13.7 the catalogue is under ${CATALOGUE_MAX_PX} px tall at 390 px (it was 9,591 px) and does not scroll sideways`, async () => {
    const { page, problems } = await rig.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(rig.url + '/layanan');
    const size = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));
    expect(size.height).toBeLessThan(CATALOGUE_MAX_PX);
    expect(size.width).toBeLessThanOrEqual(PHONE.width);
    expect(problems).toEqual([]);
  });

  it('13.7 on the home page both actions are on the first screen, and the code field opens the case', async () => {
    const { page, problems } = await rig.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(rig.url + '/');
    const complain = page.getByRole('link', { name: 'Buat pengaduan' }).last();
    const code = page.getByLabel('Kode pelacakan');
    for (const el of [complain, code]) {
      const box = (await el.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    }
    await code.fill('adu-7k3m-9qx2-h4pb');
    await page.getByRole('button', { name: 'Lacak' }).click();
    await page.waitForURL('**/lacak/ADU-7K3M-9QX2-H4PB');
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
  });
});
