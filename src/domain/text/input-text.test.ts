import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { characterProblem, charLength, checkText, normaliseLineBreaks } from './input-text';

const TITLE = { id: 'Judul', en: 'The title' };

describe('submitted text', () => {
  it('counts code points, as JSON Schema does: an emoji is one character, a lone surrogate one too', () => {
    expect(charLength('')).toBe(0);
    expect(charLength('Solo')).toBe(4);
    expect(charLength('🕳🕳🕳')).toBe(3); // 6 UTF-16 units
    expect(charLength('a🇮🇩b')).toBe(4); // a flag is two regional-indicator code points
    expect(charLength('\ud800x')).toBe(2);
    expect(charLength('x\udc00')).toBe(2);
  });

  it("zod's length checks count the same way (zod 4 measures strings in code points)", () => {
    expect(z.string().max(3).safeParse('🕳🕳🕳').success).toBe(true);
    expect(z.string().max(2).safeParse('🕳🕳🕳').success).toBe(false);
    expect(z.string().min(4).safeParse('🕳🕳🕳').success).toBe(false);
  });

  it('line breaks become LF', () => {
    expect(normaliseLineBreaks('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });

  it('names the first control character; tab and line feed are text', () => {
    expect(characterProblem('a\tb\nc')).toBeNull();
    expect(characterProblem('Ab\u0000 cd', TITLE)?.en).toBe(
      'The title contains a control character that is not allowed (U+0000). Remove it, then send again.',
    );
    expect(characterProblem('Ab\u0000 cd', TITLE)?.id).toBe(
      'Judul berisi karakter kendali yang tidak diizinkan (U+0000). Hapus karakter itu, lalu kirim lagi.',
    );
    expect(characterProblem('x\u001b[31m')?.en).toContain('(U+001B)');
    expect(characterProblem('x\u007f')?.en).toContain('(U+007F)');
    expect(characterProblem('x\u0085')?.en).toContain('(U+0085)');
    expect(characterProblem('x\u000b')?.en).toContain('(U+000B)');
    expect(characterProblem('x\ud83d')?.en).toContain('broken character (U+D83D');
    expect(characterProblem('🕳 and 🇮🇩')).toBeNull();
    expect(characterProblem('\u200d\u202e')).toBeNull(); // format characters are not controls
  });

  it('checks required, minimum and maximum in characters, with the current length', () => {
    const rules = { min: 5, max: 150, oneLine: true };
    expect(checkText('  Lubang\r\n  besar  ', TITLE, rules)).toEqual({ ok: true, value: 'Lubang besar' });
    expect(checkText('   ', TITLE, rules)).toEqual({ ok: false, error: { id: 'Judul wajib diisi.', en: 'The title is required.' } });
    expect(checkText('🕳🕳🕳', TITLE, rules)).toEqual({
      ok: false,
      error: { id: 'Judul minimal 5 karakter.', en: 'The title needs at least 5 characters.' },
    });
    expect(checkText('🕳'.repeat(150), TITLE, rules).ok).toBe(true);
    expect(checkText('🕳'.repeat(151), TITLE, rules)).toEqual({
      ok: false,
      error: { id: 'Judul paling banyak 150 karakter (sekarang 151).', en: 'The title may have at most 150 characters (now 151).' },
    });
    expect(checkText('', TITLE, { max: 10, required: false })).toEqual({ ok: true, value: '' });
    // a control character is refused even where trimming would have hidden it
    expect(checkText('Lubang besar\u000c', TITLE, rules).ok).toBe(false);
    expect(checkText('a\r\n\tb', TITLE, { max: 10 })).toEqual({ ok: true, value: 'a\n\tb' });
  });
});
