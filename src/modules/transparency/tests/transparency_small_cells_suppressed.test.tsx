// Issue 10.10: /transparansi showed a unit's IKM and grade from a single response, and counted the
// ratings of rahasia cases with n=1 next to it. A public cell now rests on at least the admin's
// `min_public_cell` cases or ratings (default 5) or says "fewer than n" and why; a unit rated only
// on rahasia cases is not listed, and rahasia ratings count in a unit's IKM only when its cell is
// shown on the strength of the other ratings (docs/metrics.md §3). Totals always stay.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { auditLog } from '../../../db/schema';
import { MIN_PUBLIC_CELL_KEY } from '../../../domain/transparency/small-numbers';
import { readSetting } from '../../../platform/settings/settings';
import { transparencyStats } from '../stats';
import type { Harness } from '../../../../tests/harness/types';
import { caseDriver, wib, type DrivenCase } from '../../../../tests/helpers/case-driver';
import { postForm, signInAs } from '../../../../tests/helpers/session';

let h: Harness;
const all = (n: number) => Array.from({ length: 9 }, () => n);
const withheld = (n: number) => ({ shown: false, fewerThan: n });
// Monday 3 August: the page's default period, the last full month, is July
const NOW = '2026-08-03T10:00';

async function handled(d: ReturnType<typeof caseDriver>, day: string, officer: string, over: Record<string, unknown>, score: number): Promise<DrivenCase> {
  const k = await d.submit(`${day}T09:00`, over);
  await d.staff(`${day}T10:00`, officer, k, 'verify');
  await d.staff(`${day}T11:00`, officer, k, 'resolve');
  await d.citizen(`${day}T12:00`, k, 'rating', { elements: all(score) });
  return k;
}

beforeAll(async () => {
  h = await makeHarness();
  const d = caseDriver(h);
  // July 2026, every complaint answered and resolved the day it came. DPUPR: five ratings of
  // jalan-rusak complaints in laweyan-sriwedari (4, 4, 4, 3, 3: IKM 90, A)
  for (const [day, score] of [['2026-07-06', 4], ['2026-07-07', 4], ['2026-07-08', 3], ['2026-07-09', 4], ['2026-07-10', 3]] as const)
    await handled(d, day, 'petugas.dpupr@demo.pelita.id', { privacy: 'anonim', kelurahan: 'laweyan-sriwedari' }, score);
  // DLH: one rating of a public sampah complaint in jebres-mojosongo (2), one of a rahasia one (4)
  await handled(d, '2026-07-13', 'petugas.dlh@demo.pelita.id', { service_code: 'sampah', privacy: 'publik', kelurahan: 'jebres-mojosongo' }, 2);
  await handled(d, '2026-07-14', 'petugas.dlh@demo.pelita.id', { service_code: 'sampah', privacy: 'rahasia', kelurahan: 'jebres-mojosongo' }, 4);
  // DISHUB: rated only on a rahasia complaint
  await handled(d, '2026-07-15', 'petugas.dishub@demo.pelita.id', { service_code: 'pju-mati', privacy: 'rahasia', kelurahan: 'banjarsari-manahan' }, 1);
  h.clock.set(wib(NOW));
});
afterAll(async () => h.close());

