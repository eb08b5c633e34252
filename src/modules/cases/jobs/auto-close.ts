// Auto-close: a case its kind closes by itself (a resolved complaint the citizen did not reopen
// within 10 working days, as SP4N-LAPOR! closes a report 10 working days after follow-up without
// reply) is closed by the system, so every case reaches an end. Each kind says from which status,
// by which action and after how many working days (its auto-close rule). The write is guarded by
// the version and status the job read, so a citizen's reopen at the same moment wins cleanly.
import { and, eq, isNotNull, lt } from 'drizzle-orm';
import { cases } from '../../../db/schema';
import { withinReopenWindow } from '../../../domain/cases/reopen-window';
import type { ScheduledJob } from '../../../jobs';
import { commitCaseChange, type CommitDeps } from '../commit';
import { loadHolidaySet } from '../holidays';
import { registeredKinds } from '../kinds';

const BATCH_LIMIT = 100;
const DAY = 24 * 60 * 60 * 1000;

export async function autoCloseResolved(deps: CommitDeps, now: Date): Promise<{ closed: number }> {
  const { db } = deps;
  const holidays = await loadHolidaySet(db);
  let closed = 0;
  for (const kind of registeredKinds()) {
    const rule = kind.autoClose;
    if (!rule) continue;
    const r = kind.machine.transition(rule.from, rule.action, { actor: 'system' });
    if (!r.ok) continue;
    const days = rule.afterWorkingDays;
    // n working days are always at least n calendar days: a cheap prefilter in SQL
    const candidates = await db
      .select({ id: cases.id, version: cases.version, resolvedAt: cases.resolvedAt })
      .from(cases)
      .where(
        and(
          eq(cases.kind, kind.kind),
          eq(cases.status, rule.from),
          isNotNull(cases.resolvedAt),
          lt(cases.resolvedAt, new Date(now.getTime() - days * DAY)),
        ),
      )
      .limit(BATCH_LIMIT);
    for (const c of candidates) {
      if (withinReopenWindow(c.resolvedAt!, now, holidays, days)) continue;
      const res = await commitCaseChange(deps, c, {
        at: now,
        events: [
          {
            actorKind: 'system',
            type: rule.action,
            fromStatus: rule.from,
            toStatus: r.to,
            visibility: r.visibility,
            message: `Ditutup otomatis: tidak dibuka kembali dalam ${days} hari kerja setelah selesai. / Closed automatically: not reopened within ${days} working days of resolution.`,
          },
        ],
        set: { status: r.to, closedAt: now },
        guard: [eq(cases.status, rule.from)],
      });
      if (res.applied) closed++;
    }
  }
  return { closed };
}

export const autoClose: ScheduledJob = {
  name: 'auto-close',
  run: (deps) => autoCloseResolved(deps, deps.clock.now()),
};
