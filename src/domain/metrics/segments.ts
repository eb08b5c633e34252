// The rows of the `case_segments` projection (docs/metrics.md §6): a case's history as
// readTimeline reads it, one row per segment, with the facts every statistic aggregates. Pure:
// the same history, judged at the same instant, always gives the same rows.
//
// Facts of a segment are on its own row (unit, service, clock, first response, SLA outcomes and
// whom they are credited to, working and paused time, assignee). Facts of an episode are on the
// episode's *last* segment only (the outcome, who performed it, the episode's working time, the
// reopen that followed, the rating of its answer),
// so that counting rows with an outcome counts each episode once, however often it was
// forwarded (§1.3: city totals count each episode once).
import type { Episode, SlaOutcome } from './timeline';

/** What the projection copies from the case itself: the same on every row of the case. */
export interface CaseFacts {
  caseId: string;
  kind: string;
  kelurahanCode: string | null;
  privacy: string;
}

export type SegmentEnd = 'forward' | 'outcome';
export type SlaOutcomeKind = 'met' | 'breached';

/** One row of `case_segments`; instants in epoch ms, durations in working ms. */
export interface SegmentRow {
  caseId: string;
  kind: string;
  /** 1-based: the submission's episode is 1, each reopen adds one */
  episode: number;
  /** 1-based across the whole case */
  seq: number;
  unitId: number;
  serviceId: number;
  kelurahanCode: string | null;
  privacy: string;
  startAt: number;
  endAt: number | null;
  endedBy: SegmentEnd | null;
  /** the first segment of the episode begun by the submission: "a case submitted" (§2) */
  submitted: boolean;
  /** the deadlines in force at the segment's end (or now, while open) */
  firstResponseDueAt: number;
  resolutionDueAt: number;
  firstResponseAt: number | null;
  firstResponseBy: number | null;
  firstResponseMs: number | null;
  frOutcome: SlaOutcomeKind | null;
  frOutcomeAt: number | null;
  resOutcome: SlaOutcomeKind | null;
  resOutcomeAt: number | null;
  /** the officer each SLA outcome is credited to (§1.3: the responder or resolver; at a breach, the assignee) */
  frOutcomeBy: number | null;
  resOutcomeBy: number | null;
  /** the episode's outcome (resolved, declined, withdrawn, …: the kind's machine names them), last segment only */
  outcome: string | null;
  outcomeAt: number | null;
  outcomeBy: number | null;
  /** the outcome is judged against the resolution deadline (a resolution, a permit decision) */
  outcomeSla: boolean | null;
  /** the episode's working time from its start to the outcome, paused time excluded; last segment only */
  resolutionMs: number | null;
  /** the segment's paused working time (recorded at its end) */
  pausedMs: number | null;
  /** the working time the segment's unit held the case, paused time excluded (recorded at its end) */
  heldMs: number | null;
  assigneeId: number | null;
  /** when the citizen reopened the episode; last segment only */
  reopenedAt: number | null;
  /** when the citizen rated the episode's answer (the rating itself is in `ratings`); last segment only */
  ratedAt: number | null;
  /** open and waiting for the citizen: its deadlines stand still */
  pausedNow: boolean;
}

const kindOf = (o: SlaOutcome) => o?.kind ?? null;
const atOf = (o: SlaOutcome) => o?.at ?? null;

/** The rows of one case, in order, from its episodes (readTimeline) and its own facts. */
export function segmentRows(facts: CaseFacts, episodes: readonly Episode[], opening = 'submitted'): SegmentRow[] {
  const rows: SegmentRow[] = [];
  for (const ep of episodes) {
    ep.segments.forEach((s, i) => {
      const last = i === ep.segments.length - 1;
      const outcome = last ? ep.outcome : null;
      rows.push({
        caseId: facts.caseId,
        kind: facts.kind,
        episode: ep.index,
        seq: s.seq,
        unitId: s.unitId,
        serviceId: s.serviceId,
        kelurahanCode: facts.kelurahanCode,
        privacy: facts.privacy,
        startAt: s.start,
        endAt: s.end,
        endedBy: s.endedBy,
        submitted: ep.index === 1 && i === 0 && ep.startedBy === opening,
        firstResponseDueAt: s.firstResponseDueAt,
        resolutionDueAt: s.resolutionDueAt,
        firstResponseAt: s.firstResponse?.at ?? null,
        firstResponseBy: s.firstResponse?.actorId ?? null,
        firstResponseMs: s.firstResponse?.workingMs ?? null,
        frOutcome: kindOf(s.firstResponseOutcome),
        frOutcomeAt: atOf(s.firstResponseOutcome),
        resOutcome: kindOf(s.resolutionOutcome),
        resOutcomeAt: atOf(s.resolutionOutcome),
        frOutcomeBy: s.firstResponseOutcomeBy,
        resOutcomeBy: s.resolutionOutcomeBy,
        outcome: outcome?.outcome ?? null,
        outcomeAt: outcome?.at ?? null,
        outcomeBy: outcome?.actorId ?? null,
        outcomeSla: outcome ? outcome.sla : null,
        resolutionMs: outcome?.resolutionMs ?? null,
        pausedMs: s.pausedMs,
        heldMs: s.heldMs,
        assigneeId: s.assigneeId,
        reopenedAt: last ? ep.reopenedAt : null,
        ratedAt: last ? ep.ratedAt : null,
        pausedNow: s.pausedNow,
      });
    });
  }
  return rows;
}
