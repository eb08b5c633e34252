// Training needs assessment: a yearly competency self-assessment. Each statement belongs to one
// competency and is scored 1–4; a competency's score is the mean of its statements. Gaps feed
// course recommendations (src/domain/training/recommend.ts) and the officials' unit view.
import type { Msg } from '../../platform/i18n/lang';

export const SCORE_LABELS: Record<1 | 2 | 3 | 4, Msg> = {
  1: { id: 'Belum mampu', en: 'Not yet able' },
  2: { id: 'Cukup mampu', en: 'Somewhat able' },
  3: { id: 'Mampu', en: 'Able' },
  4: { id: 'Sangat mampu', en: 'Very able' },
};

/** Below this mean self-score a competency is a development need. */
export const GAP_BELOW = 3;

export interface AssessmentItem {
  id: number;
  competency: string;
}

/** Parses form answers (field a_{itemId} = 1..4); every statement needs a score. */
export function validateAnswers(
  items: readonly AssessmentItem[],
  form: Readonly<Record<string, string>>,
): { ok: true; answers: Record<string, number> } | { ok: false; fields: Record<string, Msg> } {
  const fields: Record<string, Msg> = {};
  const answers: Record<string, number> = {};
  const known = new Set(items.map((i) => `a_${i.id}`));
  for (const k of Object.keys(form)) if (k.startsWith('a_') && !known.has(k)) fields[k] = { id: 'Pernyataan tidak dikenal.', en: 'Unknown statement.' };
  for (const it of items) {
    const v = form[`a_${it.id}`] ?? '';
    if (!/^[1-4]$/.test(v)) fields[`a_${it.id}`] = { id: 'Pilih nilai 1–4 untuk pernyataan ini.', en: 'Choose a score of 1–4 for this statement.' };
    else answers[String(it.id)] = Number(v);
  }
  return Object.keys(fields).length ? { ok: false, fields } : { ok: true, answers };
}

/** Mean self-score per competency over the answered statements. */
export function competencyMeans(items: readonly AssessmentItem[], answers: Readonly<Record<string, number>>): Map<string, number> {
  const sum = new Map<string, { s: number; n: number }>();
  for (const it of items) {
    const v = answers[String(it.id)];
    if (typeof v !== 'number') continue;
    const x = sum.get(it.competency) ?? { s: 0, n: 0 };
    x.s += v;
    x.n += 1;
    sum.set(it.competency, x);
  }
  return new Map([...sum].map(([k, x]) => [k, x.s / x.n]));
}

/**
 * Development needs from a self-assessment: competencies scored below 3 ("Mampu"), weakest
 * first. When none is below 3, the weakest competencies (ties included) are still suggested.
 */
export function gapsFromAssessment(means: ReadonlyMap<string, number>): string[] {
  const entries = [...means].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  if (!entries.length) return [];
  const below = entries.filter(([, m]) => m < GAP_BELOW).map(([k]) => k);
  if (below.length) return below;
  const min = entries[0]![1];
  return entries.filter(([, m]) => m === min).map(([k]) => k);
}

export interface UnitCell {
  mean: number;
  n: number;
}

/** Officials' view: per unit and competency, the mean self-score and the number of respondents. */
export function unitGapTable(
  items: readonly AssessmentItem[],
  responses: readonly { unitId: number; answers: Record<string, number> }[],
): Map<number, Map<string, UnitCell>> {
  const acc = new Map<number, Map<string, { s: number; n: number }>>();
  for (const r of responses) {
    const perUnit = acc.get(r.unitId) ?? new Map<string, { s: number; n: number }>();
    for (const [comp, mean] of competencyMeans(items, r.answers)) {
      const x = perUnit.get(comp) ?? { s: 0, n: 0 };
      x.s += mean;
      x.n += 1;
      perUnit.set(comp, x);
    }
    acc.set(r.unitId, perUnit);
  }
  return new Map([...acc].map(([u, m]) => [u, new Map([...m].map(([c, x]) => [c, { mean: x.s / x.n, n: x.n }]))]));
}
