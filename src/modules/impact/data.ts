// What /dasbor/dampak-pelatihan shows (docs/metrics.md §5.3), read from the roll-up the job keeps
// (training_impact), never from ratings: per course, the estimate of each metric for one year of
// completions. Restricted to a unit, the estimate is recomputed from that unit's people rows
// (training_impact_people, by year and unit): the same arithmetic over fewer people, so it is
// hidden far more often.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { units } from '../../db/schema';
import { trainingCourses, trainingImpact, trainingImpactPeople } from '../../db/schema-training';
import { differenceInDifferences, type PrePost } from '../../domain/metrics/did';
import { estimateOf, IMPACT_METRICS, type ImpactCourseRow, type ImpactMetric, type ImpactPageData } from '../../domain/metrics/impact';
import { jakartaYear } from '../../domain/time/jakarta';
import { hasAnyRole } from '../../platform/auth/guard';
import type { StaffPrincipal } from '../../platform/http/context';
import { ForbiddenError, NotFoundError } from '../../platform/http/errors';

/** Who reads the city-wide estimates and may restrict them to any unit. */
export const CITY_READERS = ['official', 'admin'] as const;
/** Who may open the page: besides them, supervisors (city-wide and their own unit) and course authors (city-wide). */
export const IMPACT_READERS = [...CITY_READERS, 'supervisor', 'course_author'] as const;
/** Years of completions offered, back from this one. */
const YEARS_BACK = 4;

/** The year the query string asks for (`?tahun=2026`), else this Jakarta year. */
export function yearOf(raw: string | undefined, now: Date): number {
  const y = raw && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  return y >= 2000 ? y : jakartaYear(now);
}

/** The unit filter a reader may use: officials and admins any unit, a supervisor their own; anyone else none. */
export function assertMayFilterUnit(viewer: StaffPrincipal, unitId: number): void {
  if (hasAnyRole(viewer, CITY_READERS)) return;
  if (hasAnyRole(viewer, ['supervisor']) && viewer.unitId === unitId) return;
  throw new ForbiddenError({
    id: 'Dampak pelatihan per unit hanya untuk kepala bidang unit itu dan pimpinan.',
    en: "A unit's training impact is for that unit's supervisors and officials only.",
  });
}

/** The queries behind the page, unexecuted (a test reads their plans). */
export function impactQueries(db: Db, year: number, unitId: number | null) {
  return {
    city: db
      .select({
        courseId: trainingImpact.courseId,
        code: trainingCourses.code,
        titleId: trainingCourses.titleId,
        titleEn: trainingCourses.titleEn,
        metric: trainingImpact.metric,
        shown: trainingImpact.shown,
        estimate: trainingImpact.estimate,
        low: trainingImpact.low,
        high: trainingImpact.high,
        standardError: trainingImpact.standardError,
        df: trainingImpact.df,
        nTreated: trainingImpact.nTreated,
        nControl: trainingImpact.nControl,
        meanTreated: trainingImpact.meanTreated,
        meanControl: trainingImpact.meanControl,
        pending: trainingImpact.pending,
        computedAt: trainingImpact.computedAt,
      })
      .from(trainingImpact)
      .innerJoin(trainingCourses, eq(trainingCourses.id, trainingImpact.courseId))
      .where(eq(trainingImpact.year, year)),
    unit: db
      .select({
        courseId: trainingImpactPeople.courseId,
        code: trainingCourses.code,
        titleId: trainingCourses.titleId,
        titleEn: trainingCourses.titleEn,
        metric: trainingImpactPeople.metric,
        grp: trainingImpactPeople.grp,
        pre: trainingImpactPeople.pre,
        post: trainingImpactPeople.post,
      })
      .from(trainingImpactPeople)
      .innerJoin(trainingCourses, eq(trainingCourses.id, trainingImpactPeople.courseId))
      .where(and(eq(trainingImpactPeople.year, year), eq(trainingImpactPeople.unitId, unitId ?? -1))),
  };
}

const byCourse = (a: ImpactCourseRow, b: ImpactCourseRow) => a.code.localeCompare(b.code);
const metricOrder = (m: string) => IMPACT_METRICS.indexOf(m as ImpactMetric);

