// The service catalogue as admins edit it: complaint categories and permit types, their
// requirements, form fields and response templates.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { responseTemplates, services, units } from '../../db/schema';
import { isFeeKind, type FeeKind } from '../../domain/catalogue/fee';
import { checkStagePlan, PERMIT_STAGES, PERMIT_TOTAL_MIN_DAYS } from '../../domain/permits/stages';
import { formFieldsSchema, parseStoredJson, requirementsSchema, SERVICE_KINDS, type ServiceKind } from '../../domain/catalogue/service';
import type { FormValues } from '../../../templates/_partials/form-fields';
import type { FormInput } from '../../platform/http/form';
import { msg } from '../../platform/i18n/lang';
import {
  checkFieldDrafts,
  checkRequirementDrafts,
  draftsToValues,
  fieldToDraft,
  readFieldDrafts,
  readRequirementDrafts,
} from './service-editor';
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

  const reqs = checkRequirementDrafts(readRequirementDrafts(form));
  Object.assign(errors, reqs.errors);
  const ff = checkFieldDrafts(readFieldDrafts(form));
  Object.assign(errors, ff.errors);

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
  const fields = parseStoredJson(s.formFields, formFieldsSchema, []).map(fieldToDraft);
  const reqs = parseStoredJson(s.requirements, requirementsSchema, []);
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
    ...draftsToValues(fields, reqs),
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
