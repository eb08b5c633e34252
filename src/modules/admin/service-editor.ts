// The row editors of a service's form fields and requirements. Each row is a group of inputs
// with indexed names (`fields.{i}.labelId`, `reqs.{i}.en`), so the editor works as a plain HTML
// form: "add", "remove" and "move" are submit buttons named `_op` that re-render the form with
// the change and everything typed kept; saving checks every row and names the row that is wrong.
// With JavaScript (public/assets/service-editor.js) the same operations happen without a reload.
import { FORM_FIELD_TYPES, formFieldsSchema, type FormField, type FormFieldType } from '../../domain/catalogue/service';
import type { FormValues } from '../../../templates/_partials/form-fields';
import type { FormInput } from '../../platform/http/form';
import { MAX_ROWS, type EditorList } from '../../domain/catalogue/editor-rows';
import { msg, type Msg } from '../../platform/i18n/lang';
import { checkText, required, type FieldErrors } from './validation';

/** A form-field row as typed: every part a string, the required box ticked or not. */
export interface FieldDraft {
  name: string;
  type: string;
  required: boolean;
  labelId: string;
  labelEn: string;
  helpId: string;
  helpEn: string;
  /** one choice per line: `value | Indonesian | English` */
  options: string;
  maxLength: string;
  min: string;
  max: string;
}

export interface RequirementDraft {
  id: string;
  en: string;
}


/** Index numbers above this are ignored: a crafted form cannot make the server build huge lists. */
const MAX_INDEX = 200;

const FIELD_PARTS = ['name', 'type', 'required', 'labelId', 'labelEn', 'helpId', 'helpEn', 'options', 'maxLength', 'min', 'max'] as const;

const blankField = (): FieldDraft => ({
  name: '',
  type: 'text',
  required: false,
  labelId: '',
  labelEn: '',
  helpId: '',
  helpEn: '',
  options: '',
  maxLength: '',
  min: '',
  max: '',
});

const blankRequirement = (): RequirementDraft => ({ id: '', en: '' });

/** The row numbers a list was sent with, in their order on the page. */
function indexesOf(form: FormInput, list: EditorList): number[] {
  const re = new RegExp(`^${list}\\.(\\d{1,3})\\.`);
  const seen = new Set<number>();
  for (const key of Object.keys(form.values())) {
    const m = re.exec(key);
    if (m && Number(m[1]) <= MAX_INDEX) seen.add(Number(m[1]));
  }
  return [...seen].sort((a, b) => a - b);
}

export function readFieldDrafts(form: FormInput): FieldDraft[] {
  return indexesOf(form, 'fields').map((i) => {
    const at = (part: string) => form.text(`fields.${i}.${part}`);
    return {
      name: at('name').trim(),
      type: at('type').trim() || 'text',
      required: form.checked(`fields.${i}.required`),
      labelId: at('labelId').trim(),
      labelEn: at('labelEn').trim(),
      helpId: at('helpId').trim(),
      helpEn: at('helpEn').trim(),
      options: at('options'),
      maxLength: at('maxLength').trim(),
      min: at('min').trim(),
      max: at('max').trim(),
    };
  });
}

export function readRequirementDrafts(form: FormInput): RequirementDraft[] {
  return indexesOf(form, 'reqs').map((i) => ({ id: form.trimmed(`reqs.${i}.id`), en: form.trimmed(`reqs.${i}.en`) }));
}

const numberText = (n: number | undefined) => (n === undefined ? '' : String(n));

export function fieldToDraft(f: FormField): FieldDraft {
  return {
    name: f.name,
    type: f.type,
    required: f.required,
    labelId: f.label.id,
    labelEn: f.label.en,
    helpId: f.help?.id ?? '',
    helpEn: f.help?.en ?? '',
    options: (f.options ?? []).map((o) => `${o.value} | ${o.label.id} | ${o.label.en}`).join('\n'),
    maxLength: numberText(f.maxLength),
    min: numberText(f.min),
    max: numberText(f.max),
  };
}

