import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, formRequestHash, isEmail, normalisePhone, oneYearBefore } from './intake';

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

describe('formRequestHash (8.10: a replayed form gets its key back only for the same content)', () => {
  const png = { name: 'a.png', type: 'image/png' as const, bytes: new Uint8Array([1, 2, 3]) };
  it('is the same for the same fields and files, whatever order the fields were built in', async () => {
    const draft = { ...EMPTY_DRAFT, title: 'Lampu padam', description: 'x'.repeat(30) };
    const reordered = Object.fromEntries(Object.entries(draft).reverse()) as typeof draft;
    expect(await formRequestHash(reordered, [png])).toBe(await formRequestHash(draft, [png]));
  });
  it('differs when a field or a single byte of a file differs', async () => {
    const draft = { ...EMPTY_DRAFT, title: 'Lampu padam' };
    const base = await formRequestHash(draft, [png]);
    expect(await formRequestHash({ ...draft, title: 'Lampu padam!' }, [png])).not.toBe(base);
    expect(await formRequestHash(draft, [{ ...png, bytes: new Uint8Array([1, 2, 4]) }])).not.toBe(base);
    expect(await formRequestHash(draft, [])).not.toBe(base);
  });
});
