import { describe, expect, it } from 'vitest';
import { checkMinCases, checkPriorK, checkTiers, checkWeight, checkWeightSum, parseDecimal, tierFor } from './scheme';

describe('weights: each from 0 to 1, together 1', () => {
  it('reads a decimal comma or point, at most 3 decimals', () => {
    expect(parseDecimal('0,35', 3)).toBe(0.35);
    expect(parseDecimal(' 0.4 ', 3)).toBe(0.4);
    expect(parseDecimal('1', 3)).toBe(1);
    expect(parseDecimal('0,3333', 3)).toBeNull();
    expect(parseDecimal('1e-1', 3)).toBeNull();
    expect(parseDecimal('', 3)).toBeNull();
  });

  it('a negative weight is refused with its own message; above 1 and text are refused', () => {
    expect(checkWeight('-0,1')).toEqual({ ok: false, error: { id: 'Bobot tidak boleh negatif.', en: 'A weight cannot be negative.' } });
    expect(checkWeight('1,5').ok).toBe(false);
    expect(checkWeight('setengah').ok).toBe(false);
    expect(checkWeight('').ok).toBe(false);
    expect(checkWeight('0')).toEqual({ ok: true, value: 0 });
  });

  it('weights summing to 1 within the tolerance are accepted (0.4 + 0.3 + 0.2 + 0.1 is 0.9999999999999999 in binary)', () => {
    expect(0.4 + 0.3 + 0.2 + 0.1).not.toBe(1);
    expect(checkWeightSum({ Q: 0.4, S: 0.3, T: 0.2, R: 0.1 }).ok).toBe(true);
    expect(checkWeightSum({ Q: 0.333, S: 0.333, T: 0.334, R: 0 }).ok).toBe(true);
  });

  it('weights that do not sum to 1 are refused, saying what they sum to', () => {
    expect(checkWeightSum({ Q: 0.4, S: 0.3, T: 0.1, R: 0.1 })).toEqual({
      ok: false,
      error: { id: 'Jumlah keempat bobot harus 1; sekarang 0,9.', en: 'The four weights must add up to 1; they now add up to 0.9.' },
    });
    expect(checkWeightSum({ Q: 0.5, S: 0.5, T: 0.5, R: 0 }).ok).toBe(false);
    expect(checkWeightSum({ Q: 0.999, S: 0, T: 0, R: 0 }).ok).toBe(false);
  });

  it('a negative weight passed in directly is refused even when the sum is 1', () => {
    expect(checkWeightSum({ Q: 1.2, S: -0.2, T: 0, R: 0 })).toMatchObject({ ok: false, error: { en: 'A weight cannot be negative.' } });
  });
});

describe('minimum cases and prior weight: whole numbers', () => {
  it('accepts 0 to the maximum and refuses the rest', () => {
    expect(checkMinCases('10')).toEqual({ ok: true, value: 10 });
    expect(checkMinCases('0')).toEqual({ ok: true, value: 0 });
    expect(checkMinCases('1001').ok).toBe(false);
    expect(checkMinCases('2,5').ok).toBe(false);
    expect(checkPriorK('5')).toEqual({ ok: true, value: 5 });
    expect(checkPriorK('-1').ok).toBe(false);
    expect(checkPriorK('101').ok).toBe(false);
  });
});

describe('tiers: named in both languages, thresholds going down', () => {
  const row = (min: string, nameId: string, nameEn: string) => ({ min, nameId, nameEn });

  it('blank rows are no tier; filled rows become tiers in order', () => {
    const r = checkTiers([row('85', 'Sangat Baik', 'Very good'), row('', '', ''), row('70,5', 'Baik', 'Good')]);
    expect(r.tiers).toEqual([
      { min: 85, name: { id: 'Sangat Baik', en: 'Very good' } },
      { min: 70.5, name: { id: 'Baik', en: 'Good' } },
    ]);
    expect(r.order).toBeNull();
    expect(r.errors.every((e) => Object.keys(e).length === 0)).toBe(true);
  });

  it('a row missing a name or with a threshold above 100 is marked on its field', () => {
    const r = checkTiers([row('101', 'Sangat Baik', ''), row('70', '', 'Good')]);
    expect(r.errors[0]!.min?.en).toContain('0 to 100');
    expect(r.errors[0]!.nameEn?.en).toBe('Required.');
    expect(r.errors[1]!.nameId?.en).toBe('Required.');
  });

  it('thresholds that do not go down strictly are refused', () => {
    expect(checkTiers([row('70', 'Baik', 'Good'), row('85', 'Sangat Baik', 'Very good')]).order?.en).toContain('highest threshold to the lowest');
    expect(checkTiers([row('70', 'Baik', 'Good'), row('70', 'Cukup', 'Fair')]).order).not.toBeNull();
  });

  it('the tier of a rounded score is the first threshold it reaches', () => {
    const tiers = checkTiers([row('85', 'Sangat Baik', 'Very good'), row('70', 'Baik', 'Good')]).tiers;
    expect(tierFor(tiers, 85)?.name.id).toBe('Sangat Baik');
    expect(tierFor(tiers, 84.99)?.name.id).toBe('Baik');
    expect(tierFor(tiers, 69.99)).toBeNull();
    expect(tierFor([], 100)).toBeNull();
  });
});
