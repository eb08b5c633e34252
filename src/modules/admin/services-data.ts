// The service catalogue as admins edit it: complaint categories and permit types, their
// requirements, form fields and response templates.
import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { responseTemplates, services, units } from '../../db/schema';
import { isFeeKind, type FeeKind } from '../../domain/catalogue/fee';
import { checkStagePlan, PERMIT_STAGES, PERMIT_TOTAL_MIN_DAYS } from '../../domain/permits/stages';
import {
  formFieldsSchema,
  parseStoredJson,
  requirementsSchema,
  SERVICE_KINDS,
  type FormField,
  type ServiceKind,
} from '../../domain/catalogue/service';
import type { FormValues } from '../../../templates/_partials/form-fields';
import type { FormInput } from '../../platform/http/form';
import { msg, type Msg } from '../../platform/i18n/lang';
import { checkText, parseWhole, type FieldErrors } from './validation';

export type ServiceRow = typeof services.$inferSelect;

export async function listServicesForAdmin(db: Db) {
  return db
    .select({ s: services, unitCode: units.code })
    .from(services)
    .innerJoin(units, eq(units.id, services.unitId))
    .orderBy(asc(services.kind), asc(services.sortOrder), asc(services.nameId));
}

export async function findService(db: Db, id: number): Promise<ServiceRow | null> {
  const [s] = await db.select().from(services).where(eq(services.id, id)).limit(1);
  return s ?? null;
}

export const SERVICE_CODE_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface ServiceInput {
  kind: ServiceKind;
  code: string;
  nameId: string;
  nameEn: string;
  descriptionId: string;
  descriptionEn: string;
  unitId: number;
  slaDays: number;
  firstResponseDays: number;
  fee: number;
  feeKind: FeeKind;
  feeBasis: string | null;
  feeOtherId: string;
  feeOtherEn: string;
  legalBasis: string | null;
  validityMonths: number | null;
  requirements: string;
  formFields: string;
  /** permits: JSON working days per stage, or null for the default split */
  stagePlan: string | null;
  active: boolean;
  sortOrder: number;
}

/** "Indonesian | English", one per line, into {id, en} pairs; errors name the line. */
export function parseRequirements(text: string): { value: { id: string; en: string }[]; error: Msg | null } {
  const lines = text
    .split(/\r?\n/)
    .map((l, i) => ({ l: l.trim(), n: i + 1 }))
    .filter((x) => x.l);
  const out: { id: string; en: string }[] = [];
  for (const { l, n } of lines) {
    const parts = l.split('|');
    if (parts.length !== 2)
      return {
        value: [],
        error: msg(
          `Baris ${n}: tulis "teks Indonesia | English text" dengan tepat satu tanda |.`,
          `Line ${n}: write "teks Indonesia | English text" with exactly one | sign.`,
        ),
      };
    const id = parts[0]!.trim();
    const en = parts[1]!.trim();
    if (!id || !en)
      return {
        value: [],
        error: msg(`Baris ${n}: bagian ${id ? 'bahasa Inggris' : 'bahasa Indonesia'} kosong.`, `Line ${n}: the ${id ? 'English' : 'Indonesian'} part is empty.`),
      };
    if (id.length > 500 || en.length > 500)
      return { value: [], error: msg(`Baris ${n}: maksimal 500 karakter per bahasa.`, `Line ${n}: at most 500 characters per language.`) };
    out.push({ id, en });
  }
  if (out.length > 40) return { value: [], error: msg('Maksimal 40 persyaratan.', 'At most 40 requirements.') };
  return { value: out, error: null };
}

export function requirementsToText(json: string): string {
  return parseStoredJson(json, requirementsSchema, [])
    .map((r) => `${r.id} | ${r.en}`)
    .join('\n');
}

