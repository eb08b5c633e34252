// The admin's incentive scheme (issue 11.4): weights that must be ≥ 0 and sum to 1, refused with a
// bilingual message next to the fields; a version raised by every change; audited; admin-only;
// and frozen once its period is published.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { auditLog, incentiveSchemes } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { publishOneAsn } from '../../../../tests/helpers/incentives';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { findScheme } from '../schemes';

let h: Harness;
let admin: TestSession;
let official: TestSession;
let officer: TestSession;

beforeAll(async () => {
  h = await makeHarness();
  admin = await signInAs(h, 'admin@demo.pelita.id');
  official = await signInAs(h, 'pimpinan@demo.pelita.id');
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
});
afterAll(async () => h.close());

const get = (path: string, who: TestSession, lang?: string) =>
  h.request(path, { headers: { Cookie: who.cookie, ...(lang ? { 'Accept-Language': lang } : {}) }, redirect: 'manual' });

const good = {
  period: '2026-02',
  weightQ: '0,4',
  weightS: '0,3',
  weightT: '0,2',
  weightR: '0,1',
  minCases: '10',
  priorK: '5',
  tier1_min: '85',
  tier1_nameId: 'Sangat Baik',
  tier1_nameEn: 'Very good',
  tier2_min: '70',
  tier2_nameId: 'Baik',
  tier2_nameEn: 'Good',
};

async function schemeRow(period: string) {
  const [row] = await h.deps.db.select().from(incentiveSchemes).where(eq(incentiveSchemes.period, period));
  return row;
}

