import { describe, expect, it } from 'vitest';
import { makeHolidaySet } from '../../domain/sla/calendar';
import { computeDue, effectiveDue, pushedDue, resumedDue } from './sla';

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
    expect(resumedDue(c, H, now)).toEqual({ ...d, pausedSince: null });
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