/** The value at a zod issue path in the parsed JSON (zod 4 does not report the input itself). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

/** One zod issue as a bilingual sentence that names the field it is about. */
function describeIssue(issue: z.core.$ZodIssue, fields: unknown): Msg {
  const path = issue.path;
  const index = typeof path[0] === 'number' ? path[0] : null;
  const rest = path.slice(index === null ? 0 : 1).map(String).join('.');
  let where: Msg;
  if (index === null) where = msg('Daftar kolom', 'The field list');
  else {
    const item = Array.isArray(fields) ? (fields[index] as { name?: unknown } | undefined) : undefined;
    const nm = item && typeof item.name === 'string' && item.name ? ` "${item.name}"` : '';
    where = msg(`Kolom ke-${index + 1}${nm}`, `Field #${index + 1}${nm}`);
  }
  const prop = rest ? ` → ${rest}` : '';
  let what: Msg;
  switch (issue.code) {
    case 'invalid_type':
      what =
        valueAt(fields, path) === undefined
          ? msg('wajib ada', 'is required')
          : msg(`jenis nilai salah (harus ${issue.expected})`, `has the wrong type (expected ${issue.expected})`);
      break;
    case 'invalid_value':
      what = msg(
        `harus salah satu dari: ${issue.values.map(String).join(', ')}`,
        `must be one of: ${issue.values.map(String).join(', ')}`,
      );
      break;
    case 'invalid_format':
      what =
        rest === 'name'
          ? msg(
              'harus huruf kecil/angka/garis bawah, diawali huruf, maks. 40 karakter (contoh: luas_bangunan)',
              'must be lower-case letters, digits or underscores, starting with a letter, at most 40 (e.g. floor_area)',
            )
          : msg('formatnya tidak sah', 'has an invalid format');
      break;
    case 'too_small':
      what = issue.origin === 'string' ? msg('tidak boleh kosong', 'must not be empty') : msg(`terlalu kecil (min. ${String(issue.minimum)})`, `is too small (min. ${String(issue.minimum)})`);
      break;
    case 'too_big':
      what = msg(`terlalu besar/panjang (maks. ${String(issue.maximum)})`, `is too big/long (max. ${String(issue.maximum)})`);
      break;
    case 'unrecognized_keys':
      what = msg(`memiliki kunci tak dikenal: ${issue.keys.join(', ')}`, `has unknown keys: ${issue.keys.join(', ')}`);
      break;
    case 'custom':
      what = issue.message.startsWith('duplicate')
        ? msg('nama kolom dipakai lebih dari sekali', 'the field name is used more than once')
        : issue.message.startsWith('select')
          ? msg('jenis select memerlukan daftar options', 'a select needs a list of options')
          : msg(issue.message, issue.message);
      break;
    default:
      what = msg(issue.message, issue.message);
  }
  return msg(`${where.id}${prop}: ${what.id}.`, `${where.en}${prop}: ${what.en}.`);
}

/** The form-field JSON: parsed and checked with the catalogue's own schema. */
export function parseFormFields(text: string): { value: FormField[]; error: Msg | null } {
  const trimmed = text.trim();
  if (!trimmed) return { value: [], error: null };
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (e) {
    const detail = e instanceof Error ? e.message : '';
    return {
      value: [],
      error: msg(
        `Bukan JSON yang sah (${detail}). Periksa koma, tanda kutip ganda dan kurung.`,
        `Not valid JSON (${detail}). Check commas, double quotes and brackets.`,
      ),
    };
  }
  if (!Array.isArray(data))
    return { value: [], error: msg('Harus berupa daftar JSON: [ {...}, {...} ].', 'Must be a JSON list: [ {...}, {...} ].') };
  const parsed = formFieldsSchema.safeParse(data);
  if (parsed.success) return { value: parsed.data as FormField[], error: null };
  const msgs = parsed.error.issues.slice(0, 3).map((i) => describeIssue(i, data));
  const more = parsed.error.issues.length > 3 ? parsed.error.issues.length - 3 : 0;
  return {
    value: [],
    error: msg(
      msgs.map((m) => m.id).join(' ') + (more ? ` (dan ${more} masalah lain)` : ''),
      msgs.map((m) => m.en).join(' ') + (more ? ` (and ${more} more)` : ''),
    ),
  };
}

