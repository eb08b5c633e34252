// The weekly report (/dasbor/mingguan, docs/metrics.md §2.1), in the form Surakarta's Diskominfo
// publishes for ULAS: for one ISO week (Monday–Sunday, Asia/Jakarta) the cases received and the
// share of them resolved, SLA outcomes and breaches by OPD, the top categories and the channels
// cases came in by. Counted from case_segments with index-backed ranges bounded by the week (a
// test reads every plan), so the report costs the same however long the history; a week that has
// ended is counted once by the scheduled job (weeklyReportsJob) and read from weekly_reports.
import { and, count, eq, exists, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import { alias, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { cases, caseSegments, services, units, weeklyReports } from '../../db/schema';
import type { WeeklyCount, WeeklyReport, WeeklyUnitRow } from '../../domain/dashboard/views';
import { lastFullWeek, parseIsoWeek, recentWeeks, weekBounds, weekKey, type IsoWeek } from '../../domain/dashboard/week';
import { compliance } from '../../domain/metrics/measures';
import { BadRequestError } from '../../platform/http/errors';
import { readSetting } from '../../platform/settings/settings';
import type { ScheduledJob } from '../../jobs';
import { BUILD_KEY, PROJECTION_VERSION } from '../metrics/job';

const n = (v: unknown) => Number(v ?? 0);

/** The week the query string asks for; the last full week without one; 400 for one it cannot name. */
export function weekParam(raw: string | undefined, now: Date): IsoWeek {
  if (raw === undefined || raw.trim() === '') return lastFullWeek(now);
  const w = parseIsoWeek(raw);
  if (!w)
    throw new BadRequestError({
      id: `Minggu "${raw.slice(0, 20)}" tidak dikenal: tulis minggu ISO, misalnya 2026-W48.`,
      en: `Unknown week "${raw.slice(0, 20)}": write an ISO week, e.g. 2026-W48.`,
    });
  return w;
}

/**
 * The report's queries for [from, to), unexecuted (a test reads their plans):
 *  received  cases submitted in the week, by first unit, category and channel, with how many of
 *            them had their first episode resolved (or decided) before `cutoff`
 *  frOutcomes / resOutcomes  SLA outcomes decided in the week, by unit and outcome
 *  openFr / openRes  open, running segments whose deadline passed in the week before `now` and
 *            that the scheduled job has not judged yet: breached at their deadline (§1.4)
 *  resolvedInWeek    resolutions and permit decisions performed in the week
 */
export function weeklyQueries(db: Db, from: Date, to: Date, cutoff: Date, now: Date) {
  const episode = alias(caseSegments, 'episode_end');
  const resolvedBy = db
    .select({ one: sql`1` })
    .from(episode)
    .where(and(eq(episode.caseId, caseSegments.caseId), eq(episode.episode, 1), eq(episode.outcomeSla, true), lt(episode.outcomeAt, cutoff)));
  const outcomes = (outcome: AnySQLiteColumn, at: AnySQLiteColumn) =>
    db
      .select({ unitId: caseSegments.unitId, outcome, n: count() })
      .from(caseSegments)
      .where(and(inArray(outcome, ['met', 'breached']), gte(at, from), lt(at, to)))
      .groupBy(caseSegments.unitId, outcome);
  const until = new Date(Math.min(to.getTime(), now.getTime()));
  const open = (outcome: AnySQLiteColumn, due: AnySQLiteColumn) =>
    db
      .select({ unitId: caseSegments.unitId, n: count() })
      .from(caseSegments)
      .where(and(isNull(caseSegments.endAt), isNull(outcome), eq(caseSegments.pausedNow, false), gte(due, from), lt(due, until)))
      .groupBy(caseSegments.unitId);
  return {
    received: db
      .select({
        unitId: caseSegments.unitId,
        serviceId: caseSegments.serviceId,
        channel: cases.channel,
        n: count(),
        resolved: sql<number>`sum(CASE WHEN ${exists(resolvedBy)} THEN 1 ELSE 0 END)`,
      })
      .from(caseSegments)
      .innerJoin(cases, eq(cases.id, caseSegments.caseId))
      .where(and(eq(caseSegments.submitted, true), gte(caseSegments.startAt, from), lt(caseSegments.startAt, to)))
      .groupBy(caseSegments.unitId, caseSegments.serviceId, cases.channel),
    frOutcomes: outcomes(caseSegments.frOutcome, caseSegments.frOutcomeAt),
    resOutcomes: outcomes(caseSegments.resOutcome, caseSegments.resOutcomeAt),
    openFr: open(caseSegments.frOutcome, caseSegments.firstResponseDueAt),
    openRes: open(caseSegments.resOutcome, caseSegments.resolutionDueAt),
    resolvedInWeek: db
      .select({ n: count() })
      .from(caseSegments)
      .where(and(gte(caseSegments.outcomeAt, from), lt(caseSegments.outcomeAt, to), eq(caseSegments.outcomeSla, true))),
  };
}

/** The channels cases come in by, with their names; null: recorded before the channel was. */
export const CHANNEL_NAMES: Record<string, { id: string; en: string }> = {
  web: { id: 'Formulir web Pelita', en: 'Pelita web form' },
  api: { id: 'API (aplikasi mitra)', en: 'API (partner apps)' },
  '': { id: 'Tidak tercatat (sebelum kanal dicatat)', en: 'Not recorded (before channels were)' },
};

const share = (part: number, whole: number) => (whole === 0 ? null : (part / whole) * 100);

type Queries = ReturnType<typeof weeklyQueries>;
/** What the report's queries return: counts only (no instants), so they keep as JSON. */
export interface WeeklyCounts {
  received: Awaited<Queries['received']>;
  frOutcomes: Awaited<Queries['frOutcomes']>;
  resOutcomes: Awaited<Queries['resOutcomes']>;
  openFr: Awaited<Queries['openFr']>;
  openRes: Awaited<Queries['openRes']>;
  resolvedInWeek: Awaited<Queries['resolvedInWeek']>;
}

/** The week's counts from case_segments, as of `now`. */
export async function countWeek(db: Db, week: IsoWeek, now: Date): Promise<WeeklyCounts> {
  const { from, to } = weekBounds(week);
  const cutoff = new Date(Math.min(to.getTime(), now.getTime()));
  const q = weeklyQueries(db, from, to, cutoff, now);
  const [received, frOutcomes, resOutcomes, openFr, openRes, resolvedInWeek] = await db.batch([q.received, q.frOutcomes, q.resOutcomes, q.openFr, q.openRes, q.resolvedInWeek]);
  return { received, frOutcomes, resOutcomes, openFr, openRes, resolvedInWeek };
}

/** The kept counts of a week, unexecuted (a test reads its plan): one row by key. */
export const keptWeekQuery = (db: Db, week: IsoWeek) =>
  db
    .select({ counts: weeklyReports.counts })
    .from(weeklyReports)
    .where(and(eq(weeklyReports.week, weekKey(week)), eq(weeklyReports.basis, PROJECTION_VERSION)));

/** The counts the scheduled job kept for a week that has ended (under this PROJECTION_VERSION), or null. */
export async function keptWeek(db: Db, week: IsoWeek): Promise<WeeklyCounts | null> {
  const [row] = await keptWeekQuery(db, week);
  return row ? (JSON.parse(row.counts) as WeeklyCounts) : null;
}

/** Weeks one run of the job counts at most (each reads one week of segments). */
export const WEEKS_PER_RUN = 2;

/**
 * Counts the weeks a report offers (the last 12 that have ended, newest first) that are not kept
 * yet, up to WEEKS_PER_RUN a run; none while the roll-ups are being rebuilt (case_segments is
 * incomplete then). A finished week's counts no longer move: its cases were received, answered,
 * resolved and judged before its end (a deadline passed in it and not judged yet counts as
 * breached, as the job will judge it, §1.4), and a holiday edit deletes what was kept.
 */
export async function keepWeeklyReports(db: Db, now: Date): Promise<{ built: number; waiting: number }> {
  // waiting 1: the roll-ups are being rebuilt (nothing is counted then)
  if ((await readSetting(db, BUILD_KEY)) !== PROJECTION_VERSION) return { built: 0, waiting: 1 };
  const weeks = recentWeeks(12, now);
  const kept = new Set(
    (
      await db
        .select({ week: weeklyReports.week })
        .from(weeklyReports)
        .where(and(inArray(weeklyReports.week, weeks.map(weekKey)), eq(weeklyReports.basis, PROJECTION_VERSION)))
    ).map((r) => r.week),
  );
  let built = 0;
  for (const week of weeks) {
    if (kept.has(weekKey(week))) continue;
    // waiting 1: weeks left for the next run
    if (built >= WEEKS_PER_RUN) return { built, waiting: 1 };
    const counts = JSON.stringify(await countWeek(db, week, now));
    const row = { week: weekKey(week), basis: PROJECTION_VERSION, counts, builtAt: now };
    await db.insert(weeklyReports).values(row).onConflictDoUpdate({ target: weeklyReports.week, set: row });
    built++;
  }
  return { built, waiting: 0 };
}

export const weeklyReportsJob: ScheduledJob = {
  name: 'weekly-reports',
  run: ({ db, clock }) => keepWeeklyReports(db, clock.now()),
};

/** The report of one week as of `now` (a week not begun yet is an empty report). */
export async function weeklyReport(db: Db, week: IsoWeek, now: Date): Promise<WeeklyReport> {
  const { from, to } = weekBounds(week);
  const future = from.getTime() > now.getTime();
  const cutoff = new Date(Math.min(to.getTime(), now.getTime()));
  const ended = to.getTime() <= now.getTime();
  const [counts, unitRows, serviceRows] = await Promise.all([
    (ended ? keptWeek(db, week) : Promise.resolve(null)).then((kept) => kept ?? countWeek(db, week, now)),
    db.select({ id: units.id, code: units.code, name: units.name, nameEn: units.nameEn }).from(units),
    db.select({ id: services.id, name: services.nameId, nameEn: services.nameEn }).from(services),
  ]);
  const { received, frOutcomes, resOutcomes, openFr, openRes, resolvedInWeek } = counts;

  const unitsById = new Map(unitRows.map((u) => [u.id, u]));
  const perUnit = new Map<number, { received: number; resolved: number; fr: [number, number]; res: [number, number] }>();
  const unitOf = (id: number) => {
    let u = perUnit.get(id);
    if (!u) perUnit.set(id, (u = { received: 0, resolved: 0, fr: [0, 0], res: [0, 0] }));
    return u;
  };
  const categories = new Map<number, { received: number; resolved: number }>();
  const channels = new Map<string, { received: number; resolved: number }>();
  for (const r of received) {
    const [k, done] = [n(r.n), n(r.resolved)];
    const u = unitOf(r.unitId);
    u.received += k;
    u.resolved += done;
    const c = categories.get(r.serviceId) ?? { received: 0, resolved: 0 };
    categories.set(r.serviceId, { received: c.received + k, resolved: c.resolved + done });
    const ch = channels.get(r.channel ?? '') ?? { received: 0, resolved: 0 };
    channels.set(r.channel ?? '', { received: ch.received + k, resolved: ch.resolved + done });
  }
  for (const r of frOutcomes) unitOf(r.unitId).fr[r.outcome === 'met' ? 0 : 1] += n(r.n);
  for (const r of resOutcomes) unitOf(r.unitId).res[r.outcome === 'met' ? 0 : 1] += n(r.n);
  for (const r of openFr) unitOf(r.unitId).fr[1] += n(r.n);
  for (const r of openRes) unitOf(r.unitId).res[1] += n(r.n);

  const byUnit: WeeklyUnitRow[] = [...perUnit.entries()].map(([id, u]) => ({
    unit: unitsById.get(id) ?? { id, code: String(id), name: String(id), nameEn: String(id) },
    received: u.received,
    resolved: u.resolved,
    firstResponse: compliance(u.fr[0], u.fr[1]),
    resolution: compliance(u.res[0], u.res[1]),
  }));
  byUnit.sort(
    (a, b) =>
      b.resolution.breached + b.firstResponse.breached - (a.resolution.breached + a.firstResponse.breached) || b.received - a.received || a.unit.name.localeCompare(b.unit.name, 'id'),
  );
  const servicesById = new Map(serviceRows.map((s) => [s.id, s]));
  const cats: WeeklyCount[] = [...categories.entries()]
    .map(([id, c]) => ({ key: String(id), name: servicesById.get(id)?.name ?? String(id), nameEn: servicesById.get(id)?.nameEn ?? String(id), ...c }))
    .sort((a, b) => b.received - a.received || a.name.localeCompare(b.name, 'id'));
  const chans: WeeklyCount[] = [...channels.entries()]
    .map(([key, c]) => ({ key, name: (CHANNEL_NAMES[key] ?? { id: key }).id, nameEn: (CHANNEL_NAMES[key] ?? { en: key }).en, ...c }))
    .sort((a, b) => b.received - a.received || a.key.localeCompare(b.key));
  const total = [...perUnit.values()].reduce((s, u) => ({ received: s.received + u.received, resolved: s.resolved + u.resolved }), { received: 0, resolved: 0 });
  const sum = (pick: (u: WeeklyUnitRow) => number) => byUnit.reduce((s, u) => s + pick(u), 0);
  // the weeks offered: the last 12 that have ended, and the one shown if it is not among them
  const recent = recentWeeks(12, now);
  return {
    week,
    choices: recent.some((w) => weekKey(w) === weekKey(week)) ? recent : [week, ...recent],
    from,
    to,
    cutoff,
    future,
    received: total.received,
    resolved: total.resolved,
    resolvedShare: share(total.resolved, total.received),
    resolvedInWeek: n(resolvedInWeek[0]?.n),
    firstResponse: compliance(
      sum((u) => u.firstResponse.met),
      sum((u) => u.firstResponse.breached),
    ),
    resolution: compliance(
      sum((u) => u.resolution.met),
      sum((u) => u.resolution.breached),
    ),
    byUnit,
    categories: cats,
    channels: chans,
  };
}
