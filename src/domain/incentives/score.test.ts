import { describe, expect, it } from 'vitest';
import type { Scheme } from './scheme';
import { round2, scoreOfficers, shrink, type OfficerInput, type UnitInput } from './score';
import { officerInput as officer, UNIT_1 as U1 } from '../../../tests/helpers/incentive-inputs';

// Every expected number below is worked out by hand in the comment above it.

const SCHEME: Scheme = {
  weights: { Q: 0.4, S: 0.3, T: 0.2, R: 0.1 },
  minCases: 5,
  priorK: 5,
  tiers: [
    { min: 85, name: { id: 'Sangat Baik', en: 'Very good' } },
    { min: 70, name: { id: 'Baik', en: 'Good' } },
  ],
};

// Unit 1 (U1) and the ASN `officer()` builds are tests/helpers/incentive-inputs.ts: IKM 80 over 40
// ratings, SLA 36 of 40, 2 reopens of 40; the ASN IKM 88 over 10, SLA 18 of 20, 1 reopen of 18, 10 JP.
// Unit 2: no ratings at all; SLA 8 of 10 (0.8); no reopens in 10 resolutions (R 1)
const U2: UnitInput = { unitId: 2, ratings: { n: 0, ikm: null }, sla: { met: 8, breached: 2 }, reopens: 0, resolutions: 10 };

describe('shrink: the Bayesian average (n·x + k·prior) ÷ (n + k)', () => {
  it('k = 0 is the raw value', () => {
    expect(shrink(100, 1, 80, 0)).toBe(100);
    expect(shrink(0.5, 4, 0.9, 0)).toBe(0.5);
  });
  it('one observation of 100 against a prior of 80 with k = 5: (100 + 400) ÷ 6 = 83.33…', () => {
    expect(shrink(100, 1, 80, 5)).toBeCloseTo(500 / 6, 12);
  });
  it('no observations: the prior itself; no prior: the raw value; neither: nothing', () => {
    expect(shrink(null, 0, 80, 5)).toBe(80);
    expect(shrink(95, 30, null, 5)).toBe(95);
    expect(shrink(null, 0, null, 5)).toBeNull();
    expect(shrink(null, 0, 80, 0)).toBeNull();
  });
});

describe('round2: half-up to 2 decimals despite binary error', () => {
  it('84.995 → 85.00, 80.0045 → 80.00, 80.005 → 80.01', () => {
    expect(round2(84.995)).toBe(85);
    expect(round2(80.0045)).toBe(80);
    expect(round2(80.005)).toBe(80.01);
    expect(round2(88.634299)).toBe(88.63);
  });
});