export function validateService(
  form: FormInput,
  ctx: { codeTaken: boolean; unitIds: ReadonlySet<number>; existing: ServiceRow | null },
): { input: ServiceInput | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const ex = ctx.existing;

  // kind and code are fixed once created: the code is in public URLs and printed on paper
  const kind = ex ? ex.kind : form.trimmed('kind');
  if (!(SERVICE_KINDS as readonly string[]).includes(kind))
    errors['kind'] = msg('Pilih jenis: kategori pengaduan atau jenis izin.', 'Choose a kind: complaint category or permit type.');
  const code = ex ? ex.code : form.trimmed('code');
  if (!ex) {
    const e = checkText(code, { min: 2, max: 60 });
    if (e) errors['code'] = e;
    else if (!SERVICE_CODE_RE.test(code))
      errors['code'] = msg(
        'Hanya huruf kecil a–z, angka dan tanda hubung di antaranya, misalnya jalan-rusak.',
        'Only lower-case letters a–z, digits and hyphens between them, e.g. jalan-rusak.',
      );
    else if (ctx.codeTaken) errors['code'] = msg(`Kode ${code} sudah dipakai layanan lain.`, `Code ${code} is already used by another service.`);
  }

  const text = (name: string, o: { min?: number; max: number; required?: boolean }) => {
    const val = form.trimmed(name);
    const e = checkText(val, o);
    if (e) errors[name] = e;
    return val;
  };
  const nameId = text('nameId', { min: 3, max: 200 });
  const nameEn = text('nameEn', { min: 3, max: 200 });
  const descriptionId = text('descriptionId', { max: 2000, required: false });
  const descriptionEn = text('descriptionEn', { max: 2000, required: false });
  const legalBasis = text('legalBasis', { max: 1000, required: false });
  // the fee as data with its legal basis (issue 13.9); an assessed fee is set per case, so its amount stays 0
  const feeKindRaw = form.trimmed('feeKind') || 'fixed';
  if (!isFeeKind(feeKindRaw))
    errors['feeKind'] = msg('Pilih cara penetapan biaya.', 'Choose how the fee is set.');
  const feeBasis = text('feeBasis', { max: 1000, required: false });
  const feeOtherId = text('feeOtherId', { max: 1000, required: false });
  const feeOtherEn = text('feeOtherEn', { max: 1000, required: false });
  if (feeOtherEn && !feeOtherId)
    errors['feeOtherId'] = msg('Tulis biaya lain dalam bahasa Indonesia juga.', 'Write the other charges in Indonesian too.');

  const unitRaw = form.trimmed('unitId');
  const unitId = /^\d+$/.test(unitRaw) ? Number(unitRaw) : NaN;
  if (!unitRaw) errors['unitId'] = msg('Pilih unit penanggung jawab.', 'Choose the responsible unit.');
  else if (!ctx.unitIds.has(unitId)) errors['unitId'] = msg('Unit tidak ditemukan atau nonaktif.', 'Unit not found or inactive.');

  const num = (name: string, o: { min: number; max: number; required?: boolean; separators?: boolean }) => {
    const r = parseWhole(form.trimmed(name), o);
    if (r.error) errors[name] = r.error;
    return r.value;
  };
  const slaDays = num('slaDays', { min: 1, max: 365 });
  const firstResponseDays = num('firstResponseDays', { min: 1, max: 30 });
  const fee = num('fee', { min: 0, max: 1_000_000_000_000, separators: true });
  const validityMonths = num('validityMonths', { min: 1, max: 600, required: false });
  const sortOrder = num('sortOrder', { min: 0, max: 9999, required: false });

  // a permit's stages: all four or none (the default split); they add up to its total, at least a day each
  const stageNames = PERMIT_STAGES.map((st) => `stage_${st}`);
  const stageRaw = stageNames.map((n) => form.trimmed(n));
  let stagePlan: string | null = null;
  if (kind === 'permit' && slaDays !== null && slaDays < PERMIT_TOTAL_MIN_DAYS)
    errors['slaDays'] = msg(`Jenis izin paling sedikit ${PERMIT_TOTAL_MIN_DAYS} hari kerja (satu per tahap).`, `A permit type takes at least ${PERMIT_TOTAL_MIN_DAYS} working days (one per stage).`);
  else if (kind === 'permit' && stageRaw.some(Boolean) && slaDays !== null) {
    const plan = Object.fromEntries(PERMIT_STAGES.map((st, i) => [st, /^\d{1,3}$/.test(stageRaw[i]!) ? Number(stageRaw[i]) : null]));
    const problems = checkStagePlan(plan, slaDays);
    for (const [k, m] of Object.entries(problems)) errors[k === 'total' ? 'stage_completeness' : `stage_${k}`] = m;
    if (!Object.keys(problems).length) stagePlan = JSON.stringify(plan);
  }

  const reqs = parseRequirements(form.text('requirements'));
  if (reqs.error) errors['requirements'] = reqs.error;
  const ff = parseFormFields(form.text('formFields'));
  if (ff.error) errors['formFields'] = ff.error;

  if (Object.keys(errors).length) return { input: null, errors };
  return {
    input: {
      kind: kind as ServiceKind,
      code,
      nameId,
      nameEn,
      descriptionId,
      descriptionEn,
      unitId,
      slaDays: slaDays!,
      firstResponseDays: firstResponseDays!,
      fee: feeKindRaw === 'assessed' ? 0 : fee!,
      feeKind: feeKindRaw as FeeKind,
      feeBasis: feeBasis || null,
      feeOtherId,
      feeOtherEn,
      legalBasis: legalBasis || null,
      validityMonths,
      requirements: JSON.stringify(reqs.value),
      formFields: JSON.stringify(ff.value),
      stagePlan,
      active: form.checked('active'),
      sortOrder: sortOrder ?? 0,
    },
    errors,
  };
}

