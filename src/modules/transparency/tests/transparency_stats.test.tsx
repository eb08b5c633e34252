// /transparansi with known numbers: counts, SLA compliance, medians, IKM and grade per unit, and
// confidential (rahasia) complaints counted but never broken down or shown.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { transparencyStats } from '../stats';
import { ratings, services, staff } from '../../../db/schema';
import { computeIkm } from '../../../domain/skm/ikm';
import type { Harness } from '../../../../tests/harness/types';
import { insertComplaint, type InsertedComplaint } from '../../../../tests/helpers/cases';

let h: Harness;
const HOUR = 3_600_000;
const SECRET_TITLE = 'Dugaan pungli RAHASIA-XYZ';

async function rate(k: InsertedComplaint, scores: number[], at: string, officerEmail = 'petugas.dpupr@demo.pelita.id') {
  const [o] = await h.deps.db.select({ id: staff.id }).from(staff).where(eq(staff.email, officerEmail));
  const [u1, u2, u3, u4, u5, u6, u7, u8, u9] = scores as [number, number, number, number, number, number, number, number, number];
  await h.deps.db.insert(ratings).values({
    caseId: k.id,
    unitId: k.unitId,
    officerId: o!.id,
    serviceId: k.serviceId,
    u1, u2, u3, u4, u5, u6, u7, u8, u9,
    comment: 'Terima kasih, Budi Santoso 0812',
    createdAt: new Date(at),
  });
}

beforeAll(async () => {
  h = await makeHarness();
  // 30-day window ending Friday 2026-07-31 10:00 WIB; no holidays in July 2026
  const c1 = await insertComplaint(h, {
    serviceCode: 'jalan-rusak',
    privacy: 'publik',
    kelurahanCode: 'laweyan-sriwedari',
    status: 'closed',
    submittedAt: '2026-07-06T02:00:00Z',
    firstRespondedAt: '2026-07-06T04:00:00Z', // 2 h
    resolvedAt: '2026-07-08T02:00:00Z', // 2 working days
    resolvedByEmail: 'petugas.dpupr@demo.pelita.id',
  });
  const c2 = await insertComplaint(h, {
    serviceCode: 'jalan-rusak',
    privacy: 'anonim',
    kelurahanCode: 'laweyan-sriwedari',
    status: 'resolved',
    submittedAt: '2026-07-13T02:00:00Z',
    firstRespondedAt: '2026-07-15T02:00:00Z', // 48 h: first response breached
    resolvedAt: '2026-07-15T02:00:00Z', // resolution met
  });
  await insertComplaint(h, {
    serviceCode: 'sampah',
    privacy: 'rahasia',
    title: SECRET_TITLE,
    kelurahanCode: 'jebres-mojosongo',
    submittedAt: '2026-07-20T02:00:00Z', // never answered: both breached
  });
  const c6 = await insertComplaint(h, {
    serviceCode: 'sampah',
    privacy: 'rahasia',
    title: SECRET_TITLE,
    kelurahanCode: 'jebres-mojosongo',
    status: 'resolved',
    submittedAt: '2026-07-21T02:00:00Z',
    firstRespondedAt: '2026-07-21T03:00:00Z', // 1 h
    resolvedAt: '2026-07-22T02:00:00Z', // 1 working day
  });
  await insertComplaint(h, {
    serviceCode: 'drainase-genangan',
    privacy: 'publik',
    kelurahanCode: 'banjarsari-manahan',
    submittedAt: '2026-07-31T01:00:00Z', // not due yet
  });
  const c5 = await insertComplaint(h, {
    serviceCode: 'pohon-tumbang',
    privacy: 'publik',
    kelurahanCode: 'jebres-mojosongo',
    status: 'closed',
    submittedAt: '2026-05-04T02:00:00Z', // only in the 90- and 365-day windows
    firstRespondedAt: '2026-05-04T03:00:00Z',
    resolvedAt: '2026-05-05T02:00:00Z',
  });
  await rate(c1, [4, 4, 4, 4, 4, 4, 4, 4, 4], '2026-07-09T02:00:00Z');
  await rate(c2, [3, 3, 3, 3, 3, 3, 3, 3, 3], '2026-07-16T02:00:00Z');
  await rate(c6, [4, 4, 4, 4, 4, 4, 4, 4, 4], '2026-07-23T02:00:00Z', 'petugas.dlh@demo.pelita.id');
  await rate(c5, [2, 2, 2, 2, 2, 2, 2, 2, 2], '2026-05-06T02:00:00Z', 'petugas.dlh@demo.pelita.id');
  h.clock.set('2026-07-31T03:00:00Z');
});
afterAll(async () => h.close());

