// The metrics module's API (docs/metrics.md §2–§4): the figures of any scope — the city, a unit,
// a service (complaint category or permit type), an officer — for any month, quarter or year of
// the Jakarta calendar, for every registered case kind. Read from the monthly roll-ups
// (metric_months, metric_hist: rollups.ts), so a page for a year reads a few rows per scope and
// month, never the history; plus, from case_segments through its open-deadline indexes, the few
// open segments whose deadline passed since the scheduled job last judged them (a breach happens
// without any event: it counts at once). Training from the training ledger, by person and year.
//
// For /kinerja and the next pages (the officials' dashboard, the incentive scheme):
//   serviceMetrics(db, scope, period, now)            one scope, one period
//   metricsByUnit(db, period, now)                     every unit, one period
//   metricsByOfficer(db, period, { unitId? }, now)     every active ASN (of a unit), raw numbers and JP
//   trainingMetrics(db, scope, period, now)            JP standing and courses completed; compliance
//   trainingCompliance(db, period, now, unitId?)       compliance of the city or a unit and per unit, one aggregate
//   monthlySeries(db, scope, months, now)              a trend: one ServiceMetrics per month
// Every query is built by metricsQueries (unexecuted), so a test reads each plan (no table scans).
import { and, asc, eq, gte, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { caseSegments, metricHist, metricMonths, staff } from '../../db/schema';
import { trainingCompletionMonths, trainingJpYears, trainingUnitCompletions, trainingUnitJp } from '../../db/schema-training';
import { compliance, ikmOf, jpStanding, reopenRate, type Median } from '../../domain/metrics/measures';
import { isFuture, lastMonths, monthKeyOf, monthsOf, periodBounds, periodCutoff, type Period } from '../../domain/metrics/period';
import { CITY, COUNTERS, emptyCounters, type Counters, type Measure, type Scope, type ScopeKind } from '../../domain/metrics/rollup';
import type { MonthPoint, OfficerMetrics, ServiceMetrics, TrainingCompliance, TrainingFigures, UnitMetrics } from '../../domain/metrics/views';
import { referenceData, type UnitRef as UnitListed } from '../catalogue/reference';
import { keepable, keptMedianQueries, medianQuery, runningMonth, scopeWhere } from './medians';
import { COUNTER_COLUMNS } from './rollups';

export { CITY };
export type { MonthPoint, OfficerMetrics, Scope, ServiceMetrics, TrainingCompliance, TrainingFigures, UnitListed, UnitMetrics };

/** Which rows of a scope kind: one id, the ids a subquery selects (e.g. a unit's staff), or all. */
export interface ScopeAsk {
  scope: ScopeKind;
  id?: number;
  /** SQL selecting scope ids, e.g. (SELECT id FROM staff WHERE unit_id = 3) */
  idsIn?: SQL;
  /** one case kind; omitted: every kind */
  kind?: string;
}

const n = (v: unknown) => Number(v ?? 0);



const SUMS = Object.fromEntries(COUNTERS.map((c) => [c, sql<number>`coalesce(sum(${COUNTER_COLUMNS[c]}), 0)`])) as Record<(typeof COUNTERS)[number], SQL<number>>;

/**
 * Which open segments belong to the scope asked for (as `inScope` says, in SQL): a unit's by
 * `unit_id`, an officer's (or a unit's staff's) by `assignee_id`, each through its own
 * open-deadline index, so a unit's or a person's page reads its own few rows, never the city's.
 * A service's, and every unit's or officer's at once, are the city's rows (kept in JavaScript).
 */
function openRowsOf(ask: ScopeAsk): SQL | undefined {
  const col = ask.scope === 'unit' ? caseSegments.unitId : ask.scope === 'officer' ? caseSegments.assigneeId : null;
  if (!col) return undefined;
  if (ask.id !== undefined) return eq(col, ask.id);
  return ask.idsIn ? sql`${col} IN ${ask.idsIn}` : undefined;
}


/**
 * The queries behind every figure, unexecuted (a test reads their plans):
 *  counters    the months' counters per scope id and month (`months` are consecutive: read as a range)
 *  backlogBase the overdue backlog just before the first month: Σ (in − out) of every earlier month
 *  medians     the median of each measure per scope id, computed in SQL from the months' histogram
 *              buckets (a window over the buckets in order: one row per scope id and measure, not
 *              every bucket); `perMonth` one per month too (a trend), else over all the months (a
 *              period), under month '*'
 *  openFr/Res  open, running segments of the scope whose first-response / resolution deadline
 *              passed before `now` and that the job has not judged yet (few: it judges them every
 *              15 minutes; a unit's or an officer's read through their own index)
 */
export function metricsQueries(db: Db, ask: ScopeAsk, months: readonly string[], now: Date, opts: { perMonth?: boolean } = {}) {
  // the months of a period, or of a trend, follow each other: read as a range of the key
  const first = months[0] ?? '';
  const last = months[months.length - 1] ?? '';
  const kinds = ask.kind ? eq(caseSegments.kind, ask.kind) : undefined;
  const mine = openRowsOf(ask);
  const open = (outcome: typeof caseSegments.frOutcome | typeof caseSegments.resOutcome, due: typeof caseSegments.firstResponseDueAt | typeof caseSegments.resolutionDueAt) =>
    db
      .select({
        caseId: caseSegments.caseId,
        seq: caseSegments.seq,
        kind: caseSegments.kind,
        unitId: caseSegments.unitId,
        serviceId: caseSegments.serviceId,
        assigneeId: caseSegments.assigneeId,
        startAt: caseSegments.startAt,
        due,
        firstResponseAt: caseSegments.firstResponseAt,
        frOutcome: caseSegments.frOutcome,
        resOutcome: caseSegments.resOutcome,
      })
      .from(caseSegments)
      .where(and(mine, isNull(caseSegments.endAt), isNull(outcome), eq(caseSegments.pausedNow, false), lt(due, now), kinds));
  return {
    counters: db
      .select({ scopeId: metricMonths.scopeId, month: metricMonths.month, ...SUMS })
      .from(metricMonths)
      .where(and(scopeWhere(metricMonths, ask), gte(metricMonths.month, first), lte(metricMonths.month, last)))
      .groupBy(metricMonths.month, metricMonths.scopeId),
    backlogBase: db
      .select({ scopeId: metricMonths.scopeId, n: sql<number>`coalesce(sum(${metricMonths.overdueIn} - ${metricMonths.overdueOut}), 0)` })
      .from(metricMonths)
      .where(and(scopeWhere(metricMonths, ask), lt(metricMonths.month, first)))
      .groupBy(metricMonths.scopeId),
    medians: medianQuery(db, ask, first, last, opts.perMonth ?? false),
    openFr: open(caseSegments.frOutcome, caseSegments.firstResponseDueAt),
    openRes: open(caseSegments.resOutcome, caseSegments.resolutionDueAt),
  };
}

type Queries = ReturnType<typeof metricsQueries>;
type CounterRow = Awaited<Queries['counters']>[number];
type MedianRow = Awaited<ReturnType<typeof medianQuery>>[number];
type OpenRow = Awaited<Queries['openFr']>[number];

/** What the queries returned, by scope id. */
interface Gathered {
  counters: Map<number, CounterRow[]>;
  backlogBase: Map<number, number>;
  /** key: medianKey(scope id, month or '*', measure) */
  medians: Map<string, Median>;
  openFr: OpenRow[];
  openRes: OpenRow[];
}

function groupBy<T extends { scopeId: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.scopeId);
    if (list) list.push(r);
    else out.set(r.scopeId, [r]);
  }
  return out;
}

