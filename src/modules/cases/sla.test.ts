import { describe, expect, it } from 'vitest';
import { makeHolidaySet } from '../../domain/sla/calendar';
import { computeDue, effectiveDue, pushedDue, resumeClock, type ClockRow } from './sla';

const H = makeHolidaySet(['2026-03-19']); // a Thursday holiday (Nyepi-like)
const at = (s: string) => new Date(s);
const svc = { slaDays: 5, firstResponseDays: 1 };

describe('case SLA', () => {
  it('computeDue counts working days from submission, skipping weekends and holidays', async () => {
    const due = await computeDue(H, at('2026-03-16T02:00:00Z'), svc); // Monday 09:00 WIB
    expect(due.firstResponseDueAt.toISOString()).toBe('2026-03-17T02:00:00.000Z');
    // Tue, Wed, (Thu holiday), Fri, Mon, Tue → Tuesday 09:00 WIB
    expect(due.resolutionDueAt.toISOString()).toBe('2026-03-24T02:00:00.000Z');
  });

  it('effectiveDue moves the resolution due instant while paused; the first response stays once given', () => {
    const c = {
      firstResponseDueAt: at('2026-03-17T02:00:00Z'),
      resolutionDueAt: at('2026-03-24T02:00:00Z'),
      firstRespondedAt: at('2026-03-16T05:00:00Z'),
      pausedSince: at('2026-03-16T05:00:00Z'), // Monday 12:00 WIB
    };
    const now = at('2026-03-18T05:00:00Z'); // Wednesday 12:00 WIB: two working days paused
    const d = effectiveDue(c, H, now);
    expect(d.firstResponseDueAt).toEqual(c.firstResponseDueAt);
    // Monday 12:00 → Wednesday 12:00 is 2 working days paused: Tuesday 24th 09:00 + 2 working days = Thursday 26th
    expect(d.resolutionDueAt.toISOString()).toBe('2026-03-26T02:00:00.000Z');
    // a case made before the clock's inputs were recorded resumes the same way
    const legacy: ClockRow = {
      ...c,
      unitId: 1,
      serviceId: 1,
      submittedAt: at('2026-03-16T02:00:00Z'),
      citizenDueAt: null,
      segmentStartedAt: null,
      segmentFirstResponseDays: null,
      segmentSlaDays: null,
      episodeStartedAt: null,
      episodePauses: null,
    };
    expect(resumeClock(legacy, now, H)).toMatchObject({ ...d, pausedSince: null, citizenDueAt: null });
    expect(effectiveDue({ ...c, pausedSince: null }, H, now).resolutionDueAt).toEqual(c.resolutionDueAt);
  });

  it('a pause over a weekend only counts the working time', () => {
    const due = at('2026-03-11T02:00:00Z'); // Wednesday 09:00 WIB
    const paused = at('2026-03-06T10:00:00Z'); // Friday 17:00 WIB
    const now = at('2026-03-09T00:00:00Z'); // Monday 07:00 WIB: 7 h Friday + 7 h Monday = 14 h
    expect(pushedDue(due, paused, now, H).toISOString()).toBe('2026-03-11T16:00:00.000Z');
  });

  it('a pause that starts after the due instant does not undo the breach', () => {
    const due = at('2026-03-10T02:00:00Z');
    expect(pushedDue(due, at('2026-03-11T02:00:00Z'), at('2026-03-13T02:00:00Z'), H)).toEqual(due);
  });
});

describe('the clock of a case row', () => {
  // Monday 16 March 2026 09:00 WIB, 1 working day to respond, 5 to resolve; Thursday 19th a holiday
  const row: ClockRow = {
    unitId: 1,
    serviceId: 1,
    submittedAt: at('2026-03-16T02:00:00Z'),
    firstRespondedAt: at('2026-03-16T05:00:00Z'),
    firstResponseDueAt: at('2026-03-17T02:00:00Z'),
    resolutionDueAt: at('2026-03-24T02:00:00Z'),
    pausedSince: at('2026-03-16T05:00:00Z'), // Monday 12:00 WIB: information requested
    citizenDueAt: at('2026-03-17T05:00:00Z'), // Tuesday 12:00 WIB
    segmentStartedAt: at('2026-03-16T02:00:00Z'),
    segmentFirstResponseDays: 1,
    segmentSlaDays: 5,
    episodeStartedAt: at('2026-03-16T02:00:00Z'),
    episodePauses: null,
  };

  it('10.1 an answer before the deadline pushes the resolution by the time paused', () => {
    const r = resumeClock(row, at('2026-03-16T11:00:00Z'), H); // Monday 18:00 WIB: 6 h paused
    expect(r.resolutionDueAt?.toISOString()).toBe('2026-03-24T08:00:00.000Z');
    expect(r.firstResponseDueAt?.toISOString()).toBe('2026-03-17T02:00:00.000Z');
    expect(r).toMatchObject({ pausedSince: null, citizenDueAt: null, episodePauses: JSON.stringify([[row.pausedSince!.getTime(), at('2026-03-16T11:00:00Z').getTime()]]) });
  });

  it('10.1 the pause ends at the citizen’s deadline, however late the answer or the job comes', () => {
    const late = resumeClock(row, at('2026-03-18T05:00:00Z'), H); // Wednesday noon
    // paused Monday 12:00 → Tuesday 12:00 = one working day: Tuesday 24th → Wednesday 25th 09:00
    expect(late.resolutionDueAt?.toISOString()).toBe('2026-03-25T02:00:00.000Z');
  });
});
