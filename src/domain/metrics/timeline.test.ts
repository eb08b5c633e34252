import { describe, expect, it } from 'vitest';
import { complaintMachine } from '../cases/state-machine';
import { readTimeline, segmentsOf, timelineRulesOf, type HistoryEvent, type RecordedClock, type TimelineRules } from './timeline';

// Hand-made histories. Instants are written in WIB for reading (UTC+7) and converted here.
const at = (wib: string) => Date.parse(`${wib}+07:00`);
const H = 3_600_000;

const RULES: TimelineRules = {
  episodeStarts: new Set(['submitted', 'reopen']),
  forwards: new Set(['forward']),
  firstResponses: new Set(['verify', 'decline', 'forward', 'reply', 'request_info', 'resolve']),
  outcomes: new Map([
    ['resolve', { outcome: 'resolved', sla: true }],
    ['decline', { outcome: 'declined', sla: false }],
    ['withdraw', { outcome: 'withdrawn', sla: false }],
  ]),
};

function clock(unit: number, fr: string, res: string, paused: string | null = null): RecordedClock {
  return {
    unit_id: unit,
    service_id: 1,
    first_response_due_at: new Date(at(fr)).toISOString(),
    resolution_due_at: new Date(at(res)).toISOString(),
    paused_since: paused ? new Date(at(paused)).toISOString() : null,
    citizen_due_at: null,
  };
}

let id = 0;
function ev(type: string, when: string, extra: Partial<HistoryEvent> = {}): HistoryEvent {
  return { id: ++id, at: at(when), type, actorKind: type === 'submitted' || type === 'reopen' ? 'citizen' : 'staff', actorId: 7, ...extra };
}

