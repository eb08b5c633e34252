import { describe, expect, it } from 'vitest';
import { makeHolidaySet } from '../domain/sla/calendar';
import { DEMO_HOLIDAYS } from './demo-data';
import { DEMO_HISTORY_SEED, HISTORY_DAYS, planHistory } from './history-plan';
import { OFFICERS } from './history-people';
import { mulberry32, stream } from './prng';

const holidays = makeHolidaySet(DEMO_HOLIDAYS.map((h) => h.date));
const NOW = new Date('2026-11-30T03:00:00Z');
const DAY = 86_400_000;

describe('the plan of the demo history', () => {
  const plan = planHistory({ seed: DEMO_HISTORY_SEED, now: NOW, holidays });

  it('is the same plan for the same seed number and now, and another for another seed', () => {
    expect(planHistory({ seed: DEMO_HISTORY_SEED, now: NOW, holidays })).toEqual(plan);
    const other = planHistory({ seed: DEMO_HISTORY_SEED + 1, now: NOW, holidays });
    expect(other.steps).not.toEqual(plan.steps);
  });

  it('covers the year up to now, in time order, nothing after now', () => {
    const times = plan.steps.map((s) => s.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(NOW.getTime() - HISTORY_DAYS * DAY);
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
    expect(plan.cases).toBeGreaterThan(300);
  });

  it('starts every case with its submission, and each officer acts only in their own unit', () => {
    const first = new Map<number, string>();
    const unitOf = new Map(OFFICERS.map((o) => [o.email, o.unit]));
    for (const s of plan.steps) {
      if (s.type !== 'case') continue;
      if (!first.has(s.caseNo)) first.set(s.caseNo, s.step.kind);
    }
    expect(first.size).toBe(plan.cases);
    expect(new Set(first.values())).toEqual(new Set(['submit']));
    expect(plan.steps.every((s) => s.type !== 'case' || s.step.kind !== 'staff' || unitOf.has(s.step.by) || s.step.by.startsWith('kabid.'))).toBe(true);
  });

  it('has six officers complete Komunikasi Pelayanan Prima with 90 days of history on either side', () => {
    const mid = [...plan.kppCompletedAt.entries()].filter(([, t]) => t - 90 * DAY >= plan.from && t + 90 * DAY <= plan.now);
    expect(mid.map(([who]) => who).filter((who) => OFFICERS.find((o) => o.email === who)?.kpp)).toHaveLength(6);
  });
});

describe('the generator', () => {
  it('is mulberry32: the same numbers from the same seed', () => {
    const a = mulberry32(1);
    // the first outputs of Tommy Ettinger's reference (JavaScript, signed state) for seed 1
    expect([a(), a()].map((x) => x * 4294967296)).toEqual([2693262067, 11749833]);
  });

  it('gives each named stream its own numbers', () => {
    expect(stream(7, 'case 1')()).toBe(stream(7, 'case 1')());
    expect(stream(7, 'case 1')()).not.toBe(stream(7, 'case 2')());
  });
});
