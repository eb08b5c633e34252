// The scheduled upkeep of the case_segments projection (docs/metrics.md §6), each run:
//  1. the cases still marked pending: a rewrite after a change that failed, or never ran;
//  2. the cases with an open, running segment whose deadline has passed: a breach happens without
//     any event, so the rows are judged again now (indexed by the stored due instants);
//  3. a rebuild of every case, chunk by chunk in the order of case ids, whenever the projection's
//     definition (PROJECTION_VERSION) is newer than the one the rows were built with: after the
//     migration that adds the table, and after any change to what a row says. The mark (settings
//     key `case_segments_build`) says how far it got; a finished build leaves just its version.
//     A build begins by emptying the monthly roll-ups (and un-counting the rows already written
//     under the new definition): as it rewrites each case, the case's contribution is added again.
import { and, asc, eq, gt, isNull, like, lte, or, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../../db/client';
import { cases, caseSegments, caseSegmentsPending, settings } from '../../db/schema';
import type { ScheduledJob } from '../../jobs';
import { readSetting, writeSetting } from '../../platform/settings/settings';
import { clearRollupStatements } from './rollups';
import { PROJECTION_VERSION, refreshCaseSegments, SEGMENT_CHUNK } from './segments';

export { PROJECTION_VERSION };
export const BUILD_KEY = 'case_segments_build';
/** Cases one run rewrites at most: marked, and past a deadline. */
const RUN_BUDGET = 500;
/** Cases one run rebuilds at most (a first build of a city's history takes many runs). */
const BUILD_BUDGET = 2000;

/** The marked cases (a mark lives from a change to its rewrite: few), rewritten as of `now`. */
async function repairPending(db: Db, now: Date, budget: number): Promise<number> {
  const rows = await db.select({ id: caseSegmentsPending.caseId }).from(caseSegmentsPending).limit(budget);
  return refreshCaseSegments(db, rows.map((r) => r.id), now);
}

/** The cases whose open, running segment has a deadline at or before `now` not yet judged. */
export function casesPastDeadlineQuery(db: Db, now: Date, budget: number) {
  const running = and(isNull(caseSegments.endAt), eq(caseSegments.pausedNow, false));
  return db
    .selectDistinct({ id: caseSegments.caseId })
    .from(caseSegments)
    .where(
      or(
        and(running, isNull(caseSegments.resOutcome), lte(caseSegments.resolutionDueAt, now)),
        and(running, isNull(caseSegments.frOutcome), lte(caseSegments.firstResponseDueAt, now)),
      ),
    )
    .limit(budget);
}

async function rejudgePastDeadlines(db: Db, now: Date, budget: number): Promise<number> {
  const rows = await casesPastDeadlineQuery(db, now, budget);
  return refreshCaseSegments(db, rows.map((r) => r.id), now);
}

/** Where a build stands: the last case id done ('' before the first), or null when it is finished. */
function buildCursor(mark: string | null): string | null {
  if (mark === PROJECTION_VERSION) return null;
  const prefix = `${PROJECTION_VERSION}:`;
  return mark?.startsWith(prefix) ? mark.slice(prefix.length) : '';
}

/** Rewrites up to `budget` cases with ids after `after`: how many, and the last id (null at the end). */
async function rebuildChunk(db: Db, after: string, now: Date, budget = SEGMENT_CHUNK): Promise<{ done: number; last: string | null }> {
  const ids = (
    await db
      .select({ id: cases.id })
      .from(cases)
      .where(gt(cases.id, after))
      .orderBy(asc(cases.id))
      .limit(budget)
  ).map((r) => r.id);
  await refreshCaseSegments(db, ids, now);
  return { done: ids.length, last: ids.length < budget ? null : ids[ids.length - 1]! };
}

/**
 * Empties the roll-ups and un-counts the rows written under the current definition, in one batch
 * with `alongside`: from here every case counts again once its rows are rewritten. (A rewrite that
 * read such rows before this writes nothing: its rows are no longer those it read.)
 */
async function startFromNothing(db: Db, alongside: BatchItem<'sqlite'>[] = []): Promise<void> {
  await db.batch([
    ...clearRollupStatements(db),
    db
      .update(caseSegments)
      .set({ writeId: null })
      .where(like(caseSegments.writeId, `${PROJECTION_VERSION}:%`)),
    ...alongside,
  ] as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
}

/** Every case's rows and the roll-ups rebuilt from the histories as of `now`, chunk by chunk. */
export async function rebuildCaseSegments(db: Db, now: Date): Promise<number> {
  await startFromNothing(db);
  let after: string | null = '';
  let done = 0;
  while (after !== null) {
    const chunk = await rebuildChunk(db, after, now);
    done += chunk.done;
    after = chunk.last;
  }
  return done;
}

/** Continues the build the current definition needs, if any; returns the cases rewritten. */
async function continueBuild(db: Db, now: Date, budget: number): Promise<number> {
  let after = buildCursor(await readSetting(db, BUILD_KEY));
  if (after === '') {
    // the first run of a build: the roll-ups start from nothing, and the mark says the build began
    const began = `${PROJECTION_VERSION}:`;
    await startFromNothing(db, [
      db.insert(settings).values({ key: BUILD_KEY, value: began }).onConflictDoUpdate({ target: settings.key, set: { value: sql`excluded.value` } }),
    ]);
  }
  let done = 0;
  while (after !== null && done < budget) {
    const chunk = await rebuildChunk(db, after, now);
    done += chunk.done;
    after = chunk.last;
    await writeSetting(db, BUILD_KEY, after === null ? PROJECTION_VERSION : `${PROJECTION_VERSION}:${after}`);
  }
  return done;
}

export const caseSegmentsUpkeep: ScheduledJob = {
  name: 'case-segments',
  async run({ db, clock }) {
    const now = clock.now();
    const pending = await repairPending(db, now, RUN_BUDGET);
    const deadlines = await rejudgePastDeadlines(db, now, RUN_BUDGET);
    const rebuilt = await continueBuild(db, now, BUILD_BUDGET);
    return { pending, deadlines, rebuilt };
  },
};
