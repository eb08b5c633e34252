// The medians of months that have ended, kept (docs/metrics.md §6.3): a month's first-response and
// resolution medians per city, unit, service and officer are ranked from its histogram buckets once
// by the scheduled job and kept in metric_medians, so the dashboard's list by unit, the 12-month
// trends and an officer's own page read a few rows per month instead of ranking every bucket on
// each view (an officer's 12 months are ~900 buckets at 500,000 cases: issue 14.2). The running
// month is always ranked live (its buckets change with every event), as is a quarter or a year (its
// median is over all its months' values, not a mean of monthly medians), a single case kind, and
// any month not marked complete.
import { and, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { metricHist, metricMedianMonths, metricMedians } from '../../db/schema';
import { lastMonths, monthKeyOf, periodBounds } from '../../domain/metrics/period';
import { SCOPE_KINDS } from '../../domain/metrics/rollup';
import type { ScheduledJob } from '../../jobs';
import { readSetting } from '../../platform/settings/settings';
import { BUILD_KEY, PROJECTION_VERSION } from './job';
import type { ScopeAsk } from './query';

/**
 * The scope kinds whose ended months are kept: every kind. An officer's are shown for one person,
 * but ranking them live grows with the months' buckets (14.2); kept, a month of every officer is
 * one ranking a run and a read is a search by key per month.
 */
export const KEPT_SCOPES = SCOPE_KINDS;
/** The ended months kept: the 12-month trend's and the month before it. */
export const MONTHS_KEPT = 12;
/** (scope, month) pairs one run ranks at most. */
export const PAIRS_PER_RUN = 12;
/** D1 binds at most 100 parameters a statement: 7 columns × 14 rows. */
const ROWS_PER_INSERT = 14;

/** Which rows of a roll-up by scope (metric_months, metric_hist): the scope kind, one id or the ids a subquery selects, one kind or all. */
export function scopeWhere(t: { scope: SQLiteColumn; scopeId: SQLiteColumn; kind: SQLiteColumn }, ask: ScopeAsk): SQL {
  return and(
    eq(t.scope, ask.scope),
    ask.id !== undefined ? eq(t.scopeId, ask.id) : ask.idsIn ? sql`${t.scopeId} IN ${ask.idsIn}` : undefined,
    ask.kind ? eq(t.kind, ask.kind) : undefined,
  ) as SQL;
}

/**
 * The median of each measure per scope id (and month, or '*' for all the months), from the
 * histogram buckets of months [first, last] summed over kinds: each bucket's cumulative count in
 * order of minutes and the total, by window; the values at 0-based ranks ⌊(N−1)/2⌋ and ⌊N/2⌋ are
 * the first buckets whose cumulative count passes them (the same bucket when N is odd).
 */
export function medianQuery(db: Db, ask: ScopeAsk, first: string, last: string, perMonth: boolean) {
  const month = perMonth ? metricHist.month : sql<string>`'*'`;
  const buckets = db
    .select({
      scopeId: metricHist.scopeId,
      month: sql<string>`${month}`.as('month'),
      measure: metricHist.measure,
      minutes: metricHist.minutes,
      n: sql<number>`sum(${metricHist.n})`.as('n'),
    })
    .from(metricHist)
    .where(and(scopeWhere(metricHist, ask), gte(metricHist.month, first), lte(metricHist.month, last)))
    .groupBy(metricHist.scopeId, month, metricHist.measure, metricHist.minutes)
    .as('buckets');
  const group = sql`PARTITION BY ${buckets.scopeId}, ${buckets.month}, ${buckets.measure}`;
  const ranked = db
    .select({
      scopeId: buckets.scopeId,
      month: buckets.month,
      measure: buckets.measure,
      minutes: buckets.minutes,
      seen: sql<number>`sum(${buckets.n}) OVER (${group} ORDER BY ${buckets.minutes})`.as('seen'),
      total: sql<number>`sum(${buckets.n}) OVER (${group})`.as('total'),
    })
    .from(buckets)
    .as('ranked');
  return db
    .select({
      scopeId: ranked.scopeId,
      month: ranked.month,
      measure: ranked.measure,
      n: sql<number>`max(${ranked.total})`,
      lo: sql<number>`min(CASE WHEN ${ranked.seen} > (${ranked.total} - 1) / 2 THEN ${ranked.minutes} END)`,
      hi: sql<number>`min(CASE WHEN ${ranked.seen} > ${ranked.total} / 2 THEN ${ranked.minutes} END)`,
    })
    .from(ranked)
    .groupBy(ranked.scopeId, sql`${ranked.month}`, ranked.measure);
}

/** The month `now` is in, as a key ('2026-11'): never kept. */
export const runningMonth = (now: Date) => monthKeyOf(now);

/** Whether a read can use kept medians: all kinds, a scope kind kept, one id or all, single months. */
export function keepable(ask: ScopeAsk, months: readonly string[], perMonth: boolean): boolean {
  return !ask.kind && !ask.idsIn && KEPT_SCOPES.includes(ask.scope) && (perMonth || months.length === 1);
}

/**
 * The kept medians of `months` for a scope kind (one id or every id), unexecuted: the marks and the
 * rows. The rows are asked for month by month (`IN`), so one id is a search by the whole key in
 * each month rather than a walk over every id's rows of the range.
 */
export function keptMedianQueries(db: Db, ask: ScopeAsk, months: readonly string[]) {
  const first = months[0] ?? '';
  const last = months[months.length - 1] ?? '';
  return {
    marks: db
      .select({ month: metricMedianMonths.month })
      .from(metricMedianMonths)
      .where(and(eq(metricMedianMonths.scope, ask.scope), gte(metricMedianMonths.month, first), lte(metricMedianMonths.month, last))),
    rows: db
      .select({ scopeId: metricMedians.scopeId, month: metricMedians.month, measure: metricMedians.measure, n: metricMedians.n, lo: metricMedians.lo, hi: metricMedians.hi })
      .from(metricMedians)
      .where(
        and(
          eq(metricMedians.scope, ask.scope),
          inArray(metricMedians.month, [...months]),
          ask.id !== undefined ? eq(metricMedians.scopeId, ask.id) : undefined,
        ),
      ),
  };
}

/** Ranks one (scope, month) from its buckets and keeps it, replacing what was kept. */
async function keepMonth(db: Db, scope: (typeof KEPT_SCOPES)[number], month: string, now: Date): Promise<void> {
  const ranked = await medianQuery(db, { scope }, month, month, true);
  const rows = ranked.map((r) => ({ scope, month, scopeId: r.scopeId, measure: r.measure, n: Number(r.n), lo: Number(r.lo), hi: Number(r.hi) }));
  const inserts = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) inserts.push(db.insert(metricMedians).values(rows.slice(i, i + ROWS_PER_INSERT)));
  await db.batch([
    db.delete(metricMedians).where(and(eq(metricMedians.scope, scope), eq(metricMedians.month, month))),
    ...inserts,
    db.insert(metricMedianMonths).values({ scope, month, builtAt: now }).onConflictDoUpdate({ target: [metricMedianMonths.scope, metricMedianMonths.month], set: { builtAt: now } }),
  ]);
}

