import { describe, expect, it } from 'vitest';
import { permitStanding, validUntil } from './validity';

describe('permit validity', () => {
  it('runs to the day before the same date months later', () => {
    expect(validUntil('2026-03-15', 12)).toBe('2027-03-14');
    expect(validUntil('2026-01-01', 1)).toBe('2026-01-31');
    expect(validUntil('2026-12-10', 3)).toBe('2027-03-09');
  });

  it('a month too short for the day ends on its last day', () => {
    expect(validUntil('2026-01-31', 1)).toBe('2026-02-28');
    expect(validUntil('2027-01-31', 13)).toBe('2028-02-29');
  });

  it('no months: no end; a nonsense validity is refused', () => {
    expect(validUntil('2026-01-31', null)).toBeNull();
    expect(() => validUntil('2026-01-31', 0)).toThrow(RangeError);
  });

  it('standing: revoked before anything else; expired the day after its last day', () => {
    expect(permitStanding({ validUntil: '2027-03-14', revokedAt: null }, '2027-03-14')).toBe('valid');
    expect(permitStanding({ validUntil: '2027-03-14', revokedAt: null }, '2027-03-15')).toBe('expired');
    expect(permitStanding({ validUntil: null, revokedAt: null }, '2099-01-01')).toBe('valid');
    expect(permitStanding({ validUntil: '2020-01-01', revokedAt: new Date(0) }, '2027-01-01')).toBe('revoked');
  });
});
