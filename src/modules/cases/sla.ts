// The SLA clock of a case (docs/metrics.md §1.1), applied to its row: src/domain/sla/calendar.ts is
// the working-day calendar, src/domain/sla/clock.ts the pure segment clock; this file reads a case
// row into them and says what a change of the clock writes back.
//
// Stored due instants (cases.first_response_due_at, cases.resolution_due_at) are the current
// segment's, computed from its inputs (segment_started_at, its days, the episode's ended pauses)
// as if no pause were running. While the case waits for the citizen (paused_since set), the clock
// stands still: effectiveDue() shows the due instant as known now; when the wait ends (the citizen
// answered, staff withdrew the request, or the citizen's deadline passed) resumeClock() ends the
// pause and recomputes the due instants with it.
import type { Db } from '../../db/client';
import type { RecordedClock, RecordedDurations } from '../../domain/metrics/timeline';
import { addWorkingMillis, workingMillisBetween, type HolidaySet } from '../../domain/sla/calendar';
import {
  durationsAt,
  parsePauses,
  recordClock,
  segmentDue,
  storePauses,
  type ClosedPause,
  type DueInstants,
  type Ending,
  type SegmentClock,
} from '../../domain/sla/clock';
import type { CaseRow, CaseUpdate } from './commit';
import { loadHolidaySet } from './holidays';

export type { DueInstants } from '../../domain/sla/clock';

export interface ServiceSla {
  slaDays: number;
  firstResponseDays: number;
}

export interface CaseSlaFields {
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  firstRespondedAt?: Date | null;
  pausedSince: Date | null;
}

/** A category's days as the clock counts them: 1 to respond and 5 to resolve unless it says more. */
export function serviceDays(service: ServiceSla): { firstResponseDays: number; slaDays: number } {
  return {
    firstResponseDays: Math.max(0, Math.floor(service.firstResponseDays || 1)),
    slaDays: Math.max(0, Math.floor(service.slaDays || 5)),
  };
}

/** Due instants pure: first response and resolution counted from `start` in working days. */
export function dueFrom(start: Date, service: ServiceSla, holidays: HolidaySet): DueInstants {
  return segmentDue({ startedAt: start, ...serviceDays(service), pauses: [], firstRespondedAt: null }, holidays);
}

/** Due instants of a case submitted at `submittedAt`, with the calendar as it is now. */
export async function computeDue(src: Db | HolidaySet, submittedAt: Date, service: ServiceSla): Promise<DueInstants> {
  return dueFrom(submittedAt, service, src instanceof Set ? src : await loadHolidaySet(src as Db));
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

// ---- the clock of a case row --------------------------------------------------------------------

export type ClockRow = Pick<
  CaseRow,
  | 'unitId'
  | 'serviceId'
  | 'submittedAt'
  | 'firstRespondedAt'
  | 'firstResponseDueAt'
  | 'resolutionDueAt'
  | 'pausedSince'
  | 'citizenDueAt'
  | 'segmentStartedAt'
  | 'segmentFirstResponseDays'
  | 'segmentSlaDays'
  | 'episodeStartedAt'
  | 'episodePauses'
>;

/** The current segment's recorded inputs; null for a case made before they were recorded. */
export function segmentOf(row: ClockRow): SegmentClock | null {
  if (!row.segmentStartedAt || row.segmentFirstResponseDays === null || row.segmentSlaDays === null) return null;
  return {
    startedAt: row.segmentStartedAt,
    firstResponseDays: row.segmentFirstResponseDays,
    slaDays: row.segmentSlaDays,
    pauses: parsePauses(row.episodePauses),
    firstRespondedAt: row.firstRespondedAt,
  };
}

/**
 * When the running pause ends if the clock resumes at `now`: at the citizen's answer deadline if
 * that passed first (the clock resumed then, whenever the answer or the job came), never before
 * the pause began.
 */
export function pauseEnd(row: Pick<ClockRow, 'pausedSince' | 'citizenDueAt'>, now: Date): Date {
  const end = row.citizenDueAt && row.citizenDueAt.getTime() < now.getTime() ? row.citizenDueAt : now;
  return row.pausedSince && end.getTime() < row.pausedSince.getTime() ? row.pausedSince : end;
}

/** The episode's pauses with the running one (if any) ended as it would end at `now`. */
export function pausesUntil(row: Pick<ClockRow, 'episodePauses' | 'pausedSince' | 'citizenDueAt'>, now: Date): ClosedPause[] {
  const pauses = parsePauses(row.episodePauses);
  if (row.pausedSince) pauses.push({ from: row.pausedSince, to: pauseEnd(row, now) });
  return pauses;
}

/** The clock the case has once `set` is written. */
export function clockAfter(row: ClockRow, set: CaseUpdate): RecordedClock {
  const pick = <K extends keyof ClockRow>(k: K): ClockRow[K] => (k in set ? (set as ClockRow)[k] : row[k]);
  return recordClock({
    unitId: pick('unitId'),
    serviceId: pick('serviceId'),
    firstResponseDueAt: pick('firstResponseDueAt'),
    resolutionDueAt: pick('resolutionDueAt'),
    pausedSince: pick('pausedSince'),
    citizenDueAt: pick('citizenDueAt'),
  });
}

/**
 * What ends the wait for the citizen writes: the pause joins the episode's ended pauses and the
 * due instants are recomputed with it (a case without recorded inputs pushes its stored ones by
 * the same working time).
 */
export function resumeClock(row: ClockRow, now: Date, holidays: HolidaySet): CaseUpdate {
  if (!row.pausedSince) return { citizenDueAt: null };
  const end = pauseEnd(row, now);
  const pauses = [...parsePauses(row.episodePauses), { from: row.pausedSince, to: end }];
  const segment = segmentOf(row);
  const due = segment ? segmentDue({ ...segment, pauses }, holidays) : effectiveDue(row, holidays, end);
  return { ...due, pausedSince: null, citizenDueAt: null, episodePauses: storePauses(pauses) };
}

/**
 * A new segment from `at` for `service`: its own first-response and resolution deadlines, nobody's
 * first response yet, no wait, no escalation.
 */
export function newSegment(at: Date, service: ServiceSla, holidays: HolidaySet): CaseUpdate & DueInstants {
  const days = serviceDays(service);
  return {
    ...dueFrom(at, service, holidays),
    segmentStartedAt: at,
    segmentFirstResponseDays: days.firstResponseDays,
    segmentSlaDays: days.slaDays,
    firstRespondedAt: null,
    pausedSince: null,
    citizenDueAt: null,
    infoExpiredAt: null,
    escalatedAt: null,
    escalationLevel: 0,
  };
}

/** The durations an event at `now` records (docs/metrics.md §1.1), on today's calendar. */
export function caseDurations(row: ClockRow, now: Date, ending: Ending, holidays: HolidaySet): RecordedDurations | null {
  return durationsAt(
    {
      segmentStartedAt: row.segmentStartedAt ?? row.submittedAt,
      episodeStartedAt: row.episodeStartedAt ?? row.submittedAt,
      pauses: pausesUntil(row, now),
      now,
      ending,
    },
    holidays,
  );
}

/** The due instants the segment has on this calendar, or null when its inputs were not recorded. */
export function recomputedDue(row: ClockRow, holidays: HolidaySet): DueInstants | null {
  const segment = segmentOf(row);
  return segment ? segmentDue(segment, holidays) : null;
}
