// /dasbor and /dasbor/mingguan (docs/metrics.md §2–§5.2, §2.1, §2.2) on the hand-computed history
// of tests/helpers/metrics-fixture.ts (its header says what happened when):
//
// July 2026, unit UJI-A (cases A, B, C; ratings of A and B):
//   submitted 3; handled 3 (A; B, twice: resolved, reopened, resolved again); reopens 1 → 33.3 %
//   first response: met A, B's second episode; breached B (25 h), C (never) → 50 % (2 of 4)
//   resolution: met A, B's second episode; breached B (due 13 Jul 11:00), C (due 31 Jul) → 50 %
//   overdue at the end of July: C → 1 (the unit's; nobody was assigned C, so no officer's)
//   median first response of 1.5 h, 25 h, 1 h → 1.5 h, read at the roll-ups' precision (whole
//   hours above an hour) → 1 h; median resolution of 48 h, 142 h, 1 h → 48 h = "2 hari"
//   IKM: element means (3+2)/2 = 2.5 for 1, 2, 4, 5, 6, 8, 9; (3+1)/2 = 2.0 for 3; (2+1)/2 = 1.5
//   for 7 → mean 21/9 = 2.333… × 25 = 58.33, grade D, 2 ratings (a1's own: 26/9 × 25 = 72.22; a2's 44.44)
//   training (now 3 Aug 2026, day 215 of 365: target to date 20 × 215/365 = 11.78 JP): a1 6 JP
//   behind, a2 12 JP on track, sa 0 → 1 of 3 = 33.3 %
//   hotspots: kelurahan jebres-jebres (the API body's) 3 submitted, 2 breached; category
//   uji-jalan the same
// Unit UJI-B: D submitted 7 Jul and declined by b1 at 10:00 (first response met, no resolution SLA).
//
// Week 2026-W28 (Mon 6 – Sun 12 Jul): UJI-A received A and B, of which A resolved by the end of
// the week (B on 14 Jul) → 1; first response met A, breached B; resolution met A (B's breach falls
// on 13 Jul, week 29). UJI-B received D, resolved 0 (declined), first response met.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { incentiveSchemes, services, staff, units } from '../../../db/schema';
import { writeSetting } from '../../../platform/settings/settings';
import { BUILD_KEY, PROJECTION_VERSION } from '../../metrics/job';
import { dashboardData } from '../data';
import { serviceMetrics } from '../../metrics/query';
import { parsePeriod } from '../../../domain/metrics/period';
import { weeklyReport } from '../weekly';
import type { Harness } from '../../../../tests/harness/types';
import { confirmation, submitComplaint, validFields } from '../../../../tests/helpers/complaints';
import { wib } from '../../../../tests/helpers/case-driver';
import { buildMetricsFixture, FIXTURE_EMAILS, NOW_WIB, type MetricsFixture } from '../../../../tests/helpers/metrics-fixture';
import { publishOneAsn } from '../../../../tests/helpers/incentives';
import { signInAs } from '../../../../tests/helpers/session';

let h: Harness;
let f: MetricsFixture;
const OFFICIAL = 'pimpinan@demo.pelita.id';
const ADMIN = 'admin@demo.pelita.id';

beforeAll(async () => {
  h = await makeHarness();
  await writeSetting(h.deps.db, BUILD_KEY, PROJECTION_VERSION);
  f = await buildMetricsFixture(h);
}, 120_000);
afterAll(async () => h.close());