const medianKey = (scopeId: number, month: string, measure: string) => `${scopeId}|${month}|${measure}`;

async function gather(db: Db, ask: ScopeAsk, months: readonly string[], now: Date, withHist: boolean, perMonth = false): Promise<Gathered> {
  const q = metricsQueries(db, ask, months, now, { perMonth });
  // the months that have ended, of one month or of a trend: their medians as the job kept them (§6.3)
  const ended = withHist && keepable(ask, months, perMonth) ? months.filter((m) => m < runningMonth(now)) : [];
  const kept = keptMedianQueries(db, ask, ended);
  const nothing = db.select({ scopeId: metricHist.scopeId, month: metricHist.month }).from(metricHist).where(sql`0`);
  const [counters, backlogBase, marks, keptRows, openFr, openRes] = await db.batch([
    q.counters,
    q.backlogBase,
    ended.length ? kept.marks : nothing,
    ended.length ? kept.rows : nothing,
    q.openFr,
    q.openRes,
  ]);
  const complete = new Set(marks.map((r) => r.month));
  // ranked live from the first month not kept to the last: the running month, a month not kept yet
  const firstLive = months.find((m) => !complete.has(m));
  const live: MedianRow[] = withHist && firstLive !== undefined ? await medianQuery(db, ask, firstLive, months[months.length - 1]!, perMonth) : [];
  const medians = new Map<string, Median>();
  // the median: the middle value, or the mean of the middle two (each a bucket's lower bound in minutes)
  const put = (r: MedianRow) => medians.set(medianKey(r.scopeId, perMonth ? r.month : '*', r.measure), { n: n(r.n), ms: ((n(r.lo) + n(r.hi)) / 2) * 60_000 });
  for (const r of keptRows as MedianRow[]) if (firstLive === undefined || r.month < firstLive) put(r);
  for (const r of live) put(r);
  return {
    counters: groupBy(counters),
    backlogBase: new Map(backlogBase.map((r) => [r.scopeId, n(r.n)])),
    medians,
    openFr,
    openRes,
  };
}

