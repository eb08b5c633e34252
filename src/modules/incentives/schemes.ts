// The incentive schemes an admin sets, one per period (docs/metrics.md §5.2): read, checked as
// typed, created and changed. A change raises the version; a scheme whose period is published
// cannot change any more (the published ranking names the version it was computed with).
import { and, asc, desc, eq, notExists, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { incentiveSchemes, incentiveSnapshots } from '../../db/schema';
import { parsePeriod } from '../../domain/incentives/period';
import {
  checkMinCases,
  checkPriorK,
  checkTiers,
  checkWeight,
  checkWeightSum,
  COMPONENTS,
  TIERS_MAX,
  type Scheme,
  type Tier,
  type TierInput,
  type Weights,
} from '../../domain/incentives/scheme';
import type { SchemeSummary } from '../../domain/incentives/views';
import type { FormInput } from '../../platform/http/form';
import { ConflictError } from '../../platform/http/errors';
import { msg, type Msg } from '../../platform/i18n/lang';

export type SchemeRow = typeof incentiveSchemes.$inferSelect;
export type FieldErrors = Record<string, Msg>;

/** A scheme row as the scoring reads it. */
export function schemeOf(row: SchemeRow): Scheme {
  return {
    weights: { Q: row.weightQ, S: row.weightS, T: row.weightT, R: row.weightR },
    minCases: row.minCases,
    priorK: row.priorK,
    tiers: JSON.parse(row.tiers) as Tier[],
  };
}

/** Every scheme, latest period first, with when its period was published (null: not yet). */
export async function listSchemes(db: Db): Promise<SchemeSummary[]> {
  const rows = await db
    .select({ row: incentiveSchemes, publishedAt: incentiveSnapshots.publishedAt })
    .from(incentiveSchemes)
    .leftJoin(incentiveSnapshots, eq(incentiveSnapshots.period, incentiveSchemes.period))
    .orderBy(desc(incentiveSchemes.period), asc(incentiveSchemes.id));
  return rows.map(({ row, publishedAt }) => ({ id: row.id, period: row.period, version: row.version, scheme: schemeOf(row), publishedAt }));
}

export async function findScheme(db: Db, id: number): Promise<SchemeRow | null> {
  const [row] = await db.select().from(incentiveSchemes).where(eq(incentiveSchemes.id, id)).limit(1);
  return row ?? null;
}

/** The columns a scheme form sets. */
export interface SchemeInput {
  weightQ: number;
  weightS: number;
  weightT: number;
  weightR: number;
  minCases: number;
  priorK: number;
  tiers: string;
}

const WEIGHT_FIELD: Record<keyof Weights, string> = { Q: 'weightQ', S: 'weightS', T: 'weightT', R: 'weightR' };
export const tierField = (i: number, part: keyof TierInput) => `tier${i + 1}_${part}`;

/**
 * Checks a scheme form: each weight 0–1, together 1 (the message stands next to the weights), the
 * minimum of cases and k whole numbers, tiers named in both languages with thresholds going down.
 * `period` is checked only for a new scheme (a scheme keeps its period).
 */
export function validateScheme(form: FormInput, opts: { withPeriod: boolean }): { period: string; input: SchemeInput | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const period = form.trimmed('period');
  if (opts.withPeriod && !parsePeriod(period))
    errors['period'] = msg(
      'Tulis periode sebagai bulan 2026-03, triwulan 2026-Q1 atau tahun 2026 (2020–2100).',
      'Write the period as a month 2026-03, a quarter 2026-Q1 or a year 2026 (2020–2100).',
    );
  const weights = {} as Weights;
  for (const k of COMPONENTS) {
    const r = checkWeight(form.trimmed(WEIGHT_FIELD[k]));
    if (r.ok) weights[k] = r.value;
    else errors[WEIGHT_FIELD[k]] = r.error;
  }
  if (COMPONENTS.every((k) => !errors[WEIGHT_FIELD[k]])) {
    const sum = checkWeightSum(weights);
    if (!sum.ok) errors['weights'] = sum.error;
  }
  const minCases = checkMinCases(form.trimmed('minCases'));
  if (!minCases.ok) errors['minCases'] = minCases.error;
  const priorK = checkPriorK(form.trimmed('priorK'));
  if (!priorK.ok) errors['priorK'] = priorK.error;
  const rows: TierInput[] = Array.from({ length: TIERS_MAX }, (_, i) => ({
    min: form.trimmed(tierField(i, 'min')),
    nameId: form.trimmed(tierField(i, 'nameId')),
    nameEn: form.trimmed(tierField(i, 'nameEn')),
  }));
  const tiers = checkTiers(rows);
  tiers.errors.forEach((e, i) => {
    for (const [part, m] of Object.entries(e)) errors[tierField(i, part as keyof TierInput)] = m;
  });
  if (tiers.order) errors['tiers'] = tiers.order;
  if (Object.keys(errors).length || !minCases.ok || !priorK.ok) return { period, input: null, errors };
  return {
    period,
    input: { weightQ: weights.Q, weightS: weights.S, weightT: weights.T, weightR: weights.R, minCases: minCases.value, priorK: priorK.value, tiers: JSON.stringify(tiers.tiers) },
    errors,
  };
}

/** A number for a form field, in the reader's habit: a decimal comma in Indonesian. */
const typed = (x: number) => String(x).replace('.', ',');

/** A scheme as the form shows it. */
export function schemeToValues(s: Scheme, period: string): Record<string, string> {
  const values: Record<string, string> = {
    period,
    weightQ: typed(s.weights.Q),
    weightS: typed(s.weights.S),
    weightT: typed(s.weights.T),
    weightR: typed(s.weights.R),
    minCases: String(s.minCases),
    priorK: String(s.priorK),
  };
  s.tiers.forEach((t, i) => {
    values[tierField(i, 'min')] = typed(t.min);
    values[tierField(i, 'nameId')] = t.name.id;
    values[tierField(i, 'nameEn')] = t.name.en;
  });
  return values;
}

export function publishedError(period: string): ConflictError {
  return new ConflictError(
    msg(
      `Peringkat insentif periode ${period} sudah diterbitkan dan dibekukan: skemanya tidak dapat diubah lagi, dan periode ini tidak dapat diterbitkan ulang.`,
      `The incentive ranking of ${period} has been published and frozen: its scheme can no longer be changed, and the period cannot be published again.`,
    ),
    'published',
  );
}

export function staleSchemeError(): ConflictError {
  return new ConflictError(
    msg(
      'Skema ini baru saja diubah orang lain. Buka lagi untuk melihat versi terbarunya, lalu ubah bila masih perlu.',
      'Someone else changed this scheme a moment ago. Open it again to see the latest version, then change it if still needed.',
    ),
  );
}

export async function isPublished(db: Db, period: string): Promise<boolean> {
  const [row] = await db.select({ id: incentiveSnapshots.id }).from(incentiveSnapshots).where(eq(incentiveSnapshots.period, period)).limit(1);
  return row !== undefined;
}

/**
 * Writes a change as the next version. The write itself checks that the version is still the one
 * the form was opened on and that the period was not published meanwhile, so neither a second
 * admin nor a publication in between is overwritten: the refusal says which it was.
 */
export async function updateScheme(db: Db, row: SchemeRow, expectedVersion: number, input: SchemeInput, by: number, at: Date): Promise<number> {
  const published = await isPublished(db, row.period);
  if (published) throw publishedError(row.period);
  if (expectedVersion !== row.version) throw staleSchemeError();
  const next = row.version + 1;
  const done = await db
    .update(incentiveSchemes)
    .set({ ...input, version: next, updatedAt: at, updatedBy: by })
    .where(
      and(
        eq(incentiveSchemes.id, row.id),
        eq(incentiveSchemes.version, expectedVersion),
        notExists(db.select({ one: sql`1` }).from(incentiveSnapshots).where(eq(incentiveSnapshots.period, row.period))),
      ),
    )
    .returning({ version: incentiveSchemes.version });
  if (done.length === 0) throw (await isPublished(db, row.period)) ? publishedError(row.period) : staleSchemeError();
  return next;
}
