// Issue 12's journey in a real browser: an applicant applies for a permit with a document, the
// officer asks for a revision naming what to fix, the applicant fixes it on the tracking page, a
// supervisor other than the proposer approves, the officer issues it; the applicant downloads the
// PDF, its QR code decodes to a verification link, and that link says BERLAKU in the browser.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { services, units } from '../../src/db/schema';
import { pdfQrText } from '../helpers/permits';
import { expectNoAxeViolations, startRig, type BrowserRig } from './support';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
  // the first request seeds the demo city; then a permit type with a document field
  const { page } = await rig.newPage();
  await page.goto(rig.url + '/');
  await page.close();
  const [u] = await rig.deps.db.select({ id: units.id }).from(units).where(eq(units.code, 'DPMPTSP'));
  await rig.deps.db.insert(services).values({
    kind: 'permit',
    code: 'reklame-jalan',
    nameId: 'Izin Reklame Papan Nama',
    nameEn: 'Shop-sign advertising permit',
    unitId: u!.id,
    slaDays: 10,
    firstResponseDays: 1,
    validityMonths: 12,
    requirements: JSON.stringify([{ id: 'Gambar desain reklame', en: 'Design drawing of the sign' }]),
    formFields: JSON.stringify([
      { name: 'lokasi', label: { id: 'Lokasi pemasangan', en: 'Site' }, type: 'textarea', required: true, maxLength: 300 },
      { name: 'luas_m2', label: { id: 'Luas bidang reklame (m²)', en: 'Sign area (m²)' }, type: 'number', required: true, min: 0.5, max: 50 },
      { name: 'desain', label: { id: 'Gambar desain', en: 'Design drawing' }, type: 'file', required: true, max: 2 },
    ]),
  });
});
afterAll(async () => rig?.close());

async function signIn(email: string) {
  const { page, problems } = await rig.newPage();
  await rig.signIn(page, email);
  return { page, problems };
}