/** Whether an open row belongs to a scope: its unit, its service, its assignee (who held it at the breach: nothing changed since). */
function inScope(r: OpenRow, scope: ScopeKind, id: number): boolean {
  if (scope === 'city') return true;
  if (scope === 'unit') return r.unitId === id;
  if (scope === 'service') return r.serviceId === id;
  return r.assigneeId === id;
}

function sumCounters(rows: readonly CounterRow[], months: ReadonlySet<string>): Counters {
  const c = emptyCounters();
  for (const r of rows) if (months.has(r.month)) for (const k of COUNTERS) c[k] += n(r[k]);
  return c;
}

/**
 * What composing needs of a period, worked out once for every scope id composed over it (a
 * page of every unit or every officer composes hundreds): its bounds, its months, whether it
 * lies ahead, where its overdue backlog is read, and which months' medians are asked for.
 */
interface Frame {
  period: Period;
  monthSet: ReadonlySet<string>;
  from: Date;
  to: Date;
  future: boolean;
  cutoff: Date | null;
  /** open rows whose deadline passed in [from, until) count as breached: until = min(to, now) */
  until: number;
  medianMonth: string;
}

function frameOf(period: Period, months: readonly string[], now: Date, medianMonth = '*'): Frame {
  const { from, to } = periodBounds(period);
  return {
    period,
    monthSet: new Set(months),
    from,
    to,
    future: isFuture(period, now),
    cutoff: periodCutoff(period, now),
    until: Math.min(to.getTime(), now.getTime()),
    medianMonth,
  };
}

/**
 * The figures of one scope id over some months (a period), from what was gathered. Open rows
 * whose deadline passed inside [from, min(to, now)) count as breached (§1.4); the overdue backlog
 * is read at the period's end, or now while it runs.
 */
function compose(g: Gathered, scope: Scope, f: Frame): ServiceMetrics {
  const { period, from, to, future, cutoff, monthSet, medianMonth } = f;
  const counters = g.counters.get(scope.id) ?? [];
  const c = sumCounters(counters, monthSet);
  const mine = (rows: OpenRow[]) => rows.filter((r) => inScope(r, scope.kind, scope.id));
  const dueIn = (rows: OpenRow[]) => rows.filter((r) => r.due.getTime() >= from.getTime() && r.due.getTime() < f.until).length;
  const openFr = mine(g.openFr);
  const openRes = mine(g.openRes);
  let overdue: ServiceMetrics['overdue'] = null;
  if (cutoff) {
    const before = g.backlogBase.get(scope.id) ?? 0;
    const inPeriod = counters.filter((r) => monthSet.has(r.month)).reduce((s, r) => s + n(r.overdue_in) - n(r.overdue_out), 0);
    overdue = { at: cutoff, count: before + inPeriod + unjudgedOverdue(openFr, openRes, cutoff) };
  }
  const median = (measure: Measure): Median => g.medians.get(medianKey(scope.id, medianMonth, measure)) ?? { n: 0, ms: null };
  return {
    scope,
    period,
    from,
    to,
    future,
    submitted: c.submitted,
    handled: c.handled,
    resolutions: c.resolutions,
    declined: c.declined,
    withdrawn: c.withdrawn,
    closedUnanswered: c.closed_unanswered,
    reopens: c.reopens,
    reopenRate: reopenRate(c.reopens, c.resolutions),
    firstResponse: compliance(c.fr_met, c.fr_breached + dueIn(openFr)),
    resolution: compliance(c.res_met, c.res_breached + dueIn(openRes)),
    overdue,
    medianFirstResponse: median('fr'),
    medianResolution: median('res'),
    ikm: ikmOf(c),
  };
}

