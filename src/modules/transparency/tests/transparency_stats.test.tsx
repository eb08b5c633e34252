// /transparansi with known numbers, from complaints driven through the app: counts, SLA
// compliance, medians, IKM and grade per unit, and confidential (rahasia) complaints counted but
// never broken down or shown. Every cell is shown here (the admin's minimum is 1); withholding
// small cells has its own test (transparency_small_cells_suppressed).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { services } from '../../../db/schema';
import { computeIkm } from '../../../domain/skm/ikm';
import { MIN_PUBLIC_CELL_KEY } from '../../../domain/transparency/small-numbers';
import { writeSetting } from '../../../platform/settings/settings';
import { transparencyStats } from '../stats';
import type { Harness } from '../../../../tests/harness/types';
import { caseDriver, wib } from '../../../../tests/helpers/case-driver';

let h: Harness;
const HOUR = 3_600_000;
const SECRET_TITLE = 'Dugaan pungli RAHASIA-XYZ';
const DPUPR = 'petugas.dpupr@demo.pelita.id';
const DLH = 'petugas.dlh@demo.pelita.id';
const all = (n: number) => Array.from({ length: 9 }, () => n);

beforeAll(async () => {
  h = await makeHarness();
  await writeSetting(h.deps.db, MIN_PUBLIC_CELL_KEY, '1');
  const d = caseDriver(h);
  // July 2026 to date ends Friday 31 July 2026 10:00 WIB; no holidays in July 2026. Categories:
  // jalan-rusak and drainase-genangan (DPUPR) and sampah (DLH) 1 working day to respond, 5 to
  // resolve; pohon-tumbang (DLH) 1 and 1.
  const c1 = await d.submit('2026-07-06T09:00', { privacy: 'publik', kelurahan: 'laweyan-sriwedari', contact: { name: 'Budi Santoso', phone: '0812 3456 7890' } });
  await d.staff('2026-07-06T11:00', DPUPR, c1, 'verify'); // 2 h
  await d.staff('2026-07-08T09:00', DPUPR, c1, 'resolve'); // 2 working days
  await d.staff('2026-07-08T10:00', DPUPR, c1, 'close');
  await d.citizen('2026-07-09T09:00', c1, 'rating', { elements: all(4), comment: 'Terima kasih, Budi Santoso 0812' });

  const c2 = await d.submit('2026-07-13T09:00', { privacy: 'anonim', kelurahan: 'laweyan-sriwedari' });
  await d.staff('2026-07-15T09:00', DPUPR, c2, 'verify'); // 48 h: first response breached
  await d.staff('2026-07-15T09:00', DPUPR, c2, 'resolve'); // 48 h: resolution met
  await d.citizen('2026-07-16T09:00', c2, 'rating', { elements: all(3) });

  // never answered: both deadlines passed in the window, breached
  await d.submit('2026-07-20T09:00', { service_code: 'sampah', privacy: 'rahasia', title: SECRET_TITLE, kelurahan: 'jebres-mojosongo' });

  const c6 = await d.submit('2026-07-21T09:00', { service_code: 'sampah', privacy: 'rahasia', title: SECRET_TITLE, kelurahan: 'jebres-mojosongo' });
  await d.staff('2026-07-21T10:00', DLH, c6, 'verify'); // 1 h
  await d.staff('2026-07-22T09:00', DLH, c6, 'resolve'); // 24 h
  await d.citizen('2026-07-23T09:00', c6, 'rating', { elements: all(4) });

  // not due yet
  await d.submit('2026-07-31T08:00', { service_code: 'drainase-genangan', privacy: 'publik', kelurahan: 'banjarsari-manahan' });

  // only in the last 3 and 12 months from August (Monday 4 May 2026; 1 May is a holiday, 4–5 May are not)
  const c5 = await d.submit('2026-05-04T09:00', { service_code: 'pohon-tumbang', privacy: 'publik', kelurahan: 'jebres-mojosongo' });
  await d.staff('2026-05-04T10:00', DLH, c5, 'verify');
  await d.staff('2026-05-05T09:00', DLH, c5, 'resolve'); // exactly at its deadline: met
  await d.citizen('2026-05-06T09:00', c5, 'rating', { elements: all(2) });
});

/** Friday 31 July 10:00: July to date. Monday 3 August 10:00: July is the last full month. */
const JULY_31 = wib('2026-07-31T10:00');
const AUGUST_3 = wib('2026-08-03T10:00');
afterAll(async () => h.close());

const shown = <T,>(value: T) => ({ shown: true, value });