async function cityCourses(db: Db, year: number): Promise<{ courses: ImpactCourseRow[]; computedAt: Date | null }> {
  const rows = (await impactQueries(db, year, null).city).sort((a, b) => metricOrder(a.metric) - metricOrder(b.metric));
  const courses = new Map<number, ImpactCourseRow>();
  let computedAt: Date | null = null;
  for (const r of rows) {
    const c = courses.get(r.courseId) ?? { courseId: r.courseId, code: r.code, title: { id: r.titleId, en: r.titleEn }, figures: [] };
    c.figures.push({
      metric: r.metric as ImpactMetric,
      pending: r.pending,
      shown: r.shown,
      estimate: r.estimate,
      low: r.low,
      high: r.high,
      standardError: r.standardError,
      df: r.df,
      nTreated: r.nTreated,
      nControl: r.nControl,
      meanTreated: r.meanTreated,
      meanControl: r.meanControl,
    });
    courses.set(r.courseId, c);
    if (!computedAt || r.computedAt > computedAt) computedAt = r.computedAt;
  }
  return { courses: [...courses.values()].sort(byCourse), computedAt };
}

/** The same estimates over one unit's people: the completers of the unit and their colleagues. */
async function unitCourses(db: Db, year: number, unitId: number): Promise<ImpactCourseRow[]> {
  const rows = await impactQueries(db, year, unitId).unit;
  const groups = new Map<string, { course: ImpactCourseRow; treated: PrePost[]; control: PrePost[] }>();
  const courses = new Map<number, ImpactCourseRow>();
  for (const r of rows) {
    const course = courses.get(r.courseId) ?? { courseId: r.courseId, code: r.code, title: { id: r.titleId, en: r.titleEn }, figures: [] };
    courses.set(r.courseId, course);
    const key = `${r.courseId}:${r.metric}`;
    const g = groups.get(key) ?? { course, treated: [], control: [] };
    groups.set(key, g);
    (r.grp === 'treated' ? g.treated : g.control).push({ pre: r.pre, post: r.post });
  }
  for (const [key, g] of [...groups].sort((a, b) => metricOrder(a[0].split(':')[1]!) - metricOrder(b[0].split(':')[1]!)))
    g.course.figures.push({ metric: key.split(':')[1] as ImpactMetric, pending: 0, ...estimateOf(differenceInDifferences(g.treated, g.control)) });
  return [...courses.values()].sort(byCourse);
}

/** The page: one year of completions, city-wide or one unit's. */
export async function impactPage(db: Db, viewer: StaffPrincipal, year: number, unitId: number | null, now: Date): Promise<ImpactPageData> {
  if (unitId !== null) assertMayFilterUnit(viewer, unitId);
  const thisYear = jakartaYear(now);
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => thisYear - i);
  if (!years.includes(year)) years.push(year);
  const city = hasAnyRole(viewer, CITY_READERS);
  const unitChoices = city
    ? await db.select({ id: units.id, name: units.name, nameEn: units.nameEn }).from(units).where(eq(units.active, true)).orderBy(asc(units.name))
    : hasAnyRole(viewer, ['supervisor'])
      ? await db.select({ id: units.id, name: units.name, nameEn: units.nameEn }).from(units).where(eq(units.id, viewer.unitId))
      : [];
  let unit: ImpactPageData['unit'] = null;
  if (unitId !== null) {
    const [u] = await db.select({ id: units.id, name: units.name, nameEn: units.nameEn }).from(units).where(eq(units.id, unitId));
    if (!u) throw new NotFoundError({ id: 'Unit tidak ditemukan.', en: 'Unit not found.' });
    unit = { id: u.id, name: { id: u.name, en: u.nameEn } };
  }
  const future = year > thisYear;
  const read = future ? { courses: [], computedAt: null } : unit ? { courses: await unitCourses(db, year, unit.id), computedAt: (await cityCourses(db, year)).computedAt } : await cityCourses(db, year);
  return {
    year,
    years: years.sort((a, b) => b - a),
    unit,
    units: unitChoices.map((u) => ({ id: u.id, name: { id: u.name, en: u.nameEn } })),
    courses: read.courses,
    computedAt: read.computedAt,
    future,
  };
}
