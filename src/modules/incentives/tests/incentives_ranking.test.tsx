// Incentive rankings computed from the service metrics (issue 11.4, docs/metrics.md §5.2), end to
// end on the hand-computed history of tests/helpers/metrics-fixture.ts (July 2026: a1 resolved A,
// rated 26/27 of 36; a2 resolved B late, rated 16/36, B reopened and resolved again in time; C
// breached with nobody holding it; b1 declined D in unit B; a1 6 JP, a2 12 JP in 2026):
// the live ranking equals the scores worked out below (shrinkage, a rescaled component, an
// ineligible ASN, a tie sharing a rank), the admin previews and publishes it (confirmation, CSRF,
// 409, audited), officials and supervisors read it per unit, and an ASN sees their own breakdown on
// /kinerja and never anyone else's (403).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { auditLog, incentiveSchemes, incentiveSnapshotRows, staff } from '../../../db/schema';
import type { Scheme } from '../../../domain/incentives/scheme';
import { parsePeriod } from '../../../domain/metrics/period';
import { writeSetting } from '../../../platform/settings/settings';
import { BUILD_KEY, PROJECTION_VERSION } from '../../metrics/job';
import { creditJp } from '../../training/ledger';
import { liveRanking, liveRows } from '../ranking';
import type { SchemeRow } from '../schemes';
import type { Harness } from '../../../../tests/harness/types';
import { caseDriver, wib } from '../../../../tests/helpers/case-driver';
import { buildMetricsFixture, FIXTURE_EMAILS, NOW_WIB, type MetricsFixture } from '../../../../tests/helpers/metrics-fixture';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';

let h: Harness;
let f: MetricsFixture;
let admin: TestSession;
let official: TestSession;
let july: SchemeRow;
const JULY = parsePeriod('2026-07')!;
const now = () => h.clock.now();

// ---- the numbers, worked out by hand ------------------------------------------------------------
const K = 5;
const SCHEME: Scheme = { weights: { Q: 0.4, S: 0.3, T: 0.2, R: 0.1 }, minCases: 1, priorK: K, tiers: [{ min: 55, name: { id: 'Baik', en: 'Good' } }] };
// July ends on day 212 of 365: the JP target to its end is 20 × 212/365 = 11.616…
const TARGET = (20 * 212) / 365;
// unit A's ratings: A [3,3,3,3,3,3,2,3,3] and B [2,2,1,2,2,2,1,2,2]: element sums 42 over 18 answers
const IKM_A = (42 / 18) * 25; // 58.33
const IKM_A1 = (26 / 9) * 25; // 72.22
const IKM_A2 = (16 / 9) * 25; // 44.44
// unit A's SLA: met A and B's second resolution, breached B (a2) and C (nobody): 2 of 4 = 0.5
const S_UNIT = 0.5;
// unit A's reopens: 1 of 3 resolutions → R_unit = 1 − 1/3
const R_UNIT = 1 - 1 / 3;
const bayes = (n: number, x: number, prior: number) => (n * x + K * prior) / (n + K);
const A1 = {
  Q: (bayes(1, IKM_A1, IKM_A) - 25) / 75, // (72.22 + 5 × 58.33) ÷ 6 = 60.65 → 0.4753
  S: bayes(1, 1, S_UNIT), // (1 + 2.5) ÷ 6 = 0.5833
  T: 6 / TARGET, // 0.5165
  R: bayes(1, 1, R_UNIT), // (1 + 5 × 0.6667) ÷ 6 = 0.7222
};
const A2 = {
  Q: (bayes(1, IKM_A2, IKM_A) - 25) / 75, // (44.44 + 291.67) ÷ 6 = 56.02 → 0.4136
  S: bayes(2, 0.5, S_UNIT), // (1 + 2.5) ÷ 7 = 0.5
  T: 1, // 12 ÷ 11.62 = 1.033, capped
  R: bayes(2, 0.5, R_UNIT), // (1 + 3.333) ÷ 7 = 0.6190
};
const score = (c: { Q: number; S: number; T: number; R: number }) => 100 * (0.4 * c.Q + 0.3 * c.S + 0.2 * c.T + 0.1 * c.R);
const SCORE_A1 = score(A1); // 54.06
const SCORE_A2 = score(A2); // 57.73