/**
 * Open segments overdue at `at` whose breach the roll-ups do not hold yet: the deadline passed
 * before `at`, the segment began before it, and it is not overdue already by its other deadline
 * (a first response still missing after its breach, a resolution breach).
 */
function unjudgedOverdue(openFr: readonly OpenRow[], openRes: readonly OpenRow[], at: Date): number {
  const t = at.getTime();
  const seen = new Set<string>();
  for (const r of openRes)
    if (r.due.getTime() < t && r.startAt.getTime() < t && !(r.frOutcome === 'breached' && r.firstResponseAt === null)) seen.add(`${r.caseId}:${r.seq}`);
  for (const r of openFr) if (r.due.getTime() < t && r.startAt.getTime() < t && r.resOutcome !== 'breached') seen.add(`${r.caseId}:${r.seq}`);
  return seen.size;
}

/** The case figures of one scope for one period (an empty state for a period in the future). */
export async function serviceMetrics(db: Db, scope: Scope, period: Period, now: Date, opts: { kind?: string } = {}): Promise<ServiceMetrics> {
  const months = monthsOf(period);
  const g = await gather(db, { scope: scope.kind, id: scope.id, kind: opts.kind }, months, now, true);
  return compose(g, scope, frameOf(period, months, now));
}

/** Every unit, active or not, by name: from the reference data every process keeps (catalogue/reference.ts). */
export async function unitList(db: Db): Promise<readonly UnitListed[]> {
  return (await referenceData(db)).unitsByName;
}

/** Every unit's figures for one period, by unit name: of the active units, and of any other with cases in the period. */
export async function metricsByUnit(db: Db, period: Period, now: Date, opts: { kind?: string } = {}): Promise<UnitMetrics[]> {
  const months = monthsOf(period);
  const [list, g] = await Promise.all([unitList(db), gather(db, { scope: 'unit', kind: opts.kind }, months, now, true)]);
  const f = frameOf(period, months, now);
  return list
    .filter((u) => u.active || g.counters.has(u.id))
    .map((u) => ({ unit: { id: u.id, code: u.code, name: u.name, nameEn: u.nameEn }, metrics: compose(g, { kind: 'unit', id: u.id }, f) }));
}

/** The active ASN (of one unit, or of the city) in name order. */
function staffQuery(db: Db, unitId?: number) {
  return db
    .select({ id: staff.id, name: staff.name, nip: staff.nip, unitId: staff.unitId, position: staff.position })
    .from(staff)
    .where(and(eq(staff.active, true), unitId !== undefined ? eq(staff.unitId, unitId) : undefined))
    .orderBy(asc(staff.name));
}

/** SQL: the ids of the staff of one unit, or of every staff member. */
const staffIds = (db: Db, unitId?: number) => sql`(${db.select({ id: staff.id }).from(staff).where(unitId !== undefined ? eq(staff.unitId, unitId) : undefined)})`;

/**
 * The training queries for a period (docs/metrics.md §4), per ASN among `ids`, from the training
 * roll-ups the ledger's trigger keeps (training_jp_years, training_completion_months): JP of the
 * period's year (the year of the learning: the ledger's `year`), and the course completions less
 * their voids with the learning day in the period's months. Each is searched per person.
 */
