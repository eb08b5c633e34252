// The incentive score of docs/metrics.md §5.2, computed from raw numbers an inspector can check:
//
//   Q service quality  (n·IKM + k·IKM_unit) ÷ (n + k), then (x − 25) ÷ 75      n ratings
//   S SLA compliance   (met + k·rate_unit) ÷ (m + k)                           m = met + breached
//   T training         JP of the year ÷ (20 × share of the year elapsed), at most 1
//   R reopens          1 − (reopens + k·rate_unit) ÷ (r + k)                   r resolutions
//
//   score = 100 × Σ w·component, over the components that have a value, their weights rescaled
//
// The shrinkage is a Bayesian average: k imaginary observations at the unit's value, so one 4.0
// rating moves an ASN only a little away from the unit, while thirty ratings mostly speak for
// themselves (k = 0 is the raw value). Ranks compare scores rounded to 2 decimals; equal scores
// share a rank (1, 2, 2, 4) and say so. Nothing here reads a database: `scoreOfficers` takes the
// raw numbers of a period and returns everything a ranking page or a published snapshot shows.
import type { Msg } from '../../platform/i18n/lang';
import { COMPONENTS, tierFor, type ComponentKey, type Scheme, type Tier } from './scheme';

/** The JP every ASN should earn in a year (PP 11/2017 art. 203(4) as amended by PP 17/2020). */
export const JP_TARGET_YEAR = 20;

/** The raw numbers of one ASN for a period (docs/metrics.md §2–§4). */
export interface OfficerInput {
  staffId: number;
  nip: string;
  name: string;
  unitId: number;
  /** outcomes performed in the period (resolutions, decisions, declines) */
  handled: number;
  /** ratings of episodes the ASN resolved, and their IKM (25–100; null when n = 0) */
  ratings: { n: number; ikm: number | null };
  /** resolution SLA outcomes credited to the ASN */
  sla: { met: number; breached: number };
  /** reopens in the period of episodes the ASN resolved, and the ASN's resolutions in it */
  reopens: number;
  resolutions: number;
  /** JP of the period's year */
  jpYear: number;
  /** share of that year elapsed at the period's end (or now, while it runs): 0 < x ≤ 1 */
  yearShareElapsed: number;
}

/** The same raw numbers for a whole unit: what its ASN are shrunk toward. */
export interface UnitInput {
  unitId: number;
  ratings: { n: number; ikm: number | null };
  sla: { met: number; breached: number };
  reopens: number;
  resolutions: number;
}

export interface ScoringInputs {
  officers: readonly OfficerInput[];
  units: readonly UnitInput[];
}

export interface ComponentScore {
  key: ComponentKey;
  /** the ASN's own value on the component's scale (IKM 25–100; a share 0–1; JP ÷ target); null without data */
  raw: number | null;
  /** what `raw` rests on: ratings (Q), SLA outcomes (S), JP (T), resolutions (R) */
  n: number;
  /** the unit's value on the same scale (null without data; T has none) */
  unit: number | null;
  /** the Bayesian average of raw and unit, on the same scale (T: raw) */
  shrunk: number | null;
  /** 0–1: what the weight multiplies; null when the component is left out */
  value: number | null;
  /** the scheme's weight */
  weight: number;
  /** the weight after rescaling over the components that have a value (0 when left out) */
  appliedWeight: number;
  /** why the component has no value */
  leftOut: Msg | null;
}

export interface OfficerScore {
  input: OfficerInput;
  /** handled at least the scheme's minimum */
  eligible: boolean;
  components: Record<ComponentKey, ComponentScore>;
  /** the JP an ASN should have by the period's end: 20 × share of the year elapsed */
  jpTarget: number;
  /** 0–100 at full precision; null when not eligible or no weighted component has a value */
  score: number | null;
  /** the score rounded half-up to 2 decimals: what ranks and tiers compare */
  rounded: number | null;
  rankCity: number | null;
  rankUnit: number | null;
  /** how many others share the rank */
  tiedCity: number;
  tiedUnit: number;
  tier: Tier | null;
  /** every fact a reader needs to follow the number: eligibility, components left out, ties */
  notes: Msg[];
}

