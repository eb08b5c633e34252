// Public statistics for /transparansi, as docs/metrics.md §2–3 define them, read from the monthly
// roll-ups (metric_months, metric_hist, metric_places: src/modules/metrics/rollups.ts, kept equal
// to the case_segments projection of the case history) for whole Jakarta months
// (src/domain/transparency/periods.ts). A page for twelve months reads a few rows per month and
// category, kelurahan or unit, whatever the number of cases: its cost does not grow with the
// city's volume or history. Nothing is computed from the cases' current fields, so no later
// event (a reopen, a second resolution, a decline) can rewrite what an earlier one decided.
//
// For the months of the period:
//  - submitted: episodes begun by a submission, by the category and kelurahan at submission;
//    *rahasia* cases count in the total, never in a breakdown (the roll-ups count them apart);
//  - SLA compliance: segments whose outcome (met or breached) fell in the period; an open,
//    running segment whose deadline passed in the period is breached at its deadline, whether or
//    not the scheduled job has judged it yet (those few are read from case_segments by deadline);
//  - medians in working time with paused time excluded, from the histograms (whole minutes under
//    an hour, whole hours above): first responses given in the period, episodes resolved in it;
//  - IKM per unit from the ratings given in the period.
// A cell resting on fewer than the admin's `min_public_cell` cases or ratings is withheld.
import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { caseSegments, kelurahan, metricHist, metricMonths, metricPlaces, services, units } from '../../db/schema';
import { histogramMedian, ikmOf } from '../../domain/metrics/measures';
import { monthWindow, type TransparencyPeriod } from '../../domain/transparency/periods';
import { minPublicCellOf, MIN_PUBLIC_CELL_KEY, publicCell, type PublicCell } from '../../domain/transparency/small-numbers';
import type { Compliance, TransparencyStats, UnitIkm } from '../../domain/transparency/views';
import { settingOf, settingQuery } from '../../platform/settings/settings';
import { kindNames } from '../cases/kinds';

/** What the statistics cover: the months of the period, its instants [from, to), `now`, the kinds of case. */
export interface StatsWindow {
  months: readonly string[];
  from: Date;
  to: Date;
  now: Date;
  kinds: readonly string[];
}

const n = (v: unknown) => Number(v ?? 0);

const sumOf = (col: AnySQLiteColumn) => sql<number>`coalesce(sum(${col}), 0)`;

const ELEMENTS = [metricMonths.u1, metricMonths.u2, metricMonths.u3, metricMonths.u4, metricMonths.u5, metricMonths.u6, metricMonths.u7, metricMonths.u8, metricMonths.u9];

/**
 * The statistics' queries, unexecuted: stats run them, and a test reads their query plans (each
 * searches the period's months of a roll-up's key, or the open segments by deadline; never a scan).
 */
export function transparencyQueries(db: Db, w: StatsWindow) {
  const first = w.months[0] ?? '';
  const last = w.months[w.months.length - 1] ?? '';
  const ofKinds = (col: AnySQLiteColumn): SQL => (w.kinds.length ? inArray(col, [...w.kinds]) : sql`0`);
  const months = (scope: 'city' | 'service' | 'unit') =>
    and(eq(metricMonths.scope, scope), gte(metricMonths.month, first), lte(metricMonths.month, last), ofKinds(metricMonths.kind));
  const publicCount = sql<number>`coalesce(sum(${metricMonths.submitted}) - sum(${metricMonths.submittedConfidential}), 0)`;
  const placeCount = sumOf(metricPlaces.submitted);
  const until = new Date(Math.min(w.to.getTime(), w.now.getTime()));
  /** open, running segments whose deadline passed in the period and that the job has not judged yet: breached at the deadline */
  const openPastDue = (outcome: AnySQLiteColumn, due: AnySQLiteColumn) =>
    db
      .select({ n: sql<number>`count(*)` })
      .from(caseSegments)
      .where(and(isNull(caseSegments.endAt), isNull(outcome), eq(caseSegments.pausedNow, false), gte(due, w.from), lt(due, until), ofKinds(caseSegments.kind)));
  return {
    city: db
      .select({
        total: sumOf(metricMonths.submitted),
        confidential: sumOf(metricMonths.submittedConfidential),
        frMet: sumOf(metricMonths.frMet),
        frBreached: sumOf(metricMonths.frBreached),
        resMet: sumOf(metricMonths.resMet),
        resBreached: sumOf(metricMonths.resBreached),
      })
      .from(metricMonths)
      .where(and(months('city'), eq(metricMonths.scopeId, 0))),
    byCategory: db
      .select({ code: services.code, nameId: services.nameId, nameEn: services.nameEn, count: publicCount })
      .from(metricMonths)
      .innerJoin(services, eq(services.id, metricMonths.scopeId))
      .where(months('service'))
      .groupBy(metricMonths.scopeId)
      .having(sql`${publicCount} > 0`)
      .orderBy(desc(publicCount), asc(services.nameId)),
    byKelurahan: db
      .select({ code: metricPlaces.kelurahanCode, name: kelurahan.name, count: placeCount })
      .from(metricPlaces)
      .leftJoin(kelurahan, eq(kelurahan.code, metricPlaces.kelurahanCode))
      // the city's rows (unit 0): each case counts there once, whatever its unit
      .where(and(eq(metricPlaces.unitId, 0), gte(metricPlaces.month, first), lte(metricPlaces.month, last), ofKinds(metricPlaces.kind)))
      .groupBy(metricPlaces.kelurahanCode)
      .having(sql`${placeCount} > 0`)
      .orderBy(desc(placeCount), asc(kelurahan.name)),
    firstResponseOpenPastDue: openPastDue(caseSegments.frOutcome, caseSegments.firstResponseDueAt),
    resolutionOpenPastDue: openPastDue(caseSegments.resOutcome, caseSegments.resolutionDueAt),
    durations: db
      .select({ measure: metricHist.measure, minutes: metricHist.minutes, n: sumOf(metricHist.n) })
      .from(metricHist)
      .where(and(eq(metricHist.scope, 'city'), eq(metricHist.scopeId, 0), gte(metricHist.month, first), lte(metricHist.month, last), ofKinds(metricHist.kind)))
      .groupBy(metricHist.measure, metricHist.minutes),
    ikm: db
      .select({
        unitCode: units.code,
        unitName: units.name,
        unitNameEn: units.nameEn,
        ratings: sumOf(metricMonths.ratings),
        confidential: sumOf(metricMonths.ratingsConfidential),
        ...Object.fromEntries(ELEMENTS.map((col, i) => [`u${i + 1}`, sumOf(col)])),
      })
      .from(metricMonths)
      .innerJoin(units, eq(units.id, metricMonths.scopeId))
      .where(months('unit'))
      .groupBy(metricMonths.scopeId),
  };
}

