import { describe, expect, it } from 'vitest';
import {
  bucketMinutes,
  caseContribution,
  categoryCellKey,
  diffContributions,
  histCellKey,
  monthCellKey,
  overdueStretches,
  placeCellKey,
  sumContributions,
  type Contribution,
  type Measure,
  type RollupRow,
  type ScopeKind,
} from './rollup';

// Instants written in WIB for reading (UTC+7).
const at = (wib: string) => Date.parse(`${wib}+07:00`);
const H = 3_600_000;

function row(over: Partial<RollupRow>): RollupRow {
  return {
    kind: 'complaint',
    privacy: 'anonim',
    kelurahanCode: 'laweyan-sriwedari',
    episode: 1,
    unitId: 1,
    serviceId: 10,
    startAt: at('2026-03-30T10:00'),
    endAt: null,
    submitted: false,
    firstResponseAt: null,
    firstResponseBy: null,
    firstResponseMs: null,
    frOutcome: null,
    frOutcomeAt: null,
    frOutcomeBy: null,
    resOutcome: null,
    resOutcomeAt: null,
    resOutcomeBy: null,
    outcome: null,
    outcomeAt: null,
    outcomeBy: null,
    outcomeSla: null,
    resolutionMs: null,
    heldMs: null,
    reopenedAt: null,
    ratedAt: null,
    ...over,
  };
}

// A complaint submitted to unit 1 on Monday 30 March, answered in 2 h by officer 7 and forwarded
// on 1 April to unit 2 (category 11), where officer 9 held it when both its deadlines passed and
// officer 8 answered it late and resolved it late on 10 April; rated the next day; reopened on 4 May.
const rows: RollupRow[] = [
  row({
    submitted: true,
    endAt: at('2026-04-01T10:00'),
    firstResponseAt: at('2026-03-30T12:00'),
    firstResponseBy: 7,
    firstResponseMs: 2 * H,
    frOutcome: 'met',
    frOutcomeAt: at('2026-03-30T12:00'),
    frOutcomeBy: 7,
    heldMs: 48 * H,
  }),
  row({
    unitId: 2,
    serviceId: 11,
    startAt: at('2026-04-01T10:00'),
    endAt: at('2026-04-10T10:00'),
    firstResponseAt: at('2026-04-02T12:00'),
    firstResponseBy: 8,
    firstResponseMs: 26 * H,
    frOutcome: 'breached',
    frOutcomeAt: at('2026-04-02T10:00'),
    frOutcomeBy: 9,
    resOutcome: 'breached',
    resOutcomeAt: at('2026-04-08T10:00'),
    resOutcomeBy: 9,
    outcome: 'resolved',
    outcomeAt: at('2026-04-10T10:00'),
    outcomeBy: 8,
    outcomeSla: true,
    resolutionMs: 200 * H,
    heldMs: 150 * H,
    reopenedAt: at('2026-05-04T09:00'),
    ratedAt: at('2026-04-11T09:00'),
  }),
  row({ episode: 2, unitId: 2, serviceId: 11, startAt: at('2026-05-04T09:00') }),
];
const rating = { createdAt: at('2026-04-11T09:00'), unitId: 2, serviceId: 11, officerId: 8, answers: [3, 3, 2, 4, 3, 3, 2, 3, 4] };

const cell = (c: Contribution, month: string, scope: ScopeKind, id: number) => c.months.get(monthCellKey({ month, kind: 'complaint', scope, scopeId: id }));
const hist = (c: Contribution, month: string, scope: ScopeKind, id: number, measure: Measure, minutes: number) =>
  c.hist.get(histCellKey({ month, kind: 'complaint', scope, scopeId: id, measure, minutes }));

