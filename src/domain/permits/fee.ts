// A permit application's own fee (issue 13.9): a fixed fee is known when the application is made;
// an assessed one (the retribusi PBG, the rent of road space) is set by staff after the technical
// review, with the proposal to approve, and recorded in that event. Payment is confirmed before
// issue whenever the amount owed is above 0 — for an assessed fee as much as for a fixed one.
import type { FeeKind } from '../catalogue/fee';
import type { Msg } from '../../platform/i18n/lang';

export interface PermitFee {
  kind: FeeKind;
  /** rupiah: the fixed fee, or the assessed amount once set (0 until then) */
  amount: number;
  /** the law that sets the fee */
  basis: string | null;
  /** when staff set an assessed amount; null for a fixed fee and before the assessment */
  setAt: Date | null;
}

/** The amount owed is known: a fixed fee always, an assessed one once staff set it. */
export function feeKnown(f: Pick<PermitFee, 'kind' | 'setAt'>): boolean {
  return f.kind === 'fixed' || f.setAt !== null;
}

/** The permit is issued only after the payment is confirmed. */
export function paymentRequired(f: Pick<PermitFee, 'kind' | 'setAt' | 'amount'>): boolean {
  return feeKnown(f) && f.amount > 0;
}

/** Rp 1 trillion: above any retribusi a city levies, below the integers SQLite and JS agree on. */
export const ASSESSED_FEE_MAX = 1_000_000_000_000;

const FEE_REQUIRED: Msg = {
  id: 'Isi besarnya retribusi hasil pemeriksaan teknis (rupiah, 0 bila dibebaskan).',
  en: 'Enter the levy the technical review assessed (rupiah, 0 if waived).',
};
const FEE_INVALID: Msg = {
  id: `Retribusi harus bilangan bulat rupiah 0–${ASSESSED_FEE_MAX.toLocaleString('id-ID')}, mis. 1.250.000.`,
  en: `The levy must be whole rupiah 0–${ASSESSED_FEE_MAX.toLocaleString('en-US')}, e.g. 1,250,000.`,
};

/**
 * The amount an officer typed: whole rupiah, with the dots, commas or spaces people group digits
 * with and an optional "Rp" ("Rp 1.250.000", "1250000"); a number as sent by the API.
 */
export function parseAssessedFee(raw: unknown): { ok: true; value: number } | { ok: false; error: Msg } {
  if (typeof raw === 'number') {
    return Number.isSafeInteger(raw) && raw >= 0 && raw <= ASSESSED_FEE_MAX ? { ok: true, value: raw } : { ok: false, error: FEE_INVALID };
  }
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!text) return { ok: false, error: FEE_REQUIRED };
  const amount = text.replace(/^rp\.?\s*/i, '');
  // digits, or digits grouped by threes: "12,5" is a decimal, not 125 (rupiah have no cents)
  if (!/^\d{1,13}$/.test(amount) && !/^\d{1,3}([.,\s]\d{3}){1,4}$/.test(amount)) return { ok: false, error: FEE_INVALID };
  const value = Number(amount.replace(/[.,\s]/g, ''));
  return value <= ASSESSED_FEE_MAX ? { ok: true, value } : { ok: false, error: FEE_INVALID };
}
