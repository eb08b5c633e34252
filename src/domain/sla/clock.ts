// The clock of a case's current segment (docs/metrics.md §1.1), pure: its due instants from its
// inputs, the working durations an event ends, and the clock as the history records it.
//
// A segment's inputs are when its unit got the case, its category's first-response and
// resolution days, and the pauses (waiting for the citizen) that ended inside it. Its due instants
// are always computed from them by segmentDue, whether the case was just made, forwarded,
// reopened, resumed after a pause or recomputed after a holiday edit: so the same inputs and the
// same calendar give the same instants, and a recomputation finds a change only where the
// calendar moved one.
import type { RecordedClock, RecordedDurations } from '../metrics/timeline';
import { dueWithPauses, pausedWorkingMillis, workingMillisBetween, type HolidaySet } from './calendar';

/** A pause that has ended: [from, to). */
export interface ClosedPause {
  from: Date;
  to: Date;
}

export interface SegmentClock {
  /** when the unit got the case: the submission, the forward into it, or the reopen */
  startedAt: Date;
  firstResponseDays: number;
  slaDays: number;
  /** ended pauses of the episode; those before `startedAt` were an earlier segment's and count nothing */
  pauses: readonly ClosedPause[];
  /** the segment's first response, if given */
  firstRespondedAt: Date | null;
}

export interface DueInstants {
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
}

/** Later than any pause: pauses passed in here have all ended. */
const NEVER = new Date(8.64e15);

/**
 * The segment's due instants: its days counted from its start on the working-day calendar, each
 * pushed by the working time of the pauses that began before it was reached (dueWithPauses: a
 * pause after a due instant does not move it). The first-response deadline is pushed only by
 * pauses that began before the first response (asking for information is itself one, so in
 * practice never).
 */
export function segmentDue(s: SegmentClock, holidays: HolidaySet): DueInstants {
  const beforeFirstResponse = s.firstRespondedAt ? s.pauses.filter((p) => p.from.getTime() < s.firstRespondedAt!.getTime()) : s.pauses;
  return {
    firstResponseDueAt: dueWithPauses(s.startedAt, s.firstResponseDays, holidays, beforeFirstResponse, NEVER),
    resolutionDueAt: dueWithPauses(s.startedAt, s.slaDays, holidays, s.pauses, NEVER),
  };
}

/** Working time from `from` to `now` with the pauses in it taken out. */
export function heldMillis(from: Date, now: Date, pauses: readonly ClosedPause[], holidays: HolidaySet): number {
  return workingMillisBetween(from, now, holidays) - pausedWorkingMillis(from, pauses, now, holidays);
}

/** Working time paused between `from` and `now`. */
export function pausedMillis(from: Date, now: Date, pauses: readonly ClosedPause[], holidays: HolidaySet): number {
  return pausedWorkingMillis(from, pauses, now, holidays);
}

/** What ends at `now`, measured on the calendar of the moment (docs/metrics.md §1.1). */
export interface Ending {
  /** the segment's first response */
  firstResponse?: boolean;
  /** the segment (a forward out of it) */
  segment?: boolean;
  /** the episode (an outcome: resolve, decline, withdraw, close unanswered) */
  episode?: boolean;
}

/**
 * The durations an event records in `data.durations`: a first response its working time from the
 * segment's start; a forward the segment's working time and its paused time; an outcome the
 * episode's working time (`resolution_ms`), the segment's, and the episode's paused time. Paused
 * time is never working time.
 */
export function durationsAt(
  p: { segmentStartedAt: Date; episodeStartedAt: Date; pauses: readonly ClosedPause[]; now: Date; ending: Ending },
  holidays: HolidaySet,
): RecordedDurations | null {
  const { segmentStartedAt: seg, episodeStartedAt: ep, pauses, now, ending } = p;
  const d: RecordedDurations = {};
  if (ending.firstResponse) d.first_response_ms = heldMillis(seg, now, pauses, holidays);
  if (ending.segment || ending.episode) d.segment_ms = heldMillis(seg, now, pauses, holidays);
  if (ending.episode) {
    d.resolution_ms = heldMillis(ep, now, pauses, holidays);
    d.paused_ms = pausedMillis(ep, now, pauses, holidays);
  } else if (ending.segment) d.paused_ms = pausedMillis(seg, now, pauses, holidays);
  return Object.keys(d).length ? d : null;
}

/** The clock after an event, as `data.clock` records it. */
export function recordClock(c: {
  unitId: number;
  serviceId: number;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  pausedSince: Date | null;
  citizenDueAt: Date | null;
}): RecordedClock {
  return {
    unit_id: c.unitId,
    service_id: c.serviceId,
    first_response_due_at: c.firstResponseDueAt.toISOString(),
    resolution_due_at: c.resolutionDueAt.toISOString(),
    paused_since: c.pausedSince?.toISOString() ?? null,
    citizen_due_at: c.citizenDueAt?.toISOString() ?? null,
  };
}

/** Stored pauses, `[[from, to], …]` in epoch ms; anything unreadable counts as none. */
export function parsePauses(stored: string | null | undefined): ClosedPause[] {
  if (!stored) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const out: ClosedPause[] = [];
  for (const p of raw) {
    if (Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]) && p[1] >= p[0]) out.push({ from: new Date(p[0]), to: new Date(p[1]) });
  }
  return out;
}

export function storePauses(pauses: readonly ClosedPause[]): string {
  return JSON.stringify(pauses.map((p) => [p.from.getTime(), p.to.getTime()]));
}
