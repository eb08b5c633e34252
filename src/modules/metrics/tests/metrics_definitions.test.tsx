// Every metric of docs/metrics.md §2–§4, for each scope (city, unit, service, officer) and for a
// month, a quarter, a month still running and a month not begun, against the hand-computed
// history of tests/helpers/metrics-fixture.ts (its header says what happened when). The city's
// figures are checked as what the fixture added to them (demo data may hold other cases).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { parsePeriod } from '../../../domain/metrics/period';
import { runScheduledJobs } from '../../../jobs';
import { writeSetting } from '../../../platform/settings/settings';
import { BUILD_KEY, caseSegmentsUpkeep, PROJECTION_VERSION } from '../job';
import { CITY, metricsByOfficer, metricsByUnit, monthlySeries, serviceMetrics, trainingMetrics, type ServiceMetrics } from '../query';
import type { Harness } from '../../../../tests/harness/types';
import { wib } from '../../../../tests/helpers/case-driver';
import { buildMetricsFixture, type MetricsFixture } from '../../../../tests/helpers/metrics-fixture';

let h: Harness;
let f: MetricsFixture;
let cityBefore: ServiceMetrics;
const H = 3_600_000;
const JULY = parsePeriod('2026-07')!;
const now = () => h.clock.now();

beforeAll(async () => {
  h = await makeHarness();
  await writeSetting(h.deps.db, BUILD_KEY, PROJECTION_VERSION);
  h.clock.set(wib('2026-08-03T09:00'));
  cityBefore = await serviceMetrics(h.deps.db, CITY, JULY, now());
  f = await buildMetricsFixture(h);
}, 120_000);
afterAll(async () => h.close());

const unitA = () => serviceMetrics(h.deps.db, { kind: 'unit', id: f.unitA }, JULY, now());

