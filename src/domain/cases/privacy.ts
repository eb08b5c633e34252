// How public a case is, chosen by the citizen (Perpres 76/2013 asks that a complainant can stay
// anonymous, and that a report can be kept confidential):
//   publik  — the report and the name may be shown
//   anonim  — the report is public, the identity is not
//   rahasia — nothing but the status is public
// Staff may tighten it (publik → anonim → rahasia), never loosen it: the citizen's choice is the
// least protection the case gets.

import type { Msg } from '../../platform/i18n/lang';

export const PRIVACY_LEVELS = ['publik', 'anonim', 'rahasia'] as const;
export type Privacy = (typeof PRIVACY_LEVELS)[number];

/** Each level as staff read it: what it means for the report. */
export const PRIVACY_LABELS: Readonly<Record<Privacy, Msg>> = {
  publik: { id: 'Publik', en: 'Public' },
  anonim: { id: 'Anonim (identitas dirahasiakan)', en: 'Anonymous (identity hidden)' },
  rahasia: { id: 'Rahasia (laporan tidak dipublikasikan)', en: 'Confidential (report not published)' },
};

/** A stored level's label; an unknown value shows as itself. */
export function privacyLabel(level: string): Msg {
  return isPrivacy(level) ? PRIVACY_LABELS[level] : { id: level, en: level };
}

export function isPrivacy(x: unknown): x is Privacy {
  return typeof x === 'string' && (PRIVACY_LEVELS as readonly string[]).includes(x);
}

/** The levels a case at `current` may be set to: itself and anything stricter. */
export function privacyChoices(current: string): Privacy[] {
  const from = Math.max(0, PRIVACY_LEVELS.indexOf(current as Privacy));
  return PRIVACY_LEVELS.filter((_, i) => i >= from);
}

/** True when going from `from` to `to` does not loosen the protection. */
export function isTightening(from: string, to: Privacy): boolean {
  return PRIVACY_LEVELS.indexOf(to) >= PRIVACY_LEVELS.indexOf(from as Privacy);
}
