// A case's history, read as the metrics read it (docs/metrics.md §1): episodes, the segments each
// unit held, the clock in force at every moment, and the SLA outcome of every segment.
//
// Pure and calendar-free. Everything time-dependent was recorded when it happened: every event
// that changes the clock stores the clock *after* it in `data.clock`, and the events that end a
// duration (a first response, an outcome, a forward) store the working time they measured in
// `data.durations`. So the same history always gives the same numbers, whatever happens to the
// holiday calendar or to the case later; an inspector can recompute each recorded duration by hand
// from the instants and the calendar of the day.

/** `data.clock` of an event: the clock after the event (ISO instants). */
export interface RecordedClock {
  unit_id: number;
  service_id: number;
  first_response_due_at: string;
  resolution_due_at: string;
  paused_since: string | null;
  citizen_due_at: string | null;
}

/** `data.durations` of an event that ends something: working milliseconds, paused time excluded. */
export interface RecordedDurations {
  /** on the first response of a segment: segment start → this event */
  first_response_ms?: number;
  /** on an outcome: episode start → this event */
  resolution_ms?: number;
  /** on a forward or an outcome: the working time this segment's unit held the case */
  segment_ms?: number;
  /** on a forward or an outcome: working time the segment (or, on an outcome, the episode) was paused */
  paused_ms?: number;
}

export interface HistoryEvent {
  id: number;
  /** epoch ms */
  at: number;
  type: string;
  actorKind: 'citizen' | 'staff' | 'system' | string;
  actorId: number | null;
  clock?: RecordedClock | null;
  durations?: RecordedDurations | null;
  /** on a claim or an assignment: the officer the case is now assigned to */
  assigneeId?: number | null;
}

/** How a case kind's events read for the metrics; the kind's state machine supplies it. */
export interface TimelineRules {
  /** events that start an episode: the submission and a reopen */
  episodeStarts: ReadonlySet<string>;
  /** events that hand the case to another unit */
  forwards: ReadonlySet<string>;
  /** events that answer the citizen (the first of a segment is its first response) */
  firstResponses: ReadonlySet<string>;
  /**
   * events that end an episode: `sla` = the outcome is judged against the resolution deadline
   * (a resolution, a permit decision); otherwise it has none (a decline, a withdrawal)
   */
  outcomes: ReadonlyMap<string, { outcome: string; sla: boolean }>;
  /** the citizen's rating (SKM) of the episode just answered; default: the kernel's `rate` */
  ratings?: ReadonlySet<string>;
}

/** The event a case kernel records when the citizen rates the service. */
export const RATING_EVENT = 'rate';

/** The marks of a kind's transition rules the metrics read (src/domain/cases/state-machine.ts). */
export interface TimelineMarks {
  firstResponse?: boolean;
  startsEpisode?: boolean;
  handsOver?: boolean;
  outcome?: { outcome: string; sla: boolean };
}

/**
 * The rules a kind's machine gives its history: its transitions' marks, and `opening`, the event
 * that makes a case (not an action of the machine).
 */
export function timelineRulesOf(transitions: Readonly<Record<string, TimelineMarks>>, opening = 'submitted'): TimelineRules {
  const rules = Object.entries(transitions);
  const named = (mark: (r: TimelineMarks) => boolean | undefined) => new Set(rules.filter(([, r]) => mark(r)).map(([a]) => a));
  return {
    episodeStarts: new Set([opening, ...named((r) => r.startsEpisode)]),
    forwards: named((r) => r.handsOver),
    firstResponses: named((r) => r.firstResponse),
    outcomes: new Map(rules.flatMap(([a, r]) => (r.outcome ? [[a, r.outcome] as const] : []))),
    ratings: new Set([RATING_EVENT]),
  };
}

export type SlaOutcome = { kind: 'met' | 'breached'; at: number } | null;

export interface Segment {
  episode: number;
  /** 1-based across the whole case */
  seq: number;
  unitId: number;
  serviceId: number;
  start: number;
  end: number | null;
  endedBy: 'forward' | 'outcome' | null;
  /** the deadlines in force at the end (or now, when open) */
  firstResponseDueAt: number;
  resolutionDueAt: number;
  pausedNow: boolean;
  firstResponse: { at: number; actorId: number | null; workingMs: number | null } | null;
  firstResponseOutcome: SlaOutcome;
  resolutionOutcome: SlaOutcome;
  /**
   * the officer an SLA outcome is credited to (§1.3): met — who gave the first response, who
   * resolved; breached — the officer the case was assigned to at the breach instant (null: nobody)
   */
  firstResponseOutcomeBy: number | null;
  resolutionOutcomeBy: number | null;
  /** the working time this unit held the segment (recorded at its end), paused time excluded */
  heldMs: number | null;
  /**
   * working time the segment was paused (recorded at its end). A forward records the segment's
   * own; an outcome records the episode's, from which the earlier segments' are taken off (a
   * pause never spans a forward: a case waiting for the citizen cannot be forwarded).
   */
  pausedMs: number | null;
  /** officer the case was assigned to at the end (or now) */
  assigneeId: number | null;
}

