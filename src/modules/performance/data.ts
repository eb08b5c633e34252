// What /kinerja shows (docs/metrics.md §2–§5.1): one ASN's figures for a period with their
// 12-month trend, training against 20 JP, and the courses their service quality calls for; a
// unit's ASN side by side. Who may see whose is decided here, on the server, before anything is read.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { staff, staffRoles, units } from '../../db/schema';
import { lastMonths, parsePeriod, periodAt, previousPeriod, periodKey, type Period } from '../../domain/metrics/period';
import { CITY_PERFORMANCE_READERS, mayReadPerformanceOf } from '../../domain/metrics/record-access';
import type { PersonPerformance, PerformanceSubject as Subject, UnitPerformance } from '../../domain/metrics/views';
import { hasAnyRole } from '../../platform/auth/guard';
import type { StaffPrincipal } from '../../platform/http/context';
import { ForbiddenError, NotFoundError } from '../../platform/http/errors';
import { readSetting } from '../../platform/settings/settings';
import { BUILD_KEY, PROJECTION_VERSION } from '../metrics/job';
import { metricsByOfficer, monthlySeries, serviceMetrics, trainingMetrics } from '../metrics/query';
import { serviceRecommendations } from '../training/recommendations';

/** Who reads anyone's performance: officials and admins, city-wide. */
export const CITY_READERS = CITY_PERFORMANCE_READERS;


export async function findSubject(db: Db, id: number): Promise<Subject | null> {
  const [row] = await db
    .select({
      id: staff.id,
      name: staff.name,
      nip: staff.nip,
      position: staff.position,
      unitId: staff.unitId,
      unitCode: units.code,
      unitName: units.name,
      unitNameEn: units.nameEn,
    })
    .from(staff)
    .innerJoin(units, eq(units.id, staff.unitId))
    .where(eq(staff.id, id));
  if (!row) return null;
  const roles = (await db.select({ role: staffRoles.role }).from(staffRoles).where(eq(staffRoles.staffId, id))).map((r) => r.role);
  return { ...row, roles };
}

const notYours = {
  id: 'Anda hanya dapat melihat rincian kinerja Anda sendiri. Kepala bidang melihat pegawai unitnya; pimpinan melihat semua.',
  en: 'You can only see your own performance breakdown. Supervisors see the staff of their unit; officials see everyone.',
};

/** Someone else's breakdown: a supervisor of their unit, an official or an admin; anyone else 403. */
export function assertMayRead(viewer: StaffPrincipal, subject: Pick<Subject, 'id' | 'unitId'>): void {
  // the same rule decides where an ASN's name is a link to this page
  if (!mayReadPerformanceOf(viewer, subject)) throw new ForbiddenError(notYours);
}

/** A unit's list: its own supervisors, officials and admins; anyone else 403. */
export function assertMayReadUnit(viewer: StaffPrincipal, unitId: number): void {
  if (hasAnyRole(viewer, CITY_READERS)) return;
  if (hasAnyRole(viewer, ['supervisor']) && viewer.unitId === unitId) return;
  throw new ForbiddenError({
    id: 'Daftar kinerja unit hanya untuk kepala bidang unit itu dan pimpinan.',
    en: "A unit's performance list is for that unit's supervisors and officials only.",
  });
}

/** The period the query string asks for (`?periode=2026-11`, `2026-Q4`, `2026`); the current month otherwise. */
export function periodOf(raw: string | undefined, now: Date): Period {
  return parsePeriod(raw) ?? periodAt('month', now);
}

/** The periods offered: the last 12 months, the last 4 quarters, this year and last; and the one shown. */
export function periodChoices(shown: Period, now: Date): Period[] {
  const quarters: Period[] = [];
  let q = periodAt('quarter', now);
  for (let i = 0; i < 4; i++) {
    quarters.push(q);
    q = previousPeriod(q);
  }
  const year = periodAt('year', now);
  const all = [...lastMonths(12, now).reverse(), ...quarters, year, previousPeriod(year)];
  return all.some((p) => periodKey(p) === periodKey(shown)) ? all : [shown, ...all];
}

/** Whether the roll-ups are being rebuilt (a new definition): the figures are incomplete meanwhile. */
async function rebuilding(db: Db): Promise<boolean> {
  return (await readSetting(db, BUILD_KEY)) !== PROJECTION_VERSION;
}


/** One ASN's page: their figures for the period, the last 12 months, training and recommendations (as of now). */
export async function personPerformance(db: Db, subject: Subject, period: Period, now: Date): Promise<PersonPerformance> {
  const scope = { kind: 'officer' as const, id: subject.id };
  const [metrics, trend, training, recommendations, building] = await Promise.all([
    serviceMetrics(db, scope, period, now),
    monthlySeries(db, scope, 12, now),
    trainingMetrics(db, scope, period, now),
    serviceRecommendations(db, { id: subject.id, roles: subject.roles, unitCode: subject.unitCode }, now),
    rebuilding(db),
  ]);
  return {
    subject,
    period,
    choices: periodChoices(period, now),
    metrics,
    trend,
    training: training.people[0]!.training,
    recommendations,
    rebuilding: building,
  };
}


/** A unit's page: the unit's figures and one row per active ASN of it. */
export async function unitPerformance(db: Db, unitId: number, period: Period, now: Date, listUnits: boolean): Promise<UnitPerformance> {
  const [unit] = await db.select({ id: units.id, code: units.code, name: units.name, nameEn: units.nameEn }).from(units).where(eq(units.id, unitId));
  if (!unit) throw new NotFoundError({ id: 'Unit tidak ditemukan.', en: 'Unit not found.' });
  const [metrics, people, all, building] = await Promise.all([
    serviceMetrics(db, { kind: 'unit', id: unitId }, period, now),
    metricsByOfficer(db, period, { unitId }, now),
    listUnits ? db.select({ id: units.id, name: units.name, nameEn: units.nameEn }).from(units).where(eq(units.active, true)).orderBy(asc(units.name)) : [],
    rebuilding(db),
  ]);
  return { unit, period, choices: periodChoices(period, now), metrics, people, units: all, rebuilding: building };
}