async function get(path: string, email: string | null) {
  const headers: Record<string, string> = {};
  if (email) headers.Cookie = (await signInAs(h, email)).cookie;
  return h.request(path, { headers, redirect: 'manual' });
}
const page = async (path: string, email: string) => {
  const res = await get(path, email);
  expect(res.status, path).toBe(200);
  return res.text();
};
const text = (s: string | undefined) => s?.replace(/<br\/?>/g, ' ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
const stat = (html: string, name: string) => text(new RegExp(`data-stat="${name}"[^>]*>([\\s\\S]*?)</dd>`).exec(html)?.[1]);
/** The cells of a table row (th and td), as text. */
const row = (html: string, attr: string) => {
  const m = new RegExp(`<tr ${attr}>([\\s\\S]*?)</tr>`).exec(html);
  return m ? [...m[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => text(c[1])!) : undefined;
};
/** One table of the page by its data-table name. */
const table = (html: string, name: string) => new RegExp(`<table class="data" data-table="${name}"[\\s\\S]*?</table>`).exec(html)?.[0] ?? '';
const csvLines = (body: string) => body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

describe(`/dasbor on ${RUNTIME}`, () => {
  it('11.7 a month of the trend is read once: the overview’s figures are the trend’s point, equal to the month’s figures read alone', async () => {
    const now = h.clock.now();
    for (const unit of [null, { id: f.unitA, code: '', name: '', nameEn: '' }]) {
      const scope = unit ? { kind: 'unit' as const, id: unit.id } : { kind: 'city' as const, id: 0 };
      const d = await dashboardData(h.deps.db, { unit, cityReader: true }, parsePeriod('2026-07')!, now);
      expect(d.metrics).toEqual(await serviceMetrics(h.deps.db, scope, parsePeriod('2026-07')!, now));
      expect(d.metrics).toEqual(d.trend.find((p) => p.month === '2026-07')!.metrics);
      expect(d.metrics.submitted).toBeGreaterThan(0);
    }
  });

  it('11.5 one unit’s figures for a month equal the hand-computed ones', async () => {
    const html = await page(`/dasbor?periode=2026-07&unit=${f.unitA}`, OFFICIAL);
    expect(html).toContain('Dasbor pimpinan: Unit Uji Kinerja A');
    expect(stat(html, 'submitted')).toBe('3');
    expect(stat(html, 'handled')).toBe('3 (3 diselesaikan, 0 ditolak)');
    expect(stat(html, 'first-response')).toBe('50% (2 dari 4 tepat waktu)');
    expect(stat(html, 'resolution')).toBe('50% (2 dari 4 tepat waktu)');
    expect(stat(html, 'overdue')).toBe('1');
    expect(stat(html, 'reopen-rate')).toBe('33,3% (1 dari 3)');
    expect(stat(html, 'median-first-response')).toBe('1 jam (3 nilai)');
    expect(stat(html, 'median-resolution')).toBe('2 hari (3 nilai)');
    expect(stat(html, 'ikm')).toBe('58,33 (mutu D) dari 2 penilaian');
    expect(stat(html, 'training')).toBe('33,3% (1 dari 3 ASN sesuai jadwal)');
    // the nine element means
    expect(row(html, 'data-element="3"')).toEqual(['U3 Waktu Penyelesaian', '2,00', '50,00']);
    expect(row(html, 'data-element="7"')).toEqual(['U7 Perilaku Pelaksana', '1,50', '37,50']);
    expect(row(html, 'data-element="1"')).toEqual(['U1 Persyaratan', '2,50', '62,50']);
    // hotspots
    expect(row(html, 'data-key="jebres-jebres"')).toEqual(['Jebres', '3', '2']);
    expect(row(html, `data-key="${f.serviceA}"`)).toEqual(['Kategori uji-jalan', '3', '2']);
  });

  it('11.5 the unit’s ASN, each linking to their breakdown', async () => {
    const html = await page(`/dasbor?periode=2026-07&unit=${f.unitA}`, OFFICIAL);
    expect(html).toContain(`href="/kinerja/pegawai/${f.a2}?periode=2026-07"`);
    expect(row(html, `data-staff="${f.a2}"`)).toEqual(['Bagus Dua NIP 199001012020012002', '2', '50%', '50%', '44,44 (1)', '0', '12 / 20 sesuai jadwal']);
    expect(row(html, `data-staff="${f.a1}"`)).toEqual(['Ayu Satu NIP 199001012020012001', '1', '100%', '0%', '72,22 (1)', '0', '6 / 20 tertinggal']);
  });

  it('11.5 the city view: a row per unit with every figure, linking to the unit’s dashboard', async () => {
    const html = await page('/dasbor?periode=2026-07', OFFICIAL);
    expect(html).toContain('Dasbor pimpinan: Seluruh kota');
    expect(html).toContain(`href="/dasbor?periode=2026-07&amp;unit=${f.unitA}"`);
    expect(row(html, `data-unit="${f.unitA}"`)).toEqual(['Unit Uji Kinerja A', '3', '3', '50%', '50%', '1', '33,3%', '1 jam (3 nilai)', '2 hari (3 nilai)', '58,33 (D) (2)', '33,3% (1/3)']);
    // D: declined in an hour; no resolution SLA, nobody on track (b1 has no JP)
    expect(row(html, `data-unit="${f.unitB}"`)).toEqual(['Unit Uji Kinerja B', '1', '1', '100%', '–', '0', '–', '1 jam (1 nilai)', '–', '– (0)', '0% (0/1)']);
  });

  it('14.2 dashboard_kept_units: units and names come from the kept reference data, and an admin’s rename or deactivation shows on the next view', async () => {
    const db = h.deps.db;
    const [before] = await db.select({ name: units.name }).from(units).where(eq(units.id, f.unitB));
    const option = (html: string) => new RegExp(`<option value="${f.unitB}">([^<]*)</option>`).exec(html)?.[1];
    expect(option(await page('/dasbor?periode=2026-07', OFFICIAL))).toBe(before!.name);
    await db.update(units).set({ name: 'Unit Uji Kinerja B (baru)' }).where(eq(units.id, f.unitB));
    let html = await page('/dasbor?periode=2026-07', OFFICIAL);
    expect(row(html, `data-unit="${f.unitB}"`)?.[0]).toBe('Unit Uji Kinerja B (baru)');
    expect(option(html)).toBe('Unit Uji Kinerja B (baru)');
    // an inactive unit is no longer a choice; its row stays while the period has its cases
    await db.update(units).set({ active: false }).where(eq(units.id, f.unitB));
    html = await page('/dasbor?periode=2026-07', OFFICIAL);
    expect(option(html)).toBeUndefined();
    expect(row(html, `data-unit="${f.unitB}"`)?.[0]).toBe('Unit Uji Kinerja B (baru)');
    await db.update(units).set({ name: before!.name, active: true }).where(eq(units.id, f.unitB));
    expect(option(await page('/dasbor?periode=2026-07', OFFICIAL))).toBe(before!.name);
  });

  it('11.5 the 12-month trend is a chart with a title, a description and its data table', async () => {
    const html = await page(`/dasbor?periode=2026-07&unit=${f.unitA}`, OFFICIAL);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="tren-sla-title tren-sla-desc"/);
    expect(html).toContain('<title id="tren-sla-title">Kepatuhan SLA per bulan, Sep 2025 – Agu 2026</title>');
    expect(html).toMatch(/<desc id="tren-sla-desc">Dua garis: penyelesaian tepat waktu \(terendah 50%, tertinggi 50%\)/);
    expect(html).toMatch(/<table class="data" data-chart-table="tren-volume">[\s\S]*?<th scope="row">Jul 2026<\/th><td[^>]*>3<\/td><td[^>]*>3<\/td>/);
    // d3 drew the paths: a line for each series
    expect(html).toMatch(/<path d="M[\d.,LMZ]+" class="line-path"/);
  });

  it('11.5 a period in the future is an empty state; one with no data too; neither is an error', async () => {
    const future = await page(`/dasbor?periode=2026-09&unit=${f.unitA}`, OFFICIAL);
    expect(future).toContain('data-empty="future"');
    expect(future).toContain('September 2026 belum dimulai');
    expect(future).not.toContain('data-stat="handled"');
    const empty = await page(`/dasbor?periode=2026-05&unit=${f.unitA}`, OFFICIAL);
    expect(empty).toContain('data-empty="no-data"');
    expect(stat(empty, 'resolution')).toBe('–');
    expect(empty).toContain('data-empty="kelurahan"');
  });

  it('11.5 a malformed period or unit, or a unit nobody has, is 400 with a message, never 500', async () => {
    for (const [path, msg] of [
      ['/dasbor?periode=2026-13', 'Periode &quot;2026-13&quot; tidak dikenal'],
      ['/dasbor?periode=minggu-lalu', 'tulis bulan (2026-11), triwulan (2026-Q4) atau tahun (2026)'],
      ['/dasbor?unit=abc', 'Unit &quot;abc&quot; tidak dikenal'],
      ['/dasbor?unit=999999', 'Unit &quot;999999&quot; tidak dikenal'],
      ['/dasbor?unit=1e3', 'tidak dikenal'],
      ['/dasbor/csv?table=semua', 'Tabel &quot;semua&quot; tidak ada pada tampilan ini'],
      ['/dasbor/csv?table=people', 'tidak ada pada tampilan ini'],
      ['/dasbor/mingguan?minggu=2026-W54', 'Minggu &quot;2026-W54&quot; tidak dikenal'],
    ] as const) {
      const res = await get(path, OFFICIAL);
      expect(res.status, path).toBe(400);
      expect(await res.text(), path).toContain(msg);
    }
  });

  it('11.5 the current month and the whole city by default; months, quarters and years to choose', async () => {
    const html = await page('/dasbor', OFFICIAL);
    expect(html).toContain('<option value="2026-08" selected="">Agustus 2026</option>');
    expect(html).toContain('<option value="2026-Q3">Triwulan III 2026</option>');
    expect(html).toContain('<option value="" selected="">Seluruh kota</option>');
  });

  it('11.5 access: officials and admins any unit; a supervisor only their own; officers 403; the signed-out to sign-in', async () => {
    for (const who of [OFFICIAL, ADMIN]) expect((await get(`/dasbor?unit=${f.unitB}`, who)).status, who).toBe(200);
    const own = await get('/dasbor?periode=2026-07', FIXTURE_EMAILS.sa);
    expect(own.status).toBe(200);
    expect(own.headers.get('Cache-Control')).toContain('no-store');
    const ownHtml = await own.text();
    // fixed to their unit: no unit list, no city ranking, no weekly report tab
    expect(ownHtml).toContain('Dasbor pimpinan: Unit Uji Kinerja A');
    expect(ownHtml).toContain(`<input type="hidden" name="unit" value="${f.unitA}"/>`);
    expect(ownHtml).not.toContain('id="unit"');
    expect(ownHtml).not.toContain('/dasbor/mingguan');
    expect(ownHtml).not.toContain('data-table="ranking"');
    expect(stat(ownHtml, 'submitted')).toBe('3');
    expect((await get(`/dasbor?unit=${f.unitB}`, FIXTURE_EMAILS.sa)).status).toBe(403);
    expect((await get(`/dasbor/csv?table=people&unit=${f.unitB}`, FIXTURE_EMAILS.sa)).status).toBe(403);
    expect((await get('/dasbor/mingguan', FIXTURE_EMAILS.sa)).status).toBe(403);
    for (const path of ['/dasbor', '/dasbor/csv?table=summary', '/dasbor/mingguan', '/dasbor/mingguan/csv?table=opd']) {
      expect((await get(path, FIXTURE_EMAILS.a1)).status, path).toBe(403);
      const anon = await get(path, null);
      expect(anon.status, path).toBe(303);
      expect(anon.headers.get('Location'), path).toMatch(/^\/masuk\?kembali=/);
    }
  });

  it('11.5 the incentive ranking: an explained empty state until the period is published', async () => {
    const html = await page('/dasbor?periode=2026-07', OFFICIAL);
    expect(html).toContain('data-empty="ranking"');
    expect(html).toContain('Peringkat insentif Juli 2026 belum diterbitkan');
  });

  it('11.5 once the period is published: the top of the ranking, each linking to the breakdown and to the full ranking', async () => {
    const db = h.deps.db;
    const [scheme] = await db.insert(incentiveSchemes).values({ period: '2026-07', weightQ: 0.4, weightS: 0.3, weightT: 0.2, weightR: 0.1, minCases: 5, priorK: 5 }).returning();
    const [admin] = await db.select({ id: staff.id }).from(staff).where(eq(staff.email, ADMIN));
    await publishOneAsn(h, scheme!, f.a2, admin!.id);
    const html = await page('/dasbor?periode=2026-07', OFFICIAL);
    expect(html).not.toContain('data-empty="ranking"');
    expect(html).toContain('href="/insentif/2026-07"');
    const cells = row(table(html, 'ranking'), `data-staff="${f.a2}"`);
    expect(cells?.slice(0, 3)).toEqual(['1', 'Bagus Dua', 'Unit Uji Kinerja A']);
    expect(html).toMatch(new RegExp(`<tr data-staff="${f.a2}"><td[^>]*>1</td><th scope="row"><a href="/kinerja/pegawai/${f.a2}\\?periode=2026-07">`));
    // of a unit: its own ranks; another unit has nobody ranked
    expect(row(table(await page(`/dasbor?periode=2026-07&unit=${f.unitA}`, OFFICIAL), 'ranking'), `data-staff="${f.a2}"`)?.[0]).toBe('1');
    expect(await page(`/dasbor?periode=2026-07&unit=${f.unitB}`, OFFICIAL)).toContain('data-empty="ranking-unit"');
    const csv = csvLines(await (await get('/dasbor/csv?table=ranking&periode=2026-07', OFFICIAL)).text());
    expect(csv[1]).toMatch(/^2026-07,1,1,199001012020012002,Bagus Dua,Unit Uji Kinerja A,/);
    // a supervisor sees no ranking (as /insentif: officials only)
    expect(await page('/dasbor?periode=2026-07', FIXTURE_EMAILS.sa)).not.toContain('Peringkat insentif');
  });

  it('11.5 every table downloads as CSV with the page’s filters', async () => {
    const res = await get(`/dasbor/csv?table=people&periode=2026-07&unit=${f.unitA}`, OFFICIAL);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toBe(`attachment; filename="dasbor-people-2026-07-unit-${f.unitA}.csv"`);
    expect(res.headers.get('Cache-Control')).toContain('no-store');
    const lines = csvLines(await res.text());
    expect(lines[0]).toMatch(/^NIP,Nama,Kasus ditangani,/);
    expect(lines).toContain('199001012020012002,Bagus Dua,2,1,1,50.0,1,50.0,1,44.44,0,12,11.78,ya');
    const units = csvLines(await (await get('/dasbor/csv?table=units&periode=2026-07', OFFICIAL)).text());
    expect(units.find((l) => l.startsWith('UJI-A,'))).toBe('UJI-A,Unit Uji Kinerja A,3,3,3,0,2,2,50.0,2,2,50.0,1,1,33.3,1.00,48.00,2,58.33,D,3,1,33.3');
    for (const name of ['summary', 'elements', 'trend', 'kelurahan', 'categories']) {
      const r = await get(`/dasbor/csv?table=${name}&periode=2026-07&unit=${f.unitA}`, OFFICIAL);
      expect(r.status, name).toBe(200);
      // the byte-order mark (Response.text() would drop it: read the bytes)
      expect([...new Uint8Array(await r.arrayBuffer()).slice(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
    }
    const kel = csvLines(await (await get(`/dasbor/csv?table=kelurahan&periode=2026-07&unit=${f.unitA}`, OFFICIAL)).text());
    expect(kel).toEqual(['Kode kelurahan,Kelurahan,Kasus masuk,Penyelesaian terlambat', 'jebres-jebres,Jebres,3,2']);
  });
});

describe(`/dasbor/mingguan on ${RUNTIME}`, () => {
  it('11.5 a hand-made week: received, resolved, SLA by OPD, categories', async () => {
    const html = await page('/dasbor/mingguan?minggu=2026-W28', OFFICIAL);
    expect(html).toContain('Minggu 28 2026 (6 Juli 2026 – 12 Juli 2026)');
    expect(row(html, `data-unit="${f.unitA}"`)).toEqual(['Unit Uji Kinerja A', '2', '1', '1', '0', '100%']);
    expect(row(html, `data-unit="${f.unitB}"`)).toEqual(['Unit Uji Kinerja B', '1', '0', '0', '0', '–']);
    // most breaches first
    expect(html.indexOf(`data-unit="${f.unitA}"`)).toBeLessThan(html.indexOf(`data-unit="${f.unitB}"`));
    expect(row(html, `data-key="${f.serviceA}"`)).toEqual(['Kategori uji-jalan', '2', '1', '50%']);
    expect(html).toContain('data-print');
    expect(html).toContain('class="report-section"');
    const w29 = await weeklyReport(h.deps.db, { year: 2026, week: 29 }, wib(NOW_WIB));
    const a29 = w29.byUnit.find((u) => u.unit.id === f.unitA)!;
    // B's first resolution was due Mon 13 Jul 11:00: breached in week 29; its second episode met both
    expect([a29.received, a29.resolution.met, a29.resolution.breached, a29.firstResponse.met, a29.firstResponse.breached]).toEqual([0, 1, 1, 1, 0]);
  });

  it('11.5 by channel: the API and the web form, each counted where the case came in', async () => {
    const week = { year: 2026, week: 31 };
    const before = await weeklyReport(h.deps.db, week, wib(NOW_WIB));
    const count = (w: typeof before, key: string) => w.channels.find((c) => c.key === key)?.received ?? 0;
    h.clock.set(wib('2026-08-01T10:00'));
    const res = await submitComplaint(h, validFields({ service_code: 'uji-sampah' }));
    expect(res.status).toBe(200);
    confirmation(await res.text());
    h.clock.set(wib(NOW_WIB));
    const after = await weeklyReport(h.deps.db, week, wib(NOW_WIB));
    expect(count(after, 'web') - count(before, 'web')).toBe(1);
    expect(count(after, 'api')).toBe(count(before, 'api'));
    const html = await page('/dasbor/mingguan?minggu=2026-W31', OFFICIAL);
    expect(row(html, 'data-key="web"')?.[0]).toBe('Formulir web Pelita');
    // W28's cases came in by the API (the fixture drives them through it)
    const w28 = await weeklyReport(h.deps.db, { year: 2026, week: 28 }, wib(NOW_WIB));
    expect(count(w28, 'api')).toBeGreaterThanOrEqual(3);
  });

  it('11.5 the last full week by default; a week not begun is an empty state', async () => {
    // now: Monday 3 Aug 2026 → week 32 runs, week 31 is the last full one
    const html = await page('/dasbor/mingguan', OFFICIAL);
    expect(html).toContain('<option value="2026-W31" selected="">');
    const future = await page('/dasbor/mingguan?minggu=2026-W40', OFFICIAL);
    expect(future).toContain('data-empty="future"');
  });

  it('11.5 names beginning with =, +, - or @ are neutralised in every CSV', async () => {
    const db = h.deps.db;
    await db.update(units).set({ name: '=HYPERLINK("http://x.invalid","klik")' }).where(eq(units.id, f.unitB));
    await db.update(services).set({ nameId: '@SUM(1+1)' }).where(eq(services.code, 'uji-sampah'));
    await db.update(services).set({ nameId: '-2+3' }).where(eq(services.id, f.serviceA));
    await db.update(staff).set({ name: '+62 Ayu' }).where(eq(staff.id, f.a1));
    const units_ = await (await get('/dasbor/csv?table=units&periode=2026-07', OFFICIAL)).text();
    expect(units_).toContain(`UJI-B,"'=HYPERLINK(""http://x.invalid"",""klik"")"`);
    const people = await (await get(`/dasbor/csv?table=people&periode=2026-07&unit=${f.unitA}`, OFFICIAL)).text();
    expect(people).toContain("199001012020012001,'+62 Ayu,");
    const cats = csvLines(await (await get('/dasbor/mingguan/csv?table=categories&minggu=2026-W28', OFFICIAL)).text());
    expect(cats).toContain("'-2+3,2,1,50.0");
    expect(cats).toContain("'@SUM(1+1),1,0,0.0");
    const opd = await (await get('/dasbor/mingguan/csv?table=opd&minggu=2026-W28', OFFICIAL)).text();
    expect(opd).toContain(`UJI-B,"'=HYPERLINK(`);
    // on the page the name is text, escaped
    expect(await page('/dasbor/mingguan?minggu=2026-W28', OFFICIAL)).toContain('=HYPERLINK(&quot;http://x.invalid&quot;');
  });
});