describe('permit journey in Chromium', () => {
  let privateLink = '';
  let code = '';
  let caseUrl = '';

  it('the applicant applies with a document and keeps the private link', async () => {
    const { page, problems } = await rig.newPage();
    await page.goto(rig.url + '/layanan/reklame-jalan');
    await page.getByRole('link', { name: 'Ajukan permohonan' }).click();
    await page.waitForURL('**/izin/baru/reklame-jalan');
    await page.fill('input[name="applicant_name"]', 'Toko Batik Sekar');
    await page.fill('input[name="contact_email"]', 'sekar@example.id');
    await page.fill('textarea[name="answers.lokasi"]', 'Jl. Slamet Riyadi 210, Kel. Sriwedari');
    await page.fill('input[name="answers.luas_m2"]', '2,5');
    await page.setInputFiles('input[name="dokumen.desain"]', { name: 'desain.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();
    await page.waitForSelector('[data-tracking-code]');
    code = (await page.locator('[data-tracking-code]').textContent())!.trim();
    privateLink = (await page.locator('[data-private-link]').getAttribute('href'))!;
    expect(code).toMatch(/^IZN-/);
    expect(privateLink).toContain('#kunci=');
    expect(problems).toEqual([]);
  });

  it('the officer starts the check and asks for a revision of the area and the drawing', async () => {
    const { page, problems } = await signIn('petugas.dpmptsp@demo.pelita.id');
    await page.goto(rig.url + '/staf');
    await page.getByRole('link', { name: code }).first().click();
    await page.waitForURL('**/staf/kasus/**');
    caseUrl = page.url();
    expect(await page.textContent('body')).toContain('Jl. Slamet Riyadi 210');
    await expectNoAxeViolations(page);
    await page.locator('#aksi-start_check button[type="submit"]').click();
    await page.waitForSelector('#aksi-request_revision', { state: 'attached' });
    // issue 13.10: checking, the next step is "documents complete" (and claiming, while nobody owns
    // it); a revision is one of the other actions
    expect(await page.locator('[data-actions="next"] section.action-card').evaluateAll((els) => els.map((e) => e.id))).toEqual(['aksi-claim', 'aksi-complete_check']);
    await page.locator('details.action-more > summary').click();
    await page.check('#aksi-request_revision input[name="items"][value="luas_m2"]');
    await page.check('#aksi-request_revision input[name="items"][value="desain"]');
    await page.fill('#aksi-request_revision textarea[name="message"]', 'Luas pada formulir tidak sama dengan gambar; unggah gambar bertanda tangan.');
    await page.locator('#aksi-request_revision button[type="submit"]').click();
    await page.waitForLoadState('load');
    expect(await page.textContent('body')).toContain('Menunggu perbaikan pemohon');
    expect(problems).toEqual([]);
  });

  it('the applicant sees exactly what to fix, fixes it and sends it', async () => {
    const { page, problems } = await rig.newPage();
    await page.goto(new URL(privateLink, rig.url).toString());
    await page.waitForSelector('#perbaikan');
    const items = await page.locator('ul.revision-items li').allTextContents();
    expect(items.map((s) => s.trim())).toEqual(['Luas bidang reklame (m²)', 'Gambar desain']);
    await page.fill('#perbaikan input[name="answers.luas_m2"]', '3');
    await page.setInputFiles('#perbaikan input[name="dokumen.desain"]', { name: 'desain-ttd.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.locator('#perbaikan button[type="submit"]').click();
    await page.waitForLoadState('load');
    expect(await page.textContent('body')).toContain('Perbaikan terkirim');
    expect(problems).toEqual([]);
  });

  it('checked, proposed by the officer, approved by the supervisor, issued', async () => {
    const officer = await signIn('petugas.dpmptsp@demo.pelita.id');
    await officer.page.goto(caseUrl);
    for (const action of ['start_check', 'complete_check']) {
      await officer.page.locator(`#aksi-${action} button[type="submit"]`).click();
      await officer.page.waitForLoadState('load');
    }
    await officer.page.fill('#aksi-propose_approval textarea[name="message"]', 'Sesuai rencana tata letak reklame; luas 3 m².');
    await officer.page.locator('#aksi-propose_approval button[type="submit"]').click();
    await officer.page.waitForLoadState('load');
    // the proposer is offered no decision of their own
    expect(await officer.page.locator('#aksi-approve').count()).toBe(0);

    const supervisor = await signIn('kabid.dpmptsp@demo.pelita.id');
    await supervisor.page.goto(caseUrl);
    await supervisor.page.locator('#aksi-approve button[type="submit"]').click();
    await supervisor.page.waitForLoadState('load');
    expect(await supervisor.page.textContent('body')).toContain('Disetujui');

    await officer.page.goto(caseUrl);
    await officer.page.locator('#aksi-issue button[type="submit"]').click();
    await officer.page.waitForLoadState('load');
    expect((await officer.page.locator('[data-permit-number]').textContent())!.trim()).toMatch(/^503\/REKLAME-JALAN\/\d{4}\/000001$/);
    expect([...officer.problems, ...supervisor.problems]).toEqual([]);
  });

  it('the applicant downloads the PDF; its QR code opens a page that says BERLAKU', async () => {
    const { page, problems } = await rig.newPage();
    await page.goto(new URL(privateLink, rig.url).toString());
    await page.waitForSelector('[data-permit-number]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh izin (PDF)' }).click()]);
    const path = await download.path();
    const bytes = new Uint8Array(await (await import('node:fs/promises')).readFile(path!));
    expect(Buffer.from(bytes.slice(0, 4)).toString()).toBe('%PDF');
    const link = await pdfQrText(bytes);
    expect(link).toMatch(/\/verifikasi\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    await page.goto(new URL(new URL(link!).pathname, rig.url).toString());
    const body = (await page.textContent('body')) ?? '';
    expect(body).toContain('BERLAKU');
    expect(body).toContain('Toko Batik Sekar');
    expect(body).not.toContain('Jl. Slamet Riyadi 210');
    expect(problems).toEqual([]);
  });
});
