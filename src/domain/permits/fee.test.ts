import { describe, expect, it } from 'vitest';
import { feeKnown, parseAssessedFee, paymentRequired } from './fee';

describe('a permit application’s fee (13.9)', () => {
  it('13.9 an assessed fee is unknown until set, and then owed like a fixed one', () => {
    expect(feeKnown({ kind: 'assessed', setAt: null })).toBe(false);
    expect(paymentRequired({ kind: 'assessed', setAt: null, amount: 0 })).toBe(false);
    expect(paymentRequired({ kind: 'assessed', setAt: new Date(0), amount: 1_250_000 })).toBe(true);
    // waived after the review (e.g. a place of worship): nothing to pay
    expect(paymentRequired({ kind: 'assessed', setAt: new Date(0), amount: 0 })).toBe(false);
    expect(paymentRequired({ kind: 'fixed', setAt: null, amount: 150_000 })).toBe(true);
    expect(paymentRequired({ kind: 'fixed', setAt: null, amount: 0 })).toBe(false);
  });

  it('13.9 the assessed amount is read as whole rupiah, grouped as people write it', () => {
    expect(parseAssessedFee('Rp 1.250.000')).toEqual({ ok: true, value: 1_250_000 });
    expect(parseAssessedFee('1,250,000')).toEqual({ ok: true, value: 1_250_000 });
    expect(parseAssessedFee('0')).toEqual({ ok: true, value: 0 });
    expect(parseAssessedFee(750_000)).toEqual({ ok: true, value: 750_000 });
    expect(parseAssessedFee('')).toMatchObject({ ok: false });
    expect(parseAssessedFee(undefined)).toMatchObject({ ok: false });
    expect(parseAssessedFee('-5')).toMatchObject({ ok: false });
    expect(parseAssessedFee('12,5')).toMatchObject({ ok: false });
    expect(parseAssessedFee('1e6')).toMatchObject({ ok: false });
    expect(parseAssessedFee(1.5)).toMatchObject({ ok: false });
    expect(parseAssessedFee('1.000.000.000.001')).toMatchObject({ ok: false });
  });
});
