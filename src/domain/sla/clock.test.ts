import { describe, expect, it } from 'vitest';
import { addWorkingDays, makeHolidaySet } from './calendar';
import { durationsAt, parsePauses, recordClock, segmentDue, storePauses } from './clock';

const H = makeHolidaySet(['2026-03-19']); // Thursday 19 March 2026, a holiday
const at = (s: string) => new Date(s);
const HOUR = 3_600_000;

describe('the segment clock', () => {
  const start = at('2026-03-16T02:00:00Z'); // Monday 09:00 WIB

  it('without pauses, its due instants are the working days from its start', () => {
    const d = segmentDue({ startedAt: start, firstResponseDays: 1, slaDays: 5, pauses: [], firstRespondedAt: null }, H);
    expect(d.firstResponseDueAt).toEqual(addWorkingDays(start, 1, H));
    expect(d.resolutionDueAt.toISOString()).toBe('2026-03-24T02:00:00.000Z'); // Thursday skipped
  });

  it('a pause before the deadline pushes it by its working time; pauses of an earlier segment count nothing', () => {
    const pauses = [
      { from: at('2026-03-13T02:00:00Z'), to: at('2026-03-13T10:00:00Z') }, // before the segment began
      { from: at('2026-03-18T02:00:00Z'), to: at('2026-03-20T02:00:00Z') }, // Wed 09:00 → Fri 09:00 = 24 working hours (Thu is a holiday)
    ];
    const d = segmentDue({ startedAt: start, firstResponseDays: 1, slaDays: 5, pauses, firstRespondedAt: at('2026-03-16T03:00:00Z') }, H);
    expect(d.resolutionDueAt.toISOString()).toBe('2026-03-25T02:00:00.000Z');
    // the first response came before the pause: its deadline does not move
    expect(d.firstResponseDueAt.toISOString()).toBe('2026-03-17T02:00:00.000Z');
  });

  it('a pause after the deadline does not move it', () => {
    const pauses = [{ from: at('2026-03-25T02:00:00Z'), to: at('2026-03-27T02:00:00Z') }];
    const d = segmentDue({ startedAt: start, firstResponseDays: 1, slaDays: 5, pauses, firstRespondedAt: null }, H);
    expect(d.resolutionDueAt.toISOString()).toBe('2026-03-24T02:00:00.000Z');
  });

  it('durations: working time without the pauses, on this calendar', () => {
    const pauses = [{ from: at('2026-03-17T02:00:00Z'), to: at('2026-03-17T08:00:00Z') }]; // 6 h on Tuesday
    const now = at('2026-03-20T02:00:00Z'); // Friday 09:00: Mon 09 → Fri 09 = 72 working hours (Thu off)
    expect(durationsAt({ segmentStartedAt: start, episodeStartedAt: start, pauses, now, ending: { firstResponse: true } }, H)).toEqual({ first_response_ms: 66 * HOUR });
    // the segment began Tuesday 07:00 WIB: Tue 17 h + Wed 24 h + Fri 9 h = 50 h, 6 of them paused
    const seg = at('2026-03-17T00:00:00Z');
    expect(durationsAt({ segmentStartedAt: seg, episodeStartedAt: start, pauses, now, ending: { segment: true } }, H)).toEqual({ segment_ms: 44 * HOUR, paused_ms: 6 * HOUR });
    expect(durationsAt({ segmentStartedAt: seg, episodeStartedAt: start, pauses, now, ending: { episode: true } }, H)).toEqual({
      resolution_ms: 66 * HOUR,
      segment_ms: 44 * HOUR,
      paused_ms: 6 * HOUR,
    });
    expect(durationsAt({ segmentStartedAt: seg, episodeStartedAt: start, pauses, now, ending: {} }, H)).toBeNull();
  });

  it('records the clock as ISO instants, and stores pauses as epoch pairs', () => {
    expect(
      recordClock({ unitId: 2, serviceId: 3, firstResponseDueAt: start, resolutionDueAt: start, pausedSince: null, citizenDueAt: null }),
    ).toEqual({
      unit_id: 2,
      service_id: 3,
      first_response_due_at: '2026-03-16T02:00:00.000Z',
      resolution_due_at: '2026-03-16T02:00:00.000Z',
      paused_since: null,
      citizen_due_at: null,
    });
    const p = [{ from: start, to: at('2026-03-16T03:00:00Z') }];
    expect(parsePauses(storePauses(p))).toEqual(p);
    expect(parsePauses('nonsense')).toEqual([]);
    expect(parsePauses('[[2, 1], "x"]')).toEqual([]);
  });
});
