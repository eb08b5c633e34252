// Issue 13, items 2 and 4, in a real browser: after sending a complaint the access key survives a
// reload and the language switch, the copy and print buttons appear with JavaScript, and the
// receipt downloads with the key in it; pages render in standards mode (not quirks).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRig, type BrowserRig } from './support';

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => rig?.close());

describe('the key that cannot be lost, in Chromium', () => {
  it('13.2 submit, reload, switch language: the key is still there; the receipt downloads with it', async () => {
    const { page, problems } = await rig.newPage();
    await page.goto(rig.url + '/pengaduan/baru');
    expect(await page.evaluate(() => document.compatMode)).toBe('CSS1Compat');
    await page.selectOption('select[name="service_code"]', 'jalan-rusak');
    await page.fill('input[name="title"]', 'Lampu jalan mati di depan Pasar Gede');
    await page.fill('textarea[name="description"]', 'Tiga lampu jalan mati sejak seminggu, jalan gelap dan rawan bagi pejalan kaki pada malam hari.');
    await page.fill('input[name="address"]', 'Jl. Jenderal Sudirman dekat Pasar Gede');
    await page.selectOption('select[name="kelurahan"]', 'laweyan-sondakan');
    await page.fill('input[name="contact_email"]', 'warga@example.id');
    await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
    await page.waitForURL('**/pengaduan/terkirim/**');
    const key = (await page.locator('[data-access-key]').textContent())!.trim();
    const code = (await page.locator('[data-tracking-code]').textContent())!.trim();
    expect(key.length).toBeGreaterThanOrEqual(22);
    expect(await page.locator('[data-copy="#kunci-akses"]').isVisible()).toBe(true);
    expect(await page.locator('.receipt-actions [data-print]').isVisible()).toBe(true);

    await page.reload();
    expect((await page.locator('[data-access-key]').textContent())!.trim()).toBe(key);

    await page.locator('a.lang-switch').click();
    await page.waitForURL('**/pengaduan/terkirim/**');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.textContent('h1')).toContain('Complaint sent');
    expect((await page.locator('[data-access-key]').textContent())!.trim()).toBe(key);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-receipt-txt]').click()]);
    expect(download.suggestedFilename()).toBe(`tanda-terima-${code}.txt`);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain(key);
    expect(text).toContain(code);
    expect(text).toContain(`/lacak/${code}#kunci=${key}`);

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.locator('[data-receipt-pdf]').click()]);
    expect(pdf.suggestedFilename()).toBe(`tanda-terima-${code}.pdf`);
    expect(readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    expect(problems).toEqual([]);
  });

  it('13.2 another browser opening the result page sees no key', async () => {
    const first = await rig.newPage();
    await first.page.goto(rig.url + '/pengaduan/baru');
    await first.page.selectOption('select[name="service_code"]', 'jalan-rusak');
    await first.page.fill('input[name="title"]', 'Saluran air tersumbat di Kampung Baru');
    await first.page.fill('textarea[name="description"]', 'Saluran air tersumbat sampah sehingga air meluap ke jalan setiap kali hujan turun deras.');
    await first.page.fill('input[name="address"]', 'Jl. Kampung Baru No. 3');
    await first.page.selectOption('select[name="kelurahan"]', 'laweyan-sondakan');
    await first.page.check('input[name="fully_anonymous"]');
    await first.page.getByRole('button', { name: 'Kirim pengaduan' }).click();
    await first.page.waitForURL('**/pengaduan/terkirim/**');
    const other = await rig.newPage();
    await other.page.goto(first.page.url());
    expect(await other.page.locator('[data-access-key]').count()).toBe(0);
    expect(await other.page.locator('[data-receipt-gone]').count()).toBe(1);
    expect(first.problems).toEqual([]);
    expect(other.problems).toEqual([]);
  });
});
