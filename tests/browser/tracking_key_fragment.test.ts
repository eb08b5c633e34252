// Issue 8, finding 12, in a real browser: the private link carries the access key in the fragment.
// With JavaScript the page exchanges it for the case's cookie and ends on the private view with
// the key gone from the address bar and the history; without JavaScript the citizen pastes the key
// into the page's form (POST) and gets the same private view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRig, type BrowserRig } from './support';

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => rig?.close());

async function createComplaint(): Promise<{ code: string; key: string }> {
  const res = await fetch(`${rig.url}/api/v1/complaints`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      service_code: 'jalan-rusak',
      title: 'Lampu jalan padam di Jalan Veteran',
      description: 'Tiga lampu jalan padam sejak seminggu, jalan sangat gelap dan rawan kecelakaan pada malam hari.',
      address: 'Jl. Veteran dekat perempatan Gading',
      kelurahan: 'jebres-jebres',
      privacy: 'rahasia',
      contact: { name: 'Wulan', email: 'wulan@example.id' },
    }),
  });
  expect(res.status).toBe(201);
  const j = (await res.json()) as { tracking_code: string; access_key: string };
  return { code: j.tracking_code, key: j.access_key };
}

describe('8.12 the private link\'s key travels in the fragment, in Chromium', () => {
  it('8.12 /lacak/CODE#kunci=KEY ends on the private view with the fragment gone from the URL and the history', async () => {
    const { code, key } = await createComplaint();
    const { page, problems } = await rig.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${rig.url}/lacak/${code}#kunci=${key}`);
    await page.waitForSelector('#h-data');
    expect(await page.textContent('#h-data')).toContain('Data Anda');
    expect(await page.textContent('body')).toContain('wulan@example.id');
    expect(page.url()).toBe(`${rig.url}/lacak/${code}`);
    expect(await page.evaluate(() => location.hash)).toBe('');
    // the key never went to the server in a URL
    expect(requested.filter((u) => u.includes(key))).toEqual([]);
    // going back does not lead to an address with the key
    await page.goBack().catch(() => null);
    expect(page.url()).not.toContain(key);
    expect(problems).toEqual([]);
  });

  it('8.12 an old ?kunci= link still opens the private view once, and leaves no key in the URL', async () => {
    const { code, key } = await createComplaint();
    const { page, problems } = await rig.newPage();
    await page.goto(`${rig.url}/lacak/${code}?kunci=${key}`);
    await page.waitForSelector('#h-data');
    expect(page.url()).toBe(`${rig.url}/lacak/${code}`);
    expect(problems).toEqual([]);
  });

  it('8.12 a wrong key in the fragment leaves the public view, the key out of the URL, and says so', async () => {
    const { code } = await createComplaint();
    const { page, problems } = await rig.newPage();
    await page.goto(`${rig.url}/lacak/${code}#kunci=bukan-kunci-yang-benar`);
    await page.waitForSelector('[data-key-problem]:not([hidden])');
    expect(page.url()).toBe(`${rig.url}/lacak/${code}`);
    expect(await page.locator('#h-data').count()).toBe(0);
    // the failed exchange is a 404 the page expects; nothing else may go wrong
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
  });

  it('8.12 without JavaScript the citizen pastes the key into the form and gets the private view', async () => {
    const { code, key } = await createComplaint();
    const context = await rig.browser.newContext({ locale: 'id-ID', javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${rig.url}/lacak/${code}#kunci=${key}`);
      // no script ran: the public, status-only view of a rahasia complaint with the key form
      expect(await page.locator('#h-data').count()).toBe(0);
      await page.fill('form[data-key-exchange] input[name="kunci"]', key);
      await page.locator('form[data-key-exchange] button[type="submit"]').click();
      await page.waitForSelector('#h-data');
      expect(page.url()).toBe(`${rig.url}/lacak/${code}`);
      expect(await page.textContent('body')).toContain('Lampu jalan padam di Jalan Veteran');
    } finally {
      await context.close();
    }
  });
});
