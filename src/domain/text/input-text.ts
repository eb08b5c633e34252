// The one way text a person submits (citizen or staff, form or API) is normalised and measured
// before any rule looks at it.
//
// - Line breaks: browsers send CR LF (the HTML form-submission rules); old clients a lone CR.
//   Both become LF, so a message reads and counts the same whichever way it came.
// - Control characters other than tab and line feed are refused with a message naming the
//   character, never stripped: a NUL cut stored text short ("Ab\u0000 …" read back as "Ab"), ESC
//   sequences rewrite terminals reading logs, and a silent change would store something the
//   person did not write. Lone surrogates (an unpaired half of a UTF-16 pair, possible in JSON)
//   are not characters at all and are refused the same way.
// - Lengths are Unicode code points: what JSON Schema's minLength/maxLength count (JSON Schema
//   2020-12 validation §6.3), so the limits in the OpenAPI document and here agree, and an emoji
//   is one character, not two.
import type { Msg } from '../../platform/i18n/lang';

/** A field's name in a sentence: `{ id: 'Judul', en: 'The title' }`. */
export type FieldLabel = Msg;

const THIS_FIELD: FieldLabel = { id: 'Isian ini', en: 'This field' };

/** Unicode code points, as JSON Schema counts a string's length. */
export function charLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    n++;
    const unit = s.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return n;
}

/** CR LF and lone CR → LF. */
export function normaliseLineBreaks(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

// \p{Cc}: C0 controls, DEL, C1 controls; \p{Cs} under the u flag matches only an unpaired surrogate.
const NOT_ALLOWED = /(?![\t\n])[\p{Cc}\p{Cs}]/u;

function codePointName(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The problem with the characters of `value` (already line-normalised), or null. */
export function characterProblem(value: string, label: FieldLabel = THIS_FIELD): Msg | null {
  const m = NOT_ALLOWED.exec(value);
  if (!m) return null;
  const name = codePointName(m[0]);
  if (/\p{Cs}/u.test(m[0]))
    return {
      id: `${label.id} berisi karakter yang rusak (${name}, setengah pasangan surrogate). Ketik ulang teks di sekitarnya, lalu kirim lagi.`,
      en: `${label.en} contains a broken character (${name}, half of a surrogate pair). Retype the text around it, then send again.`,
    };
  return {
    id: `${label.id} berisi karakter kendali yang tidak diizinkan (${name}). Hapus karakter itu, lalu kirim lagi.`,
    en: `${label.en} contains a control character that is not allowed (${name}). Remove it, then send again.`,
  };
}

export type TextResult = { ok: true; value: string } | { ok: false; error: Msg };

export interface TextRules {
  /** at least this many characters when not empty (default 1) */
  min?: number;
  max: number;
  /** an empty value is an error (default true) */
  required?: boolean;
  /** runs of white space (line breaks too) become one space: titles, names, addresses */
  oneLine?: boolean;
}

/**
 * Normalises submitted text (line breaks, surrounding white space) and checks its characters and
 * its length in characters. Messages name the field and, when too long, the current length.
 */
export function checkText(raw: string, label: FieldLabel, rules: TextRules): TextResult {
  const lines = normaliseLineBreaks(raw);
  const bad = characterProblem(lines, label);
  if (bad) return { ok: false, error: bad };
  const value = rules.oneLine ? lines.trim().replace(/\s+/g, ' ') : lines.trim();
  if (!value) {
    if (rules.required === false) return { ok: true, value };
    return { ok: false, error: { id: `${label.id} wajib diisi.`, en: `${label.en} is required.` } };
  }
  const n = charLength(value);
  const min = rules.min ?? 1;
  if (n < min)
    return { ok: false, error: { id: `${label.id} minimal ${min} karakter.`, en: `${label.en} needs at least ${min} characters.` } };
  if (n > rules.max)
    return {
      ok: false,
      error: {
        id: `${label.id} paling banyak ${rules.max} karakter (sekarang ${n}).`,
        en: `${label.en} may have at most ${rules.max} characters (now ${n}).`,
      },
    };
  return { ok: true, value };
}

/**
 * For validators that word their own length rule ("Judul 3–150 karakter."): the character
 * problem first, else `outside` when the length in characters is not within [min, max], else null.
 */
export function rangeProblem(value: string, min: number, max: number, label: FieldLabel, outside: Msg): Msg | null {
  const bad = characterProblem(value, label);
  if (bad) return bad;
  const n = charLength(value);
  return n < min || n > max ? outside : null;
}