/** The rows as form values, numbered 0… in their order: what the page shows back. */
export function draftsToValues(fields: readonly FieldDraft[], reqs: readonly RequirementDraft[]): FormValues {
  const out: FormValues = {};
  fields.forEach((d, i) => {
    for (const part of FIELD_PARTS) {
      if (part === 'required') {
        if (d.required) out[`fields.${i}.required`] = '1';
      } else out[`fields.${i}.${part}`] = d[part];
    }
  });
  reqs.forEach((r, i) => {
    out[`reqs.${i}.id`] = r.id;
    out[`reqs.${i}.en`] = r.en;
  });
  return out;
}

/** Every value of the form except the rows', which are shown back from their drafts. */
function valuesWithoutRows(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !/^(fields|reqs)\./.test(k) && k !== '_op'));
}

// ---------------------------------------------------------------- operations

export interface EditorOp {
  list: EditorList;
  /** `preview`: the form and its preview drawn again as typed (the editor's script asks for it) */
  action: 'add' | 'remove' | 'up' | 'down' | 'preview';
  index: number;
}

/** `fields.add`, `reqs.remove.2`, `fields.up.1`, `preview`; anything else is not an editor operation. */
export function parseOp(raw: string): EditorOp | null {
  if (raw.trim() === 'preview') return { list: 'fields', action: 'preview', index: -1 };
  const m = /^(fields|reqs)\.(add|remove|up|down)(?:\.(\d{1,3}))?$/.exec(raw.trim());
  if (!m) return null;
  const action = m[2] as EditorOp['action'];
  if (action !== 'add' && m[3] === undefined) return null;
  return { list: m[1] as EditorList, action, index: m[3] === undefined ? -1 : Number(m[3]) };
}

/** The list after one operation; an operation on a row that is not there changes nothing. */
export function applyOp<T>(rows: readonly T[], op: EditorOp, blank: () => T): T[] {
  const out = [...rows];
  const i = op.index;
  switch (op.action) {
    case 'add':
      if (out.length < MAX_ROWS[op.list]) out.push(blank());
      break;
    case 'remove':
      if (i >= 0 && i < out.length) out.splice(i, 1);
      break;
    case 'up':
      if (i > 0 && i < out.length) [out[i - 1], out[i]] = [out[i]!, out[i - 1]!];
      break;
    case 'down':
      if (i >= 0 && i < out.length - 1) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
      break;
    case 'preview':
      break;
  }
  return out;
}

// ---------------------------------------------------------------- checking

const isBlankField = (d: FieldDraft) =>
  !d.name && !d.labelId && !d.labelEn && !d.helpId && !d.helpEn && !d.options.trim() && !d.maxLength && !d.min && !d.max;

const HAS_OPTIONS: ReadonlySet<string> = new Set(['select', 'multiselect']);

/** A number the form definition stores (min, max): decimals allowed, written with a dot. */
function parseNumber(text: string): { value: number | undefined; error: Msg | null } {
  if (!text) return { value: undefined, error: null };
  if (!/^-?\d{1,12}(\.\d{1,6})?$/.test(text))
    return { value: undefined, error: msg('Isi dengan angka, desimal memakai titik (misalnya 2.5).', 'Enter a number, decimals with a dot (e.g. 2.5).') };
  return { value: Number(text), error: null };
}

