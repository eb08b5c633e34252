import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { toWinAnsi, WIN_ANSI } from './winansi';

const helvetica = async () => (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);

describe('text for the standard PDF fonts (WinAnsi)', () => {
  it('knows exactly the characters pdf-lib’s Helvetica can encode', async () => {
    const font = await helvetica();
    expect([...WIN_ANSI].sort((a, b) => a - b)).toEqual([...font.getCharacterSet()].sort((a, b) => a - b));
  });

  it('keeps Indonesian text, Latin-1 letters and the typographic marks WinAnsi has', () => {
    const s = 'Persetujuan Bangunan Gedung — Jl. Slamet Riyadi No. 10, “Toko Ayu’s” • 1.500 m² … René Müller €';
    expect(toWinAnsi(s)).toBe(s);
  });

  it('maps what WinAnsi lacks to its nearest equivalent', () => {
    expect(toWinAnsi('Łukasz Wałęsa')).toBe('Lukasz Walesa');
    expect(toWinAnsi('Nguyễn Văn Đức')).toBe('Nguyên Van Dúc');
    expect(toWinAnsi('Şükrü Çelik‑Öz')).toBe('Sükrü Çelik-Öz');
    expect(toWinAnsi('luas ≥ 2 m, 5−3, ‛a‟')).toBe('luas >= 2 m, 5-3, ’a”');
    // base letter + combining accent typed separately: one precomposed character
    expect(toWinAnsi('Jose\u0301')).toBe('José');
  });

  it('turns line breaks and odd spaces into spaces and drops invisible characters', () => {
    expect(toWinAnsi('Jl. Adi\nSucipto\tNo.\u20035')).toBe('Jl. Adi Sucipto No. 5');
    expect(toWinAnsi('Bu\u200bdi\ufeff\u00ad Santoso\u0007')).toBe('Budi Santoso');
  });

  it('replaces other scripts and emoji with "?", one per letter', () => {
    expect(toWinAnsi('王小明')).toBe('???');
    expect(toWinAnsi('ꦧꦸꦝꦶ Budi 🙂')).toBe('?? Budi ?'); // Javanese vowel signs are marks: dropped with their letters' script;
    expect(toWinAnsi('Иван')).toBe('????');
  });

  it('never lets anything make pdf-lib throw: every code point of the BMP and some beyond', async () => {
    const font = await helvetica();
    const chunk: string[] = [];
    for (let cp = 0; cp <= 0x2ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue; // lone surrogates are not text
      chunk.push(String.fromCodePoint(cp));
    }
    const out = toWinAnsi(chunk.join(''));
    expect(() => font.encodeText(out)).not.toThrow();
    expect(() => font.widthOfTextAtSize(out, 10)).not.toThrow();
    // and unpaired surrogates from broken input
    expect(() => font.encodeText(toWinAnsi('a\ud800b\udc00c'))).not.toThrow();
  });
});