describe(`transparency_small_cells_suppressed on ${RUNTIME}`, () => {
  it('10.10 by default (5) a cell resting on fewer than 5 cases or ratings is withheld; totals stay', async () => {
    const s = await transparencyStats(h.deps.db, '1-bulan', h.clock.now());
    expect(s.minCell).toBe(5);
    expect(s.total).toBe(8);
    expect(s.confidential).toBe(2);
    expect(s.byCategory.map((r) => [r.code, r.count])).toEqual([
      ['jalan-rusak', { shown: true, value: 5 }],
      ['sampah', withheld(5)],
    ]);
    expect(s.byKelurahan.map((r) => [r.code, r.count])).toEqual([
      ['laweyan-sriwedari', { shown: true, value: 5 }],
      ['jebres-mojosongo', withheld(5)],
    ]);
    // eight resolutions, all in time: enough to be shown
    expect(s.resolution).toEqual({ shown: true, value: { met: 8, decided: 8, percent: 100 } });
    expect(s.ikm.map((u) => [u.unitCode, u.figures.shown])).toEqual([
      ['DPUPR', true],
      ['DLH', false],
    ]);
    // (4 + 4 + 3 + 4 + 3) / 5 = 3.6 per element, × 25
    expect(s.ikm[0]!.figures).toMatchObject({ shown: true, value: { respondents: 5, grade: { letter: 'A' } } });
    expect(s.ikm[0]!.figures.shown && s.ikm[0]!.figures.value.ikm).toBeCloseTo(90, 10);
    expect(s.ikm[1]!.figures).toEqual(withheld(5));

    const html = await (await h.request('/transparansi')).text();
    expect(html).toContain('data-stat="total">8<');
    expect(html).toMatch(/<tr data-unit="DLH"><td[^>]*>[^<]+<\/td><td colspan="3"[^>]*><span class="muted" data-withheld="true" aria-describedby="angka-kecil">kurang dari 5<\/span>/);
    expect(html).toMatch(/<tr data-category="sampah"><td[^>]*>[^<]+<\/td><td[^>]*><span class="muted" data-withheld="true" aria-describedby="angka-kecil">kurang dari 5</);
    expect(html).toContain('id="angka-kecil"');
    expect(html).toContain('tidak dapat diandalkan dan dapat menunjuk orang tertentu');
    expect(html).not.toContain('data-unit="DISHUB"');
    const en = await (await h.request('/transparansi', { headers: { 'Accept-Language': 'en' } })).text();
    expect(en).toContain('fewer than 5');
    expect(en).toContain('could point to a particular person');
  });

  it('10.10 the admin sets the minimum on the settings page; a unit rated only on rahasia cases is never listed', async () => {
    const admin = await signInAs(h, 'admin@demo.pelita.id');
    const page = await (await h.request('/admin/pengaturan', { headers: { Cookie: admin.cookie } })).text();
    expect(page).toContain('name="min_public_cell"');
    expect(page).toMatch(/name="min_public_cell"[^>]*value="5"|value="5"[^>]*name="min_public_cell"/);

    for (const bad of ['0', '101', 'lima']) {
      const res = await postForm(h, '/admin/pengaturan', admin, { info_request_days: '10', min_public_cell: bad });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain('Tulis bilangan bulat dari 1 sampai 100');
      expect(html).toContain(`value="${bad}"`);
    }
    expect(await readSetting(h.deps.db, MIN_PUBLIC_CELL_KEY)).toBeNull();
    // a form that sends only the other setting leaves this one as it is
    const other = await postForm(h, '/admin/pengaturan', admin, { info_request_days: '10' });
    expect(other.status).toBe(303);
    expect(await readSetting(h.deps.db, MIN_PUBLIC_CELL_KEY)).toBeNull();

    const res = await postForm(h, '/admin/pengaturan', admin, { info_request_days: '10', min_public_cell: '1' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/admin/pengaturan?ok=pengaturan-publik-disimpan');
    expect(await readSetting(h.deps.db, MIN_PUBLIC_CELL_KEY)).toBe('1');
    const audits = await h.deps.db.select().from(auditLog).where(eq(auditLog.target, `setting:${MIN_PUBLIC_CELL_KEY}`));
    expect(audits.map((a) => JSON.parse(a.detail!))).toEqual([{ from: 5, to: 1 }]);

    const s = await transparencyStats(h.deps.db, '1-bulan', h.clock.now());
    // DLH is shown now, and its rahasia rating counts in it: (2 + 4) / 2 × 25 = 75, C, 2 respondents
    expect(s.ikm.map((u) => u.unitCode)).toEqual(['DPUPR', 'DLH']);
    expect(s.ikm[1]!.figures).toMatchObject({ shown: true, value: { ikm: 75, respondents: 2, grade: { letter: 'C' } } });
    expect(s.byCategory.find((r) => r.code === 'sampah')?.count).toEqual({ shown: true, value: 1 });
    const html = await (await h.request('/transparansi')).text();
    expect(html).toMatch(/<tr data-unit="DLH">.*?<td[^>]*data-ikm="true">75,00<\/td>/s);
    expect(html).not.toContain('data-unit="DISHUB"');
    expect(html).not.toContain('kurang dari');
    expect(html).not.toContain('id="angka-kecil"');
  });
});