/** The choices of a select, one per line `value | Indonesian | English`; errors name the line. */
export function parseOptions(text: string): { value: { value: string; label: Msg }[]; error: Msg | null } {
  const out: { value: string; label: Msg }[] = [];
  const lines = text.split(/\r?\n/).map((l, i) => ({ l: l.trim(), n: i + 1 }));
  for (const { l, n } of lines) {
    if (!l) continue;
    const parts = l.split('|').map((s) => s.trim());
    if (parts.length !== 3 || parts.some((s) => !s))
      return {
        value: [],
        error: msg(
          `Pilihan baris ${n}: tulis "nilai | Label Indonesia | English label", ketiganya terisi.`,
          `Choice line ${n}: write "value | Label Indonesia | English label", all three filled in.`,
        ),
      };
    const [value, id, en] = parts as [string, string, string];
    if (!/^[a-z0-9_-]{1,60}$/.test(value))
      return {
        value: [],
        error: msg(
          `Pilihan baris ${n}: nilai "${value}" hanya huruf kecil, angka, _ atau -, maks. 60.`,
          `Choice line ${n}: the value "${value}" takes only lower-case letters, digits, _ or -, at most 60.`,
        ),
      };
    if (out.some((o) => o.value === value))
      return { value: [], error: msg(`Pilihan baris ${n}: nilai "${value}" sudah dipakai.`, `Choice line ${n}: the value "${value}" is used twice.`) };
    const tooLong = checkText(id, { max: 500 }) ?? checkText(en, { max: 500 });
    if (tooLong) return { value: [], error: msg(`Pilihan baris ${n}: ${tooLong.id}`, `Choice line ${n}: ${tooLong.en}`) };
    out.push({ value, label: { id, en } });
  }
  if (out.length > 100) return { value: [], error: msg('Maksimal 100 pilihan.', 'At most 100 choices.') };
  return { value: out, error: null };
}

/** One row on its own: the field it defines, or the messages keyed by its inputs. */
function checkFieldRow(d: FieldDraft, i: number): { field: FormField | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const key = (part: string) => `fields.${i}.${part}`;
  if (!d.name) errors[key('name')] = required;
  else if (!/^[a-z][a-z0-9_]{0,39}$/.test(d.name))
    errors[key('name')] = msg(
      'Huruf kecil, angka atau garis bawah, diawali huruf, maks. 40 karakter (contoh: luas_bangunan).',
      'Lower-case letters, digits or underscores, starting with a letter, at most 40 (e.g. floor_area).',
    );
  if (!(FORM_FIELD_TYPES as readonly string[]).includes(d.type))
    errors[key('type')] = msg(`Jenis harus salah satu dari: ${FORM_FIELD_TYPES.join(', ')}.`, `The type must be one of: ${FORM_FIELD_TYPES.join(', ')}.`);
  for (const part of ['labelId', 'labelEn'] as const) {
    const e = checkText(d[part], { max: 500 });
    if (e) errors[key(part)] = e;
  }
  if (d.helpId || d.helpEn) {
    for (const part of ['helpId', 'helpEn'] as const) {
      const e = d[part]
        ? checkText(d[part], { max: 500 })
        : msg('Isi petunjuk dalam kedua bahasa, atau kosongkan keduanya.', 'Give the help text in both languages, or leave both empty.');
      if (e) errors[key(part)] = e;
    }
  }
  let options: { value: string; label: Msg }[] | undefined;
  if (HAS_OPTIONS.has(d.type)) {
    const o = parseOptions(d.options);
    if (o.error) errors[key('options')] = o.error;
    else if (!o.value.length)
      errors[key('options')] = msg('Jenis pilihan memerlukan paling sedikit satu pilihan.', 'A choice field needs at least one choice.');
    else options = o.value;
  } else if (d.options.trim())
    errors[key('options')] = msg(
      'Daftar pilihan hanya untuk jenis select dan multiselect: kosongkan, atau ubah jenisnya.',
      'Choices are only for the select and multiselect types: empty them, or change the type.',
    );
  let maxLength: number | undefined;
  if (d.maxLength) {
    if (/^\d{1,5}$/.test(d.maxLength) && Number(d.maxLength) >= 1 && Number(d.maxLength) <= 10000) maxLength = Number(d.maxLength);
    else errors[key('maxLength')] = msg('Harus bilangan bulat antara 1 dan 10000.', 'Must be a whole number between 1 and 10000.');
  }
  const min = parseNumber(d.min);
  if (min.error) errors[key('min')] = min.error;
  const max = parseNumber(d.max);
  if (max.error) errors[key('max')] = max.error;
  if (min.value !== undefined && max.value !== undefined && min.value > max.value)
    errors[key('min')] = msg('Nilai terkecil melebihi nilai terbesar.', 'The minimum is above the maximum.');
  if (Object.keys(errors).length) return { field: null, errors };
  const field: FormField = {
    name: d.name,
    label: { id: d.labelId, en: d.labelEn },
    type: d.type as FormFieldType,
    required: d.required,
  };
  if (options) field.options = options;
  if (maxLength !== undefined) field.maxLength = maxLength;
  if (min.value !== undefined) field.min = min.value;
  if (max.value !== undefined) field.max = max.value;
  if (d.helpId) field.help = { id: d.helpId, en: d.helpEn };
  return { field, errors };
}

