// The benchmark data set's generator (tests/bench/city/, `npm run bench:data`): its complaints are
// what the real kernel would have stored, and the same parameters give the same data set.
//  - Lives generated in the demo city are done again, action by action at the same instants,
//    through the real kernel (createCase, applyStaffAction, the citizen's actions, the scheduled
//    jobs at their ticks): every event, its `data.clock` and `data.durations`, the case row and the
//    rating come out the same. The lives are chosen to show every kind of event the generator
//    writes; each is done alone (the jobs must see no other case).
//  - A small city generated twice is the same, row for row; its projection, built in bulk as the real
//    rebuild builds it, says for every case what the generator intended, and every history reads without
//    inconsistency.
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness } from '#harness';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Client } from '@libsql/client';
import type { Db } from '../../src/db/client';
import { caseEvents, cases, caseSegments, caseSegmentsPending, metricCategories, metricHist, metricMonths, metricPlaces, outbox, ratings } from '../../src/db/schema';
import {
  caseContribution,
  categoryCellKey,
  COUNTERS,
  histCellKey,
  monthCellKey,
  placeCellKey,
  sumContributions,
  type Counters,
  type Measure,
  type ScopeKind,
  type SpotCounts,
} from '../../src/domain/metrics/rollup';
import { ratingFactsOf, rollupRowOf } from '../../src/modules/metrics/rollups';
import { rebuildCaseSegments } from '../../src/modules/metrics/job';
import { countsInRollups } from '../../src/modules/metrics/segments';
import { applyMigrations } from '../../src/db/migrate';
import { openLibsql } from '../../src/db/libsql';
import { registerCaseKinds } from '../../src/kinds';
import { createCase, findService } from '../../src/modules/cases/create';
import { autoCloseAnswered } from '../../src/modules/cases/jobs/auto-close';
import { expireInfoRequests } from '../../src/modules/cases/jobs/info-request-expiry';
import { escalateOverdue } from '../../src/modules/cases/jobs/sla-escalation';
import { findKind, type CaseKind } from '../../src/modules/cases/kinds';
import { provideInformation, rateCase, reopenCase, withdrawCase } from '../../src/modules/cases/citizen-actions';
import { applyStaffAction, loadCase } from '../../src/modules/cases/staff-actions';
import { readMigrationsFromDisk } from '../../src/node/migrations-from-disk';
import { loadPrincipal } from '../../src/platform/auth/principal';
import { seedDemoData } from '../../src/seed/seed';
import type { Harness } from '../harness/types';
import { generate, lifeContext, liveComplaint } from './city/generate';
import type { SimCase, SimEvent } from './city/kernel-mirror';
import { makeRng } from './city/rng';
import { loadWorld } from './city/world';

const MINUTE = 60_000;
/** docs/metrics.md §1.1: the events that change the clock */
const CLOCK_CHANGING = new Set(['submitted', 'forward', 'request_info', 'provide_info', 'info_request_expired', 'withdraw_request', 'reopen']);
/** §1.2: the events that end a segment (a forward) or an episode (an outcome) */
const ENDING = new Set(['forward', 'resolve', 'decline', 'withdraw']);

/** An event as both sides are compared: everything but its id and the case's (random) id. */
interface AnyEvent {
  at: Date;
  actorKind: string;
  actorId?: number | null;
  type: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  visibility: string;
  message?: string | null;
  data?: SimEvent['data'];
}

function comparable(e: AnyEvent) {
  return {
    at: e.at.toISOString(),
    type: e.type,
    actorKind: e.actorKind,
    actorId: e.actorId ?? null,
    fromStatus: e.fromStatus ?? null,
    toStatus: e.toStatus ?? null,
    visibility: e.visibility,
    message: e.message ?? null,
    data: typeof e.data === 'string' ? JSON.parse(e.data) : (e.data ?? null),
  };
}

