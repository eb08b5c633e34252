// Text for PDFs drawn with the 14 standard fonts (pdf-lib's Helvetica), which encode WinAnsi
// (Windows-1252) only: pdf-lib throws on any other character ("WinAnsi cannot encode …"), and a
// holder's name, an address or a pasted answer can hold anything. Every string drawn goes through
// toWinAnsi first, so no input can make a document fail: typographic marks that WinAnsi lacks
// become their plain equivalents, letters lose the accents WinAnsi cannot show (ą → a, ệ → ê),
// a few letters without a decomposition are spelled out (ł → l, đ → d, ə → e), and anything else
// (a name in another script, an emoji) becomes '?'. The verification page, which is HTML, always
// shows the full text; embedding a Unicode font instead would add megabytes to the Worker.

/** Windows-1252's printable characters beyond Latin-1 (its 0x80–0x9F range). */
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

function winAnsiSet(): ReadonlySet<number> {
  const s = new Set<number>();
  for (let c = 0x20; c <= 0x7e; c++) s.add(c);
  for (let c = 0xa0; c <= 0xff; c++) s.add(c);
  for (const ch of CP1252_EXTRA) s.add(ch.codePointAt(0)!);
  return s;
}

/** The code points a standard font can draw (the same 218 pdf-lib's Helvetica reports). */
export const WIN_ANSI: ReadonlySet<number> = winAnsiSet();

/** Replacements for characters WinAnsi lacks and that do not decompose into one it has. */
const REPLACE: Readonly<Record<string, string>> = {
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2015': '—', // horizontal bar
  '\u2212': '-', // minus sign
  '\u201b': '’',
  '\u201f': '”',
  '\u2032': "'", // prime
  '\u2033': '"',
  '\u2044': '/', // fraction slash
  '\u2190': '<-',
  '\u2192': '->',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2116': 'No.', // numero sign
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŧ: 't',
  Ŧ: 'T',
  ŀ: 'l',
  Ŀ: 'L',
  ĳ: 'ij',
  Ĳ: 'IJ',
  ſ: 's',
  ə: 'e',
  Ə: 'E',
  ɛ: 'e',
  Ɛ: 'E',
  ŋ: 'ng',
  Ŋ: 'NG',
};

const SPACE_RE = /[\t\n\v\f\r\u0085\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** Controls and invisible format characters (zero-width spaces and joiners, BOM, bidi marks). */
const DROP_RE = /[\p{Cc}\p{Cf}]/u;
const MARK_RE = /\p{M}/u;

function fold(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp === 0xad) return ''; // a soft hyphen is a line-break hint, not a visible '-'
  if (WIN_ANSI.has(cp)) return ch;
  if (SPACE_RE.test(ch)) return ' ';
  if (ch in REPLACE) return REPLACE[ch]!;
  if (DROP_RE.test(ch)) return '';
  // a letter with marks: keep the first mark WinAnsi can show with the letter (ệ → ê), else the bare letter
  const [base, ...marks] = [...ch.normalize('NFD')];
  if (base && marks.length && !MARK_RE.test(base)) {
    for (const m of marks) {
      const composed = (base + m).normalize('NFC');
      if ([...composed].length === 1 && WIN_ANSI.has(composed.codePointAt(0)!)) return composed;
    }
    if (WIN_ANSI.has(base.codePointAt(0)!)) return base;
    if (base in REPLACE) return REPLACE[base]!;
  }
  // a combining mark left alone: dropped with the letter it was on already folded
  if (MARK_RE.test(ch)) return '';
  return '?';
}

/** The text with every character a standard PDF font can draw (see the head of this file). */
export function toWinAnsi(text: string): string {
  let out = '';
  // NFC first: a letter typed as base + combining accent becomes the one precomposed WinAnsi character
  for (const ch of text.normalize('NFC')) out += fold(ch);
  return out;
}
