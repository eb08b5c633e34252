// What a service costs, as data with its legal basis (issue 13.9): a fixed amount (0 = free) or an
// amount assessed per case after the technical review (the retribusi PBG, rent of road space), the
// law that sets it or waives it, and any other charge paid elsewhere. The card, the service page
// and the application form all say it in the words below, so they cannot contradict each other.
import { formatRupiah, type Msg } from '../../platform/i18n/lang';

export type FeeKind = 'fixed' | 'assessed';
export const FEE_KINDS: readonly FeeKind[] = ['fixed', 'assessed'];

export interface FeeTerms {
  kind: FeeKind;
  /** rupiah, for a fixed fee */
  amount: number;
  /** e.g. "UU 1/2022 tentang HKPD; Perda Kota Surakarta tentang Pajak Daerah dan Retribusi Daerah" */
  basis: string | null;
  /** a charge paid elsewhere (pajak reklame, a laboratory's tariff), with when; null = none */
  other: Msg | null;
}

export function isFeeKind(x: unknown): x is FeeKind {
  return x === 'fixed' || x === 'assessed';
}

/** The stored columns as terms: an unknown kind reads as fixed, blank texts as none. */
export function feeTermsOf(row: { fee: number; feeKind: string; feeBasis: string | null; feeOtherId: string; feeOtherEn: string }): FeeTerms {
  const basis = row.feeBasis?.trim() || null;
  const other = row.feeOtherId.trim() ? { id: row.feeOtherId.trim(), en: row.feeOtherEn.trim() || row.feeOtherId.trim() } : null;
  return { kind: isFeeKind(row.feeKind) ? row.feeKind : 'fixed', amount: row.fee, basis, other };
}

/** The service's own charge is nothing: a fixed fee of 0. */
export function isFree(f: FeeTerms): boolean {
  return f.kind === 'fixed' && f.amount <= 0;
}

/** A few words for a card: "Gratis", "Rp150.000", or that the levy is set after review. */
export function feeSummary(f: FeeTerms): Msg {
  if (f.kind === 'assessed') return { id: 'Retribusi dihitung setelah pemeriksaan', en: 'Levy set after the review' };
  if (isFree(f))
    return f.other ? { id: 'Layanan gratis; ada biaya lain', en: 'Service free; other charges apply' } : { id: 'Gratis', en: 'Free' };
  return { id: formatRupiah(f.amount, 'id'), en: formatRupiah(f.amount, 'en') };
}

/** When payment happens: a fee is paid after the approval and before the permit is issued (the
 *  permit machine refuses to issue before the payment is confirmed, src/modules/permits/steps.ts). */
export function feePayment(f: FeeTerms, kind: 'complaint' | 'permit'): Msg {
  if (f.kind === 'assessed')
    return {
      id: 'Besarnya ditetapkan setelah pemeriksaan teknis dan diberitahukan kepada Anda; dibayar sebelum izin diterbitkan.',
      en: 'The amount is set after the technical review and sent to you; it is paid before the permit is issued.',
    };
  if (isFree(f)) return { id: 'Tidak ada pembayaran untuk layanan ini.', en: 'There is nothing to pay for this service.' };
  return kind === 'permit'
    ? { id: 'Dibayar setelah permohonan disetujui, sebelum izin diterbitkan.', en: 'Paid once the application is approved, before the permit is issued.' }
    : { id: 'Dibayar sebelum layanan diberikan.', en: 'Paid before the service is given.' };
}
