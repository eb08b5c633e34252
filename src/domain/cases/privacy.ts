// How public a case is (Perpres 76/2013 on complaint handling; the citizen chooses at intake,
// staff may only tighten it while verifying):
//   publik  — the report and its public history are shown to anyone with the tracking code
//   anonim  — the report may be shown, the complainant's identity never is
//   rahasia — nothing but the status is shown publicly
// The order of PRIVACY_LEVELS is the order of tightening. One owner for the levels and their
// names; templates, intake and staff actions take them from here.
import type { Bilingual } from './state-machine';

export const PRIVACY_LEVELS = ['publik', 'anonim', 'rahasia'] as const;
export type Privacy = (typeof PRIVACY_LEVELS)[number];

export function isPrivacy(x: unknown): x is Privacy {
  return typeof x === 'string' && (PRIVACY_LEVELS as readonly string[]).includes(x);
}

/** True when going from `from` to `to` keeps or tightens the privacy (never loosens it). */
export function isTightening(from: Privacy, to: Privacy): boolean {
  return PRIVACY_LEVELS.indexOf(to) >= PRIVACY_LEVELS.indexOf(from);
}

export const PRIVACY_LABELS: Readonly<Record<Privacy, Bilingual>> = {
  publik: { id: 'Publik', en: 'Public' },
  anonim: { id: 'Anonim', en: 'Anonymous' },
  rahasia: { id: 'Rahasia', en: 'Confidential' },
};

/** What each level keeps from the public, in a few words (shown after the name to staff). */
export const PRIVACY_MEANINGS: Readonly<Record<Privacy, Bilingual>> = {
  publik: { id: 'laporan tampil untuk umum', en: 'report shown publicly' },
  anonim: { id: 'identitas dirahasiakan', en: 'identity hidden' },
  rahasia: { id: 'laporan tidak dipublikasikan', en: 'report not published' },
};

/** The name of a stored privacy value; an unknown value is shown as it is. */
export function privacyLabel(value: string): Bilingual {
  return isPrivacy(value) ? PRIVACY_LABELS[value] : { id: value, en: value };
}
