// The citizen's answer deadline (issue 10.1): a case waiting for information whose citizen did not
// answer by citizen_due_at goes back to work. The system records `info_request_expired`: the
// clock resumes from the deadline (the pause ends there, wherever the job runs in its 15
// minutes), its due instants pushed by the paused working time, and the case is back in the
// queue, in compliance and in escalation. Staff may then resolve it, or close it with a reason
// the citizen reads (close_unanswered).
//
// Cases are taken by their deadline, oldest first (index on citizen_due_at), in chunks, up to a
// budget per run; the write is guarded by the version and status read, so a citizen's answer in
// the same moment wins cleanly.
import { and, asc, eq, gt, inArray, isNotNull, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { cases } from '../../../db/schema';
import type { ScheduledJob } from '../../../jobs';
import { commitCaseChange, type CommitDeps } from '../commit';
import { loadHolidaySet } from '../holidays';
import { KERNEL_ACTIONS, registeredKinds } from '../kinds';
import { clockAfter, resumeClock } from '../sla';

const CHUNK = 100;
const BUDGET = 2000;

/** One chunk of the kind's cases whose answer deadline passed, after `after`, oldest deadline first. */
export function expiryCandidates(db: Db, kind: string, waiting: readonly string[], now: Date, after: { at: Date; id: string } | null, limit: number) {
  const due = and(eq(cases.kind, kind), inArray(cases.status, [...waiting]), isNotNull(cases.citizenDueAt), lt(cases.citizenDueAt, now)) as SQL;
  return db
    .select()
    .from(cases)
    .where(after ? and(due, or(gt(cases.citizenDueAt, after.at), and(eq(cases.citizenDueAt, after.at), gt(cases.id, after.id)))) : due)
    .orderBy(asc(cases.citizenDueAt), asc(cases.id))
    .limit(limit);
}

export async function expireInfoRequests(deps: CommitDeps, now: Date, budget = BUDGET): Promise<{ expired: number }> {
  const { db } = deps;
  const holidays = await loadHolidaySet(db);
  let expired = 0;
  let left = budget;
  for (const kind of registeredKinds()) {
    const rule = kind.machine.transitions[KERNEL_ACTIONS.infoRequestExpired];
    if (!rule || rule.actor !== 'system') continue;
    const waiting = kind.paused.filter((s) => rule.from.includes(s));
    if (!waiting.length) continue;
    let after: { at: Date; id: string } | null = null;
    while (left > 0) {
      const page = await expiryCandidates(db, kind.kind, waiting, now, after, Math.min(CHUNK, left));
      for (const row of page) {
        left--;
        after = { at: row.citizenDueAt!, id: row.id };
        const t = kind.machine.transition(row.status, KERNEL_ACTIONS.infoRequestExpired, { actor: 'system' });
        if (!t.ok) continue;
        const set = { status: t.to, ...resumeClock(row, now, holidays), infoExpiredAt: row.citizenDueAt };
        const res = await commitCaseChange(deps, row, {
          at: now,
          events: [
            {
              actorKind: 'system',
              type: KERNEL_ACTIONS.infoRequestExpired,
              fromStatus: row.status,
              toStatus: t.to,
              visibility: t.visibility,
              message:
                'Pelapor tidak menjawab permintaan informasi sampai batas waktunya; penanganan dilanjutkan dengan informasi yang ada. / The citizen did not answer the request for information by its deadline; handling continues with the information at hand.',
              data: { citizen_due_at: row.citizenDueAt!.toISOString(), clock: clockAfter(row, set) },
            },
          ],
          set,
          guard: [eq(cases.status, row.status)],
        });
        if (res.applied) expired++;
      }
      if (page.length < CHUNK) break;
    }
  }
  return { expired };
}

export const infoRequestExpiry: ScheduledJob = {
  name: 'info-request-expiry',
  run: (deps) => expireInfoRequests(deps, deps.clock.now()),
};