beforeAll(async () => {
  h = await makeHarness();
  await writeSetting(h.deps.db, BUILD_KEY, PROJECTION_VERSION);
  f = await buildMetricsFixture(h);
  admin = await signInAs(h, 'admin@demo.pelita.id');
  official = await signInAs(h, 'bkpsdm@demo.pelita.id');
  const base = { weightQ: 0.4, weightS: 0.3, weightT: 0.2, weightR: 0.1, minCases: 1, priorK: K, tiers: JSON.stringify(SCHEME.tiers) };
  const created = await h.deps.db
    .insert(incentiveSchemes)
    .values([
      { period: '2026-07', ...base },
      { period: '2026-03', ...base },
      { period: '2026-12', ...base },
      { period: '2026-08', ...base },
    ])
    .returning();
  july = created[0]!;
}, 120_000);
afterAll(async () => h.close());

async function get(path: string, who: TestSession | string, headers: Record<string, string> = {}) {
  const s = typeof who === 'string' ? await signInAs(h, who) : who;
  return h.request(path, { headers: { Cookie: s.cookie, ...headers }, redirect: 'manual' });
}
async function schemeId(period: string) {
  return (await h.deps.db.select({ id: incentiveSchemes.id }).from(incentiveSchemes).where(eq(incentiveSchemes.period, period)))[0]!.id;
}
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const id = (x: number) => x.toFixed(2).replace('.', ',');

async function creditEvidence(staffId: number, key: string, jp: number, day: string) {
  const [s] = await h.deps.db.select({ id: staff.id, nip: staff.nip, name: staff.name }).from(staff).where(eq(staff.id, staffId));
  await creditJp(h.deps.db, {
    entry: { actor: s!, verb: 'completed', objectType: 'evidence', objectId: key, objectName: 'Bukti uji insentif', courseId: null, at: wib(`${day}T15:00`) },
    jp,
    days: [day],
    activityKey: `uji-insentif:${key}`,
  });
}

