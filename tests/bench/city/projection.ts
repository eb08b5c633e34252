// The case_segments projection and its monthly roll-ups (metric_months, metric_hist, metric_places, metric_categories) built in bulk
// for the benchmark city: every case's stored history read back in ranges of case ids, projected
// by the metrics module's own functions (projectionOfCase: the rows and contribution
// refreshCaseSegments writes), the rows written in multi-row inserts and the roll-ups summed in
// memory and written once at the end. The real rebuild (rebuildCaseSegments) does the same work a
// batch of 20 guarded statements per case at a time, made for a live city where changes race it:
// 180 cases a second here, 47 minutes for 500,000 cases. bench-data.test.ts holds both to the same
// rows and roll-ups on a small city.
import type { Client } from '@libsql/client';
import { and, asc, getTableColumns, gt, gte, lte } from 'drizzle-orm';
import type { Db } from '../../../src/db/client';
import { caseEvents, cases, caseSegments, metricCategories, metricHist, metricMonths, metricPlaces, ratings } from '../../../src/db/schema';
import {
  COUNTERS,
  parseCategoryCellKey,
  parseHistCellKey,
  parseMonthCellKey,
  parsePlaceCellKey,
  SPOT_COUNTERS,
  type Contribution,
  type SpotCounts,
} from '../../../src/domain/metrics/rollup';
import { findKind } from '../../../src/modules/cases/kinds';
import { ratingFactsOf } from '../../../src/modules/metrics/rollups';
import { projectionOfCase } from '../../../src/modules/metrics/segments';
import { BulkWriter, turnOfTheEventLoop } from './writer';

/** cases read back at a time: their events are one range scan of case_events_case_idx */
const RANGE = 2000;

export interface BulkProjectionReport {
  cases: number;
  segments: number;
  months: number;
  hist: number;
}

/** counter (its column's name) → the metric_months property drizzle writes it from */
const MONTH_KEY_OF = Object.fromEntries(
  Object.entries(getTableColumns(metricMonths))
    .filter(([, col]) => (COUNTERS as readonly string[]).includes(col.name))
    .map(([key, col]) => [col.name, key]),
) as Record<(typeof COUNTERS)[number], string>;

/** Adds `part` into `sum` in place (sumContributions makes a new map each time: too slow for 500,000 cases). */
function addInto(sum: Contribution, part: Contribution): void {
  for (const [key, cell] of part.months) {
    let to = sum.months.get(key);
    if (!to) sum.months.set(key, (to = {}));
    for (const c of COUNTERS) if (cell[c]) to[c] = (to[c] ?? 0) + cell[c]!;
  }
  for (const [key, n] of part.hist) sum.hist.set(key, (sum.hist.get(key) ?? 0) + n);
  addSpots(sum.places, part.places);
  addSpots(sum.categories, part.categories);
}

function addSpots(sum: Map<string, SpotCounts>, part: Map<string, SpotCounts>): void {
  for (const [key, cell] of part) {
    let to = sum.get(key);
    if (!to) sum.set(key, (to = {}));
    for (const c of SPOT_COUNTERS) if (cell[c]) to[c] = (to[c] ?? 0) + cell[c]!;
  }
}

