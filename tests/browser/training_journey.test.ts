// An ASN's training path in a real browser: enrol, read every lesson, pass the quiz, receive a
// certificate with a QR code, and have anyone verify it on the public page.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingCourses, trainingLessons, trainingQuestions } from '../../src/db/schema-training';
import { expectNoAxeViolations, startRig, type BrowserRig } from './support';

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => rig?.close());

const COURSE = 'KPP-01';

describe('training journey in Chromium', () => {
  let verifyHref = '';

  it('an officer enrols, reads every lesson, passes the quiz and gets a certificate', async () => {
    const db = rig.deps.db;
    const { page, problems } = await rig.newPage();
    await page.goto(rig.url + '/masuk');
    await page.fill('input[name="username"]', 'petugas.dpupr@demo.pelita.id');
    await page.fill('input[name="password"]', 'pelita-demo-2026');
    await page.locator('form[action="/masuk"] button[type="submit"]').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/masuk'));

    await page.goto(`${rig.url}/pelatihan/kursus/${COURSE}`);
    await page.getByRole('button', { name: 'Daftar kursus ini' }).click();
    await page.waitForLoadState('load');

    const [course] = await db.select({ id: trainingCourses.id }).from(trainingCourses).where(eq(trainingCourses.code, COURSE));
    const lessons = await db.select({ id: trainingLessons.id }).from(trainingLessons).where(eq(trainingLessons.courseId, course!.id));
    expect(lessons.length).toBeGreaterThanOrEqual(3);
    for (const l of lessons) {
      await page.goto(`${rig.url}/pelatihan/kursus/${COURSE}/materi/${l.id}`);
      await page.getByRole('button', { name: 'Tandai selesai' }).click();
      await page.waitForLoadState('load');
    }

    await page.goto(`${rig.url}/pelatihan/kursus/${COURSE}`);
    await page.getByRole('button', { name: 'Mulai kuis' }).click();
    await page.waitForURL('**/pelatihan/kuis/**');
    // the page carries no answers; the test reads them from the database, as only the server can
    const ids = (await page.locator('fieldset.question').evaluateAll((els) => els.map((e) => e.id))).map((id) => Number(id.slice(2)));
    expect(ids.length).toBeGreaterThan(0);
    expect(await page.content()).not.toContain('correct');
    const keys = await db.select({ id: trainingQuestions.id, key: trainingQuestions.correctKey }).from(trainingQuestions).where(inArray(trainingQuestions.id, ids));
    for (const k of keys) await page.check(`input[name="q_${k.id}"][value="${k.key}"]`);
    await page.getByRole('button', { name: 'Kumpulkan jawaban' }).click();
    await page.waitForLoadState('load');
    expect(await page.textContent('body')).toMatch(/lulus/i);

    await page.goto(`${rig.url}/pelatihan/saya`);
    expect(await page.textContent('body')).toContain('Komunikasi Pelayanan Prima');
    const now = await page.locator('[role="progressbar"]').first().getAttribute('aria-valuenow');
    expect(Number(now)).toBeGreaterThan(0);
    await page.locator('a[href^="/pelatihan/sertifikat/"]').first().click();
    await page.waitForURL('**/pelatihan/sertifikat/**');
    expect(await page.locator('svg.qr-code path').count()).toBe(1);
    await expectNoAxeViolations(page);
    verifyHref = (await page.locator('a[href*="/verifikasi/"]').first().getAttribute('href'))!;
    expect(verifyHref).toContain('/verifikasi/');
    expect(problems).toEqual([]);
  });

  it('anyone verifies the certificate; an altered token is not valid', async () => {
    const { page, problems } = await rig.newPage();
    const href = new URL(verifyHref, rig.url).toString();
    const ok = await page.goto(href);
    expect(ok?.status()).toBe(200);
    const body = (await page.textContent('body')) ?? '';
    expect(body).toContain('Komunikasi Pelayanan Prima');
    expect(body).toMatch(/Sah|Valid/);

    const altered = href.slice(0, -3) + (href.endsWith('AAA') ? 'BBB' : 'AAA');
    const bad = await page.goto(altered);
    expect(bad?.status()).toBe(404);
    expect((await page.textContent('body')) ?? '').toMatch(/tidak valid/i);
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
  });
});