/**
 * Ranks the ended months of the last MONTHS_KEPT that are not marked complete, newest first, every
 * kept scope kind of a month before the next month, at most PAIRS_PER_RUN a run; none while the
 * roll-ups are being rebuilt (the buckets are incomplete then).
 */
export async function keepMedians(db: Db, now: Date): Promise<{ built: number; waiting: number }> {
  if ((await readSetting(db, BUILD_KEY)) !== PROJECTION_VERSION) return { built: 0, waiting: 1 };
  const running = runningMonth(now);
  const months = lastMonths(MONTHS_KEPT + 1, now)
    .map((p) => monthKeyOf(periodBounds(p).from))
    .filter((m) => m < running)
    .reverse();
  const marked = new Set(
    (await db.select({ scope: metricMedianMonths.scope, month: metricMedianMonths.month }).from(metricMedianMonths).where(inArray(metricMedianMonths.month, months))).map(
      (r) => `${r.scope}|${r.month}`,
    ),
  );
  let built = 0;
  for (const month of months)
    for (const scope of KEPT_SCOPES) {
      if (marked.has(`${scope}|${month}`)) continue;
      if (built >= PAIRS_PER_RUN) return { built, waiting: 1 };
      await keepMonth(db, scope, month, now);
      built++;
    }
  return { built, waiting: 0 };
}

export const keptMediansJob: ScheduledJob = {
  name: 'kept-medians',
  run: ({ db, clock }) => keepMedians(db, clock.now()),
};

