// How public a case is, chosen by the citizen (Perpres 76/2013 asks that a complainant can stay
// anonymous, and that a report can be kept confidential):
//   publik  — the report and the name may be shown
//   anonim  — the report is public, the identity is not
//   rahasia — nothing but the status is public
// Staff may tighten it (publik → anonim → rahasia), never loosen it: the citizen's choice is the
// least protection the case gets.

export const PRIVACY_LEVELS = ['publik', 'anonim', 'rahasia'] as const;
export type Privacy = (typeof PRIVACY_LEVELS)[number];

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