export interface Episode {
  index: number;
  start: number;
  startedBy: string;
  outcome: { type: string; outcome: string; sla: boolean; at: number; actorId: number | null; resolutionMs: number | null; pausedMs: number | null } | null;
  /** when the next episode started (the citizen reopened this one) */
  reopenedAt: number | null;
  /** when the citizen rated the answer this episode ended with */
  ratedAt: number | null;
  segments: Segment[];
}

interface Piece {
  from: number;
  clock: { firstResponseDueAt: number; resolutionDueAt: number; paused: boolean };
}

const ms = (iso: string | null | undefined): number | null => {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
};

/**
 * The first instant in [from, to) at which `due` passed while the clock ran (not paused), or null.
 * A due instant already behind `from` (a deadline moved earlier by a calendar correction) is
 * breached at `from`.
 */
function breachIn(piece: Piece, to: number, due: number): number | null {
  if (piece.clock.paused) return null;
  if (due < piece.from) return piece.from;
  return due < to ? due : null;
}

/** The outcome of a deadline over the pieces of a segment, given when (if) it was met. */
function outcomeOf(pieces: readonly Piece[], end: number, doneAt: number | null, dueOf: (p: Piece) => number): SlaOutcome {
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const to = Math.min(i + 1 < pieces.length ? pieces[i + 1]!.from : end, doneAt ?? Number.POSITIVE_INFINITY);
    const breach = breachIn(p, to, dueOf(p));
    if (breach !== null) return { kind: 'breached', at: breach };
    if (doneAt !== null && doneAt <= to) return doneAt <= dueOf(p) || p.clock.paused ? { kind: 'met', at: doneAt } : { kind: 'breached', at: dueOf(p) };
  }
  if (doneAt !== null) return { kind: 'met', at: doneAt };
  return null;
}

/**
 * Reads a case's events (oldest first, as recorded) into episodes and segments, judged at
 * `asOf` (open segments whose deadline passed before it count as breached at the deadline).
 */