describe('a case’s contribution to the monthly roll-ups', () => {
  const c = caseContribution(rows, rating);

  it('a submission counts in its month for the city, the first unit and its category, for no officer', () => {
    for (const [scope, id] of [['city', 0], ['unit', 1], ['service', 10]] as const) expect(cell(c, '2026-03', scope, id)).toMatchObject({ submitted: 1, fr_met: 1 });
    expect(cell(c, '2026-03', 'officer', 7)).toEqual({ fr_met: 1 });
    expect(cell(c, '2026-03', 'unit', 2)).toBeUndefined();
  });

  it('breaches are credited to the officer holding the case at the breach; the resolution to who resolved', () => {
    expect(cell(c, '2026-04', 'officer', 9)).toEqual({ fr_breached: 1, res_breached: 1 });
    expect(cell(c, '2026-04', 'officer', 8)).toEqual({ handled: 1, resolutions: 1, ratings: 1, u1: 3, u2: 3, u3: 2, u4: 4, u5: 3, u6: 3, u7: 2, u8: 3, u9: 4 });
    expect(cell(c, '2026-04', 'unit', 2)).toMatchObject({ fr_breached: 1, res_breached: 1, handled: 1, resolutions: 1, ratings: 1, u7: 2 });
    expect(cell(c, '2026-04', 'city', 0)).toMatchObject({ fr_breached: 1, res_breached: 1, handled: 1, resolutions: 1 });
  });

  it('a reopen counts in the month it happened, for whoever resolved the reopened episode', () => {
    expect(cell(c, '2026-05', 'officer', 8)).toEqual({ reopens: 1 });
    expect(cell(c, '2026-05', 'service', 11)).toEqual({ reopens: 1 });
  });

  it('overdue stretches that begin and end in one month leave every month-end backlog as it was', () => {
    for (const [key, counters] of c.months) expect(counters, key).not.toHaveProperty('overdue_in');
  });

  it('first-response times by the responder; resolution time whole for the city, per held part for each unit', () => {
    expect(hist(c, '2026-03', 'officer', 7, 'fr', 120)).toBe(1);
    expect(hist(c, '2026-04', 'officer', 8, 'fr', 26 * 60)).toBe(1);
    expect(hist(c, '2026-04', 'city', 0, 'res', 200 * 60)).toBe(1);
    expect(hist(c, '2026-04', 'officer', 8, 'res', 200 * 60)).toBe(1);
    expect(hist(c, '2026-04', 'service', 11, 'res', 200 * 60)).toBe(1);
    // unit 1 held the episode 48 h, unit 2 150 h: each unit's part, in the month of the resolution
    expect(hist(c, '2026-04', 'unit', 1, 'res', 48 * 60)).toBe(1);
    expect(hist(c, '2026-04', 'unit', 2, 'res', 150 * 60)).toBe(1);
    expect(hist(c, '2026-04', 'unit', 2, 'res', 200 * 60)).toBeUndefined();
  });

  it('a rating counts only once a row records it: the difference is the rating alone', () => {
    const before = caseContribution(rows.map((r) => ({ ...r, ratedAt: null })), rating);
    const d = diffContributions(before, c);
    expect(d.hist.size).toBe(0);
    expect([...d.months.values()]).toEqual(new Array(4).fill({ ratings: 1, u1: 3, u2: 3, u3: 2, u4: 4, u5: 3, u6: 3, u7: 2, u8: 3, u9: 4 }));
  });

  it('the difference with itself is nothing; adding the difference to the old gives the new', () => {
    const d = diffContributions(c, c);
    expect(d.months.size + d.hist.size).toBe(0);
    const old = caseContribution(rows.slice(0, 1), null);
    const sum = sumContributions([old, diffContributions(old, c)]);
    const clean = (x: Contribution) => ({ months: [...x.months].map(([k, v]) => [k, Object.fromEntries(Object.entries(v).filter(([, n]) => n !== 0))]).filter(([, v]) => Object.keys(v as object).length), hist: [...x.hist].filter(([, n]) => n !== 0) });
    expect(clean(sum)).toEqual(clean(c));
  });

  it('a case that is not rahasia counts by its kelurahan at submission; none of it is confidential', () => {
    expect(c.places.get(placeCellKey({ month: '2026-03', kind: 'complaint', unitId: 0, kelurahan: 'laweyan-sriwedari' }))).toEqual({ submitted: 1 });
    expect(cell(c, '2026-03', 'city', 0)?.submitted_confidential).toBeUndefined();
    expect(cell(c, '2026-04', 'unit', 2)?.ratings_confidential).toBeUndefined();
  });

  it('11.7 a rahasia case counts in the totals and apart as confidential, never by its kelurahan (§3)', () => {
    const secret = caseContribution(
      rows.map((r) => ({ ...r, privacy: 'rahasia' })),
      rating,
    );
    expect(secret.places.size).toBe(0);
    // its category is a hotspot like any other's: a category points to no one
    expect(secret.categories).toEqual(c.categories);
    expect(cell(secret, '2026-03', 'city', 0)).toMatchObject({ submitted: 1, submitted_confidential: 1 });
    expect(cell(secret, '2026-03', 'service', 10)).toMatchObject({ submitted: 1, submitted_confidential: 1 });
    // the rating: counted for its unit (2) with the elements, and apart as confidential
    expect(cell(secret, '2026-04', 'unit', 2)).toMatchObject({ ratings: 1, ratings_confidential: 1, u7: 2 });
    // a case without a kelurahan counts under ''
    const nowhere = caseContribution([row({ submitted: true, kelurahanCode: null })], null);
    expect([...nowhere.places]).toEqual([
      [placeCellKey({ month: '2026-03', kind: 'complaint', unitId: 0, kelurahan: '' }), { submitted: 1 }],
      [placeCellKey({ month: '2026-03', kind: 'complaint', unitId: 1, kelurahan: '' }), { submitted: 1 }],
    ]);
  });

  it('11.7 the hotspots count the submission for the first unit and the resolution breach for the unit that held it, each also for the city (unit 0)', () => {
    const place = (month: string, unitId: number) => placeCellKey({ month, kind: 'complaint', unitId, kelurahan: 'laweyan-sriwedari' });
    const category = (month: string, unitId: number, serviceId: number) => categoryCellKey({ month, kind: 'complaint', unitId, serviceId });
    // submitted on 30 March to unit 1 in category 10; forwarded to unit 2 (category 11), its resolution deadline passed there on 8 April
    expect(Object.fromEntries(c.places)).toEqual({
      [place('2026-03', 0)]: { submitted: 1 },
      [place('2026-03', 1)]: { submitted: 1 },
      [place('2026-04', 0)]: { res_breached: 1 },
      [place('2026-04', 2)]: { res_breached: 1 },
    });
    expect(Object.fromEntries(c.categories)).toEqual({
      [category('2026-03', 0, 10)]: { submitted: 1 },
      [category('2026-03', 1, 10)]: { submitted: 1 },
      [category('2026-04', 0, 11)]: { res_breached: 1 },
      [category('2026-04', 2, 11)]: { res_breached: 1 },
    });
    // a difference moves the cells: without the breach, the April cells go
    const met = caseContribution(
      rows.map((r) => (r.resOutcome === 'breached' ? { ...r, resOutcome: 'met' } : r)),
      rating,
    );
    expect(Object.fromEntries(diffContributions(c, met).categories)).toEqual({ [category('2026-04', 0, 11)]: { res_breached: -1 }, [category('2026-04', 2, 11)]: { res_breached: -1 } });
  });

  it('a decline is handled (by its officer) but no resolution; a withdrawal is neither', () => {
    const declined = caseContribution([row({ submitted: true, outcome: 'declined', outcomeAt: at('2026-03-31T10:00'), outcomeBy: 7, outcomeSla: false })], null);
    expect(cell(declined, '2026-03', 'officer', 7)).toEqual({ handled: 1, declined: 1 });
    const withdrawn = caseContribution([row({ submitted: true, outcome: 'withdrawn', outcomeAt: at('2026-03-31T10:00'), outcomeSla: false })], null);
    expect(cell(withdrawn, '2026-03', 'city', 0)).toEqual({ submitted: 1, withdrawn: 1 });
  });
});

