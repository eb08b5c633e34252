import { describe, expect, it } from 'vitest';
import type { FormField } from '../catalogue/service';
import { documentAnswers, issuedLines, permitFileName, revokedLine, validityText } from './document';

const L = (id: string, en: string) => ({ id, en });
const FORM: FormField[] = [
  { name: 'lokasi', label: L('Lokasi', 'Site'), type: 'textarea', required: true },
  { name: 'luas', label: L('Luas (m²)', 'Area (m²)'), type: 'number', required: true },
  { name: 'jenis', label: L('Jenis', 'Type'), type: 'select', required: true, options: [{ value: 'baliho', label: L('Baliho', 'Billboard') }] },
  { name: 'sisi', label: L('Sisi', 'Sides'), type: 'multiselect', required: false, options: [{ value: 'utara', label: L('Utara', 'North') }, { value: 'timur', label: L('Timur', 'East') }] },
  { name: 'mulai', label: L('Mulai pasang', 'Put up on'), type: 'date', required: false },
  { name: 'catatan', label: L('Catatan', 'Note'), type: 'text', required: false },
  { name: 'gambar', label: L('Gambar', 'Drawing'), type: 'file', required: true },
];

describe('the permit document’s text', () => {
  it('prints every answer with its Indonesian label in the form’s order, choices by label, dates written out, decimal commas; documents left out', () => {
    expect(documentAnswers(FORM, { lokasi: 'Jl. Slamet Riyadi 10', luas: 2.5, jenis: 'baliho', sisi: ['utara', 'timur'], mulai: '2026-08-17' })).toEqual([
      { label: 'Lokasi', value: 'Jl. Slamet Riyadi 10' },
      { label: 'Luas (m²)', value: '2,5' },
      { label: 'Jenis', value: 'Baliho' },
      { label: 'Sisi', value: 'Utara, Timur' },
      { label: 'Mulai pasang', value: '17 Agustus 2026' },
      { label: 'Catatan', value: '–' },
    ]);
  });

  it('writes the validity out, with or without an end', () => {
    expect(validityText('2026-07-10', '2027-07-09')).toBe('10 Juli 2026 s.d. 9 Juli 2027');
    expect(validityText('2026-07-10', null)).toBe('Sejak 10 Juli 2026, selama bangunan/objek izin tidak berubah');
  });

  it('dates the issue and the revocation in Jakarta', () => {
    // 17:30 UTC on 9 July is already 10 July in Surakarta
    expect(issuedLines(new Date('2026-07-09T17:30:00Z'))).toEqual(['Ditetapkan di Surakarta', 'pada tanggal 10 Juli 2026']);
    expect(revokedLine({ at: new Date('2026-07-20T03:00:00Z'), reason: 'Di luar titik.' })).toBe('Dicabut pada 20 Juli 2026: Di luar titik.');
  });

  it('names the file after the number, without slashes', () => {
    expect(permitFileName('503/PBG/2026/000123')).toBe('izin-503-PBG-2026-000123.pdf');
  });
});
