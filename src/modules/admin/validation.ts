// The checks every admin form repeats: text fields, whole numbers, and a UNIQUE failure turned
// back into a field message. Messages are always a pair (Indonesian, English). Forms are read
// with src/platform/http/form.ts; the validators of each screen live in its *-data.ts.
import { characterProblem, charLength } from '../../domain/text/input-text';
import { msg, type Msg } from '../../platform/i18n/lang';

/** One message per field that is wrong; shown next to the field and in the summary. */
export type FieldErrors = Record<string, Msg>;

export const required = msg('Wajib diisi.', 'Required.');

/** Character and length check (in characters, see input-text.ts) for a text field; an error or null. */
export function checkText(value: string, opts: { min?: number; max: number; required?: boolean }): Msg | null {
  if (!value) return opts.required === false ? null : required;
  const bad = characterProblem(value);
  if (bad) return bad;
  const min = opts.min ?? 1;
  const length = charLength(value);
  if (length < min) return msg(`Minimal ${min} karakter.`, `At least ${min} characters.`);
  if (length > opts.max) return msg(`Maksimal ${opts.max} karakter.`, `At most ${opts.max} characters.`);
  return null;
}

/**
 * A whole number within bounds. Thousand separators (dots, spaces) are accepted, because
 * Indonesians write 150.000 for a hundred and fifty thousand.
 */
export function parseWhole(
  value: string,
  opts: { min: number; max: number; required?: boolean; separators?: boolean },
): { value: number | null; error: Msg | null } {
  if (!value) return { value: null, error: opts.required === false ? null : required };
  const cleaned = opts.separators ? value.replace(/[.\s]/g, '') : value;
  if (!/^-?\d+$/.test(cleaned))
    return { value: null, error: msg('Isi dengan bilangan bulat (angka saja).', 'Enter a whole number (digits only).') };
  const n = Number(cleaned);
  if (!Number.isSafeInteger(n) || n < opts.min || n > opts.max)
    return {
      value: null,
      error: msg(`Harus antara ${opts.min} dan ${opts.max}.`, `Must be between ${opts.min} and ${opts.max}.`),
    };
  return { value: n, error: null };
}

/**
 * True when a write failed on a UNIQUE constraint: two admins saving the same code at the same
 * moment. The form is shown again with the field's message instead of a 500.
 */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    const m = e instanceof Error ? e.message : String(e);
    if (/UNIQUE constraint failed|SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)/i.test(m)) return true;
    e = e instanceof Error ? (e as Error & { cause?: unknown }).cause : undefined;
  }
  return false;
}

/** The errors found on a second look after a UNIQUE failure; never empty, so nothing is lost silently. */
export function conflictErrors(errors: FieldErrors, field: string): FieldErrors {
  return Object.keys(errors).length
    ? errors
    : { [field]: msg('Nilai ini baru saja dipakai data lain. Periksa lalu simpan lagi.', 'This value was just taken by another record. Check it and save again.') };
}
