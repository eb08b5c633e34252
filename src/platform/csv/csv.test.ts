import { describe, expect, it } from 'vitest';
import { csvHeaders, toCsv } from './csv';

describe('toCsv: one CSV helper for every export', () => {
  it('11.5 a cell beginning with =, +, - or @ is written with a quote before it (no spreadsheet runs it)', () => {
    const out = toCsv([
      ['name', 'n'],
      ['=HYPERLINK("http://x","y")', 1],
      ['+62 812', 2],
      ['-1+1', 3],
      ['@SUM(A1)', 4],
      ['Kelurahan Baru', -5],
    ]);
    const lines = out.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"",""y"")",1`);
    expect(lines[2]).toBe(`'+62 812,2`);
    expect(lines[3]).toBe(`'-1+1,3`);
    expect(lines[4]).toBe(`'@SUM(A1),4`);
    // numbers are numbers: only text cells are escaped
    expect(lines[5]).toBe('Kelurahan Baru,-5');
  });

  it('UTF-8 with a byte-order mark, CRLF between records', () => {
    const out = toCsv([['Kecamatan Pasar Kliwon'], ['Jebres']]);
    expect(out.charCodeAt(0)).toBe(0xfeff);
    expect(out).toContain('\r\n');
  });

  it('a file name keeps to letters, digits, dots and dashes', () => {
    expect(csvHeaders('dasbor-unit-2026-11.csv')['Content-Disposition']).toBe('attachment; filename="dasbor-unit-2026-11.csv"');
    expect(csvHeaders('a"b\r\n.csv')['Content-Disposition']).toBe('attachment; filename="a-b--.csv"');
  });
});