export function trainingQueries(db: Db, ids: SQL, period: Period) {
  const months = monthsOf(period);
  return {
    jp: db
      .select({ staffId: trainingJpYears.staffId, jp: trainingJpYears.jp })
      .from(trainingJpYears)
      .where(and(sql`${trainingJpYears.staffId} IN ${ids}`, eq(trainingJpYears.year, period.year))),
    completions: db
      .select({ staffId: trainingCompletionMonths.staffId, n: sql<number>`sum(${trainingCompletionMonths.completed})` })
      .from(trainingCompletionMonths)
      .where(and(sql`${trainingCompletionMonths.staffId} IN ${ids}`, gte(trainingCompletionMonths.month, months[0]!), lte(trainingCompletionMonths.month, months[months.length - 1]!)))
      .groupBy(trainingCompletionMonths.staffId),
  };
}

/**
 * Training compliance per unit (of one unit, or of every unit), unexecuted: per unit, its active
 * ASN (an index-only count of the staff list), how many of those with JP in the year reach
 * `prorated` (on track, §4) and how many have any, from training_unit_jp, and the courses they
 * completed in the period's months from training_unit_completions: both kept by triggers
 * (migration 0020), a few rows per unit, never a lookup per ASN or the ledger.
 */
export function complianceQueries(db: Db, period: Period, prorated: number, unitId?: number) {
  const months = monthsOf(period);
  return {
    active: db
      .select({ unitId: staff.unitId, n: sql<number>`count(*)` })
      .from(staff)
      .where(and(eq(staff.active, true), unitId !== undefined ? eq(staff.unitId, unitId) : undefined))
      .groupBy(staff.unitId),
    standing: db
      .select({
        unitId: trainingUnitJp.unitId,
        onTrack: sql<number>`sum(CASE WHEN ${trainingUnitJp.jp} >= ${prorated} THEN ${trainingUnitJp.n} ELSE 0 END)`,
        withJp: sql<number>`sum(${trainingUnitJp.n})`,
      })
      .from(trainingUnitJp)
      .where(and(eq(trainingUnitJp.year, period.year), unitId !== undefined ? eq(trainingUnitJp.unitId, unitId) : undefined))
      .groupBy(trainingUnitJp.unitId),
    completed: db
      .select({ unitId: trainingUnitCompletions.unitId, n: sql<number>`sum(${trainingUnitCompletions.completed})` })
      .from(trainingUnitCompletions)
      .where(
        and(
          gte(trainingUnitCompletions.month, months[0]!),
          lte(trainingUnitCompletions.month, months[months.length - 1]!),
          unitId !== undefined ? eq(trainingUnitCompletions.unitId, unitId) : undefined,
        ),
      )
      .groupBy(trainingUnitCompletions.unitId),
  };
}

const complianceFigures = (active: number, onTrack: number, coursesCompleted: number): TrainingCompliance => ({
  active,
  onTrack,
  percent: active ? (onTrack / active) * 100 : null,
  coursesCompleted,
});

/**
 * Training compliance (docs/metrics.md §4: ASN on track ÷ active ASN, and courses completed in
 * the period) of the city or one unit, and of each unit in it, from one aggregate over the roll-ups.
 */
export async function trainingCompliance(db: Db, period: Period, now: Date, unitId?: number): Promise<{ total: TrainingCompliance; byUnit: Map<number, TrainingCompliance> }> {
  const prorated = jpStanding(0, period.year, now).prorated;
  const q = complianceQueries(db, period, prorated, unitId);
  const [active, standing, completed] = await db.batch([q.active, q.standing, q.completed]);
  const standingOf = new Map(standing.map((r) => [r.unitId, r]));
  const completedOf = new Map(completed.map((r) => [r.unitId, n(r.n)]));
  const byUnit = new Map(
    active.map((r) => {
      const st = standingOf.get(r.unitId);
      // an ASN without JP in the year has 0: on track only while the prorated target is 0 (a year not begun)
      const withoutJp = n(r.n) - n(st?.withJp);
      const onTrack = n(st?.onTrack) + (prorated <= 0 ? withoutJp : 0);
      return [r.unitId, complianceFigures(n(r.n), onTrack, completedOf.get(r.unitId) ?? 0)];
    }),
  );
  const sum = (pick: (c: TrainingCompliance) => number) => [...byUnit.values()].reduce((s, c) => s + pick(c), 0);
  return { total: complianceFigures(sum((c) => c.active), sum((c) => c.onTrack), sum((c) => c.coursesCompleted)), byUnit };
}

