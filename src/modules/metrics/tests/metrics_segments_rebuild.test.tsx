// The case_segments projection kept as events happen equals a rebuild from the history, row for
// row (docs/metrics.md §6). A generated history drives the real app for two months: complaints
// submitted in three units, verified, claimed, answered, forwarded, paused for the citizen (who
// answers, or staff withdraw the request, or the answer deadline passes), resolved, declined,
// reopened and appealed, withdrawn by the citizen, closed, rated; holidays added and removed
// while cases are open; the scheduled jobs run along the way. Then the projection as it was kept
// is compared with every row rewritten from case_events, and the monthly roll-ups as they were
// kept (a difference added at every rewrite) with the roll-ups rebuilt from nothing, with the sum
// of every case's contribution computed afresh, and with counts taken straight from the rows.
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseSegments, caseSegmentsPending, cases, metricCategories, metricHist, metricMonths, metricPlaces, ratings, units } from '../../../db/schema';
import { caseContribution, categoryCellKey, COUNTERS, histCellKey, monthCellKey, placeCellKey, sumContributions, type Counters, type SpotCounts } from '../../../domain/metrics/rollup';
import { ratingFactsOf, rollupRowOf } from '../rollups';
import { runScheduledJobs } from '../../../jobs';
import { autoClose } from '../../cases/jobs/auto-close';
import { dueRecompute } from '../../cases/jobs/due-recompute';
import { infoRequestExpiry } from '../../cases/jobs/info-request-expiry';
import { slaEscalation } from '../../cases/jobs/sla-escalation';
import { writeSetting } from '../../../platform/settings/settings';
import { BUILD_KEY, caseSegmentsUpkeep, PROJECTION_VERSION, rebuildCaseSegments } from '../job';
import type { Harness } from '../../../../tests/harness/types';
import { API_BODY, createViaApi, trackApi } from '../../../../tests/helpers/complaints';
import { apiWithSession, postForm, signInAs } from '../../../../tests/helpers/session';

let h: Harness;

/** A small seeded generator (mulberry32): the same history on every run and both runtimes. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OFFICERS: Record<string, string> = {
  DPUPR: 'petugas.dpupr@demo.pelita.id',
  DLH: 'petugas.dlh@demo.pelita.id',
  DISHUB: 'petugas.dishub@demo.pelita.id',
};
const CATEGORIES = ['jalan-rusak', 'drainase-genangan', 'sampah', 'pju-mati'];
const KELURAHAN = ['laweyan-sriwedari', 'jebres-mojosongo', 'banjarsari-manahan'];
const PRIVACY = ['publik', 'anonim', 'rahasia'] as const;
const HOUR = 3_600_000;

interface Made {
  id: string;
  code: string;
  key: string;
}

/** Everything the projection holds but the instant it was written. */
async function projection() {
  const rows = await h.deps.db.select().from(caseSegments).orderBy(asc(caseSegments.caseId), asc(caseSegments.seq));
  return rows.map(({ updatedAt: _written, writeId: _by, ...facts }) => facts);
}

/** The roll-ups as rows keyed like the domain's contributions, zero counters left out. */
async function rollups() {
  const db = h.deps.db;
  const months: Record<string, Partial<Counters>> = {};
  for (const r of await db.select().from(metricMonths)) {
    const counters: Partial<Counters> = {};
    const byName = r as unknown as Record<string, number>;
    const camel = (c: string) => c.replace(/_(\w)/g, (_, x: string) => x.toUpperCase());
    for (const c of COUNTERS) if (byName[camel(c)]) counters[c] = byName[camel(c)];
    months[monthCellKey({ month: r.month, kind: r.kind, scope: r.scope as 'city', scopeId: r.scopeId })] = counters;
  }
  const hist: Record<string, number> = {};
  for (const r of await db.select().from(metricHist)) hist[histCellKey({ month: r.month, kind: r.kind, scope: r.scope as 'city', scopeId: r.scopeId, measure: r.measure as 'fr', minutes: r.minutes })] = r.n;
  const places: Record<string, SpotCounts> = {};
  for (const r of await db.select().from(metricPlaces)) places[placeCellKey({ month: r.month, kind: r.kind, unitId: r.unitId, kelurahan: r.kelurahanCode })] = spot(r);
  const categories: Record<string, SpotCounts> = {};
  for (const r of await db.select().from(metricCategories)) categories[categoryCellKey({ month: r.month, kind: r.kind, unitId: r.unitId, serviceId: r.serviceId })] = spot(r);
  return { months, hist, places, categories };
}

