// A permit application's answers, checked against its permit type's form definition
// (src/domain/catalogue/service.ts FormField: data an admin edits, not code). The form and the
// JSON API send the same answers — the form as text, the API as typed JSON — and both are checked
// here, by the same definition the API's schema is generated from (answersJsonSchema), so what the
// OpenAPI document promises and what the server accepts cannot drift apart.
//
// Every problem is reported on its own field, Indonesian first, and nothing the applicant typed is
// lost: the caller keeps the raw answers to fill the form again. An answer to a field the type does
// not define is refused by name, never silently dropped (an applicant, or a client written against
// an older definition, must learn that it was not read).
import type { FormField } from '../catalogue/service';
import { checkText } from '../text/input-text';
import type { Msg } from '../../platform/i18n/lang';

/** A checked answer: text, a number, a calendar date 'YYYY-MM-DD', or the chosen option values. */
export type AnswerValue = string | number | string[];

/** The answers a field kind keeps; file fields are answered by attachments, not here. */
export type Answers = Record<string, AnswerValue>;

/**
 * Documents of one application at most (each field at most its own `max`, and 5, the attachment
 * rules' limit per submission): ten PDFs of 5 MB fit the route's body limit with room to spare.
 */
export const PERMIT_DOCUMENTS_MAX = 10;

/** The HTML form's names: `answers.{field}` for an answer, `dokumen.{field}` for a document field's files. */
export const answerName = (field: string) => `answers.${field}`;
export const documentName = (field: string) => `dokumen.${field}`;

/** Default and hard limits where a definition sets none: the same caps as a complaint's description. */
export const TEXT_MAX = 200;
export const TEXTAREA_MAX = 4000;
/** Numbers stay exact as JSON numbers and in SQLite REAL: no more than 15 significant digits. */
const NUMBER_RE = /^-?\d{1,15}(?:[.,]\d{1,6})?$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type AnswersCheck = { ok: true; values: Answers } | { ok: false; errors: Record<string, Msg> };

/** What the applicant sent: strings from a form, strings/numbers/arrays from JSON. */
export type RawAnswers = Readonly<Record<string, unknown>>;

const fieldLabel = (f: FormField): Msg => f.label;

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

function required(f: FormField): Msg {
  return { id: `${f.label.id} wajib diisi.`, en: `${f.label.en} is required.` };
}

function wrongType(f: FormField, what: Msg): Msg {
  return { id: `${f.label.id} harus berupa ${what.id}.`, en: `${f.label.en} must be ${what.en}.` };
}

/** A number as typed by a person (decimal comma or point) or sent in JSON; null when it is none. */
export function parseNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (!NUMBER_RE.test(s)) return null;
  return Number(s.replace(',', '.'));
}

