// The benchmark city, generated into a libSQL database that holds the real migrations and the demo
// seed: the organisation (org.ts), `cases` complaints submitted at the city's steady rate up to
// the end instant, each lived through (lives.ts, through the kernel's mirror), their ratings, the
// training history (training.ts), and then the projections rebuilt by their real rebuild
// functions and a sample checked (check.ts). Deterministic: the same parameters give the same
// rows (ids included), whatever the machine.
//
// Events are written in the order they happened across the whole city (ids ascending with time,
// as the live system assigns them): each case is lived through when it is submitted, its future
// events wait in a heap, and everything before the next submission is written first.
import { createHash } from 'node:crypto';
import type { Client } from '@libsql/client';
import type { Db } from '../../../src/db/client';
import { caseEvents, cases, ratings, settings, staff, staffRoles, units } from '../../../src/db/schema';
import {
  trainingCertificates,
  trainingCourses,
  trainingEnrolments,
  trainingLedger,
  trainingLedgerDays,
  trainingLessonProgress,
  trainingLessons,
  trainingQuestions,
  trainingQuizAttempts,
} from '../../../src/db/schema-training';
import { isWorkingDay } from '../../../src/domain/sla/calendar';
import { jakartaMidnight } from '../../../src/domain/time/jakarta';
import { registerCaseKinds } from '../../../src/kinds';
import { findKind, type CaseKind } from '../../../src/modules/cases/kinds';
import { BUILD_KEY, PROJECTION_VERSION } from '../../../src/modules/metrics/job';
import { writeSetting } from '../../../src/platform/settings/settings';
import { checkSample, type CheckReport } from './check';
import { complaintText } from './content';
import { SimCase, type SimEvent } from './kernel-mirror';
import { Life, type LifeContext, type SegmentIntent, type Traits } from './lives';
import { writeCourses, writeOrganisation, type OrgReport } from './org';
import { buildProjectionInBulk } from './projection';
import { makeRng, uuidFrom, type Rng } from './rng';
import { writeTraining, type TrainingReport } from './training';
import { loadWorld, type World, type WorldService } from './world';
import { BulkWriter } from './writer';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** 500,000 complaints in three years (1,096 days): the city's steady rate, whatever the size asked for. */
export const CASES_PER_DAY = 500_000 / 1096;
/** enrolments per complaint: 100,000 at 500,000 */
export const ENROLMENTS_PER_CASE = 0.2;
/** Raise when the generator changes what it writes: a file generated before is generated again. */
export const GENERATOR_VERSION = '3';
/** settings key under which a generated file records its parameters */
export const BENCH_DATA_KEY = 'bench_data';
/** settings key under which a generated file keeps its generation report (counts and times) */
export const BENCH_REPORT_KEY = 'bench_data_report';

export interface BenchParams {
  seed: number;
  cases: number;
  asn: number;
  /** the data set ends at 00:00 WIB of this day ('YYYY-MM-DD') */
  end: string;
  /** days of history; default: cases ÷ CASES_PER_DAY */
  days?: number;
  /** cases whose intentions are checked against the projection (every n-th) */
  sampleEvery?: number;
}

export const DEFAULT_PARAMS = { seed: 20261130, asn: 8000, end: '2026-11-30' } as const;

/**
 * The projections built from the history after generation, and marked as built with the current
 * definition (as the scheduled job marks a finished build): a city whose projections are up to
 * date. case_segments and its roll-ups are built in bulk (projection.ts: what the real
 * rebuildCaseSegments writes, 15 times faster).
 */
export const PROJECTIONS: readonly { name: string; rebuild(client: Client, db: Db, now: Date): Promise<unknown> }[] = [
  {
    name: 'case_segments + metric_months/metric_hist/metric_places/metric_categories',
    async rebuild(client, db, now) {
      const report = await buildProjectionInBulk(client, db, now);
      await writeSetting(db, BUILD_KEY, PROJECTION_VERSION);
      return report;
    },
  },
];

export interface GenerationReport {
  params: Required<Omit<BenchParams, 'sampleEvery'>>;
  org: OrgReport;
  cases: number;
  events: number;
  ratings: number;
  training: TrainingReport;
  open: number;
  statuses: Record<string, number>;
  seconds: { org: number; cases: number; training: number; projections: Record<string, number>; check: number; total: number };
  /** CPU time of the generating process (user + system), seconds: on a shared machine the wall clock says as much of the others' work */
  cpuSeconds: number;
  check: CheckReport;
}

