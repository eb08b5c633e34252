import { describe, expect, it } from 'vitest';
import { isEmail, normalisePhone, oneYearBefore } from './draft';

describe('complaint input helpers', () => {
  it('normalises Indonesian phone numbers and refuses others', () => {
    expect(normalisePhone('0812 3456 7890')).toBe('+6281234567890');
    expect(normalisePhone('+62 812-3456-7890')).toBe('+6281234567890');
    expect(normalisePhone('62812345678')).toBe('+62812345678');
    expect(normalisePhone('(0271) 123456')).toBe('+62271123456');
    expect(normalisePhone('12345')).toBeNull();
    expect(normalisePhone('+1 415 555 0100')).toBeNull();
    expect(normalisePhone('0812abc')).toBeNull();
  });
  it('checks e-mail addresses', () => {
    expect(isEmail('budi@contoh.id')).toBe(true);
    expect(isEmail('budi.santoso+solo@mail.surakarta.go.id')).toBe(true);
    expect(isEmail('budi@')).toBe(false);
    expect(isEmail('budi@contoh')).toBe(false);
    expect(isEmail('a b@contoh.id')).toBe(false);
  });
  it('one year before a date, leap day included', () => {
    expect(oneYearBefore('2026-03-02')).toBe('2025-03-02');
    expect(oneYearBefore('2028-02-29')).toBe('2027-02-28');
  });
});
