// /kinerja (docs/metrics.md §2–§5.1) on the hand-computed history of tests/helpers/metrics-fixture.ts:
// the ASN's own figures and trend, empty states for a period with no data or not begun, a
// supervisor reading each person of their unit, officials anyone's — and an ASN asking for another
// ASN's breakdown refused with 403.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { writeSetting } from '../../../platform/settings/settings';
import { BUILD_KEY, PROJECTION_VERSION } from '../../metrics/job';
import type { Harness } from '../../../../tests/harness/types';
import { buildMetricsFixture, FIXTURE_EMAILS, type MetricsFixture } from '../../../../tests/helpers/metrics-fixture';
import { signInAs } from '../../../../tests/helpers/session';

let h: Harness;
let f: MetricsFixture;

beforeAll(async () => {
  h = await makeHarness();
  await writeSetting(h.deps.db, BUILD_KEY, PROJECTION_VERSION);
  f = await buildMetricsFixture(h);
}, 120_000);
afterAll(async () => h.close());

async function get(path: string, email: string, headers: Record<string, string> = {}) {
  const who = await signInAs(h, email);
  return h.request(path, { headers: { Cookie: who.cookie, ...headers }, redirect: 'manual' });
}
const page = async (path: string, email: string) => {
  const res = await get(path, email);
  expect(res.status, path).toBe(200);
  return res.text();
};
const stat = (html: string, name: string) => new RegExp(`data-stat="${name}"[^>]*>([\\s\\S]*?)</dd>`).exec(html)?.[1]?.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