describe(`metrics of a month, each against hand-computed numbers, on ${RUNTIME}`, () => {
  it('§2 cases submitted: episodes begun by a submission, in the unit first routed to; reopens are not new cases', async () => {
    expect((await unitA()).submitted).toBe(3);
    expect((await serviceMetrics(h.deps.db, { kind: 'unit', id: f.unitB }, JULY, now())).submitted).toBe(1);
    expect((await serviceMetrics(h.deps.db, { kind: 'officer', id: f.a2 }, JULY, now())).submitted).toBe(0);
    expect((await serviceMetrics(h.deps.db, CITY, JULY, now())).submitted - cityBefore.submitted).toBe(4);
  });

  it('§2 cases handled: resolutions and declines, credited to who performed them; a case resolved twice is handled twice', async () => {
    const a = await unitA();
    expect(a).toMatchObject({ handled: 3, resolutions: 3, declined: 0 });
    expect(await serviceMetrics(h.deps.db, { kind: 'officer', id: f.a1 }, JULY, now())).toMatchObject({ handled: 1, resolutions: 1 });
    expect(await serviceMetrics(h.deps.db, { kind: 'officer', id: f.a2 }, JULY, now())).toMatchObject({ handled: 2, resolutions: 2 });
    expect(await serviceMetrics(h.deps.db, { kind: 'officer', id: f.b1 }, JULY, now())).toMatchObject({ handled: 1, resolutions: 0, declined: 1 });
    const city = await serviceMetrics(h.deps.db, CITY, JULY, now());
    expect(city.handled - cityBefore.handled).toBe(4);
  });

  it('§2 first-response SLA: met ÷ (met + breached); an open case past its deadline counts as breached before the job has looked', async () => {
    // met: A (1.5 h), B after the reopen (1 h); breached: B (due 7 Jul 11:00), C (due 27 Jul 09:00, open)
    expect((await unitA()).firstResponse).toEqual({ met: 2, breached: 2, decided: 4, percent: 50 });
    expect((await serviceMetrics(h.deps.db, { kind: 'officer', id: f.a2 }, JULY, now())).firstResponse).toEqual({ met: 1, breached: 1, decided: 2, percent: 50 });
    expect((await serviceMetrics(h.deps.db, { kind: 'unit', id: f.unitB }, JULY, now())).firstResponse).toEqual({ met: 1, breached: 0, decided: 1, percent: 100 });
  });

  it('§2 resolution SLA: a late resolution stays late after the reopen; the breach is credited to whoever held the case then', async () => {
    // met: A, B's second resolution; breached: B (13 Jul 11:00, a2 held it), C (31 Jul 09:00, nobody held it)
    expect((await unitA()).resolution).toEqual({ met: 2, breached: 2, decided: 4, percent: 50 });
    expect((await serviceMetrics(h.deps.db, { kind: 'officer', id: f.a2 }, JULY, now())).resolution).toEqual({ met: 1, breached: 1, decided: 2, percent: 50 });
    expect((await serviceMetrics(h.deps.db, { kind: 'officer', id: f.a1 }, JULY, now())).resolution).toEqual({ met: 1, breached: 0, decided: 1, percent: 100 });
    // a decline has no resolution SLA
    expect((await serviceMetrics(h.deps.db, { kind: 'unit', id: f.unitB }, JULY, now())).resolution).toEqual({ met: 0, breached: 0, decided: 0, percent: null });
  });

  it('§2 overdue backlog: at the end of a past period, or now while one runs', async () => {
    const a = await unitA();
    expect(a.overdue).toEqual({ at: wib('2026-08-01T00:00'), count: 1 });
    const aug = await serviceMetrics(h.deps.db, { kind: 'unit', id: f.unitA }, parsePeriod('2026-08')!, now());
    expect(aug.overdue).toEqual({ at: now(), count: 1 });
    // at the end of June nothing of this history had begun
    expect((await serviceMetrics(h.deps.db, { kind: 'unit', id: f.unitA }, parsePeriod('2026-06')!, now())).overdue?.count).toBe(0);
    // nobody held C: no officer's backlog
    expect((await serviceMetrics(h.deps.db, { kind: 'officer', id: f.a2 }, parsePeriod('2026-08')!, now())).overdue?.count).toBe(0);
  });

  it('§2 medians in working hours, paused time excluded: the middle value, or the mean of the middle two', async () => {
    const a = await unitA();
    // first responses 1.5 h (counted as 1 h: whole hours above an hour), 25 h, 1 h → 1 h
    expect(a.medianFirstResponse).toEqual({ n: 3, ms: 1 * H });
    // the unit held the resolved episodes 48 h, 142 h, 1 h → 48 h
    expect(a.medianResolution).toEqual({ n: 3, ms: 48 * H });
    // a2: 25 h and 1 h → 13 h; resolutions 142 h and 1 h → 71.5 h
    const a2 = await serviceMetrics(h.deps.db, { kind: 'officer', id: f.a2 }, JULY, now());
    expect(a2.medianFirstResponse).toEqual({ n: 2, ms: 13 * H });
    expect(a2.medianResolution).toEqual({ n: 2, ms: 71.5 * H });
    expect((await serviceMetrics(h.deps.db, { kind: 'service', id: f.serviceA }, JULY, now())).medianResolution).toEqual({ n: 3, ms: 48 * H });
  });

  it('§2 reopen rate: reopens of resolved episodes ÷ resolutions, credited to who resolved the reopened one', async () => {
    expect(await unitA()).toMatchObject({ reopens: 1, resolutions: 3 });
    expect((await unitA()).reopenRate).toBeCloseTo(33.3333, 3);
    expect(await serviceMetrics(h.deps.db, { kind: 'officer', id: f.a2 }, JULY, now())).toMatchObject({ reopens: 1, reopenRate: 50 });
    expect(await serviceMetrics(h.deps.db, { kind: 'officer', id: f.a1 }, JULY, now())).toMatchObject({ reopens: 0, reopenRate: 0 });
  });

  it('§3 IKM with its grade and the nine element means, per unit and per officer who resolved', async () => {
    const { ikm } = await unitA();
    // element sums 5,5,4,5,5,5,3,5,5 over 2: means 2.5 ×7, 2, 1.5 → (17.5 + 3.5) ÷ 9 × 25 = 58.33
    expect(ikm.respondents).toBe(2);
    expect(ikm.elementMeans).toEqual([2.5, 2.5, 2, 2.5, 2.5, 2.5, 1.5, 2.5, 2.5]);
    expect(ikm.ikm).toBeCloseTo(58.3333, 3);
    expect(ikm.grade?.letter).toBe('D');
    const a1 = (await serviceMetrics(h.deps.db, { kind: 'officer', id: f.a1 }, JULY, now())).ikm;
    expect(a1.ikm).toBeCloseTo((26 / 9) * 25, 6);
    expect(a1.grade?.letter).toBe('C');
    expect(a1.elementMeans[6]).toBe(2);
  });

  it('a quarter adds its months; a month not begun is an empty state, not an error', async () => {
    const q3 = await serviceMetrics(h.deps.db, { kind: 'unit', id: f.unitA }, parsePeriod('2026-Q3')!, now());
    expect(q3).toMatchObject({ submitted: 3, handled: 3, future: false });
    expect(q3.resolution.percent).toBe(50);
    const sept = await serviceMetrics(h.deps.db, { kind: 'unit', id: f.unitA }, parsePeriod('2026-09')!, now());
    expect(sept).toMatchObject({ future: true, submitted: 0, handled: 0, overdue: null });
    expect(sept.firstResponse.percent).toBeNull();
    expect(sept.ikm.ikm).toBeNull();
  });

  it('the figures are the same after the scheduled job judged the open deadlines into the roll-ups', async () => {
    const before = await unitA();
    expect(await runScheduledJobs(h.deps, [caseSegmentsUpkeep])).toMatchObject({ 'case-segments': { deadlines: 1 } });
    const after = await unitA();
    expect(after).toEqual(before);
    expect((await serviceMetrics(h.deps.db, { kind: 'unit', id: f.unitA }, parsePeriod('2026-08')!, now())).overdue?.count).toBe(1);
  });

  it('lists: every unit, and every ASN of a unit with the raw numbers incentives need', async () => {
    const byUnit = await metricsByUnit(h.deps.db, JULY, now());
    expect(byUnit.find((u) => u.unit.id === f.unitA)?.metrics).toMatchObject({ submitted: 3, handled: 3 });
    const people = await metricsByOfficer(h.deps.db, JULY, { unitId: f.unitA }, now());
    expect(people.map((p) => p.staff.name)).toEqual(['Ayu Satu', 'Bagus Dua', 'Citra Kabid']);
    const a2 = people[1]!;
    expect(a2.metrics).toMatchObject({ handled: 2, resolutions: 2, reopens: 1 });
    expect(a2.metrics.ikm.respondents).toBe(1);
    expect(a2.metrics.resolution).toMatchObject({ met: 1, breached: 1 });
    expect(a2.training.jp).toMatchObject({ jp: 12, onTrack: true });
  });

  it('a trend: one point per month, oldest first, each with its own backlog', async () => {
    const series = await monthlySeries(h.deps.db, { kind: 'unit', id: f.unitA }, 12, now());
    expect(series.map((p) => p.month)).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08']);
    const july = series[10]!.metrics;
    const direct = await unitA();
    expect(july).toMatchObject({ submitted: direct.submitted, handled: direct.handled, resolution: direct.resolution, overdue: direct.overdue, medianResolution: direct.medianResolution });
    expect(series[11]!.metrics.overdue?.count).toBe(1);
    expect(series[9]!.metrics).toMatchObject({ submitted: 0, overdue: { count: 0 } });
  });
});

