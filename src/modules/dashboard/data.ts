// What /dasbor shows (docs/metrics.md §2–§5.2, §2.2): the city's or one unit's figures for a
// period from the monthly roll-ups (src/modules/metrics/query.ts), every unit side by side, the
// 12-month trend, hotspots by kelurahan and category, training compliance and the period's
// published incentive ranking. Who may see which unit is decided here, on the server, before
// anything is read: officials and admins the whole city and any unit; a supervisor their own unit.
import { permitsAtRisk } from '../permits/at-risk';
import { and, count, eq, gte, isNotNull, isNull, lt, lte, ne, sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { caseSegments, metricCategories, metricPlaces, units } from '../../db/schema';
import type { DashboardData, DashboardRanking, Hotspot, UnitRef } from '../../domain/dashboard/views';
import { lastMonths, monthsOf, parsePeriod, periodAt, periodBounds, periodKey, type Period } from '../../domain/metrics/period';
import { hasAnyRole } from '../../platform/auth/guard';
import type { StaffPrincipal } from '../../platform/http/context';
import { BadRequestError } from '../../platform/http/errors';
import { readSetting } from '../../platform/settings/settings';
import { referenceData } from '../catalogue/reference';
import { publishedRanking } from '../incentives/snapshots';
import { BUILD_KEY, PROJECTION_VERSION } from '../metrics/job';
import { CITY, metricsByOfficer, metricsByUnit, monthlySeries, serviceMetrics, trainingCompliance, unitList } from '../metrics/query';
import { assertMayReadUnit, CITY_READERS, periodChoices } from '../performance/data';

/** Who opens the dashboard: a unit's supervisors (their unit), officials and admins (any). */
export const DASHBOARD_READERS = ['supervisor', ...CITY_READERS] as const;

/** How many rows of a hotspot list or a ranking the page shows; the CSV has them all. */
export const TOP_N = 10;

const n = (v: unknown) => Number(v ?? 0);

/** The period the query string asks for; the current month without one; 400 for one it cannot name. */
export function periodParam(raw: string | undefined, now: Date): Period {
  if (raw === undefined || raw.trim() === '') return periodAt('month', now);
  const p = parsePeriod(raw);
  if (!p)
    throw new BadRequestError({
      id: `Periode "${raw.slice(0, 20)}" tidak dikenal: tulis bulan (2026-11), triwulan (2026-Q4) atau tahun (2026).`,
      en: `Unknown period "${raw.slice(0, 20)}": write a month (2026-11), a quarter (2026-Q4) or a year (2026).`,
    });
  return p;
}

const unknownUnit = (raw: string) =>
  new BadRequestError({
    id: `Unit "${raw.slice(0, 20)}" tidak dikenal: pilih unit dari daftar.`,
    en: `Unknown unit "${raw.slice(0, 20)}": choose a unit from the list.`,
  });

async function findUnit(db: Db, id: number): Promise<UnitRef | null> {
  const [u] = await db.select({ id: units.id, code: units.code, name: units.name, nameEn: units.nameEn }).from(units).where(eq(units.id, id));
  return u ?? null;
}

/**
 * The unit a reader looks at: officials and admins the one asked for or none (the city); a
 * supervisor their own (another is 403). A unit id that is malformed or names no unit is 400.
 */
export async function unitOfView(db: Db, who: StaffPrincipal, raw: string | undefined): Promise<UnitRef | null> {
  const asked = raw === undefined || raw.trim() === '' ? null : raw.trim();
  if (asked !== null && !/^[1-9]\d{0,9}$/.test(asked)) throw unknownUnit(asked);
  const cityReader = hasAnyRole(who, CITY_READERS);
  if (asked === null && cityReader) return null;
  const id = asked === null ? who.unitId : Number(asked);
  assertMayReadUnit(who, id);
  const unit = await findUnit(db, id);
  if (!unit) throw unknownUnit(asked ?? String(id));
  return unit;
}

/** Every active unit by name, for an official choosing one (from the kept reference data: unitList). */
export async function unitChoices(db: Db): Promise<UnitRef[]> {
  return (await unitList(db)).filter((u) => u.active).map(({ id, code, name, nameEn }) => ({ id, code, name, nameEn }));
}

/**
 * The hotspot queries (docs/metrics.md §2.2), unexecuted (a test reads their plans): per
 * kelurahan or category, cases submitted and resolution breaches in the period's months, from the
 * roll-ups (metric_places, metric_categories: the city's rows are unit 0), and the open, running
 * segments whose resolution deadline passed in the period before `now` and that the scheduled job
 * has not judged yet (§1.4: breached at the deadline; they are the few since its last run). A
 * year reads twelve months of roll-up rows, never the period's cases.
 */
export function hotspotQueries(db: Db, by: 'kelurahan' | 'category', period: Period, now: Date, unitId?: number) {
  const { from, to } = periodBounds(period);
  const months = monthsOf(period);
  const first = months[0]!;
  const last = months[months.length - 1]!;
  const rollup = by === 'kelurahan' ? metricPlaces : metricCategories;
  const rollupKey: AnySQLiteColumn = by === 'kelurahan' ? metricPlaces.kelurahanCode : metricCategories.serviceId;
  const key: AnySQLiteColumn = by === 'kelurahan' ? caseSegments.kelurahanCode : caseSegments.serviceId;
  const ofUnit = unitId !== undefined ? eq(caseSegments.unitId, unitId) : undefined;
  // a confidential case's place is not broken down (its kelurahan could point to the reporter); its category is
  const place = by === 'kelurahan' ? and(isNotNull(caseSegments.kelurahanCode), ne(caseSegments.privacy, 'rahasia')) : undefined;
  const until = new Date(Math.min(to.getTime(), now.getTime()));
  return {
    counted: db
      .select({ key: rollupKey, submitted: sql<number>`sum(${rollup.submitted})`, breached: sql<number>`sum(${rollup.resBreached})` })
      .from(rollup)
      .where(
        and(
          eq(rollup.unitId, unitId ?? CITY.id),
          gte(rollup.month, first),
          lte(rollup.month, last),
          // cases without a kelurahan are not listed
          by === 'kelurahan' ? ne(metricPlaces.kelurahanCode, '') : undefined,
        ),
      )
      .groupBy(rollupKey),
    openBreached: db
      .select({ key, n: count() })
      .from(caseSegments)
      .where(
        and(
          isNull(caseSegments.endAt),
          isNull(caseSegments.resOutcome),
          eq(caseSegments.pausedNow, false),
          gte(caseSegments.resolutionDueAt, from),
          lt(caseSegments.resolutionDueAt, until),
          ofUnit,
          place,
        ),
      )
      .groupBy(key),
  };
}

/** Every hotspot of a kind, most cases first (then most breaches, then name). */
export async function hotspots(db: Db, by: 'kelurahan' | 'category', period: Period, now: Date, unitId?: number): Promise<Hotspot[]> {
  const q = hotspotQueries(db, by, period, now, unitId);
  // the names from the reference data every process keeps (catalogue/reference.ts), not read again
  const [[counted, openBreached], ref] = await Promise.all([db.batch([q.counted, q.openBreached]), referenceData(db)]);
  const byKey = new Map<string, Hotspot>();
  const nameOf = (key: string): { name: string; nameEn: string } | undefined => {
    if (by === 'kelurahan') {
      const area = ref.areaByCode.get(key);
      return area && { name: area.name, nameEn: area.name };
    }
    const service = ref.serviceById.get(Number(key));
    return service && { name: service.name.id, nameEn: service.name.en };
  };
  const row = (k: unknown): Hotspot => {
    const key = String(k);
    let h = byKey.get(key);
    if (!h) {
      const nm = nameOf(key);
      h = { key, name: nm?.name ?? key, nameEn: nm?.nameEn ?? key, submitted: 0, breached: 0 };
      byKey.set(key, h);
    }
    return h;
  };
  for (const r of counted) {
    const h = row(r.key);
    h.submitted += n(r.submitted);
    h.breached += n(r.breached);
  }
  for (const r of openBreached) row(r.key).breached += n(r.n);
  return [...byKey.values()].sort((a, b) => b.submitted - a.submitted || b.breached - a.breached || a.name.localeCompare(b.name, 'id'));
}

/** The period's published ranking, its top rows (of the city, or of the unit by unit rank); null when not published. */
async function rankingOf(db: Db, period: Period, unit: UnitRef | null): Promise<DashboardRanking | null> {
  const r = await publishedRanking(db, periodKey(period));
  if (!r) return null;
  const rows = unit
    ? r.rows.filter((x) => x.unitCode === unit.code && x.rankUnit !== null).sort((a, b) => a.rankUnit! - b.rankUnit!)
    : r.rows.filter((x) => x.rankCity !== null).sort((a, b) => a.rankCity! - b.rankCity!);
  return { period: r.period, schemeVersion: r.schemeVersion, top: rows.slice(0, TOP_N), ranked: rows.length };
}

/** Whether the roll-ups are being rebuilt (a new definition): the figures are incomplete meanwhile. */
async function rebuilding(db: Db): Promise<boolean> {
  return (await readSetting(db, BUILD_KEY)) !== PROJECTION_VERSION;
}

/** Everything the overview shows, for the city (unit null) or one unit. */
export async function dashboardData(db: Db, view: { unit: UnitRef | null; cityReader: boolean }, period: Period, now: Date): Promise<DashboardData> {
  const { unit, cityReader } = view;
  const scope = unit ? { kind: 'unit' as const, id: unit.id } : { kind: 'city' as const, id: CITY.id };
  // a month of the trend (the default: this month) is its point: the same figures, read once
  const inTrend = period.kind === 'month' && lastMonths(12, now).some((p) => periodKey(p) === periodKey(period));
  const [alone, trend, training, byUnitMetrics, people, kel, cat, ranking, choices, building, atRisk] = await Promise.all([
    inTrend ? Promise.resolve(null) : serviceMetrics(db, scope, period, now),
    monthlySeries(db, scope, 12, now),
    trainingCompliance(db, period, now, unit?.id),
    unit ? Promise.resolve([]) : metricsByUnit(db, period, now),
    unit ? metricsByOfficer(db, period, { unitId: unit.id }, now) : Promise.resolve([]),
    hotspots(db, 'kelurahan', period, now, unit?.id),
    hotspots(db, 'category', period, now, unit?.id),
    cityReader ? rankingOf(db, period, unit) : Promise.resolve(undefined),
    cityReader ? unitChoices(db) : Promise.resolve([]),
    rebuilding(db),
    permitsAtRisk(db, now, unit?.id),
  ]);
  const metrics = alone ?? trend.find((p) => p.month === periodKey(period))!.metrics;
  const byUnit = byUnitMetrics.map((u) => ({
    unit: u.unit,
    metrics: u.metrics,
    training: training.byUnit.get(u.unit.id) ?? { active: 0, onTrack: 0, percent: null, coursesCompleted: 0 },
  }));
  return {
    period,
    choices: periodChoices(period, now),
    unit,
    units: choices,
    cityReader,
    metrics,
    byUnit,
    people,
    trend,
    training: training.total,
    hotspots: { kelurahan: kel, categories: cat },
    ranking,
    permitsAtRisk: atRisk,
    rebuilding: building,
  };
}
