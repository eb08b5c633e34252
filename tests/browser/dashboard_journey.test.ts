// The officials' dashboard in a real browser (issue 11.5): an official signs in, opens /dasbor,
// filters it to one unit, opens an ASN's breakdown from the unit's table, and downloads the
// table as CSV — whose content is the page's: the same ASN, the same figures, safe for Excel.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, startRig, type BrowserRig } from './support';

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => rig?.close());

const DPUPR = 'Dinas Pekerjaan Umum dan Penataan Ruang';
const OFFICIAL = 'pimpinan@demo.pelita.id';

/** Two complaints to DPUPR through the public API, so this month has cases whatever the demo holds. */
async function twoComplaints() {
  for (const title of ['Jalan berlubang di Jebres', 'Trotoar rusak di Pasar Legi']) {
    const res = await fetch(`${rig.url}/api/v1/complaints`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        service_code: 'jalan-rusak',
        title,
        description: 'Lubang besar di tengah jalan dekat pasar, sudah dua minggu tidak diperbaiki dan membahayakan pengendara.',
        address: 'Jl. Kolonel Sutarto dekat Pasar Jebres',
        kelurahan: 'jebres-jebres',
        privacy: 'anonim',
        contact: { email: 'warga@contoh.id' },
      }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }
}

describe('officials’ dashboard journey in Chromium', () => {
  it('an official filters to one unit, opens an ASN’s breakdown and downloads the CSV', async () => {
    await twoComplaints();
    const { page, problems } = await rig.newPage();
    await rig.signIn(page, OFFICIAL);

    await page.goto(rig.url + '/dasbor');
    expect((await page.locator('h1').textContent())?.trim()).toBe('Dasbor pimpinan: Seluruh kota');
    // the trend charts are SVG images with their title
    expect(await page.locator('svg[role="img"] title').first().textContent()).toMatch(/^Kepatuhan SLA per bulan/);
    await expectNoAxeViolations(page);

    await page.selectOption('select#unit', { label: DPUPR });
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.waitForURL((u) => u.pathname === '/dasbor' && u.searchParams.has('unit'));
    expect((await page.locator('h1').textContent())?.trim()).toBe(`Dasbor pimpinan: ${DPUPR}`);
    const submitted = Number(await page.locator('[data-stat="submitted"]').textContent());
    expect(submitted).toBeGreaterThanOrEqual(2);

    // the unit's ASN, each linking to their breakdown
    const first = page.locator('table[data-table="people"] tbody tr').first();
    const name = (await first.locator('th a').textContent())!.trim();
    const nip = (await first.locator('th .muted').textContent())!.replace('NIP', '').trim();
    const handled = (await first.locator('td').first().textContent())!.trim();

    // the CSV of that table: a download whose content is the page's
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-csv="people"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^dasbor-people-\d{4}-\d{2}-unit-\d+\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^NIP,Nama,Kasus ditangani,/);
    // a name with a comma ("…, S.T.") is quoted, as RFC 4180 says
    const field = /[",]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name;
    expect(lines.find((l) => l.startsWith(`${nip},`))).toMatch(new RegExp(`^${nip},${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},${handled},`));

    // the summary's CSV says what the page says
    const [summary] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-csv="summary"]').click()]);
    const row = readFileSync((await summary.path())!).subarray(3).toString('utf8').split('\r\n')[1]!;
    expect(row.split(',')[2]).toBe(String(submitted));

    await first.locator('th a').click();
    await page.waitForURL('**/kinerja/pegawai/**');
    expect((await page.locator('h1').textContent())?.trim()).toBe(`Kinerja: ${name}`);
    expect(problems).toEqual([]);
  });

  it('the weekly report prints without its tabs, filters and links, each section on a new page', async () => {
    const { page, problems } = await rig.newPage();
    await rig.signIn(page, OFFICIAL);
    await page.goto(rig.url + '/dasbor/mingguan');
    expect((await page.locator('h1').textContent())?.trim()).toBe('Laporan mingguan pengaduan');
    expect(await page.locator('button[data-print]').textContent()).toBe('Cetak');
    expect(await page.locator('.dash-nav').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.dash-nav').isVisible()).toBe(false);
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    expect(await page.locator('.csv-link').first().isVisible()).toBe(false);
    expect(await page.locator('#h-opd').isVisible()).toBe(true);
    const breaks = await page.locator('section.report-section').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
    expect(breaks[0]).toBe('auto');
    expect(breaks.slice(1).every((b) => b === 'page')).toBe(true);
    expect(problems).toEqual([]);
  });
});
