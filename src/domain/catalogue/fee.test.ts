import { describe, expect, it } from 'vitest';
import { feePayment, feeSummary, feeTermsOf, isFree } from './fee';

const row = (over: Partial<Parameters<typeof feeTermsOf>[0]> = {}) =>
  feeTermsOf({ fee: 0, feeKind: 'fixed', feeBasis: null, feeOtherId: '', feeOtherEn: '', ...over });

describe('13.9 a fee is data: kind, amount, legal basis, other charges', () => {
  it('13.9 reads the stored columns; an unknown kind reads as fixed and blank texts as none', () => {
    expect(row({ feeKind: 'bribe', feeBasis: '  ' })).toEqual({ kind: 'fixed', amount: 0, basis: null, other: null });
    expect(row({ feeOtherId: 'Pajak reklame.', feeOtherEn: '' }).other).toEqual({ id: 'Pajak reklame.', en: 'Pajak reklame.' });
  });

  it('13.9 the card\'s words: free, free with another charge, an amount, assessed', () => {
    expect(feeSummary(row())).toEqual({ id: 'Gratis', en: 'Free' });
    expect(feeSummary(row({ feeOtherId: 'x', feeOtherEn: 'x' })).en).toBe('Service free; other charges apply');
    expect(feeSummary(row({ fee: 150_000 })).id.replace(/\s/g, ' ')).toBe('Rp 150.000');
    expect(feeSummary(row({ feeKind: 'assessed' })).id).toBe('Retribusi dihitung setelah pemeriksaan');
    expect(isFree(row({ feeKind: 'assessed' }))).toBe(false);
  });

  it('13.9 when payment happens: after approval and before issue for a permit; nothing when free', () => {
    expect(feePayment(row({ fee: 150_000 }), 'permit').id).toBe('Dibayar setelah permohonan disetujui, sebelum izin diterbitkan.');
    expect(feePayment(row({ feeKind: 'assessed' }), 'permit').en).toMatch(/set after the technical review.*before the permit is issued/);
    expect(feePayment(row(), 'complaint').en).toBe('There is nothing to pay for this service.');
  });
});
