// Issue 13 item 12 in a real browser: an admin builds a permit type's form with the row editor
// (add, fill in, move, remove), sees the citizen's form in the preview, saves, and the citizen's
// page shows that form. Then the same without JavaScript: the buttons are plain submits.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { services } from '../../src/db/schema';
import { startRig, type BrowserRig } from './support';

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => rig?.close());

describe('service editor in Chromium', () => {
  it('13.12 an admin builds a permit form row by row, previews it and the citizen sees it', async () => {
    const { page, problems } = await rig.newPage();
    await rig.signIn(page, 'admin@demo.pelita.id');
    await page.goto(`${rig.url}/admin/layanan/baru`);
    // the admin menu marks where we are
    expect(await page.locator('nav.admin-nav a[aria-current="page"]').textContent()).toBe('Katalog layanan');

    await page.selectOption('select[name="kind"]', 'permit');
    await page.fill('input[name="code"]', 'izin-reklame-uji');
    await page.fill('input[name="nameId"]', 'Izin Reklame Uji');
    await page.fill('input[name="nameEn"]', 'Test Advertising Permit');
    await page.selectOption('select[name="unitId"]', { index: 1 });
    await page.fill('input[name="slaDays"]', '10');

    // with the script, "add" swaps the rows in without a page load and puts the focus in the new row
    const loads: string[] = [];
    page.on('framenavigated', (f) => loads.push(f.url()));
    await page.getByRole('button', { name: '+ Tambah kolom' }).click();
    await page.locator('input[name="fields.0.labelId"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('fields.0.labelId');
    await page.fill('input[name="fields.0.labelId"]', 'Ukuran reklame (m²)');
    await page.fill('input[name="fields.0.labelEn"]', 'Sign size (m²)');
    await page.fill('input[name="fields.0.name"]', 'ukuran');
    await page.selectOption('select[name="fields.0.type"]', 'number');
    await page.check('input[name="fields.0.required"]');

    await page.getByRole('button', { name: '+ Tambah kolom' }).click();
    await page.locator('input[name="fields.1.labelId"]').waitFor();
    // the choices box appears when the type becomes a choice
    expect(await page.locator('textarea[name="fields.1.options"]').isVisible()).toBe(false);
    await page.selectOption('select[name="fields.1.type"]', 'select');
    expect(await page.locator('textarea[name="fields.1.options"]').isVisible()).toBe(true);
    await page.fill('input[name="fields.1.labelId"]', 'Jenis reklame');
    await page.fill('input[name="fields.1.labelEn"]', 'Kind of sign');
    await page.fill('input[name="fields.1.name"]', 'jenis');
    await page.fill('textarea[name="fields.1.options"]', 'papan | Papan nama | Name board\nbaliho | Baliho | Billboard');

    await page.getByRole('button', { name: '+ Tambah kolom' }).click();
    await page.locator('input[name="fields.2.labelId"]').waitFor();
    await page.fill('input[name="fields.2.labelId"]', 'Dihapus nanti');

    // move "Jenis reklame" up, then remove the third row
    await page.getByRole('button', { name: '↑ Naikkan kolom 2' }).click();
    await page.waitForFunction(() => (document.querySelector('input[name="fields.0.name"]') as HTMLInputElement | null)?.value === 'jenis');
    expect(await page.inputValue('input[name="fields.1.name"]')).toBe('ukuran');
    expect(await page.isChecked('input[name="fields.1.required"]')).toBe(true);
    await page.getByRole('button', { name: 'Hapus kolom 3' }).click();
    await page.waitForFunction(() => !document.querySelector('input[name="fields.2.labelId"]'));

    await page.getByRole('button', { name: '+ Tambah persyaratan' }).click();
    await page.locator('input[name="reqs.0.id"]').waitFor();
    await page.fill('input[name="reqs.0.id"]', 'Desain reklame');
    await page.fill('input[name="reqs.0.en"]', 'Design of the sign');
    await page.locator('input[name="reqs.0.en"]').blur();

    // the preview draws the citizen's form in the editor's order
    const preview = page.locator('#pratinjau');
    await page.waitForFunction(() => document.querySelectorAll('#pratinjau [name^="answers."]').length === 2);
    expect(await preview.locator('select[name="answers.jenis"] option').allTextContents()).toEqual(['— pilih —', 'Papan nama', 'Baliho']);
    expect(await preview.locator('label[for="f-answers.ukuran"]').textContent()).toContain('Ukuran reklame (m²)');
    await page.waitForFunction(() => document.getElementById('pratinjau')?.textContent?.includes('Desain reklame'));
    expect(loads.filter((u) => u.includes('/admin/layanan'))).toEqual([]);

    await page.getByRole('button', { name: 'Simpan', exact: true }).last().click();
    await page.waitForURL(/\/admin\/layanan\/\d+\?ok=layanan-dibuat/);
    const [row] = await rig.deps.db.select().from(services).where(eq(services.code, 'izin-reklame-uji'));
    expect((JSON.parse(row!.formFields) as { name: string }[]).map((f) => f.name)).toEqual(['jenis', 'ukuran']);

    await page.goto(`${rig.url}/izin/baru/izin-reklame-uji`);
    expect(await page.locator('select[name="answers.jenis"]').count()).toBe(1);
    expect(await page.locator('input[name="answers.ukuran"]').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('13.12 without JavaScript the same buttons submit the form and keep what was typed', async () => {
    const context = await rig.browser.newContext({ locale: 'id-ID', javaScriptEnabled: false });
    const page = await context.newPage();
    await rig.signIn(page, 'admin@demo.pelita.id');
    await page.goto(`${rig.url}/admin/layanan/baru`);
    await page.fill('input[name="nameId"]', 'Izin Tanpa Skrip');
    await page.getByRole('button', { name: '+ Tambah persyaratan' }).click();
    await page.waitForLoadState('load');
    await page.fill('input[name="reqs.0.id"]', 'KTP');
    await page.fill('input[name="reqs.0.en"]', 'ID card');
    await page.getByRole('button', { name: '+ Tambah persyaratan' }).click();
    await page.waitForLoadState('load');
    await page.fill('input[name="reqs.1.id"]', 'NPWP');
    await page.fill('input[name="reqs.1.en"]', 'Tax number');
    await page.getByRole('button', { name: '↑ Naikkan persyaratan 2' }).click();
    await page.waitForLoadState('load');
    expect(await page.inputValue('input[name="reqs.0.id"]')).toBe('NPWP');
    expect(await page.inputValue('input[name="reqs.1.id"]')).toBe('KTP');
    expect(await page.inputValue('input[name="nameId"]')).toBe('Izin Tanpa Skrip');
    // Enter in a text box saves (the hidden first button), it never removes a row
    await page.press('input[name="reqs.1.en"]', 'Enter');
    await page.waitForLoadState('load');
    expect(await page.locator('.error-summary').count()).toBe(1);
    expect(await page.inputValue('input[name="reqs.1.id"]')).toBe('KTP');
    await context.close();
  });
});
