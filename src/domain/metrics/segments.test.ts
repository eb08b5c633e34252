import { describe, expect, it } from 'vitest';
import { segmentRows, type CaseFacts } from './segments';
import { readTimeline, type HistoryEvent, type RecordedClock, type TimelineRules } from './timeline';

// Instants in WIB for reading (UTC+7); Monday 2 March 2026 10:00 is the submission.
const at = (wib: string) => Date.parse(`${wib}+07:00`);
const H = 3_600_000;

const RULES: TimelineRules = {
  episodeStarts: new Set(['submitted', 'reopen']),
  forwards: new Set(['forward']),
  firstResponses: new Set(['verify', 'decline', 'forward', 'reply', 'request_info', 'resolve']),
  outcomes: new Map([
    ['resolve', { outcome: 'resolved', sla: true }],
    ['decline', { outcome: 'declined', sla: false }],
  ]),
};

const clock = (unit: number, service: number, fr: string, res: string): RecordedClock => ({
  unit_id: unit,
  service_id: service,
  first_response_due_at: new Date(at(fr)).toISOString(),
  resolution_due_at: new Date(at(res)).toISOString(),
  paused_since: null,
  citizen_due_at: null,
});

let id = 0;
const ev = (type: string, when: string, extra: Partial<HistoryEvent> = {}): HistoryEvent => ({
  id: ++id,
  at: at(when),
  type,
  actorKind: type === 'submitted' || type === 'reopen' ? 'citizen' : 'staff',
  actorId: type === 'submitted' || type === 'reopen' ? null : 7,
  ...extra,
});

const FACTS: CaseFacts = { caseId: 'c-1', kind: 'complaint', kelurahanCode: 'laweyan-sriwedari', privacy: 'anonim' };

describe('segmentRows', () => {
  // submitted to unit 1 (service 1), forwarded to unit 2 with category 4, resolved there, reopened, declined
  const history = [
    ev('submitted', '2026-03-02T10:00', { clock: clock(1, 1, '2026-03-03T10:00', '2026-03-09T10:00') }),
    ev('verify', '2026-03-02T12:00', { durations: { first_response_ms: 2 * H } }),
    ev('forward', '2026-03-03T10:00', { clock: clock(2, 4, '2026-03-04T10:00', '2026-03-10T10:00'), durations: { segment_ms: 24 * H, paused_ms: 0 } }),
    ev('verify', '2026-03-03T11:00', { actorId: 8, durations: { first_response_ms: 1 * H } }),
    ev('resolve', '2026-03-05T10:00', { actorId: 8, durations: { resolution_ms: 72 * H, segment_ms: 48 * H, paused_ms: 0 } }),
    ev('reopen', '2026-03-06T10:00', { clock: clock(2, 4, '2026-03-09T10:00', '2026-03-13T10:00') }),
    ev('decline', '2026-03-06T15:00', { actorId: 8, durations: { first_response_ms: 5 * H, resolution_ms: 5 * H, segment_ms: 5 * H, paused_ms: 0 } }),
  ];
  const rows = segmentRows(FACTS, readTimeline(history, RULES, at('2026-04-01T00:00')));

  it('one row per segment: two units in the first episode, one in the reopened one', () => {
    expect(rows.map((r) => [r.episode, r.seq, r.unitId, r.serviceId, r.endedBy])).toEqual([
      [1, 1, 1, 1, 'forward'],
      [1, 2, 2, 4, 'outcome'],
      [2, 3, 2, 4, 'outcome'],
    ]);
  });

  it('only the first segment of the submitted episode is a submission; every row carries the case’s own facts', () => {
    expect(rows.map((r) => r.submitted)).toEqual([true, false, false]);
    for (const r of rows) expect(r).toMatchObject({ caseId: 'c-1', kind: 'complaint', kelurahanCode: 'laweyan-sriwedari', privacy: 'anonim' });
  });

  it('episode facts (outcome, its officer, resolution time, reopen) are on the episode’s last segment only', () => {
    const [a, b, c] = rows;
    expect(a).toMatchObject({ outcome: null, outcomeAt: null, outcomeBy: null, outcomeSla: null, resolutionMs: null, reopenedAt: null });
    expect(b).toMatchObject({ outcome: 'resolved', outcomeAt: at('2026-03-05T10:00'), outcomeBy: 8, outcomeSla: true, resolutionMs: 72 * H, reopenedAt: at('2026-03-06T10:00') });
    expect(c).toMatchObject({ outcome: 'declined', outcomeSla: false, resolutionMs: 5 * H, reopenedAt: null });
  });

  it('segment facts: first response, SLA outcomes, the time the unit held it', () => {
    const [a, b, c] = rows;
    expect(a).toMatchObject({ firstResponseAt: at('2026-03-02T12:00'), firstResponseBy: 7, firstResponseMs: 2 * H, frOutcome: 'met', resOutcome: null, heldMs: 24 * H });
    expect(b).toMatchObject({ firstResponseBy: 8, firstResponseMs: 1 * H, resOutcome: 'met', resOutcomeAt: at('2026-03-05T10:00'), heldMs: 48 * H, resolutionDueAt: at('2026-03-10T10:00') });
    expect(c).toMatchObject({ frOutcome: 'met', frOutcomeAt: at('2026-03-06T15:00'), resOutcome: null, pausedNow: false });
  });

  it('a case with no recorded clock (made before clocks were recorded) has no rows', () => {
    expect(segmentRows(FACTS, readTimeline([ev('submitted', '2026-03-02T10:00'), ev('verify', '2026-03-02T11:00')], RULES, at('2026-04-01T00:00')))).toEqual([]);
  });
});