/** The stored stage plan as the four form fields (empty: the default split). */
function stageValues(stored: string | null): FormValues {
  let plan: Record<string, unknown> = {};
  try {
    plan = stored ? (JSON.parse(stored) as Record<string, unknown>) : {};
  } catch {
    plan = {};
  }
  return Object.fromEntries(PERMIT_STAGES.map((st) => [`stage_${st}`, typeof plan[st] === 'number' ? String(plan[st]) : '']));
}

export function serviceToValues(s: ServiceRow): FormValues {
  const fields = parseStoredJson(s.formFields, formFieldsSchema, []);
  return {
    kind: s.kind,
    code: s.code,
    nameId: s.nameId,
    nameEn: s.nameEn,
    descriptionId: s.descriptionId,
    descriptionEn: s.descriptionEn,
    unitId: String(s.unitId),
    slaDays: String(s.slaDays),
    firstResponseDays: String(s.firstResponseDays),
    fee: String(s.fee),
    feeKind: s.feeKind,
    feeBasis: s.feeBasis ?? '',
    feeOtherId: s.feeOtherId,
    feeOtherEn: s.feeOtherEn,
    legalBasis: s.legalBasis ?? '',
    validityMonths: s.validityMonths === null ? '' : String(s.validityMonths),
    requirements: requirementsToText(s.requirements),
    formFields: fields.length ? JSON.stringify(fields, null, 2) : '',
    ...stageValues(s.stagePlan),
    active: s.active ? '1' : '',
    sortOrder: String(s.sortOrder),
  };
}

// ---------------------------------------------------------------- response templates

export type TemplateRow = typeof responseTemplates.$inferSelect;

export async function listTemplates(db: Db, serviceId: number): Promise<TemplateRow[]> {
  return db.select().from(responseTemplates).where(eq(responseTemplates.serviceId, serviceId)).orderBy(asc(responseTemplates.title));
}

export function validateTemplate(form: FormInput): { input: { title: string; body: string } | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const title = form.trimmed('title');
  const te = checkText(title, { min: 3, max: 120 });
  if (te) errors['title'] = te;
  const body = form.trimmed('body');
  const be = checkText(body, { min: 10, max: 4000 });
  if (be) errors['body'] = be;
  if (Object.keys(errors).length) return { input: null, errors };
  return { input: { title, body }, errors };
}