describe('overdue stretches', () => {
  it('from the first-response breach to the first response, and from the resolution breach to the end; overlaps count once', () => {
    const r = row({
      frOutcome: 'breached',
      frOutcomeAt: at('2026-03-31T10:00'),
      frOutcomeBy: 7,
      firstResponseAt: at('2026-04-06T10:00'),
      resOutcome: 'breached',
      resOutcomeAt: at('2026-04-06T09:00'),
      resOutcomeBy: 9,
      endAt: at('2026-05-12T10:00'),
    });
    expect(overdueStretches(r)).toEqual([{ from: at('2026-03-31T10:00'), to: at('2026-05-12T10:00'), by: 7 }]);
    const c = caseContribution([r], null);
    expect(cell(c, '2026-03', 'officer', 7)).toEqual({ overdue_in: 1, fr_breached: 1 });
    expect(cell(c, '2026-05', 'unit', 1)).toEqual({ overdue_out: 1 });
  });

  it('an open breach stays overdue: in, and no out', () => {
    const r = row({ resOutcome: 'breached', resOutcomeAt: at('2026-04-06T10:00') });
    expect(overdueStretches(r)).toEqual([{ from: at('2026-04-06T10:00'), to: null, by: null }]);
    expect(cell(caseContribution([r], null), '2026-04', 'city', 0)).toEqual({ res_breached: 1, overdue_in: 1 });
  });

  it('a first response after the first-response breach ends that stretch; a later resolution breach starts another', () => {
    const r = row({
      frOutcome: 'breached',
      frOutcomeAt: at('2026-03-31T10:00'),
      firstResponseAt: at('2026-04-02T10:00'),
      resOutcome: 'breached',
      resOutcomeAt: at('2026-04-06T10:00'),
    });
    expect(overdueStretches(r)).toEqual([
      { from: at('2026-03-31T10:00'), to: at('2026-04-02T10:00'), by: null },
      { from: at('2026-04-06T10:00'), to: null, by: null },
    ]);
  });
});

describe('histogram buckets', () => {
  it('whole working minutes under an hour, whole working hours above, written as minutes', () => {
    expect(bucketMinutes(0)).toBe(0);
    expect(bucketMinutes(59_999)).toBe(0);
    expect(bucketMinutes(42 * 60_000 + 5)).toBe(42);
    expect(bucketMinutes(H - 1)).toBe(59);
    expect(bucketMinutes(H)).toBe(60);
    expect(bucketMinutes(2 * H + 59 * 60_000)).toBe(120);
    expect(bucketMinutes(26 * H + 1)).toBe(26 * 60);
  });
});
