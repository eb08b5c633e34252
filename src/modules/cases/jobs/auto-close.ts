// Auto-close: a case its kind closes by itself is closed by the system, so every case reaches an
// end: a resolved complaint the citizen did not reopen, or a declined one they did not appeal,
// within 10 working days (as SP4N-LAPOR! closes a report 10 working days after follow-up without
// reply). Each kind says from which statuses, from which instant (the resolution, the decline), by
// which action and after how many working days (its auto-close rules). The write is guarded by the
// version and status the job read, so a citizen's reopen at the same moment wins cleanly.
//
// Order and completeness: each rule takes its candidates oldest window first (an index on kind,
// status and the instant), in chunks, until the next one is still inside its window or the run's
// budget is spent; the next run goes on from there. A window's end only grows with its start, so
// the first case still inside its window means every later one is too: cases still waiting can
// never hold back older ones (issue 10.7: 100 unordered candidates a run could starve them).
import { and, asc, eq, gt, isNotNull, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { cases } from '../../../db/schema';
import { withinReopenWindow } from '../../../domain/cases/reopen-window';
import type { ScheduledJob } from '../../../jobs';
import { commitCaseChange, type CommitDeps } from '../commit';
import { loadHolidaySet } from '../holidays';
import { registeredKinds, type AutoCloseRule } from '../kinds';

const CHUNK = 100;
/** Cases one run may close; a backlog beyond it is taken by the next runs, oldest first. */
export const AUTO_CLOSE_BUDGET = 2000;
const DAY = 24 * 60 * 60 * 1000;

function closingMessage(rule: AutoCloseRule): string {
  const days = rule.afterWorkingDays;
  return rule.since === 'declinedAt'
    ? `Ditutup otomatis: tidak diajukan keberatan dalam ${days} hari kerja setelah ditolak. / Closed automatically: not appealed within ${days} working days of the decline.`
    : `Ditutup otomatis: tidak dibuka kembali dalam ${days} hari kerja setelah selesai. / Closed automatically: not reopened within ${days} working days of resolution.`;
}

/** One chunk of a rule's candidates after `after`, oldest window first. */
export function autoCloseCandidates(db: Db, kind: string, rule: AutoCloseRule, now: Date, after: { at: Date; id: string } | null, limit: number) {
  const since = cases[rule.since];
  // n working days are always at least n calendar days: a cheap prefilter in SQL
  const due = and(eq(cases.kind, kind), eq(cases.status, rule.from), isNotNull(since), lt(since, new Date(now.getTime() - rule.afterWorkingDays * DAY))) as SQL;
  return db
    .select({ id: cases.id, version: cases.version, at: since })
    .from(cases)
    .where(after ? and(due, or(gt(since, after.at), and(eq(since, after.at), gt(cases.id, after.id)))) : due)
    .orderBy(asc(since), asc(cases.id))
    .limit(limit);
}

export async function autoCloseAnswered(deps: CommitDeps, now: Date, budget = AUTO_CLOSE_BUDGET): Promise<{ closed: number }> {
  const { db } = deps;
  const holidays = await loadHolidaySet(db);
  let closed = 0;
  let left = budget;
  for (const kind of registeredKinds()) {
    for (const rule of kind.autoClose) {
      const r = kind.machine.transition(rule.from, rule.action, { actor: 'system' });
      if (!r.ok) continue;
      const days = rule.afterWorkingDays;
      let after: { at: Date; id: string } | null = null;
      let inWindow = false;
      while (left > 0 && !inWindow) {
        const page = await autoCloseCandidates(db, kind.kind, rule, now, after, Math.min(CHUNK, left));
        for (const c of page) {
          if (withinReopenWindow(c.at!, now, holidays, days)) {
            inWindow = true;
            break;
          }
          left--;
          after = { at: c.at!, id: c.id };
          const res = await commitCaseChange(deps, c, {
            at: now,
            events: [{ actorKind: 'system', type: rule.action, fromStatus: rule.from, toStatus: r.to, visibility: r.visibility, message: closingMessage(rule) }],
            set: { status: r.to, closedAt: now },
            guard: [eq(cases.status, rule.from)],
          });
          if (res.applied) closed++;
        }
        if (page.length < CHUNK) break;
      }
    }
  }
  return { closed };
}

export const autoClose: ScheduledJob = {
  name: 'auto-close',
  run: (deps) => autoCloseAnswered(deps, deps.clock.now()),
};
