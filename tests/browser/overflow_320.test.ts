// Issue 13 item 5: no page scrolls sideways on a phone. Signed in as each role (and as a citizen
// without an account), the test walks every page type it can reach by links from that role's
// starting pages — one page per route of the app, found by matching the address against the
// app's own route table — and loads each at 320 px and at 390 px. A page fails when
// document.scrollingElement.scrollWidth exceeds the window's width, or a box in it scrolls
// sideways; the message names the elements sticking out furthest. A table too wide for the screen
// must show as labelled rows, not squeezed. At both widths, and at 1366 px, axe-core must find no
// WCAG 2.1 AA violation.
//
// The citizen files a complaint with a long unbroken e-mail address (the address that made
// /lacak/{code} scroll sideways on a 390 px phone) and the test follows it to its key page, the
// tracking page with the key, and the staff case page that shows the address.
import { eq, inArray } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { cases } from '../../src/db/schema';
import { trainingCourses, trainingLessons, trainingQuestions } from '../../src/db/schema-training';
import { axeViolations, sidewaysOverflow, squeezedTables, startRig, type BrowserRig } from './support';

const WIDTHS = [320, 390] as const;
const DESKTOP = 1366;
const LONG_EMAIL = 'warga.pelapor.dengan.alamat.surel.sangat.panjang@kelurahan-sondakan-laweyan.example.id';

let rig: BrowserRig;
/** the app's GET routes as patterns, most specific first */
let routes: { path: string; re: RegExp; params: number }[] = [];

beforeAll(async () => {
  rig = await startRig();
  const seen = new Set<string>();
  routes = createApp(rig.deps)
    .routes.filter((r) => r.method === 'GET' && !seen.has(r.path) && seen.add(r.path))
    .map((r) => ({ path: r.path, re: patternOf(r.path), params: (r.path.match(/:|\*/g) ?? []).length }))
    .sort((a, b) => a.params - b.params);
}, 120_000);
afterAll(async () => rig?.close());

