// Training impact computed into its roll-up (docs/metrics.md §5.3): for one course, every year of
// completions, both metrics. Who is compared with whom is src/domain/metrics/impact.ts; the
// arithmetic is differenceInDifferences (src/domain/metrics/did.ts). Here: the completions (the
// training module's enrolments, `completed_at`: when every required part was done), each person's
// metric in their two windows, and the rows written.
//
// The metric of a person over a window, credited as docs/metrics.md §1.3 says:
//   IKM  of the ratings of the cases they resolved (ratings.officer_id) given in the window
//   SLA  met ÷ (met + breached) of the resolution outcomes credited to them (res_outcome_by)
//        whose outcome instant is in the window, in percent
// Each window is read for many people at once: the people and their windows travel as one JSON
// parameter (json_each), joined into ratings by (officer_id, created_at) and into case_segments
// by (res_outcome_by, res_outcome, res_outcome_at), so a statement's cost is its people's rows,
// never the history, and D1's 100 bound parameters are never reached. CROSS JOIN keeps the people
// the outer loop (SQLite never reorders it): without statistics D1's planner would otherwise walk
// every outcome of the city by `res_outcome` and look each person up.
import { and, eq, getTableColumns, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { chunkForParams, D1_MAX_PARAMS, type Db } from '../../db/client';
import { staff } from '../../db/schema';
import { trainingEnrolments, trainingImpact, trainingImpactPeople } from '../../db/schema-training';
import { differenceInDifferences, type DidResult, type PrePost } from '../../domain/metrics/did';
import { completionYears, estimateOf, IMPACT_WINDOW_MS, impactCohort, slaPercent, type ImpactMetric, type ImpactSubject } from '../../domain/metrics/impact';
import { ikmFromTotals, SKM_ELEMENT_COUNT } from '../../domain/skm/ikm';
import { jakartaDate } from '../../domain/time/jakarta';

/** People one read statement takes (one JSON parameter, a few dozen bytes each). */
export const PEOPLE_PER_STATEMENT = 500;

type Window = 'pre' | 'post';

/** [lo, hi] of a window around `refAt` (which end is included: inWindow). */
function bounds(refAt: number, w: Window): [number, number] {
  return w === 'pre' ? [refAt - IMPACT_WINDOW_MS, refAt] : [refAt, refAt + IMPACT_WINDOW_MS];
}

/** The condition of an instant column in the window: before [lo, hi), after (lo, hi]. */
function inWindow(column: SQL, w: Window): SQL {
  const lo = sql.raw(`json_extract(w.value, '$[1]')`);
  const hi = sql.raw(`json_extract(w.value, '$[2]')`);
  return w === 'pre' ? sql`${column} >= ${lo} AND ${column} < ${hi}` : sql`${column} > ${lo} AND ${column} <= ${hi}`;
}

const peopleJson = (people: readonly ImpactSubject[], w: Window) => JSON.stringify(people.map((p) => [p.staffId, ...bounds(p.refAt, w)]));
const who = sql.raw(`json_extract(w.value, '$[0]')`);

/**
 * The read statements of one window for up to PEOPLE_PER_STATEMENT people, unexecuted (a test
 * reads their plans): per person, the ratings' count and element sums, and the SLA outcomes.
 */
export function windowQueries(db: Db, people: readonly ImpactSubject[], w: Window) {
  const json = peopleJson(people, w);
  const sums = sql.raw(Array.from({ length: SKM_ELEMENT_COUNT }, (_, i) => `sum(r.u${i + 1}) AS s${i + 1}`).join(', '));
  return {
    ratings: sql`SELECT ${who} AS staff_id, count(*) AS n, ${sums} FROM json_each(${json}) AS w CROSS JOIN ratings AS r ON r.officer_id = ${who} AND ${inWindow(sql`r.created_at`, w)} GROUP BY w.key`,
    outcomes: sql`SELECT ${who} AS staff_id, count(*) AS n, sum(s.res_outcome = 'met') AS met FROM json_each(${json}) AS w CROSS JOIN case_segments AS s ON s.res_outcome_by = ${who} AND s.res_outcome IN ('met', 'breached') AND ${inWindow(sql`s.res_outcome_at`, w)} GROUP BY w.key`,
  };
}

/** One person's value and what it rests on, per window and metric. */
interface Measured {
  value: number | null;
  n: number;
}
type Measures = Record<ImpactMetric, Record<Window, Measured>>;

const none = (): Measures => ({ ikm: { pre: { value: null, n: 0 }, post: { value: null, n: 0 } }, sla: { pre: { value: null, n: 0 }, post: { value: null, n: 0 } } });

/** Every person's IKM and SLA compliance in both windows. */
async function measure(db: Db, people: readonly ImpactSubject[]): Promise<Map<number, Measures>> {
  const out = new Map<number, Measures>(people.map((p) => [p.staffId, none()]));
  for (let i = 0; i < people.length; i += PEOPLE_PER_STATEMENT) {
    const chunk = people.slice(i, i + PEOPLE_PER_STATEMENT);
    for (const w of ['pre', 'post'] as const) {
      const q = windowQueries(db, chunk, w);
      const [rated, outcomes] = await Promise.all([
        db.all<Record<string, number>>(q.ratings),
        db.all<{ staff_id: number; n: number; met: number }>(q.outcomes),
      ]);
      for (const r of rated) {
        const n = Number(r['n']);
        const sums = Array.from({ length: SKM_ELEMENT_COUNT }, (_, k) => Number(r[`s${k + 1}`]));
        out.get(Number(r['staff_id']))!.ikm[w] = { value: ikmFromTotals({ respondents: n, sums, counts: sums.map(() => n) }).ikm, n };
      }
      for (const o of outcomes) out.get(Number(o.staff_id))!.sla[w] = { value: slaPercent(Number(o.met), Number(o.n)), n: Number(o.n) };
    }
  }
  return out;
}

type ImpactRow = typeof trainingImpact.$inferInsert;
type PersonRow = typeof trainingImpactPeople.$inferInsert;

function impactRow(courseId: number, year: number, metric: ImpactMetric, r: DidResult, pending: number, now: Date): ImpactRow {
  return { courseId, year, metric, pending, computedOn: jakartaDate(now), computedAt: now, ...estimateOf(r) };
}

/** A course's completions and the staff of its completers' units (now), unexecuted (a test reads their plans). */
export function courseQueries(db: Db, courseId: number) {
  const done = and(eq(trainingEnrolments.courseId, courseId), isNotNull(trainingEnrolments.completedAt));
  const completerUnits = db.select({ unitId: staff.unitId }).from(staff).where(inArray(staff.id, db.select({ id: trainingEnrolments.staffId }).from(trainingEnrolments).where(done)));
  return {
    completions: db.select({ staffId: trainingEnrolments.staffId, at: trainingEnrolments.completedAt }).from(trainingEnrolments).where(done),
    colleagues: db.select({ staffId: staff.id, unitId: staff.unitId }).from(staff).where(inArray(staff.unitId, completerUnits)),
  };
}

/** The rows of one course: per year of completion and metric, the estimate and its people. */
export async function courseImpactRows(db: Db, courseId: number, now: Date): Promise<{ impact: ImpactRow[]; people: PersonRow[] }> {
  const q = courseQueries(db, courseId);
  const completions = (await q.completions).map((c) => ({ staffId: c.staffId, at: c.at!.getTime() }));
  if (completions.length === 0) return { impact: [], people: [] };
  const colleagues = await q.colleagues;
  const impact: ImpactRow[] = [];
  const people: PersonRow[] = [];
  for (const year of completionYears(completions)) {
    const cohort = impactCohort(completions, colleagues, year, now.getTime());
    const measured = await measure(db, cohort.subjects);
    for (const metric of ['ikm', 'sla'] as const) {
      const pairs = { treated: [] as PrePost[], control: [] as PrePost[] };
      for (const s of cohort.subjects) {
        const m = measured.get(s.staffId)![metric];
        pairs[s.group].push({ pre: m.pre.value, post: m.post.value });
        people.push({ courseId, year, metric, staffId: s.staffId, grp: s.group, unitId: s.unitId, refAt: new Date(s.refAt), pre: m.pre.value, post: m.post.value, preN: m.pre.n, postN: m.post.n });
      }
      impact.push(impactRow(courseId, year, metric, differenceInDifferences(pairs.treated, pairs.control), cohort.pending, now));
    }
  }
  return { impact, people };
}

/** People rows one insert statement takes (one JSON parameter). */
const PEOPLE_PER_INSERT = 500;
const PERSON_KEYS = ['courseId', 'year', 'metric', 'staffId', 'grp', 'unitId', 'refAt', 'pre', 'post', 'preN', 'postN'] as const;

/** `INSERT INTO training_impact_people SELECT <json items> FROM json_each(<json>)`: one row per JSON array. */
function insertPeople(db: Db, rows: readonly PersonRow[]) {
  const json = JSON.stringify(rows.map((r) => PERSON_KEYS.map((k) => (k === 'refAt' ? (r.refAt as Date).getTime() : (r[k] ?? null)))));
  // drizzle checks that the selection names every column of the table in order
  const selection = Object.fromEntries(Object.keys(getTableColumns(trainingImpactPeople)).map((k) => [k, sql.raw(`json_extract(value, '$[${PERSON_KEYS.indexOf(k as (typeof PERSON_KEYS)[number])}]')`)]));
  return db.insert(trainingImpactPeople).select(db.select(selection).from(sql`json_each(${json})`) as never);
}

/**
 * Recomputes one course and replaces its rows in one batch (a reader sees the old rows or the new,
 * never half). Returns the number of people compared.
 */
export async function refreshCourseImpact(db: Db, courseId: number, now: Date): Promise<number> {
  const { impact, people } = await courseImpactRows(db, courseId, now);
  const statements: BatchItem<'sqlite'>[] = [
    db.delete(trainingImpactPeople).where(eq(trainingImpactPeople.courseId, courseId)),
    db.delete(trainingImpact).where(eq(trainingImpact.courseId, courseId)),
  ];
  for (const chunk of chunkForParams(impact, Object.keys(getTableColumns(trainingImpact)).length, D1_MAX_PARAMS)) statements.push(db.insert(trainingImpact).values(chunk));
  for (let i = 0; i < people.length; i += PEOPLE_PER_INSERT) statements.push(insertPeople(db, people.slice(i, i + PEOPLE_PER_INSERT)));
  await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  return people.length / 2;
}
