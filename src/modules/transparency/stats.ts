// Public statistics for /transparansi, as docs/metrics.md §2–3 define them, aggregated in SQL from
// the case_segments projection (src/modules/metrics/segments.ts: the case history read into
// segments, kept current as events happen) and from the ratings. Nothing is computed from the
// cases' current fields, so no later event (a reopen, a second resolution, a decline) can rewrite
// what an earlier one decided.
//
// For the last 30, 90 or 365 days before `now`:
//  - submitted: episodes begun by a submission in the period, by the category and kelurahan at
//    submission; *rahasia* cases count in the total, never in a breakdown;
//  - SLA compliance: segments whose outcome (met or breached) fell in the period; an open,
//    running segment whose deadline passed in the period is breached at its deadline, whether or
//    not the scheduled job has re-read it yet;
//  - medians in working time with paused time excluded, as the history recorded them: first
//    responses given in the period, episodes resolved in the period;
//  - IKM per unit from the ratings given in the period.
// A cell resting on fewer than the admin's `min_public_cell` cases or ratings is withheld.
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { cases, caseSegments, kelurahan, ratings, services, units } from '../../db/schema';
import { ikmFromTotals } from '../../domain/skm/ikm';
import { minPublicCellOf, MIN_PUBLIC_CELL_KEY, publicCell, type PublicCell } from '../../domain/transparency/small-numbers';
import { PERIODS, type Compliance, type PeriodDays, type TransparencyStats, type UnitIkm } from '../../domain/transparency/views';
import { readSetting } from '../../platform/settings/settings';
import { kindNames } from '../cases/kinds';

export function parsePeriod(v: string | undefined | null): PeriodDays {
  const n = Number(v);
  return (PERIODS as readonly number[]).includes(n) ? (n as PeriodDays) : 30;
}

const DAY = 24 * 60 * 60 * 1000;

/** The period [from, to] the statistics cover, and the kinds of case they count. */
export interface StatsWindow {
  from: Date;
  to: Date;
  kinds: readonly string[];
}

const n = (v: unknown) => Number(v ?? 0);

function ofKinds(w: StatsWindow): SQL {
  return w.kinds.length ? inArray(caseSegments.kind, [...w.kinds]) : sql`0`;
}

const within = (col: AnySQLiteColumn, w: StatsWindow) => and(gte(col, w.from), lte(col, w.to));

const ELEMENTS = [ratings.u1, ratings.u2, ratings.u3, ratings.u4, ratings.u5, ratings.u6, ratings.u7, ratings.u8, ratings.u9];

/**
 * The statistics' queries, unexecuted: stats run them, and a test reads their query plans (each
 * must search an index, never scan a table).
 */
