// Holiday edits reach open cases (issue 10.4). Due instants are stored, not derived at read time:
// the queue, the overdue counts and the escalation candidates filter and sort on them with
// indexes (a city has hundreds of thousands of cases), and every deadline that moves leaves a
// `due_recomputed` event with the new clock, so published statistics can be recomputed from the
// history alone (docs/metrics.md §1.1).
//
// When an admin adds, changes or removes a holiday, the save marks a recomputation as pending
// (settings key `due_recompute`: a generation and how far it got) and does its first chunk at
// once; the scheduled job takes the rest, chunk by chunk, in the order of case ids, until every
// open case has been looked at. A second edit while one runs starts it again from the beginning
// with a new generation (a chunk finished under the old one cannot move the mark back). Each open
// case's due instants are recomputed from its clock's inputs (segment start, its days, its ended
// pauses) on the calendar as it is now (src/domain/sla/clock.ts); only a case whose instants
// change gets an event. A case made before the inputs were recorded keeps its instants.
// Closed episodes never change; nor does the citizen's answer deadline, which they were told.
import { and, asc, eq, gt, isNotNull, type SQL } from 'drizzle-orm';
import { cases, settings } from '../../../db/schema';
import type { Db } from '../../../db/client';
import type { HolidaySet } from '../../../domain/sla/calendar';
import { readSetting, writeSetting } from '../../../platform/settings/settings';
import type { ScheduledJob } from '../../../jobs';
import { commitCaseChange, type CaseRow, type CommitDeps } from '../commit';
import { loadHolidaySet } from '../holidays';
import { inKindStatuses, KERNEL_ACTIONS, kindOf } from '../kinds';
import { clockAfter, recomputedDue } from '../sla';

export const DUE_RECOMPUTE_KEY = 'due_recompute';
const CHUNK = 100;
/** Cases a holiday save looks at itself before it answers; the job does the rest. */
const FIRST_CHUNKS = 2;
/** Chunks one scheduled run takes. */
const RUN_CHUNKS = 20;

interface Mark {
  generation: string;
  /** the last case id looked at; '' before the first */
  after: string;
}

function parseMark(v: string | null): Mark | null {
  if (v === null) return null;
  const i = v.indexOf(':');
  return i < 0 ? null : { generation: v.slice(0, i), after: v.slice(i + 1) };
}

const markText = (m: Mark) => `${m.generation}:${m.after}`;

/** Moves the mark from `from` to `to` (null: done) unless another edit replaced it meanwhile. */
async function moveMark(deps: CommitDeps, from: Mark, to: Mark | null): Promise<boolean> {
  const where = and(eq(settings.key, DUE_RECOMPUTE_KEY), eq(settings.value, markText(from)));
  const done = to
    ? await deps.db.update(settings).set({ value: markText(to) }).where(where).returning({ key: settings.key })
    : await deps.db.delete(settings).where(where).returning({ key: settings.key });
  return done.length === 1;
}

/**
 * One case: a `due_recomputed` event and the new instants when the calendar moved them. 'lost'
 * when the case changed since it was read.
 */
async function recomputeOne(deps: CommitDeps, row: CaseRow, holidays: HolidaySet, now: Date): Promise<'moved' | 'same' | 'lost'> {
  const due = recomputedDue(row, holidays);
  if (!due) return 'same';
  if (due.firstResponseDueAt.getTime() === row.firstResponseDueAt.getTime() && due.resolutionDueAt.getTime() === row.resolutionDueAt.getTime()) return 'same';
  const kind = kindOf(row.kind);
  const t = kind.machine.transition(row.status, KERNEL_ACTIONS.dueRecomputed, { actor: 'system' });
  if (!t.ok) return 'same';
  const set = { firstResponseDueAt: due.firstResponseDueAt, resolutionDueAt: due.resolutionDueAt };
  const res = await commitCaseChange(deps, row, {
    at: now,
    events: [
      {
        actorKind: 'system',
        type: KERNEL_ACTIONS.dueRecomputed,
        fromStatus: row.status,
        toStatus: t.to,
        visibility: t.visibility,
        data: {
          previous: { first_response_due_at: row.firstResponseDueAt.toISOString(), resolution_due_at: row.resolutionDueAt.toISOString() },
          clock: clockAfter(row, set),
        },
      },
    ],
    set,
  });
  return res.applied ? 'moved' : 'lost';
}

/** One chunk of the open cases with a recorded clock, after the id `after`, in the order of their ids. */
export function recomputeCandidates(db: Db, after: string | null) {
  const open = and(inKindStatuses((k) => k.open), isNotNull(cases.segmentStartedAt)) as SQL;
  return db
    .select()
    .from(cases)
    .where(after ? and(open, gt(cases.id, after)) : open)
    .orderBy(asc(cases.id))
    .limit(CHUNK);
}

/**
 * Continues a pending recomputation for at most `chunks` chunks. Returns how many cases it looked
 * at and moved, and whether it is finished (nothing pending any more).
 */
export async function recomputeDueInstants(deps: CommitDeps, now: Date, chunks = RUN_CHUNKS): Promise<{ checked: number; moved: number; done: boolean }> {
  const { db } = deps;
  const pending = parseMark(await readSetting(db, DUE_RECOMPUTE_KEY));
  if (!pending) return { checked: 0, moved: 0, done: true };
  let mark: Mark = pending;
  const holidays = await loadHolidaySet(db);
  let checked = 0;
  let moved = 0;
  for (let i = 0; i < chunks; i++) {
    const page: CaseRow[] = await recomputeCandidates(db, mark.after);
    for (const row of page) {
      checked++;
      let r = await recomputeOne(deps, row, holidays, now);
      if (r === 'lost') {
        // changed under us, perhaps on the old calendar: read it again, once
        const [fresh] = await db.select().from(cases).where(eq(cases.id, row.id)).limit(1);
        if (fresh && kindOf(fresh.kind).open.includes(fresh.status)) r = await recomputeOne(deps, fresh, holidays, now);
      }
      if (r === 'moved') moved++;
    }
    const last = page[page.length - 1];
    const next: Mark | null = page.length < CHUNK || !last ? null : { generation: mark.generation, after: last.id };
    // another edit restarted the recomputation: this run stops, the next one takes the new mark
    if (!(await moveMark(deps, mark, next))) return { checked, moved, done: false };
    if (!next) return { checked, moved, done: true };
    mark = next;
  }
  return { checked, moved, done: false };
}

/** After a holiday edit: marks every open case for recomputation and does the first chunks now. */
export async function startDueRecompute(deps: CommitDeps, now: Date): Promise<{ checked: number; moved: number; done: boolean }> {
  await writeSetting(deps.db, DUE_RECOMPUTE_KEY, markText({ generation: crypto.randomUUID(), after: '' }));
  return recomputeDueInstants(deps, now, FIRST_CHUNKS);
}

export const dueRecompute: ScheduledJob = {
  name: 'due-recompute',
  async run(deps) {
    const r = await recomputeDueInstants(deps, deps.clock.now());
    return { checked: r.checked, moved: r.moved, pending: r.done ? 0 : 1 };
  },
};
