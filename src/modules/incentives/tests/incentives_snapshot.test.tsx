// Published incentive rankings (issue 11.4): publishing freezes every row with the scheme's
// version, in one batch with its audit entry; a published period is never published again nor
// changed (409), and the database itself refuses to change a published row; the ranking page
// and the TPP CSV show it as published, with formulas in names neutralised.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { auditLog, incentiveSchemes, incentiveSnapshotRows, incentiveSnapshots, staff, units } from '../../../db/schema';
import { parsePeriod } from '../../../domain/incentives/period';
import { scoreOfficers, type OfficerInput, type UnitInput } from '../../../domain/incentives/score';
import { insertChunked } from '../../../db/client';
import type { Harness } from '../../../../tests/harness/types';
import { signInAs, type TestSession } from '../../../../tests/helpers/session';
import { schemeOf, type SchemeRow } from '../schemes';
import { publishSnapshot, publishedRanking } from '../snapshots';

let h: Harness;
let admin: TestSession;
let official: TestSession;
let officer: TestSession;
let scheme: SchemeRow;
let inputs: { officers: OfficerInput[]; units: UnitInput[] };
const EVIL = '=HYPERLINK("http://penipu.test","Klik")';

const unitIdOf = async (code: string) => (await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;
const staffOf = async (email: string) => (await h.deps.db.select().from(staff).where(eq(staff.email, email)))[0]!;

beforeAll(async () => {
  h = await makeHarness();
  admin = await signInAs(h, 'admin@demo.pelita.id');
  official = await signInAs(h, 'bkpsdm@demo.pelita.id');
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  const db = h.deps.db;
  const dpupr = await unitIdOf('DPUPR');
  const dlh = await unitIdOf('DLH');
  const [evil] = await db.insert(staff).values({ nip: '199201012020011077', name: EVIL, email: 'rumus@demo.pelita.id', unitId: dlh }).returning();
  const [created] = await db
    .insert(incentiveSchemes)
    .values({
      period: '2026-02',
      weightQ: 0,
      weightS: 0,
      weightT: 1,
      weightR: 0,
      minCases: 5,
      priorK: 5,
      tiers: JSON.stringify([{ min: 85, name: { id: 'Sangat Baik', en: 'Very good' } }]),
      version: 4,
    })
    .returning();
  scheme = created!;
  // training alone, 20 JP due (a full year): score = 100 × JP ÷ 20
  const base = { ratings: { n: 0, ikm: null }, sla: { met: 0, breached: 0 }, reopens: 0, resolutions: 0, yearShareElapsed: 1 };
  const person = (s: { id: number; nip: string; name: string; unitId: number }, handled: number, jpYear: number): OfficerInput => ({
    ...base,
    staffId: s.id,
    nip: s.nip,
    name: s.name,
    unitId: s.unitId,
    handled,
    jpYear,
  });
  const unit = (unitId: number): UnitInput => ({ unitId, ratings: { n: 0, ikm: null }, sla: { met: 0, breached: 0 }, reopens: 0, resolutions: 0 });
  inputs = {
    officers: [
      person(await staffOf('petugas.dpupr@demo.pelita.id'), 12, 18), // 90
      person(await staffOf('petugas2.dpupr@demo.pelita.id'), 9, 16), // 80, tied
      person(evil!, 7, 16), // 80, tied
      person(await staffOf('kabid.dpupr@demo.pelita.id'), 2, 20), // 2 cases: not scored
    ],
    units: [unit(dpupr), unit(dlh)],
  };
});
afterAll(async () => h.close());

const get = (path: string, who: TestSession, lang?: string) =>
  h.request(path, { headers: { Cookie: who.cookie, ...(lang ? { 'Accept-Language': lang } : {}) }, redirect: 'manual' });

const publish = (period = '2026-02') =>
  publishSnapshot(h.deps.db, {
    period: parsePeriod(period)!,
    scheme,
    result: scoreOfficers(inputs, schemeOf(scheme)),
    actorId: admin.staffId,
    ip: '192.0.2.9',
    at: h.clock.now(),
  });

describe(`published incentive rankings on ${RUNTIME}`, () => {
  it('a period that is still running cannot be published: its numbers can still change', async () => {
    await expect(publish('2026-03')).rejects.toMatchObject({ code: 'action_not_allowed', status: 422 });
    expect(await h.deps.db.select().from(incentiveSnapshots)).toEqual([]);
  });

  it('a ranking without anyone in it is not published: it would freeze missing metrics for good', async () => {
    await expect(
      publishSnapshot(h.deps.db, { period: parsePeriod('2026-02')!, scheme, result: { rows: [], scored: 0, unscored: 0 }, actorId: admin.staffId, ip: null, at: h.clock.now() }),
    ).rejects.toMatchObject({ code: 'action_not_allowed', userMessage: { en: 'No ASN has data in February 2026: there is no ranking to publish.' } });
    expect(await h.deps.db.select().from(incentiveSnapshots)).toEqual([]);
  });

  it('publishing freezes every row with the scheme version, and audits it in the same batch', async () => {
    await publish();
    const [snap] = await h.deps.db.select().from(incentiveSnapshots);
    expect(snap).toMatchObject({ period: '2026-02', schemeId: scheme.id, schemeVersion: 4, scored: 3, unscored: 1, publishedBy: admin.staffId });
    expect(JSON.parse(snap!.scheme)).toMatchObject({ weights: { Q: 0, S: 0, T: 1, R: 0 }, minCases: 5, priorK: 5 });
    const ranking = (await publishedRanking(h.deps.db, '2026-02'))!;
    expect(ranking.rows.map((r) => [r.name, r.rounded, r.rankCity, r.rankUnit, r.tiedCity, r.tier?.id ?? null])).toEqual([
      [inputs.officers[0]!.name, 90, 1, 1, 0, 'Sangat Baik'],
      [EVIL, 80, 2, 1, 1, null],
      [ranking.rows[2]!.name, 80, 2, 2, 1, null],
      [ranking.rows[3]!.name, null, null, null, 0, null],
    ]);
    expect(ranking.rows[1]!.unitCode).toBe('DLH');
    expect(ranking.rows[1]!.notes[0]!.en).toContain('Tied: the score 80.00 equals that of 1 other ASN city-wide, so they share rank 2');
    expect(ranking.rows[3]!.notes[0]!.id).toBe('Menangani 2 kasus pada periode ini; minimal 5 untuk dinilai.');
    expect(ranking.rows[0]!.components.T).toMatchObject({ raw: 0.9, value: 0.9, weight: 1, appliedWeight: 1 });
    const audits = await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'incentive.published'));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: admin.staffId, target: 'incentive:2026-02', ip: '192.0.2.9' });
    expect(JSON.parse(audits[0]!.detail!)).toEqual({ period: '2026-02', schemeId: scheme.id, schemeVersion: 4, scored: 3, unscored: 1 });
  });

  it('a published period is not published again (409 published), and nothing of it changes', async () => {
    const before = await h.deps.db.select().from(incentiveSnapshotRows);
    await expect(publish()).rejects.toMatchObject({ code: 'published', status: 409 });
    expect(await h.deps.db.select().from(incentiveSnapshotRows)).toEqual(before);
    expect(await h.deps.db.select().from(incentiveSnapshots)).toHaveLength(1);
  });

  it('the database refuses to update or delete a published snapshot or row, whoever asks', async () => {
    const db = h.deps.db;
    await expect(db.update(incentiveSnapshotRows).set({ rounded: 99 }).where(eq(incentiveSnapshotRows.period, '2026-02'))).rejects.toThrow();
    await expect(db.delete(incentiveSnapshotRows).where(eq(incentiveSnapshotRows.period, '2026-02'))).rejects.toThrow();
    await expect(db.update(incentiveSnapshots).set({ schemeVersion: 5 })).rejects.toThrow();
    await expect(db.delete(incentiveSnapshots)).rejects.toThrow();
    await expect(db.run(sql`UPDATE incentive_snapshot_rows SET name = 'x'`)).rejects.toThrow();
    const rows = await db
      .select({ rounded: incentiveSnapshotRows.rounded })
      .from(incentiveSnapshotRows)
      .where(eq(incentiveSnapshotRows.period, '2026-02'))
      .orderBy(incentiveSnapshotRows.position);
    expect(rows.map((r) => r.rounded)).toEqual([90, 80, 80, null]);
  });

  it('the ranking page shows every component, raw number, rank, tie and tier as published', async () => {
    const res = await get('/insentif/2026-02', official);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Peringkat insentif Februari 2026');
    expect(html).toContain('skema versi 4');
    expect(html).toContain('18,0 JP dari target 20,00');
    expect(html).toContain('2 (seri)');
    expect(html).toContain('Seri: skor 80,00 sama dengan 1 pegawai lain se-kota');
    expect(html).toContain('=HYPERLINK(&quot;http://penipu.test&quot;,&quot;Klik&quot;)');
    expect(html).toContain('href="/insentif/2026-02/csv"');
    const list = await (await get('/insentif', official)).text();
    expect(list).toContain('href="/insentif/2026-02"');
  });

  it('the CSV for the TPP input: UTF-8 with BOM, a sensible file name, and a name beginning with = arrives as text', async () => {
    const res = await get('/insentif/2026-02/csv', official);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="insentif-2026-02-v4.csv"');
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(`"'=HYPERLINK(""http://penipu.test"",""Klik"")"`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(text).toContain('199201012020011077');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(5);
  });

  it('a period not published, or not begun, is an empty state; a key that is no period is 404; no CSV before publication', async () => {
    const unpublished = await get('/insentif/2026-01', official);
    expect(unpublished.status).toBe(200);
    expect(await unpublished.text()).toContain('Peringkat Januari 2026 belum diterbitkan');
    const future = await get('/insentif/2026-Q4', official, 'en');
    expect(future.status).toBe(200);
    expect(await future.text()).toContain('Q4 2026 has not begun');
    expect((await get('/insentif/2026-13', official)).status).toBe(404);
    expect((await get('/insentif/2026-01/csv', official)).status).toBe(404);
  });

  it('officers may not read the rankings of others (403); admins may', async () => {
    expect((await get('/insentif/2026-02', officer)).status).toBe(403);
    expect((await get('/insentif/2026-02/csv', officer)).status).toBe(403);
    expect((await get('/insentif/2026-02/csv', admin)).status).toBe(200);
  });

  it('a large unit is published whole: 450 rows in three statements of one batch, in ranking order', async () => {
    const db = h.deps.db;
    const unitId = await unitIdOf('DISHUB');
    await insertChunked(
      db,
      staff,
      Array.from({ length: 450 }, (_, i) => ({ nip: `1993010120200${String(i).padStart(5, '0')}`, name: `Pegawai Uji ${i}`, email: `uji${i}@demo.pelita.id`, unitId })),
    );
    const many = await db.select().from(staff).where(eq(staff.unitId, unitId));
    const tested = many.filter((s) => s.name.startsWith('Pegawai Uji'));
    const [jan] = await db.insert(incentiveSchemes).values({ ...scheme, id: undefined, period: '2026-01', version: 1 }).returning();
    const officers = tested.map((s, i) => ({ ...inputs.officers[0]!, staffId: s.id, nip: s.nip, name: s.name, unitId, jpYear: i % 21 }));
    await publishSnapshot(db, {
      period: parsePeriod('2026-01')!,
      scheme: jan!,
      result: scoreOfficers({ officers, units: [{ ...inputs.units[0]!, unitId }] }, schemeOf(jan!)),
      actorId: admin.staffId,
      ip: null,
      at: h.clock.now(),
    });
    const rows = (await publishedRanking(db, '2026-01'))!.rows;
    expect(rows).toHaveLength(450);
    expect(rows[0]!.rounded).toBe(100);
    expect(rows.at(-1)!.rounded).toBe(0);
    // JP i mod 21 for i < 450: 21 ASN at 20 JP share rank 1; scores never rise down the list
    expect(rows.every((r, i) => i === 0 || r.rounded! <= rows[i - 1]!.rounded!)).toBe(true);
    expect(rows.filter((r) => r.rankCity === 1)).toHaveLength(21);
  });
});