/** Training figures per ASN among `ids` (JP of the year against 20, prorated to `now`; courses completed in the period). */
async function trainingByStaff(db: Db, ids: SQL, period: Period, now: Date): Promise<(staffId: number) => TrainingFigures> {
  const q = trainingQueries(db, ids, period);
  const [jp, completions] = await db.batch([q.jp, q.completions]);
  const jpOf = new Map(jp.map((r) => [r.staffId, n(r.jp)]));
  const courses = new Map(completions.map((r) => [r.staffId, n(r.n)]));
  return (id) => ({ jp: jpStanding(jpOf.get(id) ?? 0, period.year, now), coursesCompleted: courses.get(id) ?? 0 });
}

/**
 * One row per active ASN (of one unit, or of the city) with the raw numbers incentives need:
 * handled, resolutions and reopens, SLA met and breached, ratings and IKM, the overdue backlog,
 * JP of the year and courses completed. Medians are left out (n = 0): lists rank on counts.
 */
export async function metricsByOfficer(db: Db, period: Period, filter: { unitId?: number }, now: Date, opts: { kind?: string } = {}): Promise<OfficerMetrics[]> {
  const months = monthsOf(period);
  const ids = staffIds(db, filter.unitId);
  const [people, g, training] = await Promise.all([
    staffQuery(db, filter.unitId),
    gather(db, { scope: 'officer', idsIn: ids, kind: opts.kind }, months, now, false),
    trainingByStaff(db, ids, period, now),
  ]);
  const f = frameOf(period, months, now);
  return people.map((p) => ({ staff: p, metrics: compose(g, { kind: 'officer', id: p.id }, f), training: training(p.id) }));
}

/**
 * Training for a scope: each active ASN's JP standing and courses completed (an officer: just
 * them), and the share on track for 20 JP (docs/metrics.md §4: on track ÷ active ASN).
 */
export async function trainingMetrics(
  db: Db,
  scope: Scope & { kind: 'city' | 'unit' | 'officer' },
  period: Period,
  now: Date,
): Promise<{ people: { staffId: number; training: TrainingFigures }[]; compliance: TrainingCompliance }> {
  const ids =
    scope.kind === 'officer'
      ? sql`(${db.select({ id: staff.id }).from(staff).where(eq(staff.id, scope.id))})`
      : staffIds(db, scope.kind === 'unit' ? scope.id : undefined);
  const people =
    scope.kind === 'officer'
      ? [{ id: scope.id }]
      : await db
          .select({ id: staff.id })
          .from(staff)
          .where(and(eq(staff.active, true), scope.kind === 'unit' ? eq(staff.unitId, scope.id) : undefined));
  const of = await trainingByStaff(db, ids, period, now);
  const rows = people.map((p) => ({ staffId: p.id, training: of(p.id) }));
  const onTrack = rows.filter((r) => r.training.jp.onTrack).length;
  return {
    people: rows,
    compliance: {
      active: rows.length,
      onTrack,
      percent: rows.length ? (onTrack / rows.length) * 100 : null,
      coursesCompleted: rows.reduce((s, r) => s + r.training.coursesCompleted, 0),
    },
  };
}

/** A trend: the figures of each of the last `months` months up to `now`'s (oldest first), from one read. */
export async function monthlySeries(db: Db, scope: Scope, months: number, now: Date, opts: { kind?: string } = {}): Promise<MonthPoint[]> {
  const periods = lastMonths(months, now);
  const keys = periods.map((p) => monthKeyOf(periodBounds(p).from));
  const g = await gather(db, { scope: scope.kind, id: scope.id, kind: opts.kind }, keys, now, true, true);
  // each month's backlog adds the months before it in the series
  return periods.map((p, i) => {
    const prior = g.counters.get(scope.id)?.filter((r) => r.month < keys[i]!).reduce((s, r) => s + n(r.overdue_in) - n(r.overdue_out), 0) ?? 0;
    const one: Gathered = { ...g, backlogBase: new Map([[scope.id, (g.backlogBase.get(scope.id) ?? 0) + prior]]) };
    return { month: keys[i]!, metrics: compose(one, scope, frameOf(p, [keys[i]!], now, keys[i]!)) };
  });
}
