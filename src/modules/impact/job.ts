// The scheduled job that keeps the training-impact roll-up (docs/metrics.md §5.3) current: once a
// Jakarta day, every course is recomputed, a few at a time in the order of course ids, so one run
// stays bounded however large the city (a course is read and written whole: its completers, their
// colleagues, their ratings and SLA outcomes in the two windows). The mark (settings key
// `training_impact_day`) says how far today's pass got: 'YYYY-MM-DD:<last course id>' while it
// runs, 'YYYY-MM-DD' once done; a run on a day already done does nothing.
import { asc, gt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { trainingCourses } from '../../db/schema-training';
import { jakartaDate } from '../../domain/time/jakarta';
import type { ScheduledJob } from '../../jobs';
import { readSetting, writeSetting } from '../../platform/settings/settings';
import { refreshCourseImpact } from './compute';

export const IMPACT_DAY_KEY = 'training_impact_day';
/** Courses one run recomputes at most. */
export const COURSES_PER_RUN = 5;
/** A run starts no further course once it has compared this many people (at least one course a run). */
export const PEOPLE_PER_RUN = 10_000;

/** Where today's pass stands: the last course id done (0 before the first), or null when done today. */
export function passCursor(mark: string | null, today: string): number | null {
  if (mark === today) return null;
  const prefix = `${today}:`;
  return mark?.startsWith(prefix) ? Number(mark.slice(prefix.length)) || 0 : 0;
}

/** Continues today's pass: up to the budget of courses and people. */
export async function runImpactPass(db: Db, now: Date, budget = { courses: COURSES_PER_RUN, people: PEOPLE_PER_RUN }): Promise<{ courses: number; people: number }> {
  const today = jakartaDate(now);
  let after = passCursor(await readSetting(db, IMPACT_DAY_KEY), today);
  if (after === null) return { courses: 0, people: 0 };
  const ids = (
    await db
      .select({ id: trainingCourses.id })
      .from(trainingCourses)
      .where(gt(trainingCourses.id, after))
      .orderBy(asc(trainingCourses.id))
      .limit(budget.courses + 1)
  ).map((r) => r.id);
  let courses = 0;
  let people = 0;
  for (const id of ids.slice(0, budget.courses)) {
    if (courses > 0 && people >= budget.people) break;
    people += await refreshCourseImpact(db, id, now);
    courses++;
    after = id;
  }
  const finished = courses === ids.length;
  await writeSetting(db, IMPACT_DAY_KEY, finished ? today : `${today}:${after}`);
  return { courses, people };
}

export const trainingImpactJob: ScheduledJob = {
  name: 'training-impact',
  async run({ db, clock }) {
    return runImpactPass(db, clock.now());
  },
};