export function readTimeline(events: readonly HistoryEvent[], rules: TimelineRules, asOf: number): Episode[] {
  const episodes: Episode[] = [];
  let seq = 0;
  let episode: Episode | null = null;
  let segment: Segment | null = null;
  let pieces: Piece[] = [];
  let assignee: number | null = null;
  /** every change of assignee, in order: who held the case at a breach instant */
  const assignments: { at: number; id: number | null }[] = [];
  const assign = (at: number, id: number | null) => {
    assignee = id;
    assignments.push({ at, id });
  };
  const assigneeAt = (t: number): number | null => {
    let id: number | null = null;
    for (const a of assignments) {
      if (a.at > t) break;
      id = a.id;
    }
    return id;
  };

  const closeSegment = (
    at: number,
    by: 'forward' | 'outcome',
    sla: { at: number; actorId: number | null } | null,
    durations: RecordedDurations | null | undefined,
  ) => {
    if (!segment) return;
    segment.end = at;
    segment.endedBy = by;
    segment.heldMs = durations?.segment_ms ?? null;
    segment.pausedMs = durations?.paused_ms ?? null;
    if (by === 'outcome' && segment.pausedMs !== null) {
      const earlier = episode!.segments.filter((s) => s !== segment).reduce((sum, s) => sum + (s.pausedMs ?? 0), 0);
      segment.pausedMs = Math.max(0, segment.pausedMs - earlier);
    }
    segment.assigneeId = assignee;
    judge(segment, at, sla);
    segment = null;
  };

  const judge = (s: Segment, end: number, sla: { at: number; actorId: number | null } | null) => {
    const slaDoneAt = sla?.at ?? null;
    const last = pieces[pieces.length - 1];
    if (last) {
      s.firstResponseDueAt = last.clock.firstResponseDueAt;
      s.resolutionDueAt = last.clock.resolutionDueAt;
      s.pausedNow = s.end === null && last.clock.paused;
    }
    s.firstResponseOutcome = outcomeOf(pieces, end, s.firstResponse?.at ?? null, (p) => p.clock.firstResponseDueAt);
    const res = outcomeOf(pieces, end, slaDoneAt, (p) => p.clock.resolutionDueAt);
    // a segment handed over (forward) or ended without an SLA outcome (decline, withdrawal)
    // before its deadline has no resolution outcome
    s.resolutionOutcome = res && res.kind === 'met' && slaDoneAt === null ? null : res;
    const fr = s.firstResponseOutcome;
    s.firstResponseOutcomeBy = !fr ? null : fr.kind === 'met' ? (s.firstResponse?.actorId ?? null) : assigneeAt(fr.at);
    const out = s.resolutionOutcome;
    s.resolutionOutcomeBy = !out ? null : out.kind === 'met' ? (sla?.actorId ?? null) : assigneeAt(out.at);
  };

  const openSegment = (e: HistoryEvent, clock: RecordedClock) => {
    seq++;
    segment = {
      episode: episode!.index,
      seq,
      unitId: clock.unit_id,
      serviceId: clock.service_id,
      start: e.at,
      end: null,
      endedBy: null,
      firstResponseDueAt: ms(clock.first_response_due_at) ?? e.at,
      resolutionDueAt: ms(clock.resolution_due_at) ?? e.at,
      pausedNow: false,
      firstResponse: null,
      firstResponseOutcome: null,
      resolutionOutcome: null,
      firstResponseOutcomeBy: null,
      resolutionOutcomeBy: null,
      heldMs: null,
      pausedMs: null,
      assigneeId: null,
    };
    episode!.segments.push(segment);
    pieces = [];
    setClock(e.at, clock);
  };

  const setClock = (at: number, clock: RecordedClock) => {
    pieces.push({
      from: at,
      clock: {
        firstResponseDueAt: ms(clock.first_response_due_at) ?? at,
        resolutionDueAt: ms(clock.resolution_due_at) ?? at,
        paused: clock.paused_since !== null,
      },
    });
  };

  const ratings = rules.ratings ?? new Set([RATING_EVENT]);
  for (const e of events) {
    const s = segment as Segment | null;
    // a rating is of the answer the current episode ended with (once per case: the kernel's rule)
    if (ratings.has(e.type)) {
      if (episode && episode.outcome && episode.ratedAt === null) episode.ratedAt = e.at;
      continue;
    }
    if (rules.episodeStarts.has(e.type) && e.clock) {
      if (s) closeSegment(e.at, 'outcome', null, null);
      if (episode && episode.outcome && episode.reopenedAt === null) episode.reopenedAt = e.at;
      // the assignee is kept: a reopened case stays with the officer it was assigned to
      episode = { index: episodes.length + 1, start: e.at, startedBy: e.type, outcome: null, reopenedAt: null, ratedAt: null, segments: [] };
      episodes.push(episode);
      openSegment(e, e.clock);
      continue;
    }
    if (!episode || !s) continue;

    if (rules.firstResponses.has(e.type) && !s.firstResponse && e.actorKind === 'staff') {
      s.firstResponse = { at: e.at, actorId: e.actorId, workingMs: e.durations?.first_response_ms ?? null };
    }
    if (e.assigneeId !== undefined) assign(e.at, e.assigneeId);

    const outcome = rules.outcomes.get(e.type);
    if (outcome) {
      episode.outcome = {
        type: e.type,
        outcome: outcome.outcome,
        sla: outcome.sla,
        at: e.at,
        actorId: e.actorId,
        resolutionMs: e.durations?.resolution_ms ?? null,
        pausedMs: e.durations?.paused_ms ?? null,
      };
      closeSegment(e.at, 'outcome', outcome.sla ? { at: e.at, actorId: e.actorId } : null, e.durations);
      continue;
    }
    if (rules.forwards.has(e.type) && e.clock) {
      closeSegment(e.at, 'forward', null, e.durations);
      assign(e.at, null);
      openSegment(e, e.clock);
      continue;
    }
    if (e.clock) {
      setClock(e.at, e.clock);
      if (e.clock.unit_id !== s.unitId) s.unitId = e.clock.unit_id;
      s.serviceId = e.clock.service_id;
    }
  }
  const open = segment as Segment | null;
  if (open) {
    open.assigneeId = assignee;
    judge(open, asOf, null);
  }
  return episodes;
}

/** Every segment of a case, in order. */
export function segmentsOf(episodes: readonly Episode[]): Segment[] {
  return episodes.flatMap((e) => e.segments);
}