/** Hono's '/staf/kasus/:id' or ':id{[0-9]+}' as a regular expression over a path. */
function patternOf(path: string): RegExp {
  const parts = path.split(/(:[A-Za-z_]+(?:\{[^}]+\})?|\*)/).map((p) => {
    if (p === '*') return '.*';
    const m = /^:[A-Za-z_]+(?:\{([^}]+)\})?$/.exec(p);
    if (m) return m[1] ? `(?:${m[1]})` : '[^/]+';
    return p.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${parts.join('')}/?$`);
}

/** The route a path is served by: the page's type. */
function pageType(pathname: string): string | null {
  return routes.find((r) => r.re.test(pathname))?.path ?? null;
}

/** Links a crawl does not follow: downloads, the API, signing out, switching language, files. */
function skipped(u: URL): boolean {
  return (
    /\.(csv|pdf|txt|json|png|jpe?g|webp|svg|ico|js|css)$/i.test(u.pathname) ||
    /\/(csv|lampiran|unduh|berkas|izin\.pdf|bukti-berkas)(\/|$)/.test(u.pathname) ||
    /^\/(api|assets|bahasa|keluar|healthz)(\/|$)/.test(u.pathname)
  );
}

interface Finding {
  where: string;
  problem: string;
}

/** Checks a page at each phone width (overflow, squeezed tables, axe), then axe once more on a desktop. */
async function checkPage(page: Page, label: string, out: Finding[]): Promise<void> {
  for (const w of WIDTHS) {
    await page.setViewportSize({ width: w, height: 800 });
    await page.waitForFunction((width) => window.innerWidth === width, w);
    const over = await sidewaysOverflow(page);
    if (over) out.push({ where: `${label} @${w}`, problem: `scrolls sideways: ${over}` });
    for (const t of await squeezedTables(page)) out.push({ where: `${label} @${w}`, problem: t });
    const axe = await axeViolations(page);
    for (const v of axe) out.push({ where: `${label} @${w}`, problem: `axe ${v}` });
  }
  // what only shows on a wide screen (the header's city name) is held to WCAG too
  await page.setViewportSize({ width: DESKTOP, height: 800 });
  await page.waitForFunction((width) => window.innerWidth === width, DESKTOP);
  for (const v of await axeViolations(page)) out.push({ where: `${label} @${DESKTOP}`, problem: `axe ${v}` });
}

/**
 * Visits `start` and every page reachable by links from it, one page per route, within `budget`
 * pages; checks each. Returns the routes visited.
 */
async function crawl(
  page: Page,
  start: readonly string[],
  out: Finding[],
  visited: Set<string>,
  within: readonly string[] = ['/'],
  budget = 100,
): Promise<string[]> {
  const queue: string[] = [...start];
  const done: string[] = [];
  while (queue.length && done.length < budget) {
    const next = new URL(queue.shift()!, rig.url);
    const type = pageType(next.pathname);
    if (!type || visited.has(type)) continue;
    visited.add(type);
    const res = await page.goto(next.toString());
    const ct = res?.headers()['content-type'] ?? '';
    if (!res || !ct.includes('text/html')) continue;
    const landed = new URL(page.url());
    const label = `${landed.pathname}${landed.search} (${type})`;
    if (res.status() >= 500) out.push({ where: label, problem: `status ${res.status()}` });
    // a redirect (e.g. to /masuk) is the page of where it landed
    const landedType = pageType(landed.pathname);
    if (landedType && landedType !== type) visited.add(landedType);
    done.push(type);
    await checkPage(page, label, out);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const h of hrefs) {
      const u = new URL(h);
      if (u.origin !== rig.url || skipped(u) || !within.some((w) => u.pathname === w || u.pathname.startsWith(w.endsWith('/') ? w : w + '/'))) continue;
      u.hash = '';
      const t = pageType(u.pathname);
      if (t && !visited.has(t)) queue.push(u.toString());
    }
  }
  console.info(`visited ${done.length} page types from ${start.join(', ')}:\n  ${done.join('\n  ')}`);
  return done;
}

function report(findings: Finding[]): string {
  return findings.map((f) => `${f.where}: ${f.problem}`).join('\n');
}

describe('no page scrolls sideways at 320 px and 390 px, and axe-core finds no WCAG 2.1 AA violation (issue 13.5)', () => {
  let trackingCode = '';

  it('13.5 a citizen: home, catalogue, a service page, the complaint form, the key page, tracking with the key, transparency', async () => {
    const { page, problems } = await rig.newPage();
    const out: Finding[] = [];
    const visited = new Set<string>();
    await page.goto(rig.url + '/pengaduan/baru');
    await checkPage(page, '/pengaduan/baru', out);
    visited.add(pageType('/pengaduan/baru')!);
    await page.selectOption('select[name="service_code"]', 'jalan-rusak');
    await page.fill('input[name="title"]', 'Lampu penerangan jalan mati di Jl. Dr. Rajiman depan pasar');
    await page.fill('textarea[name="description"]', 'Tiga lampu penerangan jalan mati sejak seminggu, jalan gelap dan rawan kecelakaan bagi pengendara motor malam hari.');
    await page.fill('input[name="address"]', 'Jl. Dr. Rajiman No. 200');
    await page.selectOption('select[name="kelurahan"]', 'laweyan-sondakan');
    await page.check('input[name="privacy"][value="publik"]');
    await page.fill('input[name="contact_name"]', 'Raden Mas Bambang Wahyu Kusumanegara Hadiningrat');
    await page.fill('input[name="contact_email"]', LONG_EMAIL);
    await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
    await page.waitForSelector('[data-tracking-code]');
    trackingCode = (await page.locator('[data-tracking-code]').textContent())!.trim();
    const privateLink = (await page.locator('[data-private-link]').getAttribute('href'))!;
    await checkPage(page, `key page of ${trackingCode}`, out);
    await page.goto(new URL(privateLink, rig.url).toString());
    // the page trades the key in the fragment for the case's cookie and shows the private view
    await page.waitForSelector('#h-data');
    expect(await page.textContent('body')).toContain(LONG_EMAIL);
    await checkPage(page, `/lacak/${trackingCode} with the key`, out);
    visited.add(pageType(`/lacak/${trackingCode}`)!);
    const seen = await crawl(page, ['/', '/layanan', '/lacak', '/transparansi', '/masuk'], out, visited);
    expect(seen).toEqual(expect.arrayContaining(['/', '/layanan', '/layanan/:code', '/transparansi']));
    expect(report(out)).toBe('');
    expect(problems).toEqual([]);
  }, 600_000);

  it('13.5 an officer: the queue, a case page, training catalogue, a course, a lesson, a quiz, /pelatihan/saya, /kinerja', async () => {
    const { page, problems } = await rig.newPage();
    const out: Finding[] = [];
    const visited = new Set<string>();
    await rig.signIn(page, 'petugas.dpupr@demo.pelita.id');
    // a quiz in progress: enrol, read the lessons, start it (its page is reached by a form)
    const db = rig.deps.db;
    const [course] = await db.select({ id: trainingCourses.id, code: trainingCourses.code }).from(trainingCourses).where(eq(trainingCourses.code, 'KPP-01'));
    await page.goto(`${rig.url}/pelatihan/kursus/${course!.code}`);
    await page.getByRole('button', { name: 'Daftar kursus ini' }).click();
    await page.waitForLoadState('load');
    for (const l of await db.select({ id: trainingLessons.id }).from(trainingLessons).where(eq(trainingLessons.courseId, course!.id))) {
      await page.goto(`${rig.url}/pelatihan/kursus/${course!.code}/materi/${l.id}`);
      await page.getByRole('button', { name: 'Tandai selesai' }).click();
      await page.waitForLoadState('load');
    }
    await page.goto(`${rig.url}/pelatihan/kursus/${course!.code}`);
    await page.getByRole('button', { name: 'Mulai kuis' }).click();
    await page.waitForURL('**/pelatihan/kuis/**');
    await checkPage(page, 'a quiz in progress', out);
    visited.add(pageType(new URL(page.url()).pathname)!);
    // the quiz's result (passed, with a certificate on /pelatihan/saya)
    const ids = (await page.locator('fieldset.question').evaluateAll((els) => els.map((e) => e.id))).map((id) => Number(id.slice(2)));
    for (const k of await db.select({ id: trainingQuestions.id, key: trainingQuestions.correctKey }).from(trainingQuestions).where(inArray(trainingQuestions.id, ids)))
      await page.check(`input[name="q_${k.id}"][value="${k.key}"]`);
    await page.getByRole('button', { name: 'Kumpulkan jawaban' }).click();
    await page.waitForLoadState('load');
    await checkPage(page, 'a quiz result', out);
    const [c] = await db.select({ id: cases.id }).from(cases).where(eq(cases.trackingCode, trackingCode));
    const seen = await crawl(page, [`/staf/kasus/${c!.id}`, '/staf', '/pelatihan', `/pelatihan/kursus/${course!.code}/materi/${(await db.select({ id: trainingLessons.id }).from(trainingLessons).where(eq(trainingLessons.courseId, course!.id)))[0]!.id}`, '/pelatihan/saya', '/kinerja', '/akun'], out, visited, ['/staf', '/pelatihan', '/kinerja', '/akun']);
    expect(seen).toEqual(expect.arrayContaining(['/staf', '/staf/kasus/:id', '/pelatihan', '/pelatihan/saya', '/kinerja']));
    expect(report(out)).toBe('');
    expect(problems).toEqual([]);
  }, 600_000);

  const MANAGERS = ['/staf', '/dasbor', '/insentif', '/kinerja', '/pelatihan'];
  for (const [who, email, start, within, must] of [
    ['a supervisor', 'kabid.dpupr@demo.pelita.id', ['/staf/kasus/{case}', '/staf', '/dasbor', '/insentif', '/kinerja', '/pelatihan/persetujuan'], MANAGERS, ['/staf/kasus/:id', '/dasbor', '/insentif']],
    ['an official', 'pimpinan@demo.pelita.id', ['/dasbor', '/dasbor/mingguan', '/staf', '/insentif', '/kinerja', '/pelatihan/kebutuhan', '/dasbor/dampak-pelatihan'], MANAGERS, ['/dasbor', '/dasbor/mingguan', '/insentif']],
    ['an admin', 'admin@demo.pelita.id', ['/admin'], ['/admin'], ['/admin', '/admin/unit', '/admin/pegawai', '/admin/layanan', '/admin/libur', '/admin/pengaturan', '/admin/insentif', '/admin/audit']],
    ['a course author', 'pengajar@demo.pelita.id', ['/pelatihan/kelola'], ['/pelatihan/kelola'], ['/pelatihan/kelola']],
  ] as const) {
    it(`13.5 ${who}: ${start.join(', ')} and every page type linked from them`, async () => {
      const { page, problems } = await rig.newPage();
      const out: Finding[] = [];
      await rig.signIn(page, email);
      const [c] = await rig.deps.db.select({ id: cases.id }).from(cases).where(eq(cases.trackingCode, trackingCode));
      const seen = await crawl(page, start.map((s) => s.replace('{case}', c?.id ?? 'none')), out, new Set(), within);
      expect(seen).toEqual(expect.arrayContaining([...must]));
      expect(report(out)).toBe('');
      expect(problems).toEqual([]);
    }, 900_000);
  }
});