describe(`the live ranking from the metrics equals hand-computed scores, on ${RUNTIME}`, () => {
  it('11.4 shrinkage toward the unit: each component and score as worked out by hand', async () => {
    const live = await liveRanking(h.deps.db, JULY, SCHEME, now());
    expect(live).toMatchObject({ state: 'ranked', ended: true, lastDay: '2026-07-31', cityWide: true });
    expect(live.yearShare).toBeCloseTo(212 / 365, 12);
    const rows = liveRows(live);
    // the supervisor did nothing in July: not in the ranking
    expect(rows.map((r) => r.staffId)).toEqual([f.a2, f.a1, f.b1]);
    const [a2, a1] = rows;
    expect(a1!.ikm).toBeCloseTo(IKM_A1, 9);
    expect(a1!.components.Q).toMatchObject({ n: 1, appliedWeight: 0.4 });
    expect(a1!.components.Q.unit).toBeCloseTo(IKM_A, 9);
    expect(a1!.components.Q.shrunk).toBeCloseTo(bayes(1, IKM_A1, IKM_A), 9);
    for (const k of ['Q', 'S', 'T', 'R'] as const) {
      expect(a1!.components[k].value, `a1 ${k}`).toBeCloseTo(A1[k], 9);
      expect(a2!.components[k].value, `a2 ${k}`).toBeCloseTo(A2[k], 9);
    }
    expect(a1!.score).toBeCloseTo(SCORE_A1, 9);
    expect(a2!.score).toBeCloseTo(SCORE_A2, 9);
    expect([a1!.rounded, a2!.rounded]).toEqual([54.06, 57.73]);
    expect([a2!.rankCity, a2!.rankUnit, a1!.rankCity, a1!.rankUnit]).toEqual([1, 1, 2, 2]);
    expect([a2!.tier?.id, a1!.tier]).toEqual(['Baik', null]);
    // the raw numbers are the metrics': handled credited to who resolved, SLA, reopens, JP
    expect(a2).toMatchObject({ handled: 2, slaMet: 1, slaBreached: 1, reopens: 1, resolutions: 2, jpYear: 12 });
    expect(a2!.jpTarget).toBeCloseTo(TARGET, 9);
  });

  it('11.4 a rescaled component: unit B has no ratings, SLA outcomes or resolutions, so T alone counts with its weight divided by 0.2', async () => {
    const b1 = liveRows(await liveRanking(h.deps.db, JULY, SCHEME, now())).find((r) => r.staffId === f.b1)!;
    for (const k of ['Q', 'S', 'R'] as const) expect(b1.components[k].value, k).toBeNull();
    expect(b1.components.T).toMatchObject({ value: 0, appliedWeight: 1 });
    expect([b1.score, b1.rankCity, b1.rankUnit]).toEqual([0, 3, 1]);
    expect(b1.notes.map((n) => n.id).join(' ')).toContain('Komponen Q, S, R tidak dihitung karena tidak ada datanya; bobot komponen lainnya dibagi 0,200');
  });

  it('11.4 an ineligible ASN: below the fewest cases, every number shown with the reason, and no score or rank', async () => {
    const rows = liveRows(await liveRanking(h.deps.db, JULY, { ...SCHEME, minCases: 2 }, now()));
    const a1 = rows.find((r) => r.staffId === f.a1)!;
    expect(a1).toMatchObject({ eligible: false, score: null, rankCity: null, rankUnit: null, handled: 1 });
    expect(a1.components.Q.value).toBeCloseTo(A1.Q, 9);
    expect(a1.notes[0]!.id).toBe('Menangani 1 kasus pada periode ini; minimal 2 untuk dinilai.');
    expect(rows.find((r) => r.staffId === f.a2)).toMatchObject({ eligible: true, rankCity: 1 });
  });

  it('11.4 a period not begun, and one with no data, are empty states (no rows), not errors', async () => {
    expect(await liveRanking(h.deps.db, parsePeriod('2026-12')!, SCHEME, now())).toMatchObject({ state: 'future', result: { rows: [] } });
    expect(await liveRanking(h.deps.db, parsePeriod('2026-03')!, SCHEME, now())).toMatchObject({ state: 'empty', ended: true, result: { rows: [] } });
  });
});