/** Day weights: fewer complaints at weekends and on holidays, more in the rainy season (November–March). */
function dayWeight(world: World, date: string): number {
  const month = Number(date.slice(5, 7));
  const rainy = month >= 11 || month <= 3 ? 1.12 : 0.92;
  return (isWorkingDay(date, world.holidays) ? 1 : 0.55) * rainy;
}

/** Hour of day (WIB) a citizen submits at: mornings and evenings. */
function submitHour(rng: Rng): number {
  const r = rng.next();
  if (r < 0.55) return Math.min(23.9, Math.max(5, rng.normal(9.5, 2)));
  if (r < 0.9) return Math.min(23.9, Math.max(12, rng.normal(19.5, 1.8)));
  return rng.next() * 24;
}

/** How many complaints each day gets: `total` spread by weight, largest remainders first, exact. */
function perDay(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (w / sum) * total);
  const out = raw.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i]!++;
    left--;
  }
  return out;
}

const SERVICE_WEIGHT: Readonly<Record<string, number>> = {
  'jalan-rusak': 15,
  'drainase-genangan': 10,
  'pju-mati': 8,
  sampah: 14,
  'pencemaran-kebisingan': 5,
  'parkir-lalu-lintas': 9,
  'pohon-tumbang': 3,
  'pelayanan-puskesmas': 7,
  'pkl-ketertiban': 8,
  adminduk: 9,
  'layanan-perizinan': 4,
  lainnya: 8,
};
const RAINY = new Set(['drainase-genangan', 'pohon-tumbang']);

const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function trackingCode(rng: Rng, prefix: string): string {
  let s = '';
  for (let i = 0; i < 12; i++) s += CODE_ALPHABET[Math.floor(rng.next() * 32)];
  return `${prefix}-${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}`;
}

/** A min-heap of events by instant, first come first out among equal instants. */
class EventHeap {
  private items: { at: number; seq: number; e: SimEvent }[] = [];
  private seq = 0;

  get size() {
    return this.items.length;
  }

  push(e: SimEvent): void {
    const a = this.items;
    a.push({ at: e.at.getTime(), seq: this.seq++, e });
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }

  peekAt(): number {
    return this.items[0]?.at ?? Number.POSITIVE_INFINITY;
  }

  pop(): SimEvent {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(l, m)) m = l;
        if (r < a.length && this.less(r, m)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top.e;
  }

  private less(i: number, j: number): boolean {
    const a = this.items[i]!;
    const b = this.items[j]!;
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }
}


/** How the city's people work (each staff member's speed and rating tendency) and where triage forwards to. */
export function lifeContext(world: World, rng: Rng, end: Date): LifeContext {
  const traitCache = new Map<number, Traits>();
  const codes = world.services.filter((s) => s.code !== 'lainnya').map((s) => s.code);
  return {
    world,
    end,
    traits(id) {
      let tr = traitCache.get(id);
      if (!tr) {
        const r = rng.fork(1_000_000 + id);
        tr = { speed: Math.min(3, Math.max(0.4, r.logNormal(1, 0.3))), quality: Math.max(-0.9, Math.min(0.7, r.normal(0, 0.28))) };
        traitCache.set(id, tr);
      }
      return tr;
    },
    forwardTargets: { codes, weights: codes.map((c) => SERVICE_WEIGHT[c] ?? 2) },
  };
}

/** One complaint submitted at `at` in `service`, lived through to the end of the data set. */
export function liveComplaint(ctx: LifeContext, kind: CaseKind, r: Rng, service: WorldService, at: Date): { sim: SimCase; life: Life } {
  const world = ctx.world;
  const kel = r.weighted(world.kelurahan, world.kelurahan.map((_, i) => 1 + ((i * 7) % 5)));
  const key = uuidFrom(r);
  const fields = {
    id: uuidFrom(r),
    trackingCode: trackingCode(r, kind.trackingPrefix),
    accessKeyHash: createHash('sha256').update(`access-key:${key}`).digest('hex'),
    ...complaintText(r, service.code, kel, at),
  };
  const sim = new SimCase(world, kind, fields, service, at);
  const life = new Life(sim, r.fork(1), ctx);
  life.run();
  return { sim, life };
}