describe(`transparency statistics on ${RUNTIME}`, () => {
  it('aggregates the month to date with known numbers, from the roll-ups', async () => {
    h.clock.set(JULY_31);
    const s = await transparencyStats(h.deps.db, 'bulan-ini', h.clock.now());
    expect(s.total).toBe(5);
    expect(s.confidential).toBe(2);
    expect(s.byCategory.map((r) => [r.code, r.count])).toEqual([
      ['jalan-rusak', shown(2)],
      ['drainase-genangan', shown(1)],
    ]);
    expect(s.byKelurahan.map((r) => [r.code, r.count])).toEqual([
      ['laweyan-sriwedari', shown(2)],
      ['banjarsari-manahan', shown(1)],
    ]);
    expect(s.withoutKelurahan).toBeNull();
    // first response: c1 and c6 met; c2 late; the unanswered one breached at its deadline (21 July 09:00)
    expect(s.firstResponse).toEqual(shown({ met: 2, decided: 4, percent: 50 }));
    // resolution: c1, c2, c6 met; the unanswered one breached at its deadline (27 July 09:00)
    expect(s.resolution).toEqual(shown({ met: 3, decided: 4, percent: 75 }));
    expect(s.medianFirstResponseMs).toEqual(shown(2 * HOUR)); // [1 h, 2 h, 48 h]
    expect(s.medianResolutionMs).toEqual(shown(48 * HOUR)); // [24 h, 48 h, 48 h]
    const dpupr = s.ikm.find((u) => u.unitCode === 'DPUPR')!;
    const expected = computeIkm([all(4), all(3)]);
    expect(dpupr.figures.shown && dpupr.figures.value.ikm).toBeCloseTo(expected.ikm!, 10);
    expect(dpupr.figures).toMatchObject(shown({ ikm: 87.5, respondents: 2, grade: { letter: 'B' } }));
    // DLH's only rating in the window is of a rahasia case: the unit is not listed at all
    expect(s.ikm.map((u) => u.unitCode)).toEqual(['DPUPR']);
  });

  it('the last full month has the same numbers once it has ended', async () => {
    h.clock.set(AUGUST_3);
    const month = await transparencyStats(h.deps.db, '1-bulan', h.clock.now());
    h.clock.set(JULY_31);
    const toDate = await transparencyStats(h.deps.db, 'bulan-ini', h.clock.now());
    expect({ ...month, period: 'x', to: 0 }).toEqual({ ...toDate, period: 'x', to: 0 });
    expect(month.from).toEqual(wib('2026-07-01T00:00'));
    expect(month.to).toEqual(wib('2026-08-01T00:00'));
  });

  it('the last 3 months include older complaints and ratings; a rahasia rating counts in a unit shown anyway', async () => {
    h.clock.set(AUGUST_3);
    const s = await transparencyStats(h.deps.db, '3-bulan', h.clock.now());
    expect(s.total).toBe(6);
    const dlh = s.ikm.find((u) => u.unitCode === 'DLH')!;
    expect(dlh.figures).toMatchObject(shown({ ikm: 75, respondents: 2, grade: { letter: 'C' } })); // (4 + 2) / 2 × 25
  });

  it('the public page shows the numbers, never a confidential complaint or personal data', async () => {
    h.clock.set(JULY_31);
    const res = await h.request('/transparansi?periode=bulan-ini');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Transparansi layanan pengaduan');
    expect(html).toContain('data-stat="total">5<');
    expect(html).toContain('data-stat="confidential">2<');
    expect(html).toMatch(/data-compliance="first-response"><strong>50%/);
    expect(html).toMatch(/data-compliance="resolution"><strong>75%/);
    expect(html).toMatch(/data-stat="median-first-response">\s*2 jam\s*</);
    expect(html).toMatch(/data-stat="median-resolution">\s*2 hari\s*</);
    expect(html).toMatch(/<tr data-unit="DPUPR">.*?<td[^>]*data-ikm="true">87,50<\/td><td[^>]*data-grade="B">B \(Baik\)/s);
    expect(html).not.toContain('data-unit="DLH"');
    expect(html).not.toContain('RAHASIA-XYZ');
    expect(html).not.toContain('data-category="sampah"');
    expect(html).not.toContain('data-kelurahan="jebres-mojosongo"');
    expect(html).not.toContain('Budi');
    expect(html).not.toContain('ADU-');
    expect(html).toContain('href="/transparansi"');
  });

  it('switches period by link, in English too; an old 365-day link reads as 12 months; an unknown period falls back to the last full month', async () => {
    h.clock.set(AUGUST_3);
    const y = await (await h.request('/transparansi?periode=12-bulan', { headers: { 'Accept-Language': 'en' } })).text();
    expect(y).toContain('href="/transparansi?periode=12-bulan" class="button primary" aria-current="page">Last 12 months<');
    expect(y).toContain('data-stat="period">1 August 2025 – 31 July 2026<');
    const legacy = await (await h.request('/transparansi?periode=365')).text();
    expect(legacy).toContain('href="/transparansi?periode=12-bulan" class="button primary" aria-current="page">12 bulan terakhir<');
    expect(legacy).toContain('data-stat="total">6<');
    expect(y).toContain('data-stat="total">6<');
    expect(y).toContain('87.50');
    expect(y).toMatch(/<tr data-unit="DLH">.*?<td[^>]*data-ikm="true">75.00<\/td><td[^>]*data-grade="C">/s);
    const odd = await (await h.request('/transparansi?periode=7')).text();
    expect(odd).toContain('href="/transparansi?periode=1-bulan" class="button primary" aria-current="page">Bulan lalu<');
    expect(odd).toContain('data-stat="total">5<');
  });

  it('the last 12 months and a category with no complaints', async () => {
    h.clock.set(AUGUST_3);
    const [svc] = await h.deps.db.select().from(services).where(eq(services.code, 'adminduk'));
    expect(svc).toBeTruthy();
    const s = await transparencyStats(h.deps.db, '12-bulan', h.clock.now());
    expect(s.byCategory.find((r) => r.code === 'adminduk')).toBeUndefined();
    expect(s.byCategory.find((r) => r.code === 'pohon-tumbang')?.count).toEqual(shown(1));
  });
});