describe(`incentive schemes on ${RUNTIME}`, () => {
  it('an admin creates a scheme for a period: version 1, audited, listed', async () => {
    const form = await get('/admin/insentif/baru', admin);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('value="0,4"');
    const res = await postForm(h, '/admin/insentif/baru', admin, good);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/admin/insentif?ok=skema-dibuat');
    const row = await schemeRow('2026-02');
    expect(row).toMatchObject({ weightQ: 0.4, weightS: 0.3, weightT: 0.2, weightR: 0.1, minCases: 10, priorK: 5, version: 1, updatedBy: admin.staffId });
    expect(JSON.parse(row!.tiers)).toEqual([
      { min: 85, name: { id: 'Sangat Baik', en: 'Very good' } },
      { min: 70, name: { id: 'Baik', en: 'Good' } },
    ]);
    const [audit] = await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'incentive_scheme.created'));
    expect(audit).toMatchObject({ actorId: admin.staffId, target: `incentive_scheme:${row!.id}` });
    expect(JSON.parse(audit!.detail!)).toMatchObject({ period: '2026-02', version: 1 });
    const list = await (await get('/admin/insentif?ok=skema-dibuat', admin)).text();
    expect(list).toContain('Skema insentif tersimpan');
    expect(list).toContain('Februari 2026');
  });

  it('weights that do not sum to 1 are refused next to the weights, in both languages, keeping what was typed', async () => {
    const res = await postForm(h, '/admin/insentif/baru', admin, { ...good, period: '2026-01', weightR: '0,2' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Jumlah keempat bobot harus 1; sekarang 1,1.');
    expect(html).toMatch(/id="f-weights"[\s\S]*?class="field-error" id="e-weights"/);
    expect(html).toContain('href="#f-weights"');
    expect(html).toContain('value="0,2"');
    const en = await (await postForm(h, '/admin/insentif/baru', admin, { ...good, period: '2026-01', weightR: '0' }, { 'Accept-Language': 'en' })).text();
    expect(en).toContain('The four weights must add up to 1; they now add up to 0.9.');
    expect(await schemeRow('2026-01')).toBeUndefined();
  });

  it('a negative weight is refused on its field, even when the four sum to 1', async () => {
    const res = await postForm(h, '/admin/insentif/baru', admin, { ...good, period: '2026-01', weightQ: '0,6', weightR: '-0,1' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/class="field-error" id="e-weightR">Bobot tidak boleh negatif\./);
    expect(await schemeRow('2026-01')).toBeUndefined();
  });

  it('a bad period, a second scheme for a period, tiers out of order and a tier without its English name are refused', async () => {
    const badPeriod = await postForm(h, '/admin/insentif/baru', admin, { ...good, period: '2026-13' });
    expect(badPeriod.status).toBe(422);
    expect(await badPeriod.text()).toContain('Tulis periode sebagai bulan 2026-03');
    const twice = await postForm(h, '/admin/insentif/baru', admin, good);
    expect(twice.status).toBe(422);
    expect(await twice.text()).toContain('Periode 2026-02 sudah memiliki skema.');
    const order = await postForm(h, '/admin/insentif/baru', admin, { ...good, period: '2026-01', tier1_min: '60' });
    expect(order.status).toBe(422);
    expect(await order.text()).toContain('Urutkan tingkat dari ambang tertinggi ke terendah');
    const unnamed = await postForm(h, '/admin/insentif/baru', admin, { ...good, period: '2026-01', tier2_nameEn: '' });
    expect(unnamed.status).toBe(422);
    expect(await unnamed.text()).toMatch(/id="e-tier2_nameEn">Wajib diisi\./);
  });

  it('a scheme for a future period may be prepared (an empty period is no error)', async () => {
    const res = await postForm(h, '/admin/insentif/baru', admin, { ...good, period: '2026-Q4' });
    expect(res.status).toBe(303);
    expect((await schemeRow('2026-Q4'))?.version).toBe(1);
  });

  it('every change raises the version and is audited with what changed; saving unchanged changes nothing', async () => {
    const row = (await schemeRow('2026-Q4'))!;
    const page = await (await get(`/admin/insentif/${row.id}`, admin)).text();
    expect(page).toContain('name="version" value="1"');
    const res = await postForm(h, `/admin/insentif/${row.id}`, admin, { ...good, version: '1', weightQ: '0,5', weightR: '0' });
    expect(res.status).toBe(303);
    const after = (await findScheme(h.deps.db, row.id))!;
    expect([after.version, after.weightQ, after.weightR]).toEqual([2, 0.5, 0]);
    const audits = await h.deps.db.select().from(auditLog).where(and(eq(auditLog.event, 'incentive_scheme.updated'), eq(auditLog.target, `incentive_scheme:${row.id}`)));
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0]!.detail!)).toEqual({ period: '2026-Q4', version: 2, changes: { weightQ: { from: 0.4, to: 0.5 }, weightR: { from: 0.1, to: 0 } } });
    const same = await postForm(h, `/admin/insentif/${row.id}`, admin, { ...good, version: '2', weightQ: '0,5', weightR: '0' });
    expect(same.status).toBe(303);
    expect((await findScheme(h.deps.db, row.id))!.version).toBe(2);
  });

  it('a change sent from a form opened on an older version is refused (409): a second admin is not overwritten', async () => {
    const row = (await schemeRow('2026-Q4'))!;
    const res = await postForm(h, `/admin/insentif/${row.id}`, admin, { ...good, version: '1', minCases: '3' });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('baru saja diubah orang lain');
    expect((await findScheme(h.deps.db, row.id))!.minCases).toBe(10);
  });

  it('only admins: an official and an officer get 403, a POST without the CSRF token 403', async () => {
    for (const who of [official, officer]) {
      expect((await get('/admin/insentif', who)).status).toBe(403);
      expect((await postForm(h, '/admin/insentif/baru', who, { ...good, period: '2025' })).status).toBe(403);
    }
    const noCsrf = await h.request('/admin/insentif/baru', {
      method: 'POST',
      headers: { Cookie: admin.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...good, period: '2025' }),
      redirect: 'manual',
    });
    expect(noCsrf.status).toBe(403);
    expect(await schemeRow('2025')).toBeUndefined();
  });

  it('editing the scheme of a published period is refused with 409 and a clear message; its page is read-only', async () => {
    const row = (await schemeRow('2026-02'))!;
    await publishOneAsn(h, row, officer.staffId, admin.staffId);
    const res = await postForm(h, `/admin/insentif/${row.id}`, admin, { ...good, version: '1', weightQ: '0,5', weightR: '0' });
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('sudah diterbitkan dan dibekukan: skemanya tidak dapat diubah lagi');
    const en = await postForm(h, `/admin/insentif/${row.id}`, admin, { ...good, version: '1' }, { 'Accept-Language': 'en' });
    expect(en.status).toBe(409);
    expect(await en.text()).toContain('has been published and frozen: its scheme can no longer be changed');
    expect((await findScheme(h.deps.db, row.id))!).toMatchObject({ version: 1, weightQ: 0.4 });
    const page = await (await get(`/admin/insentif/${row.id}`, admin)).text();
    expect(page).toContain('skema tidak dapat diubah lagi');
    expect(page).not.toContain(`action="/admin/insentif/${row.id}"`);
  });
});
