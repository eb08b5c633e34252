import { describe, expect, it } from 'vitest';
import { compliance } from '../metrics/measures';
import { parsePeriod } from '../metrics/period';
import type { ServiceMetrics } from '../metrics/views';
import { hasServiceData, officerInput, unitInput, yearShareAt } from './inputs';

const wib = (local: string) => new Date(`${local}+07:00`);

/** ServiceMetrics with only what §5.2 reads set; everything else empty. */
function metrics(o: { handled?: number; ratings?: number; ikm?: number | null; met?: number; breached?: number; reopens?: number; resolutions?: number } = {}): ServiceMetrics {
  const p = parsePeriod('2026-07')!;
  return {
    scope: { kind: 'officer', id: 1 },
    period: p,
    from: new Date(0),
    to: new Date(0),
    future: false,
    submitted: 0,
    handled: o.handled ?? 0,
    resolutions: o.resolutions ?? 0,
    declined: 0,
    withdrawn: 0,
    closedUnanswered: 0,
    reopens: o.reopens ?? 0,
    reopenRate: null,
    firstResponse: compliance(0, 0),
    resolution: compliance(o.met ?? 0, o.breached ?? 0),
    overdue: null,
    medianFirstResponse: { n: 0, ms: null },
    medianResolution: { n: 0, ms: null },
    ikm: { respondents: o.ratings ?? 0, elementMeans: [], ikm: o.ikm ?? null, grade: null },
  };
}

describe('the share of the year the JP target is prorated to', () => {
  it('an ended month counts to its last day: July 2026 ends on day 212 of 365', () => {
    expect(yearShareAt(parsePeriod('2026-07')!, wib('2026-08-03T09:00'))).toEqual({ lastDay: '2026-07-31', share: 212 / 365 });
  });
  it('a period still running counts to today (day 215 on 3 August); a leap year has 366 days', () => {
    expect(yearShareAt(parsePeriod('2026-Q3')!, wib('2026-08-03T09:00'))).toEqual({ lastDay: '2026-08-03', share: 215 / 365 });
    // 29 Feb 2028 is day 60 of 366
    expect(yearShareAt(parsePeriod('2028-02')!, wib('2028-03-05T00:00'))).toEqual({ lastDay: '2028-02-29', share: 60 / 366 });
  });
  it('a whole year ended is 1; the first day of a year is 1/365, never 0; a period not begun has none', () => {
    expect(yearShareAt(parsePeriod('2025')!, wib('2026-08-03T09:00'))).toEqual({ lastDay: '2025-12-31', share: 1 });
    expect(yearShareAt(parsePeriod('2026-01')!, wib('2026-01-01T00:00'))).toEqual({ lastDay: '2026-01-01', share: 1 / 365 });
    expect(yearShareAt(parsePeriod('2026-09')!, wib('2026-08-31T23:59'))).toBeNull();
  });
});

describe('who is in a ranking, and with which numbers', () => {
  it('anyone who handled, was rated, had an SLA outcome, resolved or was reopened; JP alone is not enough', () => {
    expect(hasServiceData(metrics())).toBe(false);
    expect(hasServiceData(metrics({ handled: 1 }))).toBe(true);
    expect(hasServiceData(metrics({ ratings: 1, ikm: 75 }))).toBe(true);
    // an open case past its deadline is a breach of the one holding it
    expect(hasServiceData(metrics({ breached: 1 }))).toBe(true);
    expect(hasServiceData(metrics({ reopens: 1 }))).toBe(true);
  });

  it('the raw numbers are the metrics’ figures: ratings and IKM, resolution SLA, reopens and resolutions', () => {
    const m = metrics({ handled: 4, ratings: 3, ikm: 80, met: 2, breached: 1, reopens: 1, resolutions: 3 });
    expect(officerInput({ id: 7, nip: '1', name: 'A', unitId: 2 }, m, 6, 0.5)).toEqual({
      staffId: 7,
      nip: '1',
      name: 'A',
      unitId: 2,
      handled: 4,
      ratings: { n: 3, ikm: 80 },
      sla: { met: 2, breached: 1 },
      reopens: 1,
      resolutions: 3,
      jpYear: 6,
      yearShareElapsed: 0.5,
    });
    expect(unitInput(2, m)).toEqual({ unitId: 2, ratings: { n: 3, ikm: 80 }, sla: { met: 2, breached: 1 }, reopens: 1, resolutions: 3 });
    // a unit without figures gives no prior
    expect(unitInput(9, null)).toEqual({ unitId: 9, ratings: { n: 0, ikm: null }, sla: { met: 0, breached: 0 }, reopens: 0, resolutions: 0 });
  });
});
