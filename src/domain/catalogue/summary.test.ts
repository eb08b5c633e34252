import { describe, expect, it } from 'vitest';
import { oneLine } from './summary';

describe('13.7 a catalogue card shows one line of the description', () => {
  it('keeps the first sentence only', () => {
    expect(oneLine('Jalan berlubang membahayakan. Laporkan lokasinya. Petugas datang.')).toBe('Jalan berlubang membahayakan.');
  });

  it('does not end a sentence at an abbreviation followed by a small letter', () => {
    expect(oneLine('Lampu mati, mis. di gang kecil. Sisanya.')).toBe('Lampu mati, mis. di gang kecil.');
  });

  it('cuts a long first sentence at a word and marks the cut', () => {
    // 10 words of 9 characters and a space: 100 characters; a 40-character line keeps 3 words
    const words = Array.from({ length: 10 }, () => 'abcdefghi').join(' ');
    expect(oneLine(words, 40)).toBe('abcdefghi abcdefghi abcdefghi…');
    expect(oneLine(words, 40).length).toBeLessThanOrEqual(40);
  });

  it('flattens line breaks and keeps a short text as it is', () => {
    expect(oneLine('  Sampah\n menumpuk  ')).toBe('Sampah menumpuk');
  });
});
