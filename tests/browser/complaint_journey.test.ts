// The journey issue 4 is about, in a real browser: a citizen files a complaint with a photo, an
// officer of the responsible unit verifies and resolves it, the citizen rates the service, and
// the rating shows on /transparansi (once the admin lets a cell of one rating be shown).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, startRig, type BrowserRig } from './support';

// a real 1×1 PNG
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360f8cf00000301010018dd8db00000000049454e44ae426082',
  'hex',
);

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => rig?.close());

describe('complaint journey in Chromium', () => {
  let privateLink = '';
  let trackingCode = '';
  const title = 'Jalan berlubang di depan SD Negeri Sondakan';

  it('a citizen submits a complaint with a photo and keeps the private link', async () => {
    const { page, problems } = await rig.newPage();
    await page.goto(rig.url + '/');
    await page.getByRole('link', { name: 'Buat pengaduan' }).first().click();
    await page.waitForURL('**/pengaduan/baru');
    await page.selectOption('select[name="service_code"]', 'jalan-rusak');
    await page.fill('input[name="title"]', title);
    await page.fill(
      'textarea[name="description"]',
      'Lubang selebar kurang lebih satu meter di lajur kiri, sudah dua minggu. Berbahaya bagi anak sekolah dan pengendara motor terutama saat hujan.',
    );
    await page.fill('input[name="address"]', 'Jl. Dr. Rajiman No. 12');
    await page.selectOption('select[name="kelurahan"]', 'laweyan-sondakan');
    await page.setInputFiles('input[name="files"]', { name: 'lubang.png', mimeType: 'image/png', buffer: PNG });
    // anonim is the safe default
    expect(await page.isChecked('input[name="privacy"][value="anonim"]')).toBe(true);
    await page.fill('input[name="contact_email"]', 'warga@example.id');
    await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
    await page.waitForSelector('[data-tracking-code]');
    trackingCode = (await page.locator('[data-tracking-code]').textContent())!.trim();
    privateLink = (await page.locator('[data-private-link]').getAttribute('href'))!;
    expect(trackingCode).toMatch(/^ADU-/);
    expect(privateLink).toContain('#kunci=');
    expect(privateLink).not.toContain('?');
    expect(problems).toEqual([]);
  });

  it('an officer of DPUPR signs in, verifies and resolves it', async () => {
    const { page, problems } = await rig.newPage();
    await page.goto(rig.url + '/masuk');
    await page.fill('input[name="username"]', 'petugas.dpupr@demo.pelita.id');
    await page.fill('input[name="password"]', 'pelita-demo-2026');
    await page.locator('form[action="/masuk"] button[type="submit"]').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/masuk'));
    await page.goto(rig.url + '/staf');
    await page.getByRole('link', { name: title }).first().click();
    await page.waitForURL('**/staf/kasus/**');
    expect(await page.textContent('body')).toContain('lubang.png');

    // issue 13.10: the task at hand first — a new complaint is verified (or claimed) first
    expect(await page.locator('[data-actions="next"] section.action-card').evaluateAll((els) => els.map((e) => e.id))).toEqual(['aksi-verify', 'aksi-claim']);
    await expectNoAxeViolations(page);
    await page.locator('#aksi-verify button[type="submit"]').click();
    await page.waitForSelector('#aksi-resolve', { state: 'attached' });
    // verified, nobody has answered yet: reply is next (and claiming, while nobody owns it);
    // resolving waits behind "Tindakan lain"
    expect(await page.locator('[data-actions="next"] section.action-card').evaluateAll((els) => els.map((e) => e.id))).toEqual(['aksi-claim', 'aksi-reply']);
    expect(await page.locator('#aksi-resolve').isVisible()).toBe(false);
    await page.locator('details.action-more > summary').click();
    await page.fill('#aksi-resolve textarea[name="message"]', 'Lubang sudah ditambal tim Bina Marga DPUPR pada hari ini. Terima kasih atas laporannya.');
    await page.locator('#aksi-resolve button[type="submit"]').click();
    await page.waitForLoadState('load');
    expect(await page.textContent('body')).toContain('Lubang sudah ditambal');
    expect(problems).toEqual([]);
  });

  it('the citizen sees the resolution and rates the service once', async () => {
    const { page, problems } = await rig.newPage();
    await page.goto(new URL(privateLink, rig.url).toString());
    await page.waitForSelector('#h-nilai');
    expect(await page.textContent('body')).toContain('Lubang sudah ditambal');
    await expectNoAxeViolations(page);
    for (let n = 1; n <= 9; n++) await page.check(`#rating-u${n}-${n === 7 ? 3 : 4}`);
    await page.fill('#rating-comment', 'Cepat dan sopan.');
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await page.waitForSelector('#h-nilai-ok');
    expect(await page.locator('#h-nilai').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('the rating shows on /transparansi for DPUPR once the admin lets a single rating be shown', async () => {
    const { page, problems } = await rig.newPage();
    // rated today: the month to date holds it (the page opens on the last full month)
    await page.goto(rig.url + '/transparansi?periode=bulan-ini');
    const ikm = page.locator('table[data-table="ikm"]');
    const row = ikm.locator('tr', { hasText: 'Pekerjaan Umum' });
    expect(await row.count()).toBe(1);
    // one rating is fewer than the default minimum of 5 (issue 10.10): the grade is withheld
    expect((await row.textContent()) ?? '').toContain('kurang dari 5');

    await page.goto(rig.url + '/masuk');
    await page.fill('input[name="username"]', 'admin@demo.pelita.id');
    await page.fill('input[name="password"]', 'pelita-demo-2026');
    await page.locator('form[action="/masuk"] button[type="submit"]').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/masuk'));
    await page.goto(rig.url + '/admin/pengaturan');
    await page.fill('input[name="min_public_cell"]', '1');
    await page.locator('form[action="/admin/pengaturan"] button[type="submit"]').click();
    await page.waitForURL('**/admin/pengaturan?ok=*');

    await page.goto(rig.url + '/transparansi?periode=bulan-ini');
    // eight elements at 4 and one at 3: (8×4 + 3) / 9 × 25 = 97.22, grade A
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('97,22');
    expect(text).toContain('A');
    expect(problems).toEqual([]);
  });
});