/** A real calendar date 'YYYY-MM-DD' (no 31 February), years 1900–2100. */
export function parseDate(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const m = DATE_RE.exec(v.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days ? m[0] : null;
}

const fmt = (n: number) => ({ id: String(n).replace('.', ','), en: String(n) });

function checkNumber(f: FormField, v: unknown): { ok: true; value: number } | { ok: false; error: Msg } {
  const n = parseNumber(v);
  if (n === null) return { ok: false, error: wrongType(f, { id: 'angka (mis. 120 atau 12,5)', en: 'a number (e.g. 120 or 12.5)' }) };
  if (f.min !== undefined && n < f.min)
    return { ok: false, error: { id: `${f.label.id} paling kecil ${fmt(f.min).id}.`, en: `${f.label.en} must be at least ${fmt(f.min).en}.` } };
  if (f.max !== undefined && n > f.max)
    return { ok: false, error: { id: `${f.label.id} paling besar ${fmt(f.max).id}.`, en: `${f.label.en} must be at most ${fmt(f.max).en}.` } };
  return { ok: true, value: n };
}

function optionValues(f: FormField): string[] {
  return (f.options ?? []).map((o) => o.value);
}

function checkChoice(f: FormField, v: unknown): { ok: true; value: string } | { ok: false; error: Msg } {
  if (typeof v !== 'string' || !optionValues(f).includes(v))
    return { ok: false, error: { id: `Pilih salah satu pilihan untuk ${f.label.id}.`, en: `Choose one of the options for ${f.label.en}.` } };
  return { ok: true, value: v };
}

function checkChoices(f: FormField, v: unknown): { ok: true; value: string[] } | { ok: false; error: Msg } {
  const list = Array.isArray(v) ? v : [v];
  const allowed = optionValues(f);
  if (!list.every((x): x is string => typeof x === 'string' && allowed.includes(x)))
    return { ok: false, error: { id: `${f.label.id}: hanya pilihan yang tersedia.`, en: `${f.label.en}: only the options offered.` } };
  const distinct = [...new Set(list)];
  if (distinct.length !== list.length)
    return { ok: false, error: { id: `${f.label.id}: setiap pilihan hanya sekali.`, en: `${f.label.en}: each option once.` } };
  // for a multiple choice, min/max count the options chosen
  if (f.min !== undefined && distinct.length < f.min)
    return { ok: false, error: { id: `${f.label.id}: pilih minimal ${f.min}.`, en: `${f.label.en}: choose at least ${f.min}.` } };
  if (f.max !== undefined && distinct.length > f.max)
    return { ok: false, error: { id: `${f.label.id}: pilih paling banyak ${f.max}.`, en: `${f.label.en}: choose at most ${f.max}.` } };
  // stored in the definition's order, so the same choice reads the same however it was sent
  return { ok: true, value: allowed.filter((a) => distinct.includes(a)) };
}

function checkOne(f: FormField, v: unknown): { ok: true; value: AnswerValue } | { ok: false; error: Msg } {
  switch (f.type) {
    case 'number':
      return checkNumber(f, v);
    case 'date': {
      const d = parseDate(v);
      if (d === null) return { ok: false, error: wrongType(f, { id: 'tanggal yang benar (TTTT-BB-HH)', en: 'a real date (YYYY-MM-DD)' }) };
      return { ok: true, value: d };
    }
    case 'select':
      return checkChoice(f, v);
    case 'multiselect':
      return checkChoices(f, v);
    case 'text':
    case 'email':
    case 'tel':
    case 'textarea': {
      if (typeof v !== 'string') return { ok: false, error: wrongType(f, { id: 'teks', en: 'text' }) };
      const max = f.maxLength ?? (f.type === 'textarea' ? TEXTAREA_MAX : TEXT_MAX);
      const r = checkText(v, fieldLabel(f), { max, oneLine: f.type !== 'textarea' });
      return r.ok ? { ok: true, value: r.value } : r;
    }
    case 'file':
      return { ok: false, error: { id: `${f.label.id} dilampirkan sebagai berkas.`, en: `${f.label.en} is attached as a file.` } };
  }
}

/**
 * Checks every answer against the definition. `filesByField` counts the documents attached to
 * each file field (their bytes and types are checked by the attachment rules, src/domain/cases/files.ts).
 */
export function checkAnswers(fields: readonly FormField[], raw: RawAnswers, filesByField: Readonly<Record<string, number>> = {}): AnswersCheck {
  const errors: Record<string, Msg> = {};
  const values: Answers = {};
  const known = new Set(fields.map((f) => f.name));
  for (const name of Object.keys(raw)) {
    if (!known.has(name) && !isBlank(raw[name]))
      errors[name] = {
        id: `Isian "${name}" tidak ada pada formulir izin ini; hapus isian itu.`,
        en: `The field "${name}" is not part of this permit's form; remove it.`,
      };
  }
  for (const f of fields) {
    if (f.type === 'file') {
      const n = filesByField[f.name] ?? 0;
      if (n === 0 && f.required) errors[f.name] = { id: `Lampirkan ${f.label.id}.`, en: `Attach ${f.label.en}.` };
      else if (f.max !== undefined && n > f.max)
        errors[f.name] = { id: `${f.label.id}: paling banyak ${f.max} berkas.`, en: `${f.label.en}: at most ${f.max} files.` };
      continue;
    }
    const v = raw[f.name];
    if (isBlank(v)) {
      if (f.required) errors[f.name] = required(f);
      continue;
    }
    const r = checkOne(f, v);
    if (r.ok) values[f.name] = r.value;
    else errors[f.name] = r.error;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values };
}

/** The fields whose answers (or documents) a revision request names that the resubmission did not change. */
export function unchangedItems(requested: readonly string[], before: Answers, after: Answers, filesChanged: ReadonlySet<string>): string[] {
  const same = (a: AnswerValue | undefined, b: AnswerValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return requested.filter((name) => !filesChanged.has(name) && same(before[name], after[name]));
}

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (2020-12, as OpenAPI 3.1 uses it) of a type's answers: the same limits
 * checkAnswers applies, for the API document and for clients. Lengths are code points in both.
 */
export function answersJsonSchema(fields: readonly FormField[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const requiredNames: string[] = [];
  for (const f of fields) {
    if (f.type === 'file') continue; // documents go to the attachments endpoint
    const description = `${f.label.id} / ${f.label.en}`;
    let s: JsonSchema;
    switch (f.type) {
      case 'number':
        s = { type: 'number', ...(f.min !== undefined && { minimum: f.min }), ...(f.max !== undefined && { maximum: f.max }) };
        break;
      case 'date':
        s = { type: 'string', format: 'date' };
        break;
      case 'select':
        s = { type: 'string', enum: optionValues(f) };
        break;
      case 'multiselect':
        s = {
          type: 'array',
          items: { type: 'string', enum: optionValues(f) },
          uniqueItems: true,
          ...(f.min !== undefined && { minItems: f.min }),
          ...(f.max !== undefined && { maxItems: f.max }),
        };
        break;
      default:
        s = { type: 'string', maxLength: f.maxLength ?? (f.type === 'textarea' ? TEXTAREA_MAX : TEXT_MAX) };
    }
    properties[f.name] = { ...s, description };
    if (f.required) requiredNames.push(f.name);
  }
  return { type: 'object', properties, required: requiredNames, additionalProperties: false };
}