describe('scoreOfficers: the components of docs/metrics.md §5.2', () => {
  it('every component and the score, hand-computed', () => {
    // Q: (10·88 + 5·80) ÷ 15 = 1280/15 = 85.333…; (85.333… − 25) ÷ 75 = 0.804444…
    // S: (18 + 5·0.9) ÷ (20 + 5) = 22.5 ÷ 25 = 0.9
    // T: 10 JP ÷ (20 × 0.25 = 5) = 2, capped at 1
    // R: raw 1 − 1/18 = 0.9444…; 1 − (1 + 5·0.05) ÷ (18 + 5) = 1 − 1.25/23 = 0.945652…
    // score = 100 × (0.4·0.804444 + 0.3·0.9 + 0.2·1 + 0.1·0.945652) = 88.6343 → 88.63, tier "Sangat Baik"
    const [row] = scoreOfficers({ officers: [officer({ staffId: 1 })], units: [U1] }, SCHEME).rows;
    const c = row!.components;
    expect(c.Q.raw).toBe(88);
    expect(c.Q.unit).toBe(80);
    expect(c.Q.shrunk).toBeCloseTo(1280 / 15, 12);
    expect(c.Q.value).toBeCloseTo((1280 / 15 - 25) / 75, 12);
    expect(c.S.raw).toBeCloseTo(0.9, 12);
    expect(c.S.n).toBe(20);
    expect(c.S.unit).toBeCloseTo(0.9, 12);
    expect(c.S.value).toBeCloseTo(0.9, 12);
    expect(row!.jpTarget).toBe(5);
    expect(c.T.raw).toBe(2);
    expect(c.T.value).toBe(1);
    expect(c.R.raw).toBeCloseTo(17 / 18, 12);
    expect(c.R.unit).toBeCloseTo(0.95, 12);
    expect(c.R.value).toBeCloseTo(1 - 1.25 / 23, 12);
    expect(row!.score).toBeCloseTo(100 * (0.4 * ((1280 / 15 - 25) / 75) + 0.3 * 0.9 + 0.2 + 0.1 * (1 - 1.25 / 23)), 10);
    expect(row!.score).toBeCloseTo(88.6343, 4);
    expect(row!.rounded).toBe(88.63);
    expect(row!.tier?.name.id).toBe('Sangat Baik');
    expect([c.Q.appliedWeight, c.S.appliedWeight, c.T.appliedWeight, c.R.appliedWeight]).toEqual([0.4, 0.3, 0.2, 0.1]);
    expect(row!.notes).toEqual([]);
  });

  it('a single 4.0 rating does not beat 30 ratings of 3.8 (IKM 100 over 1 against 95 over 30)', () => {
    // one: (1·100 + 5·80) ÷ 6 = 83.33 → Q 0.7778; thirty: (30·95 + 5·80) ÷ 35 = 92.86 → Q 0.9048
    const one = officer({ staffId: 2, ratings: { n: 1, ikm: 100 } });
    const thirty = officer({ staffId: 3, ratings: { n: 30, ikm: 95 } });
    const { rows } = scoreOfficers({ officers: [one, thirty], units: [U1] }, SCHEME);
    const q = (id: number) => rows.find((r) => r.input.staffId === id)!.components.Q;
    expect(q(2).raw).toBeGreaterThan(q(3).raw!);
    expect(q(2).shrunk).toBeCloseTo(500 / 6, 10);
    expect(q(3).shrunk).toBeCloseTo(3250 / 35, 10);
    expect(q(2).value).toBeCloseTo((500 / 6 - 25) / 75, 10);
    expect(q(3).value).toBeCloseTo((3250 / 35 - 25) / 75, 10);
    expect(rows[0]!.input.staffId).toBe(3);
    expect(rows[0]!.rankCity).toBe(1);
    expect(rows[1]!.rankCity).toBe(2);
  });

  it('with k = 0 every component is the raw value', () => {
    const [row] = scoreOfficers({ officers: [officer({ ratings: { n: 1, ikm: 100 } })], units: [U1] }, { ...SCHEME, priorK: 0 }).rows;
    expect(row!.components.Q.shrunk).toBe(100);
    expect(row!.components.Q.value).toBe(1);
    expect(row!.components.S.value).toBeCloseTo(0.9, 12);
    expect(row!.components.R.value).toBeCloseTo(17 / 18, 12);
  });

  it('no ratings of their own: Q is the unit IKM when k > 0, and left out when k = 0', () => {
    const o = officer({ ratings: { n: 0, ikm: null } });
    const [withK] = scoreOfficers({ officers: [o], units: [U1] }, SCHEME).rows;
    expect(withK!.components.Q.shrunk).toBe(80);
    const [noK] = scoreOfficers({ officers: [o], units: [U1] }, { ...SCHEME, priorK: 0 }).rows;
    expect(noK!.components.Q.value).toBeNull();
    expect(noK!.components.Q.leftOut?.en).toContain('k = 0');
  });

  it('a component without data in the unit either is left out and the other weights rescale', () => {
    // Q left out (unit 2 has no ratings); S (8 + 5·0.8) ÷ 15 = 0.8; T 2 ÷ (20 × 0.5) = 0.2; R 1 − 0 ÷ 15 = 1
    // weights 0.3, 0.2, 0.1 divided by 0.6 → 0.5, 0.333…, 0.1666…
    // score = 100 × (0.5·0.8 + 0.3333·0.2 + 0.1667·1) = 63.333… → 63.33, below every tier
    const o = officer({ unitId: 2, handled: 10, ratings: { n: 0, ikm: null }, sla: { met: 8, breached: 2 }, reopens: 0, resolutions: 10, jpYear: 2, yearShareElapsed: 0.5 });
    const [row] = scoreOfficers({ officers: [o], units: [U2] }, SCHEME).rows;
    const c = row!.components;
    expect(c.Q.value).toBeNull();
    expect(c.Q.appliedWeight).toBe(0);
    expect(c.S.appliedWeight).toBeCloseTo(0.5, 12);
    expect(c.T.appliedWeight).toBeCloseTo(1 / 3, 12);
    expect(c.R.appliedWeight).toBeCloseTo(1 / 6, 12);
    expect(row!.score).toBeCloseTo(190 / 3, 10);
    expect(row!.rounded).toBe(63.33);
    expect(row!.tier).toBeNull();
    expect(row!.notes.map((n) => n.en).join(' ')).toContain('Component Q left out for want of data; the other weights are divided by 0.600');
    expect(row!.notes.map((n) => n.id).join(' ')).toContain('Komponen Q tidak dihitung');
  });

  it('more reopens than resolutions count R as 0, and the breakdown says so', () => {
    const [row] = scoreOfficers({ officers: [officer({ reopens: 5, resolutions: 2 })], units: [U1] }, { ...SCHEME, priorK: 0 }).rows;
    expect(row!.components.R.shrunk).toBeCloseTo(-1.5, 12);
    expect(row!.components.R.value).toBe(0);
    expect(row!.notes.map((n) => n.en).join(' ')).toContain('component R counts as 0');
  });

  it('below the minimum of cases handled: components shown, no score, no rank, and why', () => {
    const { rows, scored, unscored } = scoreOfficers({ officers: [officer({ handled: 4 }), officer()], units: [U1] }, SCHEME);
    expect([scored, unscored]).toEqual([1, 1]);
    const low = rows[1]!;
    expect(low.eligible).toBe(false);
    expect(low.score).toBeNull();
    expect(low.rankCity).toBeNull();
    expect(low.components.S.value).toBeCloseTo(0.9, 12);
    expect(low.notes[0]).toEqual({
      id: 'Menangani 4 kasus pada periode ini; minimal 5 untuk dinilai.',
      en: 'Handled 4 cases in the period; 5 are needed to be scored.',
    });
  });
});