/** Empties the projection and the roll-ups, and builds both from every case's history as of `asOf`. */
export async function buildProjectionInBulk(client: Client, db: Db, asOf: Date): Promise<BulkProjectionReport> {
  await client.batch(['DELETE FROM case_segments', 'DELETE FROM case_segments_pending', 'DELETE FROM metric_months', 'DELETE FROM metric_hist', 'DELETE FROM metric_places', 'DELETE FROM metric_categories'], 'write');
  const writer = new BulkWriter(client, [caseSegments, metricMonths, metricHist, metricPlaces, metricCategories]);
  const sum: Contribution = { months: new Map(), hist: new Map(), places: new Map(), categories: new Map() };
  let after = '';
  let done = 0;
  let segments = 0;
  for (;;) {
    const chunk = await db
      .select({ id: cases.id, kind: cases.kind, kelurahanCode: cases.kelurahanCode, privacy: cases.privacy })
      .from(cases)
      .where(gt(cases.id, after))
      .orderBy(asc(cases.id))
      .limit(RANGE);
    if (!chunk.length) break;
    const first = chunk[0]!.id;
    const last = chunk[chunk.length - 1]!.id;
    const inRange = <C extends typeof caseEvents.caseId | typeof ratings.caseId>(col: C) => and(gte(col, first), lte(col, last));
    const [events, rated] = await db.batch([
      db
        .select({ caseId: caseEvents.caseId, id: caseEvents.id, at: caseEvents.at, type: caseEvents.type, actorKind: caseEvents.actorKind, actorId: caseEvents.actorId, data: caseEvents.data })
        .from(caseEvents)
        .where(inRange(caseEvents.caseId))
        .orderBy(asc(caseEvents.caseId), asc(caseEvents.at), asc(caseEvents.id)),
      db.select().from(ratings).where(inRange(ratings.caseId)),
    ]);
    const ratingOf = new Map(rated.map((r) => [r.caseId, ratingFactsOf(r)]));
    const eventsOf = new Map<string, typeof events>();
    for (const e of events) {
      const list = eventsOf.get(e.caseId);
      if (list) list.push(e);
      else eventsOf.set(e.caseId, [e]);
    }
    for (const c of chunk) {
      const kind = findKind(c.kind);
      // as readHistories: a case of a kind no longer registered has no rows
      if (!kind) continue;
      const { rows, contribution } = projectionOfCase(kind, { caseId: c.id, kind: c.kind, kelurahanCode: c.kelurahanCode, privacy: c.privacy }, eventsOf.get(c.id) ?? [], ratingOf.get(c.id) ?? null, asOf);
      await writer.insert(caseSegments, rows);
      addInto(sum, contribution);
      segments += rows.length;
      done++;
    }
    after = last;
    await turnOfTheEventLoop();
  }
  // as the real rebuild's upserts leave them: a row for every cell that is not zero
  for (const [key, counters] of sum.months) {
    if (!COUNTERS.some((c) => counters[c])) continue;
    const cell = parseMonthCellKey(key);
    const row: typeof metricMonths.$inferInsert = { scope: cell.scope, scopeId: cell.scopeId, month: cell.month, kind: cell.kind };
    for (const c of COUNTERS) (row as Record<string, unknown>)[MONTH_KEY_OF[c]] = counters[c] ?? 0;
    await writer.insert(metricMonths, [row]);
  }
  let hist = 0;
  for (const [key, n] of sum.hist) {
    if (!n) continue;
    const cell = parseHistCellKey(key);
    await writer.insert(metricHist, [{ scope: cell.scope, scopeId: cell.scopeId, measure: cell.measure, month: cell.month, kind: cell.kind, minutes: cell.minutes, n }]);
    hist++;
  }
  for (const [key, n] of sum.places) {
    if (!n.submitted && !n.res_breached) continue;
    const cell = parsePlaceCellKey(key);
    await writer.insert(metricPlaces, [{ unitId: cell.unitId, month: cell.month, kind: cell.kind, kelurahanCode: cell.kelurahan, submitted: n.submitted ?? 0, resBreached: n.res_breached ?? 0 }]);
  }
  for (const [key, n] of sum.categories) {
    if (!n.submitted && !n.res_breached) continue;
    const cell = parseCategoryCellKey(key);
    await writer.insert(metricCategories, [{ unitId: cell.unitId, month: cell.month, kind: cell.kind, serviceId: cell.serviceId, submitted: n.submitted ?? 0, resBreached: n.res_breached ?? 0 }]);
  }
  await writer.flush();
  return { cases: done, segments, months: writer.written.get('metric_months') ?? 0, hist };
}
