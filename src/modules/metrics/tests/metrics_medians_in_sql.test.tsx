// Issue 11.7: the medians of §2 are computed in SQL from the histogram buckets (one row per scope
// and measure instead of every bucket of every unit and month: /dasbor's list of units and its
// 12-month trend read thousands of buckets). Hand-made buckets with hand-computed medians, an odd
// and an even count, one month and a period of months, summed over kinds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { metricHist } from '../../../db/schema';
import { parsePeriod } from '../../../domain/metrics/period';
import { monthlySeries, serviceMetrics } from '../query';
import type { Harness } from '../../../../tests/harness/types';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
  const cell = (month: string, kind: string, measure: string, minutes: number, n: number) => ({ scope: 'unit', scopeId: 9001, month, kind, measure, minutes, n });
  await h.deps.db.insert(metricHist).values([
    // July, resolution: 10 min ×2, 30 min ×1 (complaints), 120 min ×2 (permits): 5 values, the 3rd is 30 min
    cell('2026-07', 'complaint', 'res', 10, 2),
    cell('2026-07', 'complaint', 'res', 30, 1),
    cell('2026-07', 'permit', 'res', 120, 2),
    // July, first response: 5 min ×1, 50 min ×1: 2 values, the mean of both is 27.5 min
    cell('2026-07', 'complaint', 'fr', 5, 1),
    cell('2026-07', 'complaint', 'fr', 50, 1),
    // August, resolution: 60 min ×3
    cell('2026-08', 'complaint', 'res', 60, 3),
  ]);
});
afterAll(async () => h.close());

describe(`medians from the histogram buckets in SQL on ${RUNTIME}`, () => {
  const now = new Date('2026-09-10T03:00:00Z');
  const unit = { kind: 'unit' as const, id: 9001 };

  it('11.7 a month: the middle value of an odd count, the mean of the middle two of an even count, over every kind', async () => {
    const m = await serviceMetrics(h.deps.db, unit, parsePeriod('2026-07')!, now);
    expect(m.medianResolution).toEqual({ n: 5, ms: 30 * 60_000 });
    expect(m.medianFirstResponse).toEqual({ n: 2, ms: 27.5 * 60_000 });
  });

  it('11.7 a period merges its months’ buckets; a trend has each month’s own median', async () => {
    // July and August: 10, 10, 30, 60, 60, 60, 120, 120 → the 4th and 5th values, 60 and 60
    const q3 = await serviceMetrics(h.deps.db, unit, parsePeriod('2026-Q3')!, now);
    expect(q3.medianResolution).toEqual({ n: 8, ms: 60 * 60_000 });
    const trend = await monthlySeries(h.deps.db, unit, 3, now);
    expect(trend.map((p) => [p.month, p.metrics.medianResolution])).toEqual([
      ['2026-07', { n: 5, ms: 30 * 60_000 }],
      ['2026-08', { n: 3, ms: 60 * 60_000 }],
      ['2026-09', { n: 0, ms: null }],
    ]);
  });
});