const ROW_FIELDS = [
  'status', 'unitId', 'serviceId', 'privacy', 'assigneeId', 'resolvedById', 'submittedAt', 'firstResponseDueAt', 'firstRespondedAt',
  'resolutionDueAt', 'resolvedAt', 'closedAt', 'pausedSince', 'citizenDueAt', 'infoExpiredAt', 'segmentStartedAt', 'segmentFirstResponseDays',
  'segmentSlaDays', 'episodeStartedAt', 'episodePauses', 'declinedAt', 'escalatedAt', 'escalationLevel', 'reopenCount', 'version', 'updatedAt',
] as const;

function rowFacts(row: Record<string, unknown>) {
  return Object.fromEntries(ROW_FIELDS.map((k) => [k, row[k] instanceof Date ? (row[k] as Date).toISOString() : (row[k] ?? null)]));
}

const EVENT_KINDS = [
  'submitted', 'verify', 'decline', 'claim', 'assign', 'forward', 'reply', 'request_info', 'withdraw_request', 'resolve', 'close_unanswered',
  'close', 'provide_info', 'withdraw', 'reopen', 'rate', 'info_request_expired', 'escalate', 'auto_close', 'privacy_changed',
];

describe('the benchmark generator writes what the kernel writes', () => {
  let h: Harness;
  let kind: CaseKind;

  beforeAll(async () => {
    h = await makeHarness();
    registerCaseKinds();
    kind = findKind('complaint')!;
  });
  afterAll(() => h.close());

  /** The scheduled jobs that change cases, as one run at `at` takes them. */
  async function runJobs(at: Date) {
    h.clock.set(at);
    await expireInfoRequests(h.deps, at);
    await escalateOverdue(h.deps, at);
    await autoCloseAnswered(h.deps, at);
  }

  /** Does the generated life again through the real kernel; returns the stored case id. */
  async function replay(sim: SimCase): Promise<string> {
    const { db } = h.deps;
    const first = sim.events[0]!.at;
    h.clock.set(first);
    const service = await findService(db, kind, sim.service.code);
    const { id: _id, trackingCode: _code, accessKeyHash: _hash, ...fields } = sim.submitted;
    const created = await createCase(h.deps, kind, { service: service!, ...fields, privacy: fields.privacy as 'publik' | 'anonim' | 'rahasia' }, { origin: 'https://pelita.test', channel: 'web' });
    const id = created.row.id;
    let last = first.getTime();
    let lastJobTick = -1;
    for (const a of sim.actions) {
      const at = a.at.getTime();
      if (a.do === 'job') {
        if (at === lastJobTick) continue;
        // the run before found nothing to do: the generator took the first run that had
        if (at - 15 * MINUTE > last) await runJobs(new Date(at - 15 * MINUTE));
        await runJobs(a.at);
        lastJobTick = at;
        last = at;
        continue;
      }
      h.clock.set(a.at);
      const row = await loadCase(db, id);
      if (a.do === 'staff') {
        const who = await loadPrincipal(db, a.actorId, 'session', null);
        await applyStaffAction(h.deps, who!, id, {
          action: a.action,
          version: row.version,
          message: a.fields.message ?? null,
          toUnit: a.fields.toUnit ?? null,
          service: a.fields.service ?? null,
          assignee: a.fields.assignee ?? null,
          privacy: a.fields.privacy ?? null,
          declineReason: a.fields.declineReason ?? null,
        });
      } else if (a.do === 'provideInfo') await provideInformation(h.deps, row, a.message);
      else if (a.do === 'withdraw') await withdrawCase(h.deps, row, a.message);
      else if (a.do === 'reopen') await reopenCase(h.deps, row, a.message);
      else if (a.do === 'rate') await rateCase(h.deps, row, a.elements, a.comment);
      last = at;
    }
    return id;
  }

  /** Removes a replayed case, so that the jobs of the next one see it alone. */
  async function forget(id: string) {
    const { db } = h.deps;
    await db.batch([
      db.delete(caseSegments).where(eq(caseSegments.caseId, id)),
      db.delete(caseSegmentsPending).where(eq(caseSegmentsPending.caseId, id)),
      db.delete(ratings).where(eq(ratings.caseId, id)),
      db.delete(outbox).where(eq(outbox.caseId, id)),
      db.delete(caseEvents).where(eq(caseEvents.caseId, id)),
      db.delete(cases).where(eq(cases.id, id)),
    ]);
  }

  it('generated lives done again through the real kernel store the same events, data.clock and data.durations, case row and rating', { timeout: 120_000 }, async () => {
    const world = await loadWorld(h.deps.db);
    const end = new Date('2026-05-20T00:00:00+07:00');
    const ctx = lifeContext(world, makeRng(11), end);
    const start = new Date('2026-03-02T00:00:00+07:00').getTime();
    // a pool of lives over eleven weeks (Nyepi and Idul Fitri among them), and from it the fewest
    // that show every kind of event, forwards and second-level escalations
    const pool: SimCase[] = [];
    for (let i = 0; i < 700; i++) {
      const r = makeRng(11).fork(i);
      const service = r.pick(world.services);
      pool.push(liveComplaint(ctx, kind, r, service, new Date(start + i * 97 * MINUTE)).sim);
    }
    const traitsOf = (s: SimCase) => new Set([...s.events.map((e) => e.type), ...s.events.filter((e) => e.type === 'escalate' && (e.data as { level: number }).level === 2).map(() => 'escalate:2')]);
    const wanted = new Set([...EVENT_KINDS, 'escalate:2']);
    const chosen: SimCase[] = [];
    while (wanted.size) {
      const best = pool.map((s) => ({ s, gain: [...traitsOf(s)].filter((t) => wanted.has(t)).length })).sort((a, b) => b.gain - a.gain)[0]!;
      if (!best.gain) break;
      chosen.push(best.s);
      for (const t of traitsOf(best.s)) wanted.delete(t);
    }
    expect([...wanted], 'kinds of event no generated life shows').toEqual([]);

    for (const sim of chosen) {
      const id = await replay(sim);
      const { db } = h.deps;
      const stored = await db.select().from(caseEvents).where(eq(caseEvents.caseId, id)).orderBy(asc(caseEvents.at), asc(caseEvents.id));
      expect(stored.map(comparable), `events of generated case ${sim.row.id}`).toEqual(sim.events.map(comparable));
      const row = await loadCase(db, id);
      expect(rowFacts(row), `row of generated case ${sim.row.id}`).toEqual(rowFacts(sim.row));
      const [rating] = await db.select().from(ratings).where(eq(ratings.caseId, id));
      if (sim.rating) {
        const r = sim.rating;
        expect(rating).toMatchObject({ unitId: r.unitId, officerId: r.officerId, serviceId: r.serviceId, comment: r.comment, createdAt: r.createdAt });
        expect([rating!.u1, rating!.u2, rating!.u3, rating!.u4, rating!.u5, rating!.u6, rating!.u7, rating!.u8, rating!.u9]).toEqual(r.elements);
      } else expect(rating).toBeUndefined();
      await forget(id);
    }
  });
});

