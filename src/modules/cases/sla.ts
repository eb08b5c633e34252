// SLA due instants of a case, from its service's SLA and the holiday calendar
// (src/domain/sla/calendar.ts holds the pure working-day clock; this file applies it to cases).
//
// Stored due instants (cases.first_response_due_at, cases.resolution_due_at) are the due instants
// as if no pause were running. While the case waits for the citizen (cases.paused_since set), the
// clock stands still: effectiveDue() shows the due instant as known now, and when the citizen
// answers, resumedDue() gives the new due instants to store (pushed by the paused working time).
import type { Db } from '../../db/client';
import {
  addWorkingDays,
  addWorkingMillis,
  workingMillisBetween,
  type HolidaySet,
} from '../../domain/sla/calendar';
import { loadHolidaySet } from './holidays';

export interface ServiceSla {
  slaDays: number;
  firstResponseDays: number;
}

export interface DueInstants {
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
}

export interface CaseSlaFields {
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  firstRespondedAt?: Date | null;
  pausedSince: Date | null;
}

function isHolidaySet(x: unknown): x is HolidaySet {
  return x instanceof Set;
}

async function holidaysOf(src: Db | HolidaySet): Promise<HolidaySet> {
  return isHolidaySet(src) ? src : loadHolidaySet(src);
}

/** Due instants pure: first response and resolution counted from `start` in working days. */
export function dueFrom(start: Date, service: ServiceSla, holidays: HolidaySet): DueInstants {
  const first = Math.max(0, Math.floor(service.firstResponseDays || 1));
  const days = Math.max(0, Math.floor(service.slaDays || 5));
  return {
    firstResponseDueAt: addWorkingDays(start, first, holidays),
    resolutionDueAt: addWorkingDays(start, days, holidays),
  };
}

/** Due instants of a case submitted (or reopened) at `submittedAt`. */
export async function computeDue(src: Db | HolidaySet, submittedAt: Date, service: ServiceSla): Promise<DueInstants> {
  return dueFrom(submittedAt, service, await holidaysOf(src));
}

/** The resolution due instant of a case reopened at `at`: the service's full SLA again. */
export function reopenDue(at: Date, service: ServiceSla, holidays: HolidaySet): Date {
  return dueFrom(at, service, holidays).resolutionDueAt;
}

/**
 * One stored due instant pushed by a pause from `pausedSince` to `now`: the working time that was
 * still left at the start of the pause runs again from `now`. A pause that began at or after the
 * due instant changes nothing (a breach stays a breach).
 */
export function pushedDue(due: Date, pausedSince: Date, now: Date, holidays: HolidaySet): Date {
  if (due.getTime() <= pausedSince.getTime()) return due;
  const left = workingMillisBetween(pausedSince, due, holidays);
  const resumeAt = now.getTime() > pausedSince.getTime() ? now : pausedSince;
  return addWorkingMillis(resumeAt, left, holidays);
}

/**
 * Due instants as known at `now`: equal to the stored ones unless the case is paused, in which
 * case the resolution due instant moves with `now`. The first-response due instant is not moved
 * once the first response happened (asking for information is itself a first response).
 */
export function effectiveDue(c: CaseSlaFields, holidays: HolidaySet, now: Date): DueInstants {
  if (!c.pausedSince) return { firstResponseDueAt: c.firstResponseDueAt, resolutionDueAt: c.resolutionDueAt };
  return {
    firstResponseDueAt: c.firstRespondedAt ? c.firstResponseDueAt : pushedDue(c.firstResponseDueAt, c.pausedSince, now, holidays),
    resolutionDueAt: pushedDue(c.resolutionDueAt, c.pausedSince, now, holidays),
  };
}

/** What to store when the pause ends at `now` (the citizen answered): new due instants, pausedSince null. */
export function resumedDue(c: CaseSlaFields, holidays: HolidaySet, now: Date): DueInstants & { pausedSince: null } {
  return { ...effectiveDue(c, holidays, now), pausedSince: null };
}
