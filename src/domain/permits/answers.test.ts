import { describe, expect, it } from 'vitest';
import { Validator } from '@cfworker/json-schema';
import type { FormField } from '../catalogue/service';
import { answersJsonSchema, checkAnswers, parseDate, parseNumber, unchangedItems } from './answers';

const L = (id: string, en: string) => ({ id, en });
const FIELDS: FormField[] = [
  { name: 'alamat', label: L('Alamat lokasi', 'Site address'), type: 'textarea', required: true, maxLength: 20 },
  { name: 'luas_m2', label: L('Luas bangunan', 'Floor area'), type: 'number', required: true, min: 1, max: 1000 },
  { name: 'mulai', label: L('Tanggal mulai', 'Start date'), type: 'date', required: false },
  {
    name: 'fungsi',
    label: L('Fungsi', 'Function'),
    type: 'select',
    required: true,
    options: [
      { value: 'hunian', label: L('Hunian', 'Residential') },
      { value: 'usaha', label: L('Usaha', 'Business') },
    ],
  },
  {
    name: 'fasilitas',
    label: L('Fasilitas', 'Facilities'),
    type: 'multiselect',
    required: false,
    max: 2,
    options: [
      { value: 'parkir', label: L('Parkir', 'Parking') },
      { value: 'lift', label: L('Lift', 'Lift') },
      { value: 'hidran', label: L('Hidran', 'Hydrant') },
    ],
  },
  { name: 'gambar', label: L('Gambar teknis', 'Technical drawings'), type: 'file', required: true, max: 3 },
];

const GOOD = { alamat: 'Jl. Slamet Riyadi 1', luas_m2: '120,5', fungsi: 'hunian' };

describe('permit answers against the permit type’s form definition', () => {
  it('accepts a complete form and types each answer (a decimal comma is a number)', () => {
    const r = checkAnswers(FIELDS, { ...GOOD, mulai: '2026-02-28', fasilitas: ['lift', 'parkir'] }, { gambar: 1 });
    expect(r).toEqual({
      ok: true,
      values: { alamat: 'Jl. Slamet Riyadi 1', luas_m2: 120.5, mulai: '2026-02-28', fungsi: 'hunian', fasilitas: ['parkir', 'lift'] },
    });
  });

  it('the same answers as typed JSON (the API) are the same values', () => {
    const r = checkAnswers(FIELDS, { ...GOOD, luas_m2: 120.5 }, { gambar: 2 });
    expect(r.ok && r.values.luas_m2).toBe(120.5);
  });

  it('a missing required field and a missing required document are each named', () => {
    const r = checkAnswers(FIELDS, { alamat: '  ', luas_m2: '5' }, {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['alamat', 'fungsi', 'gambar']);
    expect(r.errors.alamat!.id).toBe('Alamat lokasi wajib diisi.');
    expect(r.errors.gambar!.en).toBe('Attach Technical drawings.');
  });

  it('a value of the wrong type or outside its limits gets the field’s own message', () => {
    const r = checkAnswers(FIELDS, { alamat: 'x'.repeat(21), luas_m2: '1001', fungsi: 'pabrik', mulai: '2026-02-30', fasilitas: ['lift', 'lift'] }, { gambar: 4 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.alamat!.id).toBe('Alamat lokasi paling banyak 20 karakter (sekarang 21).');
    expect(r.errors.luas_m2!.id).toBe('Luas bangunan paling besar 1000.');
    expect(r.errors.fungsi!.en).toBe('Choose one of the options for Function.');
    expect(r.errors.mulai!.en).toBe('Start date must be a real date (YYYY-MM-DD).');
    expect(r.errors.fasilitas!.en).toBe('Facilities: each option once.');
    expect(r.errors.gambar!.en).toBe('Technical drawings: at most 3 files.');
    const typed = checkAnswers(FIELDS, { ...GOOD, luas_m2: '12 meter', alamat: 42 }, { gambar: 1 });
    expect(!typed.ok && typed.errors.luas_m2!.en).toBe('Floor area must be a number (e.g. 120 or 12.5).');
    expect(!typed.ok && typed.errors.alamat!.en).toBe('Site address must be text.');
  });

  it('too many choices of a multiple choice, and a control character in text, are refused', () => {
    const r = checkAnswers(FIELDS, { ...GOOD, alamat: 'Jl. A\u0000B', fasilitas: ['lift', 'parkir', 'hidran'] }, { gambar: 1 });
    expect(!r.ok && r.errors.fasilitas!.id).toBe('Fasilitas: pilih paling banyak 2.');
    expect(!r.ok && r.errors.alamat!.en).toMatch(/control character .*U\+0000/);
  });

  it('an answer to a field the type does not define is refused by name, not dropped', () => {
    const r = checkAnswers(FIELDS, { ...GOOD, harga_tanah: '5000' }, { gambar: 1 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.harga_tanah!.en).toBe('The field "harga_tanah" is not part of this permit\'s form; remove it.');
  });

  it('numbers and dates: edges', () => {
    expect(parseNumber('1.000.000')).toBeNull(); // thousands separators are ambiguous: refused, not guessed
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber(Number.NaN)).toBeNull();
    expect(parseNumber('1e5')).toBeNull();
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('2026-02-29')).toBeNull();
    expect(parseDate('2026-13-01')).toBeNull();
    expect(parseDate('26-01-01')).toBeNull();
  });

  it('a resubmission that leaves a requested item as it was is named', () => {
    const before = { alamat: 'Jl. A', luas_m2: 100 };
    expect(unchangedItems(['alamat', 'luas_m2', 'gambar'], before, { alamat: 'Jl. A', luas_m2: 110 }, new Set(['gambar']))).toEqual(['alamat']);
    expect(unchangedItems(['gambar'], before, before, new Set())).toEqual(['gambar']);
  });

  it('the JSON Schema generated from the definition accepts and refuses what checkAnswers does', () => {
    const schema = answersJsonSchema(FIELDS);
    expect(schema.required).toEqual(['alamat', 'luas_m2', 'fungsi']);
    const v = new Validator(schema as never, '2020-12');
    expect(v.validate({ alamat: 'Jl. A', luas_m2: 12.5, fungsi: 'usaha', fasilitas: ['lift'] }).valid).toBe(true);
    for (const bad of [
      { alamat: 'Jl. A', luas_m2: 0, fungsi: 'usaha' },
      { alamat: 'Jl. A', luas_m2: 5, fungsi: 'pabrik' },
      { alamat: 'Jl. A', luas_m2: 5, fungsi: 'usaha', harga: 1 },
      { alamat: 'x'.repeat(21), luas_m2: 5, fungsi: 'usaha' },
      { alamat: 'Jl. A', luas_m2: 5, fungsi: 'usaha', fasilitas: ['lift', 'parkir', 'hidran'] },
    ]) {
      expect(v.validate(bad).valid).toBe(false);
      expect(checkAnswers(FIELDS, bad, { gambar: 1 }).ok).toBe(false);
    }
  });
});