const cpuSecondsSince = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return Math.round((u.user + u.system) / 100_000) / 10;
};
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const seconds = (from: number) => Math.round((performance.now() - from) / 100) / 10;

/** Generates the data set into `db` (migrated, demo-seeded, without cases). */
export async function generate(client: Client, db: Db, p: BenchParams, log: (line: string) => void = () => {}): Promise<GenerationReport> {
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  registerCaseKinds();
  const kind = findKind('complaint');
  if (!kind) throw new Error('the complaint kind is not registered');
  const end = jakartaMidnight(p.end);
  const days = p.days ?? Math.max(1, Math.round(p.cases / CASES_PER_DAY));
  const start = new Date(end.getTime() - days * DAY);
  const rng = makeRng(p.seed);
  // parents before children in every transaction: the database checks foreign keys
  const writer = new BulkWriter(client, [
    units,
    staff,
    staffRoles,
    trainingCourses,
    trainingLessons,
    trainingQuestions,
    cases,
    caseEvents,
    ratings,
    trainingEnrolments,
    trainingQuizAttempts,
    trainingCertificates,
    trainingLedger,
    trainingLedgerDays,
    trainingLessonProgress,
  ]);

  let t = performance.now();
  const org = await writeOrganisation(db, writer, rng.fork(1), p.asn, new Date(start.getTime() - 30 * DAY));
  const courses = await writeCourses(db, writer, rng.fork(3), new Date(start.getTime() - 30 * DAY));
  org.courses = courses.length;
  const world = await loadWorld(db);
  const orgSeconds = seconds(t);
  log(`organisation: ${org.staff} ASN, ${org.units} sub-units, ${courses.length} courses (${orgSeconds} s)`);

  const ctx = lifeContext(world, rng, end);

  // the days and how many complaints each gets
  const dates: string[] = [];
  for (let d = 0; d < days; d++) dates.push(new Date(start.getTime() + d * DAY + 7 * HOUR).toISOString().slice(0, 10));
  const counts = perDay(
    dates.map((d) => dayWeight(world, d)),
    p.cases,
  );
  const services = world.services;

  t = performance.now();
  const heap = new EventHeap();
  let eventId = 1;
  let events = 0;
  let rated = 0;
  const statuses: Record<string, number> = {};
  const sample = new Map<string, readonly SegmentIntent[]>();
  const sampleEvery = p.sampleEvery ?? Math.max(1, Math.floor(p.cases / 2000));
  const drain = async (before: number) => {
    const out: (typeof caseEvents.$inferInsert)[] = [];
    while (heap.size && heap.peekAt() < before) {
      const e = heap.pop();
      out.push({
        id: eventId++,
        caseId: e.caseId,
        at: e.at,
        actorKind: e.actorKind,
        actorId: e.actorId ?? null,
        type: e.type,
        fromStatus: e.fromStatus ?? null,
        toStatus: e.toStatus ?? null,
        visibility: e.visibility,
        message: e.message ?? null,
        data: e.data == null ? null : typeof e.data === 'string' ? e.data : JSON.stringify(e.data),
      });
    }
    events += out.length;
    await writer.insert(caseEvents, out);
  };

  let index = 0;
  for (let d = 0; d < days; d++) {
    const dayRng = rng.fork(2_000_000 + d);
    const midnight = jakartaMidnight(dates[d]!).getTime();
    const month = Number(dates[d]!.slice(5, 7));
    const rainy = month >= 11 || month <= 3;
    const weights = services.map((s) => (SERVICE_WEIGHT[s.code] ?? 2) * (rainy && RAINY.has(s.code) ? 1.8 : 1));
    const instants = Array.from({ length: counts[d]! }, () => midnight + Math.floor(submitHour(dayRng) * HOUR)).sort((a, b) => a - b);
    for (const at of instants) {
      if (at >= end.getTime()) continue;
      await drain(at);
      const r = rng.fork(10_000_000 + index);
      const service = r.weighted(services, weights);
      const { sim, life } = liveComplaint(ctx, kind, r, service, new Date(at));
      await writer.insert(cases, [sim.row]);
      if (sim.rating) {
        const [u1, u2, u3, u4, u5, u6, u7, u8, u9] = sim.rating.elements as [number, number, number, number, number, number, number, number, number];
        await writer.insert(ratings, [{ caseId: sim.rating.caseId, unitId: sim.rating.unitId, officerId: sim.rating.officerId, serviceId: sim.rating.serviceId, u1, u2, u3, u4, u5, u6, u7, u8, u9, comment: sim.rating.comment, createdAt: sim.rating.createdAt }]);
        rated++;
      }
      for (const e of sim.events) heap.push(e);
      statuses[sim.row.status] = (statuses[sim.row.status] ?? 0) + 1;
      if (index % sampleEvery === 0) sample.set(sim.row.id, life.intents);
      index++;
      if (index % 50_000 === 0) {
        const m = process.memoryUsage();
        log(`  ${index} cases, ${events} events written (${seconds(t)} s; memory: ${mb(m.rss)} MB resident, ${mb(m.heapUsed)} MB JS heap, ${heap.size} events waiting)`);
      }
    }
  }
  await drain(Number.POSITIVE_INFINITY);
  await writer.flush();
  const casesSeconds = seconds(t);
  log(`cases: ${index} with ${events} events and ${rated} ratings (${casesSeconds} s)`);

  t = performance.now();
  const training = await writeTraining(db, writer, rng.fork(4), courses, Math.round(p.cases * ENROLMENTS_PER_CASE), start.getTime(), end.getTime(), {
    ledger: 1 + (await maxId(client, 'training_ledger')),
    certificate: 1 + (await maxId(client, 'training_certificates')),
    enrolment: 1 + (await maxId(client, 'training_enrolments')),
  });
  const trainingSeconds = seconds(t);
  log(`training: ${training.enrolments} enrolments, ${training.completions} completions, ${training.attempts} quiz attempts, ${training.ledger} ledger rows (${trainingSeconds} s)`);

  const projections: Record<string, number> = {};
  for (const proj of PROJECTIONS) {
    t = performance.now();
    const built = await proj.rebuild(client, db, end);
    projections[proj.name] = seconds(t);
    log(`projection ${proj.name} built: ${JSON.stringify(built)} (${projections[proj.name]} s)`);
  }

  t = performance.now();
  const check = await checkSample(db, kind, sample, end);
  const checkSeconds = seconds(t);
  log(`check: ${check.cases} cases, ${check.segments} segments, ${check.problems.length} problems (${checkSeconds} s)`);

  const params = { seed: p.seed, cases: p.cases, asn: p.asn, end: p.end, days };
  const report: GenerationReport = {
    params,
    org,
    cases: index,
    events,
    ratings: rated,
    training,
    open: Object.entries(statuses)
      .filter(([s]) => kind.open.includes(s))
      .reduce((a, [, n]) => a + n, 0),
    statuses,
    seconds: { org: orgSeconds, cases: casesSeconds, training: trainingSeconds, projections, check: checkSeconds, total: seconds(started) },
    cpuSeconds: cpuSecondsSince(cpuAtStart),
    check,
  };
  // only a data set that passed its check is marked as made (and reused)
  if (!check.problems.length) {
    const mark = (key: string, value: string) =>
      db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } });
    await mark(BENCH_REPORT_KEY, JSON.stringify({ ...report, check: { ...check, problems: [] } }));
    await mark(BENCH_DATA_KEY, benchDataMark(params));
  }
  return report;
}

/**
 * What a generated file records of how it was made: reused only when it matches exactly. The
 * migrations are not part of it: those added later are applied to the file (scripts/bench-data.ts);
 * a migration that changes what the generator must write raises GENERATOR_VERSION, one that
 * changes the projection PROJECTION_VERSION.
 */
export function benchDataMark(p: Required<Omit<BenchParams, 'sampleEvery'>>): string {
  return JSON.stringify({ generator: GENERATOR_VERSION, projection: PROJECTION_VERSION, seed: p.seed, cases: p.cases, asn: p.asn, end: p.end, days: p.days });
}

async function maxId(client: Client, table: string): Promise<number> {
  const r = await client.execute(`SELECT coalesce(max(id), 0) AS m FROM "${table}"`);
  return Number(r.rows[0]?.['m'] ?? 0);
}