/** A hotspot row's counters, zeros left out (as a contribution holds them). */
function spot(r: { submitted: number; resBreached: number }): SpotCounts {
  return Object.fromEntries(Object.entries({ submitted: r.submitted, res_breached: r.resBreached }).filter(([, n]) => n !== 0));
}

/** A contribution's hotspot cells, zeros left out. */
const spots = (m: Map<string, SpotCounts>) =>
  Object.fromEntries([...m].map(([k, v]) => [k, Object.fromEntries(Object.entries(v).filter(([, n]) => n !== 0))] as const).filter(([, v]) => Object.keys(v).length));

let kept: Awaited<ReturnType<typeof projection>>;
let keptRollups: Awaited<ReturnType<typeof rollups>>;
let pendingBeforeJob = -1;
let jobResult: Record<string, number> | { error: string } | undefined;

beforeAll(async () => {
  h = await makeHarness();
  const rnd = prng(20260803);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const unitCodes = new Map((await h.deps.db.select({ id: units.id, code: units.code }).from(units)).map((u) => [u.id, u.code]));
  const made: Made[] = [];
  const admin = () => signInAs(h, 'admin@demo.pelita.id');

  async function staff(k: Made, action: string, fields: Record<string, unknown> = {}) {
    const [row] = await h.deps.db.select({ unitId: cases.unitId, version: cases.version }).from(cases).where(sql`${cases.id} = ${k.id}`);
    const email = OFFICERS[unitCodes.get(row!.unitId)!]!;
    const who = await signInAs(h, email);
    return apiWithSession(h, `/api/v1/cases/${k.id}/actions`, who, {
      json: { action, version: row!.version, message: `Langkah ${action}.`, ...fields },
    });
  }
  const citizen = (k: Made, what: string, json: unknown) => trackApi(h, k.code, `/${what}`, { key: k.key, json });
  const otherUnit = async (k: Made) => {
    const [row] = await h.deps.db.select({ unitId: cases.unitId }).from(cases).where(sql`${cases.id} = ${k.id}`);
    return pick(Object.keys(OFFICERS).filter((u) => u !== unitCodes.get(row!.unitId)));
  };

  /** One step of a case: what its status allows, chosen at random (a refusal is part of life). */
  async function step(k: Made) {
    const [row] = await h.deps.db.select({ status: cases.status }).from(cases).where(sql`${cases.id} = ${k.id}`);
    const r = rnd();
    switch (row!.status) {
      case 'submitted':
      case 'reopened':
        if (r < 0.55) return staff(k, 'verify', rnd() < 0.2 ? { privacy: 'rahasia' } : {});
        if (r < 0.7) return staff(k, 'decline');
        if (r < 0.85) return staff(k, 'forward', { to_unit: await otherUnit(k) });
        if (r < 0.92) return staff(k, 'claim');
        return citizen(k, 'withdraw', { reason: 'Sudah selesai sendiri.' });
      case 'verified':
      case 'in_progress':
        if (r < 0.2) return staff(k, 'reply');
        if (r < 0.4) return staff(k, 'request_info');
        if (r < 0.75) return staff(k, 'resolve');
        if (r < 0.85) return staff(k, 'forward', { to_unit: await otherUnit(k) });
        if (r < 0.93) return staff(k, 'claim');
        return citizen(k, 'withdraw', {});
      case 'info_requested':
        if (r < 0.5) return citizen(k, 'information', { message: 'Ini keterangan tambahan.' });
        if (r < 0.7) return staff(k, 'withdraw_request');
        return null; // the answer deadline may pass
      case 'resolved':
        if (r < 0.3) return citizen(k, 'reopen', { reason: 'Masih rusak.' });
        if (r < 0.6) return citizen(k, 'rating', { elements: Array.from({ length: 9 }, () => 1 + Math.floor(rnd() * 4)) });
        if (r < 0.8) return staff(k, 'close');
        return null;
      case 'declined':
        if (r < 0.35) return citizen(k, 'reopen', { reason: 'Saya keberatan atas penolakan ini.' });
        if (r < 0.7) return staff(k, 'close');
        return null;
      default:
        return null;
    }
  }

  // the projection is built (as after the migration's first runs): the job only keeps it
  await writeSetting(h.deps.db, BUILD_KEY, PROJECTION_VERSION);
  // Monday 3 August 2026 09:00 WIB; 17 and 25 August are holidays
  h.clock.set('2026-08-03T02:00:00Z');
  for (let i = 0; i < 260; i++) {
    h.clock.advance(Math.floor(rnd() * 9 * HOUR) + 60_000);
    if (made.length < 45 && rnd() < 0.3) {
      const k = await createViaApi(h, {
        ...API_BODY,
        service_code: pick(CATEGORIES),
        kelurahan: pick(KELURAHAN),
        privacy: pick(PRIVACY),
      });
      made.push(k);
      continue;
    }
    if (i === 90) {
      // a holiday added while cases are open: their deadlines move (due_recomputed events)
      const res = await postForm(h, '/admin/libur/baru', await admin(), { date: '2026-08-27', name: 'Libur uji coba', kind: 'cuti_bersama' });
      expect(res.status).toBe(303);
    }
    if (i === 170) {
      const res = await postForm(h, '/admin/libur/2026-09-01/hapus', await admin(), {});
      expect([303, 404]).toContain(res.status);
    }
    if (i % 25 === 24) await runScheduledJobs(h.deps, [infoRequestExpiry, dueRecompute, slaEscalation, autoClose]);
    if (made.length) {
      const res = await step(pick(made));
      if (res && res.status >= 500) throw new Error(`step ${i}: ${res.status} ${await res.text()}`);
    }
  }
  // two weeks later: SLA deadlines have passed without any event (no escalation this time)
  h.clock.advance(14 * 24 * HOUR);
  await runScheduledJobs(h.deps, [infoRequestExpiry, dueRecompute, autoClose]);
  pendingBeforeJob = (await h.deps.db.select({ n: sql<number>`count(*)` }).from(caseSegmentsPending))[0]!.n;
  jobResult = (await runScheduledJobs(h.deps, [caseSegmentsUpkeep]))['case-segments'];
  kept = await projection();
  keptRollups = await rollups();
  // a few hundred requests: minutes on a busy machine running workerd
}, 300_000);
afterAll(async () => h.close());