export function transparencyQueries(db: Db, w: StatsWindow) {
  const submitted = and(eq(caseSegments.submitted, true), within(caseSegments.startAt, w), ofKinds(w));
  const listable = and(submitted, ne(caseSegments.privacy, 'rahasia'));
  const rows = count();
  /** open, running segments whose deadline passed in the period: breached at the deadline */
  const openPastDue = (outcome: AnySQLiteColumn, due: AnySQLiteColumn) =>
    db
      .select({ n: rows })
      .from(caseSegments)
      .where(and(isNull(caseSegments.endAt), isNull(outcome), eq(caseSegments.pausedNow, false), gte(due, w.from), lt(due, w.to), ofKinds(w)));
  const decided = (outcome: typeof caseSegments.resOutcome | typeof caseSegments.frOutcome, at: AnySQLiteColumn) =>
    db
      .select({ outcome, n: rows })
      .from(caseSegments)
      .where(and(inArray(outcome, ['met', 'breached']), within(at, w), ofKinds(w)))
      .groupBy(outcome);
  const firstResponses = and(within(caseSegments.firstResponseAt, w), isNotNull(caseSegments.firstResponseMs), ofKinds(w));
  // an episode's resolution time is on its last segment, with its outcome (docs/metrics.md §6)
  const resolutions = and(within(caseSegments.outcomeAt, w), eq(caseSegments.outcomeSla, true), isNotNull(caseSegments.resolutionMs), ofKinds(w));
  // one SUM and one COUNT per element, side by side: s0, c0, s1, c1 …
  const totals: Record<string, SQL<number>> = Object.fromEntries(
    ELEMENTS.flatMap((col, i) => [
      [`s${i}`, sql<number>`coalesce(sum(${col}), 0)`],
      [`c${i}`, sql<number>`count(${col})`],
    ]),
  );
  return {
    submittedTotal: db
      .select({ total: rows, confidential: sql<number>`coalesce(sum(CASE WHEN ${caseSegments.privacy} = 'rahasia' THEN 1 ELSE 0 END), 0)` })
      .from(caseSegments)
      .where(submitted),
    byCategory: db
      .select({ code: services.code, nameId: services.nameId, nameEn: services.nameEn, count: rows })
      .from(caseSegments)
      .innerJoin(services, eq(services.id, caseSegments.serviceId))
      .where(listable)
      .groupBy(caseSegments.serviceId)
      .orderBy(desc(rows), asc(services.nameId)),
    byKelurahan: db
      .select({ code: caseSegments.kelurahanCode, name: kelurahan.name, count: rows })
      .from(caseSegments)
      .leftJoin(kelurahan, eq(kelurahan.code, caseSegments.kelurahanCode))
      .where(listable)
      .groupBy(caseSegments.kelurahanCode)
      .orderBy(desc(rows), asc(kelurahan.name)),
    firstResponseDecided: decided(caseSegments.frOutcome, caseSegments.frOutcomeAt),
    firstResponseOpenPastDue: openPastDue(caseSegments.frOutcome, caseSegments.firstResponseDueAt),
    resolutionDecided: decided(caseSegments.resOutcome, caseSegments.resOutcomeAt),
    resolutionOpenPastDue: openPastDue(caseSegments.resOutcome, caseSegments.resolutionDueAt),
    firstResponseCount: db.select({ n: rows }).from(caseSegments).where(firstResponses),
    /** the middle one or two of the ordered values, from `offset` */
    firstResponseMiddle: (offset: number) =>
      db
        .select({ v: caseSegments.firstResponseMs })
        .from(caseSegments)
        .where(firstResponses)
        .orderBy(asc(caseSegments.firstResponseMs))
        .limit(2)
        .offset(offset),
    resolutionCount: db.select({ n: rows }).from(caseSegments).where(resolutions),
    resolutionMiddle: (offset: number) =>
      db
        .select({ v: caseSegments.resolutionMs })
        .from(caseSegments)
        .where(resolutions)
        .orderBy(asc(caseSegments.resolutionMs))
        .limit(2)
        .offset(offset),
    ikm: db
      .select({
        unitCode: units.code,
        unitName: units.name,
        unitNameEn: units.nameEn,
        respondents: rows,
        // ratings of cases that are not rahasia: only they decide whether the cell is shown
        open: sql<number>`coalesce(sum(CASE WHEN ${cases.privacy} = 'rahasia' THEN 0 ELSE 1 END), 0)`,
        ...totals,
      })
      .from(ratings)
      .innerJoin(cases, eq(cases.id, ratings.caseId))
      .innerJoin(units, eq(units.id, ratings.unitId))
      .where(and(gte(ratings.createdAt, w.from), lte(ratings.createdAt, w.to)))
      .groupBy(ratings.unitId),
  };
}

type Queries = ReturnType<typeof transparencyQueries>;

async function compliance(decided: Promise<{ outcome: string | null; n: number }[]>, openPastDue: Promise<{ n: number }[]>, min: number): Promise<Compliance | null> {
  const [rows, [open]] = await Promise.all([decided, openPastDue]);
  const met = n(rows.find((r) => r.outcome === 'met')?.n);
  const total = met + n(rows.find((r) => r.outcome === 'breached')?.n) + n(open?.n);
  if (total === 0) return null;
  return publicCell(total, min, () => ({ met, decided: total, percent: (met / total) * 100 }));
}

