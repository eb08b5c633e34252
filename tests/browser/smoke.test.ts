import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, startRig, type BrowserRig } from './support';

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => rig?.close());

describe('smoke: home, catalogue and language in Chromium', () => {
  it('loads home with htmx from our own origin and no CSP or script errors', async () => {
    const { page, problems } = await rig.newPage();
    await page.goto(rig.url + '/');
    await expect(page.locator('h1')).toBeTruthy();
    expect(await page.locator('h1').first().textContent()).toContain('Layanan publik Kota Surakarta');
    await page.waitForFunction(() => typeof (window as unknown as { htmx?: unknown }).htmx === 'object');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  it('opens the catalogue and a service page from the home page', async () => {
    const { page, problems } = await rig.newPage();
    await page.goto(rig.url + '/');
    await page.getByRole('link', { name: 'Semua layanan' }).click();
    await page.waitForURL('**/layanan');
    expect(await page.locator('h1').textContent()).toBe('Katalog layanan');
    await page.locator('a[href="/layanan/pbg"]').first().click();
    await page.waitForURL('**/layanan/pbg');
    expect(await page.getByRole('heading', { name: 'Persyaratan' }).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('switches language with the visible switch and keeps the page', async () => {
    const { page, problems } = await rig.newPage();
    await page.goto(rig.url + '/layanan');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/layanan');
    expect(await page.locator('h1').textContent()).toBe('Service catalogue');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
    await page.waitForURL('**/layanan');
    expect(await page.locator('h1').textContent()).toBe('Katalog layanan');
    expect(problems).toEqual([]);
  });

  it('follows the browser language when no choice was made', async () => {
    const { page } = await rig.newPage({ locale: 'en-US' });
    await page.goto(rig.url + '/layanan');
    expect(await page.locator('h1').textContent()).toBe('Service catalogue');
  });

  it('shows a visible focus ring when tabbing to the skip link', async () => {
    const { page } = await rig.newPage();
    await page.goto(rig.url + '/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { text: el.textContent, outline: s.outlineStyle, left: el.getBoundingClientRect().left };
    });
    expect(focused.text).toContain('Langsung ke konten');
    expect(focused.outline).not.toBe('none');
    expect(focused.left).toBeGreaterThanOrEqual(0);
  });
});
