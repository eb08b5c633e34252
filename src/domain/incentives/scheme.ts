// The incentive scheme an admin sets for a period (docs/metrics.md §5.2): the weights of the four
// components, the fewest cases handled to be scored, the prior weight k of the shrinkage, and the
// award tiers. The checks here are the ones the admin form applies; the scoring
// (./score.ts) trusts a scheme that passed them.
import type { Msg } from '../../platform/i18n/lang';

export const COMPONENTS = ['Q', 'S', 'T', 'R'] as const;
export type ComponentKey = (typeof COMPONENTS)[number];

export type Weights = Record<ComponentKey, number>;

/** An award tier: every score (rounded to 2 decimals) at or above `min` that no higher tier takes. */
export interface Tier {
  min: number;
  name: Msg;
}

export interface Scheme {
  weights: Weights;
  /** cases handled in the period needed to be scored */
  minCases: number;
  /** the prior weight k: "k imaginary cases at the unit's rate" */
  priorK: number;
  /** highest threshold first */
  tiers: Tier[];
}

export const COMPONENT_LABELS: Record<ComponentKey, Msg> = {
  Q: { id: 'Mutu layanan (IKM)', en: 'Service quality (IKM)' },
  S: { id: 'Kepatuhan SLA', en: 'SLA compliance' },
  T: { id: 'Pelatihan (JP)', en: 'Training (JP)' },
  R: { id: 'Pengaduan dibuka kembali', en: 'Reopens' },
};

/**
 * How far from 1 the weights may sum: the form takes at most 3 decimals, so a sum of such
 * numbers is 1 exactly up to binary rounding; anything further off is a real mistake.
 */
export const WEIGHT_SUM_TOLERANCE = 1e-9;
export const MIN_CASES_MAX = 1000;
export const PRIOR_K_MAX = 100;
export const TIERS_MAX = 5;
export const TIER_NAME_MAX = 40;

/** A sensible start for a new scheme: IKM first, then SLA, training and reopens. */
export const DEFAULT_SCHEME: Scheme = {
  weights: { Q: 0.4, S: 0.3, T: 0.2, R: 0.1 },
  minCases: 10,
  priorK: 5,
  tiers: [
    { min: 85, name: { id: 'Sangat Baik', en: 'Very good' } },
    { min: 70, name: { id: 'Baik', en: 'Good' } },
  ],
};

export type Checked<T> = { ok: true; value: T } | { ok: false; error: Msg };

/**
 * A decimal typed by a person: '0,4', '0.40', '1', with at most `decimals` digits after the comma
 * or point (Indonesians write a decimal comma). No signs, no exponents, no thousands separators.
 */
export function parseDecimal(input: string, decimals: number): number | null {
  const v = input.trim().replace(',', '.');
  if (!new RegExp(`^\\d{1,4}(\\.\\d{1,${decimals}})?$`).test(v)) return null;
  return Number(v);
}

/** One weight from the form: a number from 0 to 1 with at most 3 decimals. */
export function checkWeight(input: string): Checked<number> {
  if (!input.trim()) return { ok: false, error: { id: 'Wajib diisi (boleh 0).', en: 'Required (0 is allowed).' } };
  if (/^\s*-/.test(input))
    return { ok: false, error: { id: 'Bobot tidak boleh negatif.', en: 'A weight cannot be negative.' } };
  const n = parseDecimal(input, 3);
  if (n === null || n > 1)
    return {
      ok: false,
      error: { id: 'Tulis angka 0 sampai 1 dengan paling banyak 3 desimal, misalnya 0,35.', en: 'Enter a number from 0 to 1 with at most 3 decimals, e.g. 0.35.' },
    };
  return { ok: true, value: n };
}

/** The weights together: each ≥ 0 (checked one by one) and summing to 1. */
export function checkWeightSum(w: Weights): Checked<Weights> {
  const sum = COMPONENTS.reduce((s, k) => s + w[k], 0);
  if (COMPONENTS.some((k) => !(w[k] >= 0)))
    return { ok: false, error: { id: 'Bobot tidak boleh negatif.', en: 'A weight cannot be negative.' } };
  if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
    const shown = (Math.round(sum * 1000) / 1000).toString();
    return {
      ok: false,
      error: {
        id: `Jumlah keempat bobot harus 1; sekarang ${shown.replace('.', ',')}.`,
        en: `The four weights must add up to 1; they now add up to ${shown}.`,
      },
    };
  }
  return { ok: true, value: w };
}

function wholeNumber(input: string, max: number): Checked<number> {
  const v = input.trim();
  if (!/^\d{1,4}$/.test(v) || Number(v) > max)
    return { ok: false, error: { id: `Tulis bilangan bulat 0 sampai ${max}.`, en: `Enter a whole number from 0 to ${max}.` } };
  return { ok: true, value: Number(v) };
}

export const checkMinCases = (input: string) => wholeNumber(input, MIN_CASES_MAX);
export const checkPriorK = (input: string) => wholeNumber(input, PRIOR_K_MAX);

/** A tier row as typed: a threshold and its two names; a row left wholly blank is no tier. */
export interface TierInput {
  min: string;
  nameId: string;
  nameEn: string;
}

export type TierErrors = Partial<Record<'min' | 'nameId' | 'nameEn', Msg>>;

/**
 * The tiers from their rows: each filled row needs a threshold 0–100 (2 decimals at most) and a
 * name in both languages; thresholds go down strictly from row to row, as they are read (the
 * first tier a score reaches is its tier).
 */
export function checkTiers(rows: readonly TierInput[]): { tiers: Tier[]; errors: TierErrors[]; order: Msg | null } {
  const tiers: Tier[] = [];
  const errors: TierErrors[] = rows.map(() => ({}));
  rows.forEach((row, i) => {
    const min = row.min.trim();
    const nameId = row.nameId.trim();
    const nameEn = row.nameEn.trim();
    if (!min && !nameId && !nameEn) return;
    const e = errors[i]!;
    const n = parseDecimal(min, 2);
    if (!min) e.min = { id: 'Wajib diisi.', en: 'Required.' };
    else if (n === null || n > 100) e.min = { id: 'Tulis skor 0 sampai 100, misalnya 85.', en: 'Enter a score from 0 to 100, e.g. 85.' };
    for (const [key, name] of [['nameId', nameId], ['nameEn', nameEn]] as const) {
      if (!name) e[key] = { id: 'Wajib diisi.', en: 'Required.' };
      else if ([...name].length > TIER_NAME_MAX) e[key] = { id: `Maksimal ${TIER_NAME_MAX} karakter.`, en: `At most ${TIER_NAME_MAX} characters.` };
    }
    if (n !== null && !e.min && !e.nameId && !e.nameEn) tiers.push({ min: n, name: { id: nameId, en: nameEn } });
  });
  const descending = tiers.every((t, i) => i === 0 || t.min < tiers[i - 1]!.min);
  const order = descending
    ? null
    : {
        id: 'Urutkan tingkat dari ambang tertinggi ke terendah, tanpa ambang yang sama.',
        en: 'List the tiers from the highest threshold to the lowest, with no two thresholds equal.',
      };
  return { tiers, errors, order };
}

/** The tier a rounded score falls in, or null below the lowest threshold. */
export function tierFor(tiers: readonly Tier[], roundedScore: number): Tier | null {
  return tiers.find((t) => roundedScore >= t.min) ?? null;
}