type Queries = ReturnType<typeof transparencyQueries>;

/** met ÷ (met + breached + open past due); null when nothing was decided, withheld below `min`. */
function complianceCell(met: number, breached: number, openPastDue: number, min: number): Compliance | null {
  const total = met + breached + openPastDue;
  if (total === 0) return null;
  return publicCell(total, min, () => ({ met, decided: total, percent: (met / total) * 100 }));
}

/** The median of a histogram (docs/metrics.md §2), withheld when it rests on fewer than `min` values. */
function medianCell(buckets: { minutes: number; n: number }[], min: number): PublicCell<number> | null {
  const m = histogramMedian(buckets);
  if (m.ms === null) return null;
  return publicCell(m.n, min, () => m.ms!);
}

function unitIkm(rows: Awaited<Queries['ikm']>, min: number): UnitIkm[] {
  const out: UnitIkm[] = [];
  for (const r of rows) {
    const v = r as unknown as Record<string, unknown>;
    const open = n(r.ratings) - n(r.confidential);
    // a unit rated only on rahasia cases is not listed: even "fewer than n" would tell that one was
    if (open <= 0) continue;
    const ikm = ikmOf({
      ratings: n(r.ratings),
      u1: n(v['u1']),
      u2: n(v['u2']),
      u3: n(v['u3']),
      u4: n(v['u4']),
      u5: n(v['u5']),
      u6: n(v['u6']),
      u7: n(v['u7']),
      u8: n(v['u8']),
      u9: n(v['u9']),
    });
    if (ikm.ikm === null || !ikm.grade) continue;
    const value = { respondents: ikm.respondents, elementMeans: ikm.elementMeans, ikm: ikm.ikm, grade: ikm.grade };
    out.push({ unitCode: r.unitCode, unitName: r.unitName, unitNameEn: r.unitNameEn, figures: publicCell(open, min, () => value) });
  }
  // shown cells by IKM, best first; withheld ones after them by name
  return out.sort(
    (a, b) =>
      Number(b.figures.shown) - Number(a.figures.shown) ||
      (a.figures.shown && b.figures.shown ? b.figures.value.ikm - a.figures.value.ikm : 0) ||
      a.unitName.localeCompare(b.unitName),
  );
}

export async function transparencyStats(db: Db, period: TransparencyPeriod, now: Date): Promise<TransparencyStats> {
  const { months, from, to } = monthWindow(period, now);
  const w: StatsWindow = { months, from, to, now, kinds: kindNames() };
  const q = transparencyQueries(db, w);
  // the small-cell setting in the same batch: one round trip, not two (issue 14.6)
  const [minRows, [city], byCategory, byKelurahan, [frOpen], [resOpen], durations, ikm] = await db.batch([
    settingQuery(db, MIN_PUBLIC_CELL_KEY),
    q.city,
    q.byCategory,
    q.byKelurahan,
    q.firstResponseOpenPastDue,
    q.resolutionOpenPastDue,
    q.durations,
    q.ikm,
  ]);
  const min = minPublicCellOf(settingOf(minRows));
  const cell = (count: unknown) => publicCell(n(count), min, () => n(count));
  const buckets = (measure: string) => durations.filter((r) => r.measure === measure).map((r) => ({ minutes: r.minutes, n: n(r.n) }));
  const without = byKelurahan.find((r) => r.code === '');
  return {
    period,
    from,
    to,
    minCell: min,
    total: n(city?.total),
    confidential: n(city?.confidential),
    byCategory: byCategory.map((r) => ({ code: r.code, nameId: r.nameId, nameEn: r.nameEn, count: cell(r.count) })),
    byKelurahan: byKelurahan.filter((r) => r.code !== '').map((r) => ({ code: r.code, name: r.name ?? r.code, count: cell(r.count) })),
    withoutKelurahan: without ? cell(without.count) : null,
    firstResponse: complianceCell(n(city?.frMet), n(city?.frBreached), n(frOpen?.n), min),
    resolution: complianceCell(n(city?.resMet), n(city?.resBreached), n(resOpen?.n), min),
    medianFirstResponseMs: medianCell(buckets('fr'), min),
    medianResolutionMs: medianCell(buckets('res'), min),
    ikm: unitIkm(ikm, min),
  };
}
