// An ASN's journey from weak service to training in a real browser (issue 11, Tests; docs/metrics.md
// §5.1): five citizens rate the ASN's "Perilaku Pelaksana" low; the ASN signs in, opens /kinerja,
// reads the recommendation and its reason in plain words, follows it to Komunikasi Pelayanan
// Prima, reads every lesson, passes the quiz, returns to /kinerja, and the recommendation is gone.
// The ratings come through the real app: complaints through the public API, the ASN's claim,
// verification and resolution through the staff API, each rating through the tracking API.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, services, staff, staffRoles, units } from '../../src/db/schema';
import { trainingCourses, trainingLessons, trainingQuestions } from '../../src/db/schema-training';
import { hashPassword } from '../../src/platform/auth/password';
import { createSession } from '../../src/platform/auth/sessions';
import { hmacSign, randomToken } from '../../src/platform/security/crypto';
import { startRig, type BrowserRig } from './support';

const ASN = { email: 'saran.perjalanan@demo.pelita.id', password: 'Jalan-saran-2026!', name: 'Sekar Perjalanan' };
/** Every element 4 but element 7, Perilaku Pelaksana, 2: mean 2.00 over 5 ratings, below grade B (3.06). */
const WEAK_BEHAVIOUR = [4, 4, 4, 4, 4, 4, 2, 4, 4];

let rig: BrowserRig;
let staffId = 0;

beforeAll(async () => {
  rig = await startRig();
  // the demo seed runs on the first request: let it, then add a unit of our own
  await fetch(rig.url + '/');
  const db = rig.deps.db;
  const [u] = await db.insert(units).values({ code: 'UJI-JALAN-SARAN', name: 'Unit Uji Perjalanan', nameEn: 'Journey Test Unit', kind: 'dinas' }).returning({ id: units.id });
  await db.insert(services).values({ kind: 'complaint', code: 'uji-jalan-saran', nameId: 'Kategori uji perjalanan', nameEn: 'Journey test category', unitId: u!.id, slaDays: 5, firstResponseDays: 1 });
  const pw = await hashPassword(ASN.password);
  const [s] = await db
    .insert(staff)
    .values({ nip: '199004042020041001', name: ASN.name, email: ASN.email, unitId: u!.id, position: 'Pelaksana', passwordHash: pw.hash, passwordParams: JSON.stringify(pw.params) })
    .returning({ id: staff.id });
  await db.insert(staffRoles).values({ staffId: s!.id, role: 'officer' });
  staffId = s!.id;
}, 60_000);
afterAll(async () => rig?.close());

/** The ASN's session for the staff API (cookie and CSRF header), as a signed-in browser has. */
async function apiSession(): Promise<{ cookie: string; csrf: string }> {
  const { db, clock, config } = rig.deps;
  const name = (base: string) => (config.secureCookies ? `__Host-${base}` : base);
  const value = await createSession(db, staffId, clock.now(), config);
  const v = randomToken(32);
  return { cookie: `${name('pelita_session')}=${value}; ${name('pelita_csrf')}=${v}`, csrf: await hmacSign(config.secret, `csrf:${v}`) };
}

async function call(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const res = await fetch(rig.url + path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
}

/** A complaint submitted, handled and resolved in time by the ASN, then rated by its citizen. */
async function ratedCase(who: { cookie: string; csrf: string }, elements: number[]) {
  const made = (await (
    await call('/api/v1/complaints', {
      service_code: 'uji-jalan-saran',
      title: 'Petugas kurang ramah saat menjawab',
      description: 'Saya bertanya tentang tindak lanjut laporan, jawabannya singkat dan kurang jelas, tetapi masalahnya selesai.',
      address: 'Jl. Kolonel Sutarto dekat Pasar Jebres',
      kelurahan: 'jebres-jebres',
      privacy: 'anonim',
      contact: { email: 'warga@contoh.id' },
    })
  ).json()) as { tracking_code: string; access_key: string };
  const [row] = await rig.deps.db.select({ id: cases.id }).from(cases).where(eq(cases.trackingCode, made.tracking_code));
  for (const action of ['claim', 'verify', 'resolve']) {
    const [c] = await rig.deps.db.select({ v: cases.version }).from(cases).where(eq(cases.id, row!.id));
    await call(`/api/v1/cases/${row!.id}/actions`, { action, version: c!.v, message: `Tindakan ${action}: laporan ditangani.` }, { Cookie: who.cookie, 'X-CSRF-Token': who.csrf });
  }
  await call(`/api/v1/track/${made.tracking_code}/rating`, { elements }, { 'X-Access-Key': made.access_key });
}

describe('an ASN follows a recommendation from /kinerja to a completed course, in Chromium', () => {
  it('weak ratings → recommendation with its reason → the course → lessons and quiz → the recommendation is gone', async () => {
    const who = await apiSession();
    for (let i = 0; i < 5; i++) await ratedCase(who, WEAK_BEHAVIOUR);

    const db = rig.deps.db;
    const { page, problems } = await rig.newPage();
    await rig.signIn(page, ASN.email, ASN.password);

    await page.goto(rig.url + '/kinerja');
    const rec = page.locator('li[data-competency="komunikasi_pelayanan"]');
    await expect(rec.count()).resolves.toBe(1);
    expect((await rec.textContent())?.replace(/\s+/g, ' ')).toContain('Perilaku Pelaksana 2,00 dari 5 penilaian, di bawah mutu B (3,06) → Komunikasi Pelayanan Prima');

    await rec.getByRole('link', { name: 'Buka kursus Komunikasi Pelayanan Prima' }).click();
    await page.waitForURL('**/pelatihan/kursus/KPP-01');
    await page.getByRole('button', { name: 'Daftar kursus ini' }).click();
    await page.waitForLoadState('load');

    const [course] = await db.select({ id: trainingCourses.id }).from(trainingCourses).where(eq(trainingCourses.code, 'KPP-01'));
    const lessons = await db.select({ id: trainingLessons.id }).from(trainingLessons).where(eq(trainingLessons.courseId, course!.id));
    expect(lessons.length).toBeGreaterThan(0);
    for (const l of lessons) {
      await page.goto(`${rig.url}/pelatihan/kursus/KPP-01/materi/${l.id}`);
      await page.getByRole('button', { name: 'Tandai selesai' }).click();
      await page.waitForLoadState('load');
    }
    await page.goto(`${rig.url}/pelatihan/kursus/KPP-01`);
    await page.getByRole('button', { name: 'Mulai kuis' }).click();
    await page.waitForURL('**/pelatihan/kuis/**');
    // the page carries no answers; the test reads them from the database, as only the server can
    const ids = (await page.locator('fieldset.question').evaluateAll((els) => els.map((e) => e.id))).map((id) => Number(id.slice(2)));
    const keys = await db.select({ id: trainingQuestions.id, key: trainingQuestions.correctKey }).from(trainingQuestions).where(inArray(trainingQuestions.id, ids));
    for (const k of keys) await page.check(`input[name="q_${k.id}"][value="${k.key}"]`);
    await page.getByRole('button', { name: 'Kumpulkan jawaban' }).click();
    await page.waitForLoadState('load');
    expect(await page.textContent('body')).toMatch(/lulus/i);

    await page.goto(rig.url + '/kinerja');
    expect(await page.locator('li[data-competency="komunikasi_pelayanan"]').count()).toBe(0);
    expect(await page.locator('[data-empty="recommendations"]').count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