describe(`/kinerja on ${RUNTIME}`, () => {
  it('11.3 shows the signed-in ASN’s own figures for a month, privately', async () => {
    const res = await get('/kinerja?periode=2026-07', FIXTURE_EMAILS.a2);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toContain('no-store');
    expect(res.headers.get('Cache-Control')).toContain('private');
    const html = await res.text();
    expect(html).toContain('Kinerja saya');
    expect(html).toContain('Juli 2026');
    expect(stat(html, 'handled')).toBe('2 (2 diselesaikan, 0 ditolak)');
    expect(stat(html, 'resolution')).toBe('50% (1 dari 2 tepat waktu)');
    expect(stat(html, 'first-response')).toBe('50% (1 dari 2 tepat waktu)');
    expect(stat(html, 'reopen-rate')).toBe('50% (1 dari 2)');
    expect(stat(html, 'ikm')).toBe('44,44 (mutu D) dari 1 penilaian');
    expect(stat(html, 'median-resolution')).toBe('2 hari 23 jam (2 nilai)');
    // the weakest elements of the month: 3 and 7 (1.00), then 1 (2.00)
    expect(html).toMatch(/data-element="3"[\s\S]*data-element="7"[\s\S]*data-element="1"/);
  });

  it('11.3 the trend: 12 months as a chart with a title and description, and as a table', async () => {
    const html = await page('/kinerja?periode=2026-07', FIXTURE_EMAILS.a2);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="tren-ditangani-title tren-ditangani-desc"/);
    expect(html).toContain('Kasus ditangani per bulan, Sep 2025 – Agu 2026');
    expect((html.match(/<tr data-month="/g) ?? []).length).toBe(12);
    expect(html).toMatch(/<tr data-month="2026-07"><th scope="row">Jul 2026<\/th><td[^>]*>2<\/td><td[^>]*>50%<\/td><td[^>]*>50%<\/td><td[^>]*>44,44<\/td><td[^>]*>1<\/td>/);
  });

  it('training: JP of the year against 20 and prorated to today, courses completed', async () => {
    const html = await page('/kinerja?periode=2026', FIXTURE_EMAILS.a1);
    expect(html).toMatch(/data-stat="jp"[^>]*>\s*<strong>6<\/strong> \/ 20 JP/);
    expect(html).toContain('Tertinggal');
    expect(html).toContain('Target sampai hari ini 11,8 JP');
    expect(html).toContain('Kursus selesai pada Tahun 2026: 1.');
  });

  it('the current month by default; quarters and years to choose', async () => {
    const html = await page('/kinerja', FIXTURE_EMAILS.a2);
    expect(html).toContain('<option value="2026-08" selected="">Agustus 2026</option>');
    expect(html).toContain('<option value="2026-Q3">Triwulan III 2026</option>');
    expect(html).toContain('<option value="2025">Tahun 2025</option>');
  });

  it('11.3 a period in the future is an empty state, not an error', async () => {
    const html = await page('/kinerja?periode=2026-09', FIXTURE_EMAILS.a2);
    expect(html).toContain('data-empty="future"');
    expect(html).toContain('September 2026 belum dimulai');
    expect(html).not.toContain('data-stat="handled"');
  });

  it('11.3 a period with no data is an empty state, not an error', async () => {
    const html = await page('/kinerja?periode=2026-05', FIXTURE_EMAILS.a2);
    expect(html).toContain('data-empty="no-data"');
    expect(stat(html, 'handled')).toBe('0 (0 diselesaikan, 0 ditolak)');
    expect(stat(html, 'resolution')).toBe('–');
  });

  it('a period the query string cannot name falls back to the current month', async () => {
    const html = await page('/kinerja?periode=2026-13', FIXTURE_EMAILS.a2);
    expect(html).toContain('<option value="2026-08" selected="">Agustus 2026</option>');
  });

  it('11.3 an ASN asking for another ASN’s breakdown gets 403', async () => {
    for (const [who, whom] of [
      [FIXTURE_EMAILS.a1, f.a2],
      [FIXTURE_EMAILS.b1, f.a1],
      ['petugas.dpupr@demo.pelita.id', f.a2],
    ] as const) {
      const res = await get(`/kinerja/pegawai/${whom}`, who);
      expect(res.status, `${who} → ${whom}`).toBe(403);
      expect(await res.text()).toContain('Anda hanya dapat melihat rincian kinerja Anda sendiri.');
    }
    // probing ids tells nothing: an id nobody has is refused alike
    expect((await get('/kinerja/pegawai/999999', FIXTURE_EMAILS.a1)).status).toBe(403);
    // nor a unit's list
    expect((await get('/kinerja/unit', FIXTURE_EMAILS.a1)).status).toBe(403);
  });

  it('one’s own breakdown is /kinerja', async () => {
    const res = await get(`/kinerja/pegawai/${f.a1}?periode=2026-07`, FIXTURE_EMAILS.a1);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/kinerja?periode=2026-07');
  });

  it('11.3 a supervisor sees each person of their unit, from the unit’s list, and no other unit', async () => {
    const list = await page('/kinerja/unit?periode=2026-07', FIXTURE_EMAILS.sa);
    expect(list).toContain('Kinerja unit: Unit Uji Kinerja A');
    expect(list).toContain(`href="/kinerja/pegawai/${f.a1}?periode=2026-07"`);
    expect(list).toContain(`href="/kinerja/pegawai/${f.a2}?periode=2026-07"`);
    expect(stat(list, 'submitted')).toBe('3');
    expect(list).toMatch(new RegExp(`<tr data-staff="${f.a2}">[\\s\\S]*?<td[^>]*>2</td><td[^>]*>50%</td><td[^>]*>50%</td>`));
    const a2 = await page(`/kinerja/pegawai/${f.a2}?periode=2026-07`, FIXTURE_EMAILS.sa);
    expect(a2).toContain('Kinerja: Bagus Dua');
    expect(stat(a2, 'ikm')).toBe('44,44 (mutu D) dari 1 penilaian');
    expect((await get(`/kinerja/pegawai/${f.b1}`, FIXTURE_EMAILS.sa)).status).toBe(403);
    expect((await get(`/kinerja/unit?unit=${f.unitB}`, FIXTURE_EMAILS.sa)).status).toBe(403);
    // a supervisor of another unit neither
    expect((await get(`/kinerja/pegawai/${f.a2}`, 'kabid.dpupr@demo.pelita.id')).status).toBe(403);
  });

  it('officials see anyone’s breakdown and every unit; a person nobody is is not found', async () => {
    const b1 = await page(`/kinerja/pegawai/${f.b1}?periode=2026-07`, 'pimpinan@demo.pelita.id');
    expect(b1).toContain('Kinerja: Dedi Empat');
    expect(stat(b1, 'handled')).toBe('1 (0 diselesaikan, 1 ditolak)');
    const unitB = await page(`/kinerja/unit?unit=${f.unitB}&periode=2026-07`, 'pimpinan@demo.pelita.id');
    expect(unitB).toContain('Kinerja unit: Unit Uji Kinerja B');
    expect(unitB).toContain(`<option value="${f.unitA}">Unit Uji Kinerja A</option>`);
    expect((await get('/kinerja/pegawai/999999', 'pimpinan@demo.pelita.id')).status).toBe(404);
    expect((await get('/kinerja/unit?unit=abc', 'pimpinan@demo.pelita.id')).status).toBe(404);
  });

  it('in English when asked', async () => {
    const html = await (await get('/kinerja?periode=2026-07', FIXTURE_EMAILS.a2, { 'Accept-Language': 'en' })).text();
    expect(html).toContain('My performance');
    expect(stat(html, 'resolution')).toBe('50% (1 of 2 on time)');
    expect(stat(html, 'ikm')).toBe('44.44 (grade D) from 1 rating');
  });
});
