// How long a citizen may reopen a resolved complaint, or appeal a declined one: 10 working days
// after the answer, as SP4N-LAPOR! closes a report 10 working days after follow-up without reply.
// After that the auto-close job closes the complaint. One deadline for the tracking page, the
// reopen action and the job, so the button, the check and the closing can never disagree. A case
// kind names its own window (src/modules/cases/kinds.ts); complaints use REOPEN_WINDOW_WORKING_DAYS.
import { addWorkingDays, type HolidaySet } from '../sla/calendar';

export const REOPEN_WINDOW_WORKING_DAYS = 10;

/** The last instant a complaint answered (resolved or declined) at `resolvedAt` may be reopened (inclusive). */
export function reopenDeadline(resolvedAt: Date, holidays: HolidaySet, days = REOPEN_WINDOW_WORKING_DAYS): Date {
  return addWorkingDays(resolvedAt, days, holidays);
}

/** True while `now` is within the reopen window of a complaint answered at `resolvedAt`. */
export function withinReopenWindow(resolvedAt: Date, now: Date, holidays: HolidaySet, days = REOPEN_WINDOW_WORKING_DAYS): boolean {
  return now.getTime() <= reopenDeadline(resolvedAt, holidays, days).getTime();
}