describe('a generated city', () => {
  const params = { seed: 5, cases: 200, asn: 300, end: '2026-04-30', days: 30, sampleEvery: 1 };

  async function city(): Promise<{ client: Client; db: Db; report: Awaited<ReturnType<typeof generate>> }> {
    const { db, client } = openLibsql(':memory:');
    await applyMigrations(client, readMigrationsFromDisk(fileURLToPath(new URL('../../migrations', import.meta.url))));
    await seedDemoData(db, new Date('2026-04-30T00:00:00+07:00'));
    return { client, db, report: await generate(client, db, params) };
  }

  /** The roll-ups as stored, and as the sum of every case's contribution computed afresh from its rows and rating. */
  async function rollupsStoredAndSummed(db: Db) {
    const months: Record<string, Partial<Counters>> = {};
    const camel = (c: string) => c.replace(/_(\w)/g, (_, x: string) => x.toUpperCase());
    for (const r of await db.select().from(metricMonths)) {
      const byName = r as unknown as Record<string, number>;
      const counters: Partial<Counters> = {};
      for (const c of COUNTERS) if (byName[camel(c)]) counters[c] = byName[camel(c)];
      months[monthCellKey({ month: r.month, kind: r.kind, scope: r.scope as ScopeKind, scopeId: r.scopeId })] = counters;
    }
    const hist: Record<string, number> = {};
    for (const r of await db.select().from(metricHist))
      hist[histCellKey({ month: r.month, kind: r.kind, scope: r.scope as ScopeKind, scopeId: r.scopeId, measure: r.measure as Measure, minutes: r.minutes })] = r.n;
    const spot = (r: { submitted: number; resBreached: number }): SpotCounts =>
      Object.fromEntries(Object.entries({ submitted: r.submitted, res_breached: r.resBreached }).filter(([, n]) => n !== 0));
    const spots = (m: Map<string, SpotCounts>) =>
      Object.fromEntries([...m].map(([k, v]) => [k, Object.fromEntries(Object.entries(v).filter(([, n]) => n !== 0))] as const).filter(([, v]) => Object.keys(v).length));
    const places: Record<string, SpotCounts> = {};
    for (const r of await db.select().from(metricPlaces)) places[placeCellKey({ month: r.month, kind: r.kind, unitId: r.unitId, kelurahan: r.kelurahanCode })] = spot(r);
    const categories: Record<string, SpotCounts> = {};
    for (const r of await db.select().from(metricCategories)) categories[categoryCellKey({ month: r.month, kind: r.kind, unitId: r.unitId, serviceId: r.serviceId })] = spot(r);
    const rows = await db.select().from(caseSegments).orderBy(asc(caseSegments.caseId), asc(caseSegments.seq));
    const rated = new Map((await db.select().from(ratings)).map((r) => [r.caseId, ratingFactsOf(r)]));
    const byCase = new Map<string, typeof rows>();
    for (const r of rows) byCase.set(r.caseId, [...(byCase.get(r.caseId) ?? []), r]);
    const sum = sumContributions([...byCase].map(([id, rs]) => caseContribution(rs.map(rollupRowOf), rated.get(id) ?? null)));
    const summed = {
      months: Object.fromEntries(
        [...sum.months].map(([k, v]) => [k, Object.fromEntries(Object.entries(v).filter(([, n]) => n !== 0))] as const).filter(([, v]) => Object.keys(v).length),
      ),
      hist: Object.fromEntries([...sum.hist].filter(([, n]) => n !== 0)),
      places: spots(sum.places),
      categories: spots(sum.categories),
    };
    return { stored: { months, hist, places, categories }, summed };
  }

  /** case_segments (without the rewrite's random write_id) and the roll-ups, as stored, in key order. */
  async function projectionAsStored(client: Client) {
    const all = async (q: string) => (await client.execute(q)).rows.map((r) => ({ ...r }));
    const segments = await all('SELECT * FROM case_segments ORDER BY case_id, seq');
    return {
      segments: segments.map(({ write_id: _, ...rest }) => rest),
      writeIds: segments.map((r) => r['write_id'] as string | null),
      months: await all('SELECT * FROM metric_months ORDER BY scope, scope_id, month, kind'),
      hist: await all('SELECT * FROM metric_hist ORDER BY scope, scope_id, month, kind, measure, minutes'),
    };
  }

  /** A digest of what the generator wrote (the demo seed's own rows aside: its passwords are salted at random). */
  async function digest(client: Client): Promise<string> {
    const hash = createHash('sha256');
    const tables: [string, string][] = [
      ['cases', 'id'],
      ['case_events', 'id'],
      ['ratings', 'case_id'],
      ['case_segments', 'case_id, seq'],
      ['training_enrolments', 'id'],
      ['training_ledger', 'id'],
      ['training_ledger_days', 'ledger_id, day'],
      ['training_quiz_attempts', 'id'],
      ['training_certificates', 'id'],
      ['training_lesson_progress', 'staff_id, lesson_id'],
    ];
    for (const [table, order] of tables) {
      const rows = await client.execute(`SELECT * FROM ${table} ORDER BY ${order}`);
      // a rewrite's write_id is random by design (segments.ts): which rewrite wrote the rows, not
      // what they say; so is a case's page_mark (migration 0024: the tracking page's cache check)
      const facts = rows.rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'write_id' && k !== 'page_mark')));
      hash.update(`${table}:${JSON.stringify(facts)}`);
    }
    const people = await client.execute('SELECT nip, name, email, unit_id FROM staff ORDER BY id');
    hash.update(JSON.stringify(people.rows));
    return hash.digest('hex');
  }

  it('is the same city every time, its events follow docs/metrics.md §1, its projection and roll-ups built in bulk equal those of the real rebuild, and say for every case what the generator intended', { timeout: 120_000 }, async () => {
    const a = await city();
    const b = await city();
    try {
      expect(a.report.cases).toBe(200);
      expect(a.report.events).toBeGreaterThan(200);
      expect(a.report.ratings).toBeGreaterThan(0);
      expect(a.report.training.enrolments).toBe(40);
      expect(a.report.check.cases).toBe(200);
      expect(a.report.check.problems).toEqual([]);
      expect(a.report.check.resolution.projected).toEqual(a.report.check.resolution.intended);
      expect(a.report.check.firstResponse.projected).toEqual(a.report.check.firstResponse.intended);
      expect(await digest(a.client)).toBe(await digest(b.client));

      // the roll-ups the bulk build made are the sum of every case's contribution
      const { stored, summed } = await rollupsStoredAndSummed(a.db);
      expect(Object.keys(stored.months).length).toBeGreaterThan(20);
      expect(Object.keys(stored.hist).length).toBeGreaterThan(20);
      expect(stored).toEqual(summed);

      // the bulk build wrote what the real rebuild writes: the same rows, counted in the roll-ups
      // under the current definition, and the same roll-ups
      const built = await projectionAsStored(a.client);
      expect(built.segments.length).toBeGreaterThan(200);
      expect(built.writeIds.every((id) => countsInRollups(id))).toBe(true);
      await rebuildCaseSegments(a.db, new Date('2026-04-30T00:00:00+07:00'));
      const rebuilt = await projectionAsStored(a.client);
      expect(built.segments).toEqual(rebuilt.segments);
      expect(built.months).toEqual(rebuilt.months);
      expect(built.hist).toEqual(rebuilt.hist);

      // docs/metrics.md §1: every event that changes the clock stores the clock after it, every
      // forward and outcome its durations
      const events = await a.db.select({ type: caseEvents.type, data: caseEvents.data }).from(caseEvents);
      const types = new Set(events.map((e) => e.type));
      for (const t of ['submitted', 'forward', 'request_info', 'provide_info', 'reopen', 'resolve', 'decline']) expect(types, t).toContain(t);
      for (const e of events) {
        const data = e.data ? (JSON.parse(e.data) as { clock?: { unit_id?: unknown; resolution_due_at?: unknown }; durations?: unknown }) : {};
        if (CLOCK_CHANGING.has(e.type)) expect(data.clock?.resolution_due_at, `data.clock of ${e.type}`).toEqual(expect.any(String));
        if (ENDING.has(e.type)) expect(data.durations, `data.durations of ${e.type}`).toEqual(expect.any(Object));
      }
    } finally {
      a.client.close();
      b.client.close();
    }
  });
});