describe('scoreOfficers: ranks by the score rounded to 2 decimals, ties shared and explained', () => {
  // Training alone (weight 1) with a full year elapsed: score = 100 × JP ÷ 20, capped at 100.
  const TRAINING_ONLY: Scheme = { ...SCHEME, weights: { Q: 0, S: 0, T: 1, R: 0 } };
  const t = (staffId: number, name: string, unitId: number, jpYear: number) => officer({ staffId, name, unitId, jpYear, yearShareElapsed: 1 });
  const U3: UnitInput = { ...U1, unitId: 3 };
  const { rows } = scoreOfficers(
    {
      officers: [
        t(11, 'Dewi', 1, 14), // 70
        t(12, 'Budi', 1, 16), // 80
        t(13, 'Agus', 3, 18), // 90
        t(14, 'Citra', 3, 16.0009), // 80.0045 → 80.00: tied with Budi after rounding
        t(15, 'Eko', 3, 16.001), // 80.005 → 80.01: not tied (half-up)
        t(16, 'Fajar', 1, 12), // 60
      ],
      units: [U1, U3],
    },
    TRAINING_ONLY,
  );
  const by = (name: string) => rows.find((r) => r.input.name === name)!;

  it('city ranks 1, 2, 3, 3, 5, 6: equal rounded scores share a rank and the next is skipped', () => {
    expect(rows.map((r) => [r.input.name, r.rounded, r.rankCity])).toEqual([
      ['Agus', 90, 1],
      ['Eko', 80.01, 2],
      ['Budi', 80, 3],
      ['Citra', 80, 3],
      ['Dewi', 70, 5],
      ['Fajar', 60, 6],
    ]);
    expect(by('Budi').tiedCity).toBe(1);
    expect(by('Citra').tiedCity).toBe(1);
    expect(by('Eko').tiedCity).toBe(0);
  });

  it('unit ranks are counted within the unit alone', () => {
    expect([by('Budi').rankUnit, by('Dewi').rankUnit, by('Fajar').rankUnit]).toEqual([1, 2, 3]);
    expect([by('Agus').rankUnit, by('Eko').rankUnit, by('Citra').rankUnit]).toEqual([1, 2, 3]);
    expect(by('Budi').tiedUnit).toBe(0);
  });

  it('the breakdown of a tied ASN says "tied", with the rounded score and the shared rank', () => {
    expect(by('Citra').notes).toEqual([
      {
        id: 'Seri: skor 80,00 sama dengan 1 pegawai lain se-kota, sehingga berbagi peringkat 3. Skor dibandingkan setelah dibulatkan ke 2 desimal; peringkat berikutnya dilewati sebanyak yang seri.',
        en: 'Tied: the score 80.00 equals that of 1 other ASN city-wide, so they share rank 3. Scores are compared rounded to 2 decimals; the next rank skips as many places as are tied.',
      },
    ]);
    expect(by('Eko').notes).toEqual([]);
  });

  it('tiers are read on the rounded score: 84.995 rounds to 85.00 and is "Sangat Baik"', () => {
    const [row] = scoreOfficers({ officers: [t(20, 'Gita', 1, 16.999)], units: [U1] }, TRAINING_ONLY).rows;
    expect(row!.score).toBeCloseTo(84.995, 10);
    expect(row!.rounded).toBe(85);
    expect(row!.tier?.name.id).toBe('Sangat Baik');
  });

  it('four ASN at 90, 80, 80, 70 rank 1, 2, 2, 4', () => {
    const { rows: four } = scoreOfficers(
      { officers: [t(31, 'A', 1, 18), t(32, 'B', 1, 16), t(33, 'C', 1, 16), t(34, 'D', 1, 14)], units: [U1] },
      TRAINING_ONLY,
    );
    expect(four.map((r) => r.rankCity)).toEqual([1, 2, 2, 4]);
    expect(four.map((r) => r.rankUnit)).toEqual([1, 2, 2, 4]);
  });

  it('one unit’s inputs alone (a provisional figure): unit ranks and unit tie notes, no city ranks', () => {
    const { rows } = scoreOfficers({ officers: [t(41, 'B', 1, 16), t(42, 'A', 1, 18), t(43, 'C', 1, 16)], units: [U1] }, TRAINING_ONLY, { cityRanks: false });
    expect(rows.map((r) => [r.input.name, r.rankUnit, r.rankCity, r.tiedCity])).toEqual([
      ['A', 1, null, 0],
      ['B', 2, null, 0],
      ['C', 2, null, 0],
    ]);
    expect(rows[1]!.notes.map((n) => n.en)).toEqual([
      'Tied: the score 80.00 equals that of 1 other ASN in the unit, so they share rank 2. Scores are compared rounded to 2 decimals; the next rank skips as many places as are tied.',
    ]);
  });
});

describe('scoreOfficers refuses numbers no period could give', () => {
  it('a negative count, an IKM outside 25–100, an IKM without ratings, a share of 0, a unit with no input', () => {
    const run = (o: Partial<OfficerInput>, units = [U1]) => () => scoreOfficers({ officers: [officer(o)], units }, SCHEME);
    expect(run({ handled: -1 })).toThrow(RangeError);
    expect(run({ ratings: { n: 3, ikm: 101 } })).toThrow(RangeError);
    expect(run({ ratings: { n: 0, ikm: 80 } })).toThrow(RangeError);
    expect(run({ yearShareElapsed: 0 })).toThrow(RangeError);
    expect(run({ unitId: 9 })).toThrow(/unit 9 has no unit input/);
  });

  it('no ASN at all is an empty ranking, not an error', () => {
    expect(scoreOfficers({ officers: [], units: [] }, SCHEME)).toEqual({ rows: [], scored: 0, unscored: 0 });
  });
});
