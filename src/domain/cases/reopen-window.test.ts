import { describe, expect, it } from 'vitest';
import { makeHolidaySet } from '../sla/calendar';
import { REOPEN_WINDOW_WORKING_DAYS, reopenDeadline, withinReopenWindow } from './reopen-window';

const NONE = makeHolidaySet([]);
const H = makeHolidaySet(['2026-03-19']); // a Thursday holiday (Nyepi)
const at = (s: string) => new Date(s);

describe('the reopen deadline: 10 working days after resolution', () => {
  it('is ten working days', () => {
    expect(REOPEN_WINDOW_WORKING_DAYS).toBe(10);
  });

  it('resolved Monday 2 March 09:00 WIB → Monday 16 March 09:00 WIB (two weekends skipped)', () => {
    // Tue3 Wed4 Thu5 Fri6 | Mon9 Tue10 Wed11 Thu12 Fri13 | Mon16 = the 10th working day
    expect(reopenDeadline(at('2026-03-02T02:00:00Z'), NONE).toISOString()).toBe('2026-03-16T02:00:00.000Z');
  });

  it('a holiday in the window pushes the deadline one working day', () => {
    // resolved Friday 13 March 14:00 WIB: Mon16 Tue17 Wed18 (Thu19 holiday) Fri20 Mon23 Tue24 Wed25 Thu26 Fri27 Mon30
    expect(reopenDeadline(at('2026-03-13T07:00:00Z'), H).toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(reopenDeadline(at('2026-03-13T07:00:00Z'), NONE).toISOString()).toBe('2026-03-27T07:00:00.000Z');
  });

  it('resolved on a Saturday: the window runs from Monday 00:00 to the end of the 10th working day', () => {
    // Mon16 … Mon30 are the ten working days (Thu19 a holiday); the window ends at 00:00 WIB on Tue 31 March
    expect(reopenDeadline(at('2026-03-14T03:00:00Z'), H).toISOString()).toBe('2026-03-30T17:00:00.000Z');
  });

  it('the deadline itself is still inside the window, a millisecond later is not', () => {
    const resolved = at('2026-03-02T02:00:00Z');
    expect(withinReopenWindow(resolved, at('2026-03-16T02:00:00Z'), NONE)).toBe(true);
    expect(withinReopenWindow(resolved, at('2026-03-16T02:00:00.001Z'), NONE)).toBe(false);
    expect(withinReopenWindow(resolved, at('2026-03-02T02:00:00Z'), NONE)).toBe(true);
  });
});
