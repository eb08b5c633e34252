import { describe, expect, it } from 'vitest';
import { completionYears, estimateOf, IMPACT_WINDOW_MS, impactCohort, slaPercent } from './impact';
import { differenceInDifferences } from './did';

const at = (iso: string) => new Date(`${iso}+07:00`).getTime();
const DAY = 86_400_000;

describe('who training impact compares (docs/metrics.md §5.3)', () => {
  // unit 1: a completes 1 Mar, b 10 Mar, c 1 Nov (later than 90 days: pending at "now");
  // d never; e completed in 2025 (before: never a control); f completes 2027 (after a's 90 days: a control)
  // unit 2: g never, and no completer there: not compared
  const completions = [
    { staffId: 1, at: at('2026-03-01T10:00:00') },
    { staffId: 2, at: at('2026-03-10T10:00:00') },
    { staffId: 3, at: at('2026-11-01T10:00:00') },
    { staffId: 5, at: at('2025-06-01T10:00:00') },
    { staffId: 6, at: at('2027-01-05T10:00:00') },
    // a second completion of the year by a (a refresher): their first counts
    { staffId: 1, at: at('2026-09-01T10:00:00') },
  ];
  const colleagues = [1, 2, 3, 4, 5, 6].map((staffId) => ({ staffId, unitId: 1 })).concat([{ staffId: 7, unitId: 2 }]);
  const now = at('2026-12-01T00:00:00');

  it('treated: first completion of the year whose 90 days have passed; the rest pending', () => {
    const c = impactCohort(completions, colleagues, 2026, now);
    expect(c.subjects.filter((s) => s.group === 'treated')).toEqual([
      { staffId: 1, unitId: 1, group: 'treated', refAt: at('2026-03-01T10:00:00') },
      { staffId: 2, unitId: 1, group: 'treated', refAt: at('2026-03-10T10:00:00') },
    ]);
    expect(c.pending).toBe(1);
  });

  it('controls: same unit, not completed in the year nor by the unit’s first completion + 90 days, on that completion’s windows', () => {
    const c = impactCohort(completions, colleagues, 2026, now);
    expect(c.subjects.filter((s) => s.group === 'control')).toEqual([
      { staffId: 4, unitId: 1, group: 'control', refAt: at('2026-03-01T10:00:00') },
      { staffId: 6, unitId: 1, group: 'control', refAt: at('2026-03-01T10:00:00') },
    ]);
  });

  it('the 90 days are 90 × 24 hours; a completion exactly 90 days ago counts', () => {
    const c = impactCohort([{ staffId: 1, at: now - IMPACT_WINDOW_MS }], [{ staffId: 1, unitId: 1 }], 2026, now);
    expect(c).toEqual({ subjects: [{ staffId: 1, unitId: 1, group: 'treated', refAt: now - 90 * DAY }], pending: 0 });
  });

  it('years of completion in the Jakarta calendar', () => {
    // 31 Dec 2025 20:00 UTC is 1 Jan 2026 03:00 WIB
    expect(completionYears([{ staffId: 1, at: Date.UTC(2025, 11, 31, 20) }, { staffId: 2, at: at('2025-05-01T10:00:00') }])).toEqual([2025, 2026]);
  });

  it('SLA compliance in percent, none without outcomes; a hidden estimate keeps only the sizes', () => {
    expect(slaPercent(3, 4)).toBe(75);
    expect(slaPercent(0, 0)).toBeNull();
    const hidden = estimateOf(differenceInDifferences([{ pre: 1, post: 2 }], [{ pre: 1, post: 1 }]));
    expect(hidden).toMatchObject({ shown: false, estimate: null, low: null, nTreated: 1, nControl: 1 });
  });
});