describe(`/admin/insentif: preview and publication, on ${RUNTIME}`, () => {
  it('11.4 the scheme page previews the live ranking with every component, raw number and reason, and offers publication of an ended period', async () => {
    const res = await get(`/admin/insentif/${july.id}`, admin);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Pratinjau peringkat');
    for (const name of ['Ayu Satu', 'Bagus Dua', 'Dedi Empat']) expect(html).toContain(name);
    expect(html).toContain(id(SCORE_A1));
    expect(html).toContain(id(SCORE_A2));
    expect(text(html)).toContain('IKM 72,22 dari 1 penilaian; unit 58,33; disusutkan 60,65');
    expect(html).toContain('JP dihitung sampai 2026-07-31');
    expect(html).toContain(`action="/admin/insentif/${july.id}/terbitkan"`);
    const en = text(await (await get(`/admin/insentif/${july.id}`, admin, { 'Accept-Language': 'en' })).text());
    expect(en).toContain('Ranking preview');
    expect(en).toContain('IKM 72.22 over 1 ratings; unit 58.33; shrunk 60.65');
    expect(en).toContain('Publish the ranking');
    // one unit: all of its ASN, with their city ranks
    const b = await (await get(`/admin/insentif/${july.id}?unit=${f.unitB}`, admin)).text();
    expect(b).toContain('Dedi Empat');
    expect(b).not.toContain('Ayu Satu');
  });

  it('11.4 a future period and a period with no data show an empty state and nothing to publish; publishing them is refused', async () => {
    for (const [period, state] of [['2026-12', 'future'], ['2026-03', 'no-data']] as const) {
      const sid = await schemeId(period);
      const res = await get(`/admin/insentif/${sid}`, admin);
      expect(res.status, period).toBe(200);
      const html = await res.text();
      expect(html).toContain(`data-empty="${state}"`);
      expect(html).not.toContain('/terbitkan"');
      const pub = await postForm(h, `/admin/insentif/${sid}/terbitkan`, admin, { confirm: '1', version: '1' });
      expect(pub.status, period).toBe(422);
      expect(await pub.text()).toContain(period === '2026-12' ? 'belum berakhir' : 'tidak ada peringkat untuk diterbitkan');
    }
  });

  it('11.4 publishing takes the confirmation, the version seen and the CSRF token', async () => {
    const noConfirm = await postForm(h, `/admin/insentif/${july.id}/terbitkan`, admin, { version: '1' });
    expect(noConfirm.status).toBe(422);
    expect(await noConfirm.text()).toContain('Centang konfirmasi untuk menerbitkan');
    const stale = await postForm(h, `/admin/insentif/${july.id}/terbitkan`, admin, { confirm: '1', version: '0' });
    expect(stale.status).toBe(409);
    const noCsrf = await h.request(`/admin/insentif/${july.id}/terbitkan`, {
      method: 'POST',
      headers: { Cookie: admin.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ confirm: '1', version: '1' }),
      redirect: 'manual',
    });
    expect(noCsrf.status).toBe(403);
    expect((await postForm(h, `/admin/insentif/${july.id}/terbitkan`, official, { confirm: '1', version: '1' })).status).toBe(403);
    expect(await h.deps.db.select().from(incentiveSnapshotRows).where(eq(incentiveSnapshotRows.period, '2026-07'))).toEqual([]);
  });

  it('11.4 publishing freezes the live ranking as computed, audited; a second publication and any edit are refused with 409', async () => {
    const res = await postForm(h, `/admin/insentif/${july.id}/terbitkan`, admin, { confirm: '1', version: '1' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/insentif/2026-07?ok=diterbitkan');
    const rows = await h.deps.db.select().from(incentiveSnapshotRows).where(eq(incentiveSnapshotRows.period, '2026-07'));
    expect(rows.map((r) => [r.staffId, r.rounded, r.rankCity, r.rankUnit])).toEqual([
      [f.a2, 57.73, 1, 1],
      [f.a1, 54.06, 2, 2],
      [f.b1, 0, 3, 1],
    ]);
    expect(rows[1]!.score).toBeCloseTo(SCORE_A1, 9);
    const [audit] = await h.deps.db.select().from(auditLog).where(and(eq(auditLog.event, 'incentive.published'), eq(auditLog.target, 'incentive:2026-07')));
    expect(audit).toMatchObject({ actorId: admin.staffId });
    expect(JSON.parse(audit!.detail!)).toMatchObject({ period: '2026-07', schemeVersion: 1, scored: 3, unscored: 0 });
    const again = await postForm(h, `/admin/insentif/${july.id}/terbitkan`, admin, { confirm: '1', version: '1' });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('sudah diterbitkan dan dibekukan');
    const edit = await postForm(h, `/admin/insentif/${july.id}`, admin, { version: '1', weightQ: '0,5', weightS: '0,2', weightT: '0,2', weightR: '0,1', minCases: '1', priorK: '5' });
    expect(edit.status).toBe(409);
  });
});

describe(`/insentif: published rankings per city and unit, on ${RUNTIME}`, () => {
  it('11.4 officials see the city and filter by unit; the CSV follows the filter', async () => {
    const city = await (await get('/insentif/2026-07?ok=diterbitkan', official)).text();
    expect(city).toContain('Peringkat diterbitkan dan dibekukan');
    for (const name of ['Ayu Satu', 'Bagus Dua', 'Dedi Empat']) expect(city).toContain(name);
    const unitB = await get(`/insentif/2026-07?unit=${f.unitB}`, official);
    expect(unitB.status).toBe(200);
    const b = await unitB.text();
    expect(b).toContain('Dedi Empat');
    expect(b).not.toContain('Bagus Dua');
    const csv = await get(`/insentif/2026-07/csv?unit=${f.unitA}`, official);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('Content-Disposition')).toBe('attachment; filename="insentif-2026-07-v1-UJI-A.csv"');
    const body = await csv.text();
    expect(body).toContain('Ayu Satu');
    expect(body).not.toContain('Dedi Empat');
    expect((await get('/insentif/2026-07?unit=abc', official)).status).toBe(404);
  });

  it('11.4 a supervisor sees their own unit only: another unit is 403, and so is the CSV; an officer sees none', async () => {
    const own = await get('/insentif/2026-07', FIXTURE_EMAILS.sa);
    expect(own.status).toBe(200);
    const html = await own.text();
    expect(html).toContain('Ayu Satu');
    expect(html).toContain('Bagus Dua');
    expect(html).not.toContain('Dedi Empat');
    expect(html).not.toContain('/csv');
    expect((await get(`/insentif/2026-07?unit=${f.unitB}`, FIXTURE_EMAILS.sa)).status).toBe(403);
    expect((await get('/insentif/2026-07/csv', FIXTURE_EMAILS.sa)).status).toBe(403);
    expect((await get('/insentif/2026-07', FIXTURE_EMAILS.a1)).status).toBe(403);
  });
});

