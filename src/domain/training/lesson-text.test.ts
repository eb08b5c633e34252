import { describe, expect, it } from 'vitest';
import { isSafeLink, isSameOriginPath, parseLessonText } from './lesson-text';

describe('lesson text', () => {
  it('splits paragraphs, headings and lists', () => {
    const b = parseLessonText('## Judul\nBaris satu\nbaris dua\n\n- a\n- b\n\nAkhir');
    expect(b).toEqual([
      { kind: 'h', text: 'Judul' },
      { kind: 'p', text: 'Baris satu baris dua' },
      { kind: 'ul', items: ['a', 'b'] },
      { kind: 'p', text: 'Akhir' },
    ]);
  });
  it('keeps markup as text (the template escapes it)', () => {
    expect(parseLessonText('<script>alert(1)</script>')).toEqual([{ kind: 'p', text: '<script>alert(1)</script>' }]);
  });
  it('accepts only same-origin image paths', () => {
    expect(isSameOriginPath('/assets/pelatihan/a.svg')).toBe(true);
    expect(isSameOriginPath('//evil.example/a.png')).toBe(false);
    expect(isSameOriginPath('/\\evil.example')).toBe(false);
    expect(isSameOriginPath('https://evil.example/a.png')).toBe(false);
    expect(isSameOriginPath('/assets/../secret')).toBe(false);
    expect(isSameOriginPath('javascript:alert(1)')).toBe(false);
  });
  it('accepts https links and same-origin paths only', () => {
    expect(isSafeLink('https://www.youtube.com/watch?v=abc')).toBe(true);
    expect(isSafeLink('/assets/materi.pdf')).toBe(true);
    expect(isSafeLink('http://example.com')).toBe(false);
    expect(isSafeLink('javascript:alert(1)')).toBe(false);
  });
});