describe(`case_segments kept as events happen on ${RUNTIME}`, () => {
  it('the generated history has what the projection must get right', async () => {
    const types = await h.deps.db.all<{ type: string; n: number }>(sql`SELECT type, count(*) AS n FROM case_events GROUP BY type`);
    const seen = new Set(types.map((t) => t.type));
    for (const t of ['submitted', 'verify', 'forward', 'request_info', 'provide_info', 'withdraw_request', 'resolve', 'decline', 'reopen', 'withdraw', 'rate', 'due_recomputed'])
      expect(seen, t).toContain(t);
    expect(kept.length).toBeGreaterThan(40);
    expect(kept.some((r) => r.episode > 1)).toBe(true);
    expect(kept.some((r) => r.endedBy === 'forward')).toBe(true);
    expect(kept.some((r) => (r.pausedMs ?? 0) > 0)).toBe(true);
    expect(kept.some((r) => r.resOutcome === 'breached' && r.endAt === null)).toBe(true);
  });

  it('every change rewrote its case at once: nothing was left to the job but deadlines passing', async () => {
    expect(pendingBeforeJob).toBe(0);
    expect(jobResult).toMatchObject({ pending: 0, rebuilt: 0 });
    expect((jobResult as Record<string, number>).deadlines).toBeGreaterThan(0);
  });

  it('equals a full rebuild from case_events, row for row', async () => {
    await h.deps.db.delete(caseSegments);
    const rebuilt = await rebuildCaseSegments(h.deps.db, h.clock.now());
    expect(rebuilt).toBe((await h.deps.db.select({ n: sql<number>`count(*)` }).from(cases))[0]!.n);
    expect(await projection()).toEqual(kept);
  });

  it('11.2 the roll-ups kept as events happened equal the roll-ups rebuilt from the history', async () => {
    // (the rebuild above started the roll-ups from nothing and added every case once)
    expect(Object.keys(keptRollups.months).length).toBeGreaterThan(20);
    expect(Object.keys(keptRollups.hist).length).toBeGreaterThan(20);
    expect(Object.keys(keptRollups.places).length).toBeGreaterThan(2);
    expect(Object.keys(keptRollups.categories).length).toBeGreaterThan(2);
    // a difference applied twice, or to rows that never counted, would show as a negative count
    for (const [key, counters] of Object.entries(keptRollups.months)) for (const n of Object.values(counters)) expect(n, key).toBeGreaterThan(0);
    for (const [key, n] of Object.entries(keptRollups.hist)) expect(n, key).toBeGreaterThan(0);
    for (const cells of [keptRollups.places, keptRollups.categories])
      for (const [key, counters] of Object.entries(cells)) for (const n of Object.values(counters)) expect(n, key).toBeGreaterThan(0);
    // the hotspots count breaches too, for the city (unit 0) and for units
    expect(Object.entries(keptRollups.categories).some(([k, v]) => k.includes('\u00010\u0001') && (v.res_breached ?? 0) > 0)).toBe(true);
    expect(Object.entries(keptRollups.places).some(([k, v]) => !k.includes('\u00010\u0001') && (v.res_breached ?? 0) > 0)).toBe(true);
    const city = Object.entries(keptRollups.months).filter(([k]) => k.includes('\u0001city\u0001'));
    for (const c of ['submitted', 'handled', 'reopens', 'res_breached', 'overdue_in', 'overdue_out', 'ratings'] as const)
      expect(city.some(([, v]) => (v[c] ?? 0) > 0), c).toBe(true);
    expect(await rollups()).toEqual(keptRollups);
  });

  it('11.2 the roll-ups equal the sum of every case’s contribution, computed afresh from its rows and rating', async () => {
    const db = h.deps.db;
    const rows = await db.select().from(caseSegments).orderBy(asc(caseSegments.caseId), asc(caseSegments.seq));
    const rated = new Map((await db.select().from(ratings)).map((r) => [r.caseId, ratingFactsOf(r)]));
    const byCase = new Map<string, typeof rows>();
    for (const r of rows) byCase.set(r.caseId, [...(byCase.get(r.caseId) ?? []), r]);
    const sum = sumContributions([...byCase].map(([id, rs]) => caseContribution(rs.map(rollupRowOf), rated.get(id) ?? null)));
    const months = Object.fromEntries([...sum.months].map(([k, v]) => [k, Object.fromEntries(Object.entries(v).filter(([, n]) => n !== 0))] as const).filter(([, v]) => Object.keys(v).length));
    const hist = Object.fromEntries([...sum.hist].filter(([, n]) => n !== 0));
    expect({ months, hist, places: spots(sum.places), categories: spots(sum.categories) }).toEqual(keptRollups);
  });

  it('11.2 the city’s counts in the roll-ups are the counts of the rows themselves (§2)', async () => {
    const db = h.deps.db;
    const city = await db.all<{ month: string; submitted: number; res_met: number; res_breached: number; fr_met: number; fr_breached: number; ratings: number; u7: number }>(
      sql`SELECT month, sum(submitted) AS submitted, sum(res_met) AS res_met, sum(res_breached) AS res_breached, sum(fr_met) AS fr_met, sum(fr_breached) AS fr_breached, sum(ratings) AS ratings, sum(u7) AS u7 FROM metric_months WHERE scope = 'city' GROUP BY month ORDER BY month`,
    );
    const month = (col: string) => sql.raw(`strftime('%Y-%m', (${col} + 25200000) / 1000, 'unixepoch')`);
    const fromRows = async (what: string, col: string, where: string) =>
      new Map(
        (await db.all<{ month: string; n: number }>(sql`SELECT ${month(col)} AS month, ${sql.raw(what)} AS n FROM case_segments WHERE ${sql.raw(where)} GROUP BY 1`)).map((r) => [r.month, Number(r.n)]),
      );
    const submitted = await fromRows('count(*)', 'start_at', 'submitted = 1');
    const resMet = await fromRows('count(*)', 'res_outcome_at', "res_outcome = 'met'");
    const resBreached = await fromRows('count(*)', 'res_outcome_at', "res_outcome = 'breached'");
    const frBreached = await fromRows('count(*)', 'fr_outcome_at', "fr_outcome = 'breached'");
    const rated = new Map(
      (await db.all<{ month: string; n: number; u7: number }>(sql`SELECT ${month('created_at')} AS month, count(*) AS n, sum(u7) AS u7 FROM ratings GROUP BY 1`)).map((r) => [r.month, r]),
    );
    expect(city.length).toBeGreaterThan(0);
    for (const c of city) {
      expect(Number(c.submitted), c.month).toBe(submitted.get(c.month) ?? 0);
      expect(Number(c.res_met), c.month).toBe(resMet.get(c.month) ?? 0);
      expect(Number(c.res_breached), c.month).toBe(resBreached.get(c.month) ?? 0);
      expect(Number(c.fr_breached), c.month).toBe(frBreached.get(c.month) ?? 0);
      expect(Number(c.ratings), c.month).toBe(Number(rated.get(c.month)?.n ?? 0));
      expect(Number(c.u7), c.month).toBe(Number(rated.get(c.month)?.u7 ?? 0));
    }
  });
});