describe(`/kinerja: an ASN's own incentive score, never another's, on ${RUNTIME}`, () => {
  it('11.4 the ASN sees their published score with every component, the shrinkage in plain words, ranks, tier and reason', async () => {
    const res = await get('/kinerja?periode=2026-07', FIXTURE_EMAILS.a1);
    expect(res.status).toBe(200);
    const html = await res.text();
    const section = text(html.slice(html.indexOf('id="h-insentif"'), html.indexOf('id="h-saran"')));
    expect(section).toContain('Diterbitkan: Juli 2026');
    expect(section).toContain(id(SCORE_A1));
    expect(section).toContain('(1 × 72,22 + 5 × 58,33) ÷ (1 + 5) = 60,65');
    expect(section).toContain('(60,65 − 25) ÷ 75 = 0,475');
    expect(section).toContain('1 dari 1 tepat waktu');
    expect(section).toContain('6,0 JP tahun ini sampai akhir periode, terhadap target 11,62 JP');
    expect(section).toContain('0 dari 1 penyelesaian dibuka kembali');
    expect(section).toMatch(/Peringkat di unit\s*2/);
    expect(section).toMatch(/Peringkat se-kota\s*2/);
    expect(section).toContain('memenuhi syarat (minimal 1)');
    // nobody else's numbers
    expect(section).not.toContain('Bagus Dua');
    expect(section).not.toContain(id(SCORE_A2));
    const en = text(await (await get('/kinerja?periode=2026-07', FIXTURE_EMAILS.a1, { 'Accept-Language': 'en' })).text());
    expect(en).toContain('Incentive score');
    expect(en).toContain('Published: July 2026');
    expect(en).toContain('your IKM 72.22 over 1 ratings');
    expect(en).toContain('(1 × 72.22 + 5 × 58.33) ÷ (1 + 5) = 60.65');
    expect(en).toContain('weight 0.400 × 0.475 × 100 = 19.01 points');
  });

  it('11.4 an ASN asking for another ASN’s breakdown gets 403 and none of its numbers; their supervisor sees it', async () => {
    const res = await get(`/kinerja/pegawai/${f.a2}?periode=2026-07`, FIXTURE_EMAILS.a1);
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain(id(SCORE_A2));
    expect((await get(`/kinerja/pegawai/${f.a1}?periode=2026-07`, FIXTURE_EMAILS.b1)).status).toBe(403);
    const sup = await get(`/kinerja/pegawai/${f.a2}?periode=2026-07`, FIXTURE_EMAILS.sa);
    expect(sup.status).toBe(200);
    const html = await sup.text();
    expect(text(html)).toContain(id(SCORE_A2));
    expect(html).toContain('data-incentive="published"');
  });

  it('11.4 the current period: a provisional figure, explained, within the unit; none without data', async () => {
    // a1 resolves a new case in August in time; now is 3 August 11:00 (day 215 of 365)
    const d = caseDriver(h);
    const E = await d.submit('2026-08-03T09:00', { service_code: 'uji-jalan' });
    await d.staff('2026-08-03T09:30', FIXTURE_EMAILS.a1, E, 'claim');
    await d.staff('2026-08-03T09:45', FIXTURE_EMAILS.a1, E, 'verify');
    await d.staff('2026-08-03T10:00', FIXTURE_EMAILS.a1, E, 'resolve');
    h.clock.set(wib('2026-08-03T11:00'));
    const html = await (await get('/kinerja?periode=2026-08', FIXTURE_EMAILS.a1)).text();
    const section = text(html.slice(html.indexOf('id="h-insentif"'), html.indexOf('id="h-saran"')));
    const provisionalPart = section.slice(section.indexOf('Sementara: Agustus 2026'));
    expect(provisionalPart).toContain('Sementara: Agustus 2026');
    expect(section).toContain('Dihitung sekarang dari angka sampai 2026-08-03');
    // no ratings in unit A in August: Q is left out, S, T and R rescaled by 0.6;
    // S (1 + 5 × 1) ÷ 6 = 1, T 6 ÷ (20 × 215/365) = 0.5093, R (1 + 5 × 1) ÷ 6 = 1
    const provisional = (100 * (0.3 * 1 + 0.2 * (6 / ((20 * 215) / 365)) + 0.1 * 1)) / 0.6;
    expect(provisionalPart).toContain(id(provisional));
    expect(provisionalPart).toContain('6,0 JP tahun ini sampai hari ini, terhadap target 11,78 JP');
    expect(provisionalPart).toContain('bobot komponen lainnya dibagi 0,600');
    expect(provisionalPart).not.toContain('Peringkat se-kota');
    expect(provisionalPart).toMatch(/Peringkat di unit\s*1/);
    // the latest publication is still shown beside it
    expect(section).toContain('Diterbitkan: Juli 2026');
    // a2 did nothing in August: an empty state, not an error
    const a2 = text(await (await get('/kinerja?periode=2026-08', FIXTURE_EMAILS.a2)).text());
    expect(a2).toContain('Belum ada kasus yang ditangani, diselesaikan atau dinilai pada Agustus 2026');
    h.clock.set(wib(NOW_WIB));
  });
});