/** The median of the values a query selects, read as its middle one or two rows (SQLite sorts). */
async function middleOf(
  countQuery: Promise<{ n: number }[]>,
  middle: (offset: number) => Promise<{ v: number | null }[]>,
  min: number,
): Promise<PublicCell<number> | null> {
  const [c] = await countQuery;
  const total = n(c?.n);
  if (total === 0) return null;
  if (total < min) return { shown: false, fewerThan: min };
  const values = (await middle(Math.floor((total - 1) / 2))).map((r) => n(r.v));
  return { shown: true, value: total % 2 ? values[0]! : (values[0]! + values[1]!) / 2 };
}

async function unitIkm(q: Queries, min: number): Promise<UnitIkm[]> {
  const rows = await q.ikm;
  const out: UnitIkm[] = [];
  for (const r of rows) {
    const total = (key: string) => n((r as Record<string, unknown>)[key]);
    // a unit rated only on rahasia cases is not listed: even "fewer than n" would tell that one was
    if (n(r.open) === 0) continue;
    const ikm = ikmFromTotals({
      respondents: n(r.respondents),
      sums: ELEMENTS.map((_, i) => total(`s${i}`)),
      counts: ELEMENTS.map((_, i) => total(`c${i}`)),
    });
    if (ikm.ikm === null || !ikm.grade) continue;
    const value = { respondents: ikm.respondents, elementMeans: ikm.elementMeans, ikm: ikm.ikm, grade: ikm.grade };
    out.push({ unitCode: r.unitCode, unitName: r.unitName, unitNameEn: r.unitNameEn, figures: publicCell(n(r.open), min, () => value) });
  }
  // shown cells by IKM, best first; withheld ones after them by name
  return out.sort(
    (a, b) =>
      Number(b.figures.shown) - Number(a.figures.shown) ||
      (a.figures.shown && b.figures.shown ? b.figures.value.ikm - a.figures.value.ikm : 0) ||
      a.unitName.localeCompare(b.unitName),
  );
}

export async function transparencyStats(db: Db, periodDays: PeriodDays, now: Date): Promise<TransparencyStats> {
  const w: StatsWindow = { from: new Date(now.getTime() - periodDays * DAY), to: now, kinds: kindNames() };
  const min = minPublicCellOf(await readSetting(db, MIN_PUBLIC_CELL_KEY));
  const q = transparencyQueries(db, w);
  const cell = (count: unknown) => publicCell(n(count), min, () => n(count));
  const [[tot], byCategory, byKelurahan, firstResponse, resolution, medianFirstResponseMs, medianResolutionMs, ikm] = await Promise.all([
    q.submittedTotal,
    q.byCategory,
    q.byKelurahan,
    compliance(q.firstResponseDecided, q.firstResponseOpenPastDue, min),
    compliance(q.resolutionDecided, q.resolutionOpenPastDue, min),
    middleOf(q.firstResponseCount, (o) => q.firstResponseMiddle(o), min),
    middleOf(q.resolutionCount, (o) => q.resolutionMiddle(o), min),
    unitIkm(q, min),
  ]);
  const without = byKelurahan.find((r) => r.code === null);
  return {
    periodDays,
    from: w.from,
    to: w.to,
    minCell: min,
    total: n(tot?.total),
    confidential: n(tot?.confidential),
    byCategory: byCategory.map((r) => ({ code: r.code, nameId: r.nameId, nameEn: r.nameEn, count: cell(r.count) })),
    byKelurahan: byKelurahan.filter((r) => r.code !== null).map((r) => ({ code: r.code!, name: r.name ?? r.code!, count: cell(r.count) })),
    withoutKelurahan: without ? cell(without.count) : null,
    firstResponse,
    resolution,
    medianFirstResponseMs,
    medianResolutionMs,
    ikm,
  };
}
