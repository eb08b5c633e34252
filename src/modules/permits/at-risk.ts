// Permit applications at or past their legal deadline without a decision (fiktif positif), as
// they stand now: for the officials' dashboard. Read by the kernel's (kind, status, …) index over
// the undecided statuses, nearest deadline first, at most AT_RISK_LIST rows; each one's state is
// the same rule the queue and the case page use (src/domain/permits/stages.ts).
import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { cases, units } from '../../db/schema';
import { UNDECIDED_PERMIT_STATUSES } from '../../domain/permits/machine';
import { fiktifPositif } from '../../domain/permits/stages';
import type { PermitAtRisk } from '../../domain/permits/views';
import { DAY_MS } from '../../domain/sla/calendar';
import { loadHolidaySet } from '../cases/holidays';
import { PERMIT } from './intake';

export const AT_RISK_LIST = 50;

/** The undecided permits whose deadline is within a week (or past), nearest first. */
export function permitsNearDeadlineQuery(db: Db, now: Date, unitId?: number) {
  // one working day left is at most a few calendar days (a weekend, a holiday or two): a wide bound, the rule decides
  const horizon = new Date(now.getTime() + 7 * DAY_MS);
  return db
    .select({ id: cases.id, code: cases.trackingCode, title: cases.title, dueAt: cases.resolutionDueAt, status: cases.status, unitName: units.name, unitNameEn: units.nameEn })
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(
      and(
        eq(cases.kind, PERMIT),
        inArray(cases.status, [...UNDECIDED_PERMIT_STATUSES]),
        isNull(cases.pausedSince),
        lte(cases.resolutionDueAt, horizon),
        ...(unitId !== undefined ? [eq(cases.unitId, unitId)] : []),
      ),
    )
    .orderBy(asc(cases.resolutionDueAt))
    .limit(AT_RISK_LIST);
}

export async function permitsAtRisk(db: Db, now: Date, unitId?: number): Promise<PermitAtRisk[]> {
  const holidays = await loadHolidaySet(db);
  const rows = await permitsNearDeadlineQuery(db, now, unitId);
  const out: PermitAtRisk[] = [];
  for (const { status: _status, ...r } of rows) {
    const state = fiktifPositif(now, r.dueAt, null, holidays);
    if (state !== 'none') out.push({ ...r, state });
  }
  return out;
}