describe(`training metrics (§4) on ${RUNTIME}`, () => {
  it('JP of the year against 20 prorated to the day: 6 JP on 3 August (day 215 of 365, target 11.78) is not on track; 12 is', async () => {
    const year = parsePeriod('2026')!;
    const a1 = await trainingMetrics(h.deps.db, { kind: 'officer', id: f.a1 }, year, now());
    expect(a1.people[0]!.training.jp.jp).toBe(6);
    expect(a1.people[0]!.training.jp.prorated).toBeCloseTo((20 * 215) / 365, 10);
    expect(a1.people[0]!.training.jp.onTrack).toBe(false);
    const unit = await trainingMetrics(h.deps.db, { kind: 'unit', id: f.unitA }, year, now());
    // a1 6 JP, a2 12 JP, sa none: one of three on track
    expect(unit.compliance).toMatchObject({ active: 3, onTrack: 1 });
    expect(unit.compliance.percent).toBeCloseTo(100 / 3, 10);
  });

  it('courses completed: distinct courses with a completion credited in the period', async () => {
    const of = async (p: string) => (await trainingMetrics(h.deps.db, { kind: 'officer', id: f.a1 }, parsePeriod(p)!, now())).people[0]!.training.coursesCompleted;
    expect(await of('2026')).toBe(1);
    expect(await of('2026-03')).toBe(1);
    expect(await of('2026-Q1')).toBe(1);
    expect(await of('2026-07')).toBe(0);
    expect(await of('2025')).toBe(0);
  });
});