/** Every row checked, blank rows left out; a name used twice is wrong on its second row. */
export function checkFieldDrafts(drafts: readonly FieldDraft[]): { value: FormField[]; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const value: FormField[] = [];
  const names = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (isBlankField(d)) return;
    const r = checkFieldRow(d, i);
    Object.assign(errors, r.errors);
    const first = names.get(d.name);
    if (d.name && first !== undefined)
      errors[`fields.${i}.name`] = msg(`Nama ini sudah dipakai kolom ${first + 1}.`, `This name is already used by field ${first + 1}.`);
    else if (d.name) names.set(d.name, i);
    if (r.field) value.push(r.field);
  });
  if (value.length > MAX_ROWS.fields) errors['fields'] = msg(`Maksimal ${MAX_ROWS.fields} kolom.`, `At most ${MAX_ROWS.fields} fields.`);
  // the catalogue's own schema is the last word on what a definition may hold
  if (!Object.keys(errors).length && !formFieldsSchema.safeParse(value).success)
    errors['fields'] = msg('Definisi formulir tidak sah.', 'The form definition is not valid.');
  return { value, errors };
}

export function checkRequirementDrafts(drafts: readonly RequirementDraft[]): { value: Msg[]; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const value: Msg[] = [];
  drafts.forEach((r, i) => {
    if (!r.id && !r.en) return;
    const eId = checkText(r.id, { max: 500 });
    const eEn = checkText(r.en, { max: 500 });
    if (eId) errors[`reqs.${i}.id`] = eId;
    if (eEn) errors[`reqs.${i}.en`] = eEn;
    if (!eId && !eEn) value.push({ id: r.id, en: r.en });
  });
  if (value.length > MAX_ROWS.reqs) errors['reqs'] = msg(`Maksimal ${MAX_ROWS.reqs} persyaratan.`, `At most ${MAX_ROWS.reqs} requirements.`);
  return { value, errors };
}

/** What the preview shows while the admin edits: the rows that are already valid, in order. */
export function previewOf(fields: readonly FieldDraft[], reqs: readonly RequirementDraft[]): { fields: FormField[]; requirements: Msg[] } {
  const names = new Set<string>();
  const out: FormField[] = [];
  fields.forEach((d, i) => {
    if (isBlankField(d)) return;
    const r = checkFieldRow(d, i);
    if (r.field && !names.has(r.field.name)) {
      names.add(r.field.name);
      out.push(r.field);
    }
  });
  return { fields: out, requirements: reqs.filter((r) => r.id && r.en && !checkText(r.id, { max: 500 }) && !checkText(r.en, { max: 500 })) };
}

/** The form shown back: everything as typed, the rows renumbered 0… after the operation (if any). */
export function editorValues(form: FormInput, op: EditorOp | null): FormValues {
  let fields = readFieldDrafts(form);
  let reqs = readRequirementDrafts(form);
  if (op?.list === 'fields') fields = applyOp(fields, op, blankField);
  if (op?.list === 'reqs') reqs = applyOp(reqs, op, blankRequirement);
  return { ...valuesWithoutRows(form.values()), ...draftsToValues(fields, reqs) };
}