describe('readTimeline', () => {
  // Monday 2 March 2026 10:00 WIB; 1 working day to respond, 5 to resolve
  const submitted = ev('submitted', '2026-03-02T10:00', { clock: clock(1, '2026-03-03T10:00', '2026-03-09T10:00'), actorId: null });

  it('a case answered and resolved in time: both outcomes met, at their instants', () => {
    const [ep] = readTimeline(
      [submitted, ev('verify', '2026-03-02T12:00', { durations: { first_response_ms: 2 * H } }), ev('resolve', '2026-03-05T10:00', { durations: { resolution_ms: 72 * H, segment_ms: 72 * H, paused_ms: 0 } })],
      RULES,
      at('2026-04-01T00:00'),
    );
    const [s] = ep!.segments;
    expect(s!.firstResponseOutcome).toEqual({ kind: 'met', at: at('2026-03-02T12:00') });
    expect(s!.resolutionOutcome).toEqual({ kind: 'met', at: at('2026-03-05T10:00') });
    expect(s!.firstResponse?.workingMs).toBe(2 * H);
    expect(ep!.outcome).toMatchObject({ outcome: 'resolved', resolutionMs: 72 * H, actorId: 7 });
  });

  it('10.2 a late resolution stays late after a reopen and an on-time second resolution', () => {
    const eps = readTimeline(
      [
        submitted,
        ev('verify', '2026-03-02T11:00'),
        ev('resolve', '2026-03-10T09:00'), // due 9 March 10:00: a day late
        ev('reopen', '2026-03-11T08:00', { clock: clock(1, '2026-03-12T08:00', '2026-03-18T08:00'), actorId: null }),
        ev('verify', '2026-03-11T09:00'),
        ev('resolve', '2026-03-12T08:00'),
      ],
      RULES,
      at('2026-04-01T00:00'),
    );
    expect(eps).toHaveLength(2);
    expect(eps[0]!.segments[0]!.resolutionOutcome).toEqual({ kind: 'breached', at: at('2026-03-09T10:00') });
    expect(eps[0]!.reopenedAt).toBe(at('2026-03-11T08:00'));
    expect(eps[1]!.segments[0]!.resolutionOutcome).toEqual({ kind: 'met', at: at('2026-03-12T08:00') });
  });

  it('10.2 late → reopened → declined keeps the first episode late', () => {
    const eps = readTimeline(
      [
        submitted,
        ev('resolve', '2026-03-10T09:00'),
        ev('reopen', '2026-03-11T08:00', { clock: clock(1, '2026-03-12T08:00', '2026-03-18T08:00'), actorId: null }),
        ev('decline', '2026-03-11T10:00'),
      ],
      RULES,
      at('2026-04-01T00:00'),
    );
    expect(eps[0]!.segments[0]!.resolutionOutcome?.kind).toBe('breached');
    expect(eps[1]!.segments[0]!.resolutionOutcome).toBeNull();
    expect(eps[1]!.segments[0]!.firstResponseOutcome).toEqual({ kind: 'met', at: at('2026-03-11T10:00') });
  });

  it('10.2 a complaint declined (then closed) is not a resolution breach', () => {
    const [ep] = readTimeline([submitted, ev('decline', '2026-03-02T15:00'), ev('close', '2026-03-20T10:00')], RULES, at('2026-04-01T00:00'));
    expect(ep!.segments[0]!.resolutionOutcome).toBeNull();
    expect(ep!.outcome?.outcome).toBe('declined');
  });

  it('10.5 a forward in time hands over: no resolution outcome for the forwarding unit, the receiving unit has its own clock', () => {
    // Friday 6 March 15:00, resolution due Monday 9 March 10:00: forwarded to unit 2 with a new clock
    const eps = readTimeline(
      [
        submitted,
        ev('verify', '2026-03-02T11:00'),
        ev('forward', '2026-03-06T15:00', { clock: clock(2, '2026-03-09T15:00', '2026-03-13T15:00'), durations: { segment_ms: 101 * H, paused_ms: 0 } }),
        ev('verify', '2026-03-09T09:00', { actorId: 8 }),
        ev('resolve', '2026-03-12T10:00', { actorId: 8 }),
      ],
      RULES,
      at('2026-04-01T00:00'),
    );
    const [a, b] = segmentsOf(eps);
    expect(a).toMatchObject({ unitId: 1, endedBy: 'forward', resolutionOutcome: null, heldMs: 101 * H });
    expect(a!.firstResponseOutcome?.kind).toBe('met');
    expect(b).toMatchObject({ unitId: 2, seq: 2, start: at('2026-03-06T15:00') });
    expect(b!.firstResponseOutcome).toEqual({ kind: 'met', at: at('2026-03-09T09:00') });
    expect(b!.resolutionOutcome).toEqual({ kind: 'met', at: at('2026-03-12T10:00') });
  });

  it('a forward after the deadline is a breach of the forwarding unit', () => {
    const [a] = segmentsOf(
      readTimeline([submitted, ev('verify', '2026-03-02T11:00'), ev('forward', '2026-03-10T10:00', { clock: clock(2, '2026-03-11T10:00', '2026-03-17T10:00') })], RULES, at('2026-04-01T00:00')),
    );
    expect(a!.resolutionOutcome).toEqual({ kind: 'breached', at: at('2026-03-09T10:00') });
  });

  it('a pause moves the deadline: resolved after the first deadline but before the moved one is met', () => {
    const [s] = segmentsOf(
      readTimeline(
        [
          submitted,
          ev('request_info', '2026-03-03T10:00', { clock: clock(1, '2026-03-03T10:00', '2026-03-09T10:00', '2026-03-03T10:00') }),
          // answered two working days later: the deadline moves from 9 March to 11 March
          ev('provide_info', '2026-03-05T10:00', { actorKind: 'citizen', clock: clock(1, '2026-03-03T10:00', '2026-03-11T10:00') }),
          ev('resolve', '2026-03-10T12:00'),
        ],
        RULES,
        at('2026-04-01T00:00'),
      ),
    );
    expect(s!.resolutionOutcome).toEqual({ kind: 'met', at: at('2026-03-10T12:00') });
  });

  it('an open case past its deadline is breached at the deadline; a paused one is not', () => {
    const [open] = segmentsOf(readTimeline([submitted, ev('verify', '2026-03-02T11:00')], RULES, at('2026-03-20T00:00')));
    expect(open!.resolutionOutcome).toEqual({ kind: 'breached', at: at('2026-03-09T10:00') });
    expect(open!.end).toBeNull();
    const [paused] = segmentsOf(
      readTimeline(
        [submitted, ev('request_info', '2026-03-03T10:00', { clock: clock(1, '2026-03-03T10:00', '2026-03-09T10:00', '2026-03-03T10:00') })],
        RULES,
        at('2026-03-20T00:00'),
      ),
    );
    expect(paused!.resolutionOutcome).toBeNull();
    expect(paused!.pausedNow).toBe(true);
  });

  it('no first response by its deadline is a first-response breach at that deadline', () => {
    const [s] = segmentsOf(readTimeline([submitted, ev('resolve', '2026-03-04T10:00')], RULES, at('2026-04-01T00:00')));
    expect(s!.firstResponseOutcome).toEqual({ kind: 'breached', at: at('2026-03-03T10:00') });
    expect(s!.resolutionOutcome?.kind).toBe('met');
  });

  it('a deadline moved earlier than the moment of the correction is breached at the correction', () => {
    const [s] = segmentsOf(
      readTimeline(
        [submitted, ev('verify', '2026-03-02T11:00'), ev('due_recomputed', '2026-03-09T12:00', { actorKind: 'system', clock: clock(1, '2026-03-03T10:00', '2026-03-09T09:00') })],
        RULES,
        at('2026-04-01T00:00'),
      ),
    );
    // the old deadline (9 March 10:00) had already passed before the correction: breached then
    expect(s!.resolutionOutcome).toEqual({ kind: 'breached', at: at('2026-03-09T10:00') });
    // a correction at 09:30 moving the deadline to 09:00: breached at the correction, not before it
    const [t] = segmentsOf(
      readTimeline(
        [submitted, ev('verify', '2026-03-02T11:00'), ev('due_recomputed', '2026-03-09T09:30', { actorKind: 'system', clock: clock(1, '2026-03-03T10:00', '2026-03-09T09:00') })],
        RULES,
        at('2026-04-01T00:00'),
      ),
    );
    expect(t!.resolutionOutcome).toEqual({ kind: 'breached', at: at('2026-03-09T09:30') });
  });

  it('a reopened case stays with its assignee; a forward leaves the case unassigned', () => {
    const eps = readTimeline(
      [
        submitted,
        ev('claim', '2026-03-02T11:00', { assigneeId: 7 }),
        ev('verify', '2026-03-02T11:00'),
        ev('resolve', '2026-03-03T10:00'),
        ev('reopen', '2026-03-04T10:00', { clock: clock(1, '2026-03-05T10:00', '2026-03-11T10:00'), actorId: null }),
        ev('forward', '2026-03-04T12:00', { clock: clock(2, '2026-03-05T12:00', '2026-03-11T12:00') }),
      ],
      RULES,
      at('2026-03-05T00:00'),
    );
    const [first, reopened, forwarded] = segmentsOf(eps);
    expect(first!.assigneeId).toBe(7);
    expect(reopened!.assigneeId).toBe(7);
    expect(forwarded!.assigneeId).toBeNull();
  });

  it("an outcome's paused time is the episode's, of which the segment keeps what earlier segments did not have", () => {
    // unit 1 paused 24 h and forwarded; unit 2 paused 48 h and resolved: the outcome records the episode's 72 h
    const eps = readTimeline(
      [
        submitted,
        ev('forward', '2026-03-06T10:00', { clock: clock(2, '2026-03-09T10:00', '2026-03-13T10:00'), durations: { segment_ms: 72 * H, paused_ms: 24 * H } }),
        ev('resolve', '2026-03-16T10:00', { actorId: 8, durations: { resolution_ms: 144 * H, segment_ms: 72 * H, paused_ms: 72 * H } }),
      ],
      RULES,
      at('2026-04-01T00:00'),
    );
    const [a, b] = segmentsOf(eps);
    expect(a!.pausedMs).toBe(24 * H);
    expect(b!.pausedMs).toBe(48 * H);
    expect(eps[0]!.outcome?.pausedMs).toBe(72 * H);
  });

  it('the assignee at the end of a segment is the last one claimed or assigned', () => {
    const [s] = segmentsOf(
      readTimeline([submitted, ev('claim', '2026-03-02T11:00', { assigneeId: 7 }), ev('assign', '2026-03-02T12:00', { assigneeId: 9 })], RULES, at('2026-03-03T00:00')),
    );
    expect(s!.assigneeId).toBe(9);
  });

  it('1.3 a met outcome is credited to who responded or resolved; a breach to whoever held the case at the breach instant', () => {
    const [s] = segmentsOf(
      readTimeline(
        [
          submitted,
          ev('claim', '2026-03-02T11:00', { assigneeId: 7 }),
          ev('verify', '2026-03-02T11:00', { actorId: 7 }),
          // due 9 March 10:00: officer 9 holds the case then, officer 8 resolves it late
          ev('assign', '2026-03-06T10:00', { assigneeId: 9 }),
          ev('assign', '2026-03-10T08:00', { assigneeId: 8 }),
          ev('resolve', '2026-03-10T09:00', { actorId: 8 }),
        ],
        RULES,
        at('2026-04-01T00:00'),
      ),
    );
    expect(s!.firstResponseOutcome?.kind).toBe('met');
    expect(s!.firstResponseOutcomeBy).toBe(7);
    expect(s!.resolutionOutcome).toEqual({ kind: 'breached', at: at('2026-03-09T10:00') });
    expect(s!.resolutionOutcomeBy).toBe(9);
    const [onTime] = segmentsOf(readTimeline([submitted, ev('verify', '2026-03-02T11:00'), ev('resolve', '2026-03-05T10:00', { actorId: 8 })], RULES, at('2026-04-01T00:00')));
    expect(onTime!.resolutionOutcomeBy).toBe(8);
  });

  it('1.3 a breach nobody held is credited to no officer; an open breach to the assignee at its deadline', () => {
    const [unheld] = segmentsOf(readTimeline([submitted], RULES, at('2026-04-01T00:00')));
    expect(unheld!.firstResponseOutcome?.kind).toBe('breached');
    expect(unheld!.firstResponseOutcomeBy).toBeNull();
    const [held] = segmentsOf(
      readTimeline([submitted, ev('claim', '2026-03-02T11:00', { assigneeId: 7 }), ev('verify', '2026-03-02T11:00')], RULES, at('2026-04-01T00:00')),
    );
    expect(held!.resolutionOutcome?.kind).toBe('breached');
    expect(held!.resolutionOutcomeBy).toBe(7);
  });

  it('a rating belongs to the episode whose answer it rates, not to a later reopen', () => {
    const eps = readTimeline(
      [
        submitted,
        ev('verify', '2026-03-02T11:00'),
        ev('resolve', '2026-03-03T10:00'),
        ev('rate', '2026-03-03T12:00', { actorKind: 'citizen', actorId: null }),
        ev('reopen', '2026-03-04T10:00', { clock: clock(1, '2026-03-05T10:00', '2026-03-11T10:00'), actorId: null }),
      ],
      RULES,
      at('2026-03-05T00:00'),
    );
    expect(eps[0]!.ratedAt).toBe(at('2026-03-03T12:00'));
    expect(eps[1]!.ratedAt).toBeNull();
  });

  it('the complaint machine’s marks give these rules, and the unanswered close as an outcome without SLA', () => {
    const rules = timelineRulesOf(complaintMachine.transitions);
    expect(rules.episodeStarts).toEqual(RULES.episodeStarts);
    expect(rules.forwards).toEqual(RULES.forwards);
    expect(rules.firstResponses).toEqual(RULES.firstResponses);
    expect(rules.outcomes).toEqual(new Map([...RULES.outcomes, ['close_unanswered', { outcome: 'closed_unanswered', sla: false }]]));
  });
});
