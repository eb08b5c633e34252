// Auto-close: a resolved complaint the citizen did not reopen within the reopen window (10
// working days, as SP4N-LAPOR! closes a report 10 working days after follow-up without reply)
// is closed by the system, so every complaint reaches an end. The write is guarded by the case
// version it read, so a citizen's reopen at the same moment wins cleanly.
import { and, eq, isNotNull, lt } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { cases } from '../../../db/schema';
import { caseEventInsertAtVersion } from '../events';
import { loadHolidaySet } from '../holidays';
import { REOPEN_WINDOW_WORKING_DAYS, withinReopenWindow } from '../../../domain/cases/reopen-window';
import { transition } from '../../../domain/cases/state-machine';
import type { ScheduledJob } from '../../../jobs';

const BATCH_LIMIT = 100;
const DAY = 24 * 60 * 60 * 1000;

export async function autoCloseResolved(db: Db, now: Date): Promise<{ closed: number }> {
  const holidays = await loadHolidaySet(db);
  // 10 working days are always more than 10 calendar days: a cheap prefilter in SQL
  const candidates = await db
    .select({ id: cases.id, version: cases.version, resolvedAt: cases.resolvedAt })
    .from(cases)
    .where(
      and(
        eq(cases.kind, 'complaint'),
        eq(cases.status, 'resolved'),
        isNotNull(cases.resolvedAt),
        lt(cases.resolvedAt, new Date(now.getTime() - REOPEN_WINDOW_WORKING_DAYS * DAY)),
      ),
    )
    .limit(BATCH_LIMIT);

  let closed = 0;
  for (const c of candidates) {
    if (withinReopenWindow(c.resolvedAt!, now, holidays)) continue;
    const r = transition('resolved', 'auto_close', { actor: 'system' });
    if (!r.ok) continue;
    const [, updated] = await db.batch([
      caseEventInsertAtVersion(db, c.id, c.version, now, {
        actorKind: 'system',
        type: 'auto_close',
        fromStatus: 'resolved',
        toStatus: r.to,
        visibility: r.visibility,
        message: `Ditutup otomatis: tidak dibuka kembali dalam ${REOPEN_WINDOW_WORKING_DAYS} hari kerja setelah selesai. / Closed automatically: not reopened within ${REOPEN_WINDOW_WORKING_DAYS} working days of resolution.`,
      }),
      db
        .update(cases)
        .set({ status: r.to, closedAt: now, version: c.version + 1, updatedAt: now })
        .where(and(eq(cases.id, c.id), eq(cases.version, c.version), eq(cases.status, 'resolved')))
        .returning({ id: cases.id }),
    ]);
    if (updated.length) closed++;
  }
  return { closed };
}

export const autoClose: ScheduledJob = {
  name: 'auto-close',
  run: ({ db, clock }) => autoCloseResolved(db, clock.now()),
};