export interface ScoreResult {
  /** ranked ASN first (by city rank, then name), then those without a score (by name) */
  rows: OfficerScore[];
  scored: number;
  unscored: number;
}

// ---- numbers -------------------------------------------------------------------------------------

/**
 * `x` rounded half-up to 2 decimals. Tolerates binary error: 84.995 is stored as 84.99499999…,
 * which a plain Math.round(x * 100) would round down (the same rule as roundIkm).
 */
export function round2(x: number): number {
  const scaled = x * 100;
  const floor = Math.floor(scaled);
  return (scaled - floor >= 0.5 - 1e-9 ? floor + 1 : floor) / 100;
}

/** A number with `decimals` decimals, a decimal comma in Indonesian and a point in English. */
export function formatNumber(x: number, decimals: number): Msg {
  const en = (decimals === 2 ? round2(x) : x).toFixed(decimals);
  return { id: en.replace('.', ','), en };
}

/**
 * The Bayesian average of a sample value `x` over `n` observations and a prior value `prior` of
 * weight `k`: (n·x + k·prior) ÷ (n + k). Without a prior (the unit has no data) it is `x`; with
 * neither n nor a weighted prior there is nothing to average (null).
 */
export function shrink(x: number | null, n: number, prior: number | null, k: number): number | null {
  const kk = prior === null ? 0 : k;
  if (n + kk === 0) return null;
  return (n * (n > 0 ? (x ?? 0) : 0) + kk * (prior ?? 0)) / (n + kk);
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

// ---- input checks --------------------------------------------------------------------------------

function count(what: string, v: number) {
  if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${what} must be a whole number ≥ 0, got ${String(v)}`);
}

function checkRatings(what: string, r: { n: number; ikm: number | null }) {
  count(`${what} ratings.n`, r.n);
  if (r.n === 0 ? r.ikm !== null : !(r.ikm !== null && r.ikm >= 25 && r.ikm <= 100))
    throw new RangeError(`${what}: an IKM of 25–100 goes with n > 0, null with n = 0 (got n = ${r.n}, ikm = ${String(r.ikm)})`);
}

function checkOfficer(o: OfficerInput) {
  const what = `officer ${o.staffId}`;
  for (const [k, v] of [['handled', o.handled], ['sla.met', o.sla.met], ['sla.breached', o.sla.breached], ['reopens', o.reopens], ['resolutions', o.resolutions]] as const)
    count(`${what} ${k}`, v);
  checkRatings(what, o.ratings);
  if (!(o.jpYear >= 0) || !Number.isFinite(o.jpYear)) throw new RangeError(`${what} jpYear must be ≥ 0, got ${String(o.jpYear)}`);
  if (!(o.yearShareElapsed > 0 && o.yearShareElapsed <= 1))
    throw new RangeError(`${what} yearShareElapsed must be in (0, 1], got ${String(o.yearShareElapsed)}`);
}

function checkUnit(u: UnitInput) {
  const what = `unit ${u.unitId}`;
  for (const [k, v] of [['sla.met', u.sla.met], ['sla.breached', u.sla.breached], ['reopens', u.reopens], ['resolutions', u.resolutions]] as const)
    count(`${what} ${k}`, v);
  checkRatings(what, u.ratings);
}

// ---- components ----------------------------------------------------------------------------------

const NO_UNIT_DATA: Record<'Q' | 'S' | 'R', Msg> = {
  Q: { id: 'Belum ada penilaian warga, juga di unitnya.', en: 'No citizen ratings yet, in the unit either.' },
  S: { id: 'Belum ada hasil SLA, juga di unitnya.', en: 'No SLA outcomes yet, in the unit either.' },
  R: { id: 'Belum ada penyelesaian, juga di unitnya.', en: 'No resolutions yet, in the unit either.' },
};

const NO_OWN_DATA_K0: Msg = {
  id: 'Tidak ada data sendiri dan bobot awal k = 0: tidak ada yang dapat dirata-ratakan.',
  en: 'No data of their own and prior weight k = 0: there is nothing to average.',
};

function shrunkComponent(
  key: 'Q' | 'S' | 'R',
  raw: number | null,
  n: number,
  unit: number | null,
  k: number,
  weight: number,
  toValue: (shrunk: number) => number,
): ComponentScore {
  const shrunk = shrink(raw, n, unit, k);
  const leftOut = shrunk !== null ? null : unit === null ? NO_UNIT_DATA[key] : NO_OWN_DATA_K0;
  return { key, raw, n, unit, shrunk, value: shrunk === null ? null : clamp01(toValue(shrunk)), weight, appliedWeight: 0, leftOut };
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const notReopened = (reopens: number, resolutions: number) => (resolutions > 0 ? 1 - reopens / resolutions : null);

function componentsOf(o: OfficerInput, u: UnitInput, scheme: Scheme): { components: Record<ComponentKey, ComponentScore>; jpTarget: number } {
  const k = scheme.priorK;
  const w = scheme.weights;
  const m = o.sla.met + o.sla.breached;
  const jpTarget = JP_TARGET_YEAR * o.yearShareElapsed;
  const jpRaw = o.jpYear / jpTarget;
  return {
    jpTarget,
    components: {
      Q: shrunkComponent('Q', o.ratings.ikm, o.ratings.n, u.ratings.ikm, k, w.Q, (x) => (x - 25) / 75),
      S: shrunkComponent('S', share(o.sla.met, m), m, share(u.sla.met, u.sla.met + u.sla.breached), k, w.S, (x) => x),
      T: { key: 'T', raw: jpRaw, n: o.jpYear, unit: null, shrunk: jpRaw, value: Math.min(1, jpRaw), weight: w.T, appliedWeight: 0, leftOut: null },
      R: shrunkComponent('R', notReopened(o.reopens, o.resolutions), o.resolutions, notReopened(u.reopens, u.resolutions), k, w.R, (x) => x),
    },
  };
}

// ---- one ASN -------------------------------------------------------------------------------------

function listKeys(keys: readonly ComponentKey[]): string {
  return keys.join(', ');
}

function scoreOne(o: OfficerInput, u: UnitInput, scheme: Scheme): OfficerScore {
  const { components, jpTarget } = componentsOf(o, u, scheme);
  const notes: Msg[] = [];
  const eligible = o.handled >= scheme.minCases;
  if (!eligible)
    notes.push({
      id: `Menangani ${o.handled} kasus pada periode ini; minimal ${scheme.minCases} untuk dinilai.`,
      en: `Handled ${o.handled} cases in the period; ${scheme.minCases} are needed to be scored.`,
    });
  const present = COMPONENTS.filter((c) => components[c].value !== null);
  const leftOut = COMPONENTS.filter((c) => components[c].value === null && components[c].weight > 0);
  const presentWeight = present.reduce((s, c) => s + components[c].weight, 0);
  // rescaled only when a weighted component is missing: weights that sum to 1 stay as the admin set them
  for (const c of present) components[c].appliedWeight = leftOut.length === 0 ? components[c].weight : presentWeight > 0 ? components[c].weight / presentWeight : 0;
  if (leftOut.length && presentWeight > 0) {
    const by = formatNumber(presentWeight, 3);
    notes.push({
      id: `Komponen ${listKeys(leftOut)} tidak dihitung karena tidak ada datanya; bobot komponen lainnya dibagi ${by.id} (jumlahnya) agar tetap berjumlah 1.`,
      en: `Component ${listKeys(leftOut)} left out for want of data; the other weights are divided by ${by.en} (their sum) so that they add up to 1 again.`,
    });
  }
  const R = components.R;
  if (R.shrunk !== null && R.shrunk < 0)
    notes.push({
      id: 'Lebih banyak pengaduan dibuka kembali daripada diselesaikan pada periode ini: komponen R dihitung 0.',
      en: 'More complaints were reopened than resolved in the period: component R counts as 0.',
    });
  let score: number | null = null;
  if (eligible && presentWeight > 0) score = 100 * present.reduce((s, c) => s + components[c].appliedWeight * components[c].value!, 0);
  else if (eligible)
    notes.push({
      id: 'Tidak ada komponen berbobot yang memiliki data: belum dapat diberi skor.',
      en: 'No weighted component has data: no score can be given yet.',
    });
  const rounded = score === null ? null : round2(score);
  return {
    input: o,
    eligible,
    components,
    jpTarget,
    score,
    rounded,
    rankCity: null,
    rankUnit: null,
    tiedCity: 0,
    tiedUnit: 0,
    tier: rounded === null ? null : tierFor(scheme.tiers, rounded),
    notes,
  };
}

// ---- ranks ---------------------------------------------------------------------------------------

/**
 * Competition ranks ("1, 2, 2, 4") of rounded scores, and how many others share each: sorted
 * once, so a city of 8,000 ASN is ranked in n·log n, not n².
 */
function rankAll(rows: readonly OfficerScore[], set: (row: OfficerScore, rank: number, tied: number) => void) {
  const sorted = [...rows].sort((a, b) => b.rounded! - a.rounded!);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]!.rounded === sorted[i]!.rounded) j++;
    for (let x = i; x < j; x++) set(sorted[x]!, i + 1, j - i - 1);
    i = j;
  }
}

function tieNote(scope: 'city' | 'unit', rank: number, others: number, rounded: number): Msg {
  const s = formatNumber(rounded, 2);
  const where = scope === 'city' ? { id: 'se-kota', en: 'city-wide' } : { id: 'di unitnya', en: 'in the unit' };
  return {
    id: `Seri: skor ${s.id} sama dengan ${others} pegawai lain ${where.id}, sehingga berbagi peringkat ${rank}. Skor dibandingkan setelah dibulatkan ke 2 desimal; peringkat berikutnya dilewati sebanyak yang seri.`,
    en: `Tied: the score ${s.en} equals that of ${others} other ASN ${where.en}, so they share rank ${rank}. Scores are compared rounded to 2 decimals; the next rank skips as many places as are tied.`,
  };
}

const byName = (a: OfficerScore, b: OfficerScore) =>
  a.input.name.localeCompare(b.input.name, 'id') || a.input.staffId - b.input.staffId;

/**
 * Scores every ASN of a period under a scheme: components with shrinkage toward their unit,
 * eligibility, score, ranks city-wide and in the unit (shared on equal rounded scores), tier and
 * the notes that explain each. An ASN whose unit is missing from `inputs.units`, or any number
 * no period could give (a negative count, an IKM outside 25–100), throws a RangeError: the
 * inputs come from the metrics, so a bad one is a bug to surface, not a value to guess.
 */
export function scoreOfficers(inputs: ScoringInputs, scheme: Scheme): ScoreResult {
  const units = new Map<number, UnitInput>();
  for (const u of inputs.units) {
    checkUnit(u);
    units.set(u.unitId, u);
  }
  const rows = inputs.officers.map((o) => {
    checkOfficer(o);
    const u = units.get(o.unitId);
    if (!u) throw new RangeError(`officer ${o.staffId}: unit ${o.unitId} has no unit input`);
    return scoreOne(o, u, scheme);
  });
  const scored = rows.filter((r) => r.rounded !== null);
  rankAll(scored, (r, rank, tied) => {
    r.rankCity = rank;
    r.tiedCity = tied;
  });
  const byUnit = new Map<number, OfficerScore[]>();
  for (const r of scored) byUnit.set(r.input.unitId, [...(byUnit.get(r.input.unitId) ?? []), r]);
  for (const group of byUnit.values())
    rankAll(group, (r, rank, tied) => {
      r.rankUnit = rank;
      r.tiedUnit = tied;
    });
  for (const r of scored) {
    if (r.tiedCity > 0) r.notes.push(tieNote('city', r.rankCity!, r.tiedCity, r.rounded!));
    if (r.tiedUnit > 0) r.notes.push(tieNote('unit', r.rankUnit!, r.tiedUnit, r.rounded!));
  }
  const unscored = rows.filter((r) => r.rounded === null).sort(byName);
  return { rows: [...scored.sort((a, b) => a.rankCity! - b.rankCity! || byName(a, b)), ...unscored], scored: scored.length, unscored: unscored.length };
}
