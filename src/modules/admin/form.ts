// Small helpers shared by the admin forms: reading an urlencoded body, per-field errors and
// the checks every form repeats. Messages are always a pair (Indonesian, English).
import type { Context } from 'hono';
import { characterProblem, charLength } from '../../domain/text/input-text';
import type { AppContext } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { msg, type Msg } from '../../platform/i18n/lang';

/** What the browser sent, as strings: everything is shown back unchanged when a field is wrong. */
export type FormValues = Record<string, string | string[]>;
export type FieldErrors = Record<string, Msg>;

export async function readForm(c: AppContext): Promise<FormValues> {
  const body = await c.req.parseBody({ all: true }).catch(() => ({}) as Record<string, unknown>);
  const out: FormValues = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue;
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

/** The first value of a field, trimmed ('' when absent). */
export function str(v: FormValues, key: string): string {
  const x = v[key];
  const s = Array.isArray(x) ? (x[0] ?? '') : (x ?? '');
  return s.trim();
}

/** The first value of a field, exactly as typed (for textareas whose layout matters). */
export function raw(v: FormValues, key: string): string {
  const x = v[key];
  return Array.isArray(x) ? (x[0] ?? '') : (x ?? '');
}

/** Every value of a repeated field (checkbox groups). */
export function strs(v: FormValues, key: string): string[] {
  const x = v[key];
  return (Array.isArray(x) ? x : x === undefined ? [] : [x]).map((s) => s.trim()).filter(Boolean);
}

export function isChecked(v: FormValues, key: string): boolean {
  const s = str(v, key);
  return s === '1' || s === 'on' || s === 'true';
}

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

/** A positive integer id from the path; anything else is a 404, never a 500. */
export function idParam(c: AppContext, name = 'id'): number {
  const s = c.req.param(name) ?? '';
  if (!/^[1-9]\d{0,9}$/.test(s)) throw new NotFoundError();
  return Number(s);
}

/** Escapes LIKE wildcards so a search for "50%" means the characters 5, 0 and %. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** `{field: {from, to}}` for every field whose value differs: the detail of an "updated" audit entry. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const [k, v] of Object.entries(after)) {
    if (v === undefined) continue;
    const b = before[k];
    if (JSON.stringify(b) !== JSON.stringify(v)) out[k] = { from: b ?? null, to: v ?? null };
  }
  return out;
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