describe(`transparency statistics on ${RUNTIME}`, () => {
  it('aggregates the last 30 days with known numbers', async () => {
    const s = await transparencyStats(h.deps.db, 30, h.clock.now());
    expect(s.total).toBe(5);
    expect(s.confidential).toBe(2);
    expect(s.byCategory.map((r) => [r.code, r.count])).toEqual([
      ['jalan-rusak', 2],
      ['drainase-genangan', 1],
    ]);
    expect(s.byKelurahan.map((r) => [r.code, r.count])).toEqual([
      ['laweyan-sriwedari', 2],
      ['banjarsari-manahan', 1],
    ]);
    expect(s.firstResponse).toEqual({ due: 4, met: 2, percent: 50 });
    expect(s.resolution).toEqual({ due: 4, met: 3, percent: 75 });
    expect(s.medianFirstResponseMs).toBe(2 * HOUR); // [1 h, 2 h, 48 h]
    expect(s.medianResolutionMs).toBe(48 * HOUR); // [24 h, 48 h, 48 h]
    const dpupr = s.ikm.find((u) => u.unitCode === 'DPUPR')!;
    const expected = computeIkm([
      [4, 4, 4, 4, 4, 4, 4, 4, 4],
      [3, 3, 3, 3, 3, 3, 3, 3, 3],
    ]);
    expect(dpupr.ikm).toBeCloseTo(expected.ikm!, 10);
    expect(dpupr.ikm).toBeCloseTo(87.5, 10);
    expect(dpupr.grade.letter).toBe('B');
    expect(dpupr.respondents).toBe(2);
    const dlh = s.ikm.find((u) => u.unitCode === 'DLH')!;
    expect(dlh).toMatchObject({ ikm: 100, respondents: 1 });
    expect(dlh.grade.letter).toBe('A');
  });

  it('the 90-day window includes older complaints and ratings', async () => {
    const s = await transparencyStats(h.deps.db, 90, h.clock.now());
    expect(s.total).toBe(6);
    const dlh = s.ikm.find((u) => u.unitCode === 'DLH')!;
    expect(dlh.respondents).toBe(2);
    expect(dlh.ikm).toBeCloseTo(75, 10); // (4 + 2) / 2 × 25
    expect(dlh.grade.letter).toBe('C');
  });

  it('the public page shows the numbers, never a confidential complaint or personal data', async () => {
    const res = await h.request('/transparansi');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Transparansi layanan pengaduan');
    expect(html).toContain('data-stat="total">5<');
    expect(html).toContain('data-stat="confidential">2<');
    expect(html).toMatch(/data-compliance="first-response"><strong>50%/);
    expect(html).toMatch(/data-compliance="resolution"><strong>75%/);
    expect(html).toContain('data-stat="median-first-response">2 jam<');
    expect(html).toContain('data-stat="median-resolution">2 hari<');
    expect(html).toMatch(/<tr data-unit="DPUPR">.*?<td data-ikm="true">87,50<\/td><td data-grade="B">B \(Baik\)/s);
    expect(html).toMatch(/<tr data-unit="DLH">.*?<td data-ikm="true">100,00<\/td><td data-grade="A">/s);
    expect(html).not.toContain('RAHASIA-XYZ');
    expect(html).not.toContain('data-category="sampah"');
    expect(html).not.toContain('data-kelurahan="jebres-mojosongo"');
    expect(html).not.toContain('Budi');
    expect(html).not.toContain('ADU-');
    expect(html).toContain('href="/transparansi"');
  });

  it('switches period by link, in English too; an unknown period falls back to 30 days', async () => {
    const y = await (await h.request('/transparansi?periode=365', { headers: { 'Accept-Language': 'en' } })).text();
    expect(y).toContain('Last 365 days');
    expect(y).toMatch(/aria-current="page"[^>]*>Last 365 days|href="\/transparansi\?periode=365" class="button primary" aria-current="page"/);
    expect(y).toContain('data-stat="total">6<');
    expect(y).toContain('87.50');
    const odd = await (await h.request('/transparansi?periode=7')).text();
    expect(odd).toContain('data-stat="total">5<');
  });

  it('the 365-day window and a category with no complaints', async () => {
    const [svc] = await h.deps.db.select().from(services).where(eq(services.code, 'adminduk'));
    expect(svc).toBeTruthy();
    const s = await transparencyStats(h.deps.db, 365, h.clock.now());
    expect(s.byCategory.find((r) => r.code === 'adminduk')).toBeUndefined();
    expect(s.byCategory.find((r) => r.code === 'pohon-tumbang')?.count).toBe(1);
  });
});
