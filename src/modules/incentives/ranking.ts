// The live incentive ranking of a period (docs/metrics.md §5.2), computed from the service
// metrics' roll-ups (src/modules/metrics/query.ts): per ASN and per unit the cases handled
// (credited to who resolved or decided), ratings and IKM, resolution SLA met and breached,
// reopens and resolutions (§2–§3), and the JP of the period's year learned up to the period's
// last day (§4). What an admin previews before publishing and what publishing freezes; what an
// ASN sees as a provisional figure for a period still running.
//
// Cost: a handful of queries, each searching a key (metrics_rollup_query_plans.test.tsx and
// incentives_ranking_query_plans.test.tsx read their plans); the only rows walked in JS are the
// city's ASN (8,000 at the size of a real city) and its units.
import { and, asc, eq, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { staff, units } from '../../db/schema';
import { trainingLedger } from '../../db/schema-training';
import { hasServiceData, officerInput, rankingRow, unitInput, yearShareAt } from '../../domain/incentives/inputs';
import type { Scheme } from '../../domain/incentives/scheme';
import { scoreOfficers, type ScoreResult, type UnitInput } from '../../domain/incentives/score';
import { PREVIEW_ROWS, type PublishedRow, type RankingPreview } from '../../domain/incentives/views';
import { hasEnded, isFuture, periodKey, type Period } from '../../domain/metrics/period';
import { metricsByOfficer, metricsByUnit, serviceMetrics } from '../metrics/query';

/** The units a ranking names. */
export interface UnitName {
  id: number;
  code: string;
  name: string;
  nameEn: string;
}

export interface LiveRanking {
  period: Period;
  /** future: not begun; empty: begun but nobody has service data in it; ranked: `result` has rows */
  state: 'future' | 'empty' | 'ranked';
  /** the period is over: its numbers no longer change, it may be published */
  ended: boolean;
  /** the last Jakarta day counted (the period's last day, or today while it runs); null in the future */
  lastDay: string | null;
  /** the share of the year elapsed by `lastDay`: what the JP target is prorated to */
  yearShare: number | null;
  /** false for a ranking of one unit only (no city ranks) */
  cityWide: boolean;
  result: ScoreResult;
  units: Map<number, UnitName>;
}

const n = (v: unknown) => Number(v ?? 0);

/**
 * JP of the period's year learned up to its last counted day, per ASN among `ids`: the training
 * component's numerator (§5.2 T), so a published period's T does not grow with what was learned
 * after it. Searches the ledger by (staff, year).
 */
export function jpToDateQuery(db: Db, ids: SQL, period: Period, lastDay: string) {
  return db
    .select({ staffId: trainingLedger.staffId, jp: sql<number>`coalesce(sum(${trainingLedger.jp}), 0)` })
    .from(trainingLedger)
    .where(and(sql`${trainingLedger.staffId} IN ${ids}`, eq(trainingLedger.year, period.year), lte(trainingLedger.learnedOn, lastDay)))
    .groupBy(trainingLedger.staffId);
}

/** SQL: the ids of the staff of one unit, or of every staff member. */
const staffIds = (db: Db, unitId?: number) => sql`(${db.select({ id: staff.id }).from(staff).where(unitId !== undefined ? eq(staff.unitId, unitId) : undefined)})`;

const EMPTY: ScoreResult = { rows: [], scored: 0, unscored: 0 };

/**
 * The ranking of a period under a scheme, from the metrics as of `now`: city-wide, or of one unit
 * (`unitId`: a provisional figure for its ASN; ranks in the unit only). A period not begun, or with
 * nobody who has service data in it, is an empty state with no rows.
 */
export async function liveRanking(db: Db, period: Period, scheme: Scheme, now: Date, filter: { unitId?: number } = {}): Promise<LiveRanking> {
  const cityWide = filter.unitId === undefined;
  const year = yearShareAt(period, now);
  const base = { period, ended: hasEnded(period, now), lastDay: year?.lastDay ?? null, yearShare: year?.share ?? null, cityWide };
  if (!year || isFuture(period, now)) return { ...base, state: 'future', result: EMPTY, units: new Map() };
  const unitRows = async () => {
    if (cityWide) return metricsByUnit(db, period, now);
    const [one] = await db.select({ id: units.id, code: units.code, name: units.name, nameEn: units.nameEn }).from(units).where(eq(units.id, filter.unitId!));
    return one ? [{ unit: one, metrics: await serviceMetrics(db, { kind: 'unit', id: one.id }, period, now) }] : [];
  };
  const [people, unitList, jp] = await Promise.all([
    metricsByOfficer(db, period, filter, now),
    unitRows(),
    jpToDateQuery(db, staffIds(db, filter.unitId), period, year.lastDay),
  ]);
  const jpOf = new Map(jp.map((r) => [r.staffId, n(r.jp)]));
  const names = new Map<number, UnitName>(unitList.map((u) => [u.unit.id, u.unit]));
  const unitInputs = new Map<number, UnitInput>(unitList.map((u) => [u.unit.id, unitInput(u.unit.id, u.metrics)]));
  const officers = people
    .filter((p) => hasServiceData(p.metrics))
    .map((p) => officerInput(p.staff, p.metrics, jpOf.get(p.staff.id) ?? 0, year.share));
  if (officers.length === 0) return { ...base, state: 'empty', result: EMPTY, units: names };
  // an ASN whose unit had no figures of its own (an inactive unit): no prior to shrink toward
  for (const o of officers) if (!unitInputs.has(o.unitId)) unitInputs.set(o.unitId, unitInput(o.unitId, null));
  const result = scoreOfficers({ officers, units: [...unitInputs.values()] }, scheme, { cityRanks: cityWide });
  return { ...base, state: 'ranked', result, units: names };
}

/** The rows of a live ranking as its pages show them (optionally of one unit). */
export function liveRows(r: LiveRanking, unitId?: number): PublishedRow[] {
  const unknown = { code: '–', name: '–' };
  return r.result.rows.filter((row) => unitId === undefined || row.input.unitId === unitId).map((row) => rankingRow(row, r.units.get(row.input.unitId) ?? unknown));
}

/**
 * What an admin previews on a scheme's page: the live ranking city-wide (its first PREVIEW_ROWS
 * rows) or of one unit (all of its rows, with their city ranks), and the units to choose from.
 */
export async function rankingPreview(db: Db, period: Period, scheme: Scheme, now: Date, unitId: number | null): Promise<RankingPreview> {
  const [live, unitList] = await Promise.all([
    liveRanking(db, period, scheme, now),
    db.select({ id: units.id, name: units.name, nameEn: units.nameEn }).from(units).orderBy(asc(units.name)),
  ]);
  const all = liveRows(live, unitId ?? undefined);
  return {
    period: periodKey(period),
    state: live.state,
    ended: live.ended,
    lastDay: live.lastDay,
    yearShare: live.yearShare,
    scored: live.result.scored,
    unscored: live.result.unscored,
    rows: unitId === null ? all.slice(0, PREVIEW_ROWS) : all,
    total: all.length,
    unitId,
    units: unitList,
  };
}