describe(`ties and the training component, on ${RUNTIME}`, () => {
  it('11.4 JP learned after the period does not count; equal rounded scores share a rank and the next rank is skipped', async () => {
    const T_ONLY: Scheme = { ...SCHEME, weights: { Q: 0, S: 0, T: 1, R: 0 } };
    await creditEvidence(f.b1, 'b1-agustus', 8, '2026-08-01');
    let b1 = liveRows(await liveRanking(h.deps.db, JULY, T_ONLY, now())).find((r) => r.staffId === f.b1)!;
    expect(b1.jpYear).toBe(0);
    await creditEvidence(f.b1, 'b1-juli-1', 8, '2026-07-20');
    await creditEvidence(f.b1, 'b1-juli-2', 4, '2026-07-21');
    const rows = liveRows(await liveRanking(h.deps.db, JULY, T_ONLY, now()));
    b1 = rows.find((r) => r.staffId === f.b1)!;
    const a2 = rows.find((r) => r.staffId === f.a2)!;
    const a1 = rows.find((r) => r.staffId === f.a1)!;
    // b1 12 JP and a2 12 JP against 11.62: both capped at 1, 100.00; a1 6 ÷ 11.62 = 51.65
    expect(b1.jpYear).toBe(12);
    expect([a2.rounded, b1.rounded, a1.rounded]).toEqual([100, 100, Math.round((600 / TARGET) * 100) / 100]);
    expect([a2.rankCity, b1.rankCity, a1.rankCity]).toEqual([1, 1, 3]);
    expect([a2.tiedCity, b1.tiedCity, a1.tiedCity]).toEqual([1, 1, 0]);
    expect(b1.notes.map((n) => n.id).join(' ')).toContain('Seri: skor 100,00 sama dengan 1 pegawai lain se-kota, sehingga berbagi peringkat 1');
    // within their units nobody ties: b1 is alone in unit B
    expect([a2.rankUnit, b1.rankUnit, a1.rankUnit]).toEqual([1, 1, 2]);
  });
});
