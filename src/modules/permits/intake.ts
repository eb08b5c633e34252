// Checking a permit application: what the applicant sent (the HTML form and the JSON API share
// it) against its permit type — an active service of kind 'permit' — and the type's own form
// definition (src/domain/permits/answers.ts), with every problem next to its field; and the case
// it becomes. The type's form, requirements, stage plan, fee and validity are copied into the
// application (permit_applications), so an admin's later edit of the type never changes what an
// open application is checked against. Creating the case is the kernel's (src/modules/cases/create.ts).
import type { Db } from '../../db/client';
import { permitApplications } from '../../db/schema';
import type { FeeTerms } from '../../domain/catalogue/fee';
import type { Bilingual, FormField } from '../../domain/catalogue/service';
import { isEmail, LIMITS, normalisePhone } from '../../domain/complaints/draft';
import { checkAnswers, type Answers } from '../../domain/permits/answers';
import { checkStagePlan, defaultStagePlan, PERMIT_STAGES, type StagePlan } from '../../domain/permits/stages';
import { checkText } from '../../domain/text/input-text';
import type { Msg } from '../../platform/i18n/lang';
import { insertWith } from '../cases/commit';
import { referenceData, type CatalogueService } from '../catalogue/reference';
import type { NewCase, ServiceForCase } from '../cases/create';

/** cases.kind and services.kind of permit applications */
export const PERMIT = 'permit';

/** What the applicant sent, before checking. */
export interface PermitDraft {
  service_code: string;
  /** answers to the type's own fields: text from a form, typed values from JSON */
  answers: Readonly<Record<string, unknown>>;
  /** documents attached per file field of the form (their bytes are checked by the attachment rules) */
  files_by_field: Readonly<Record<string, number>>;
  applicant_name: string;
  contact_email: string;
  contact_phone: string;
}

/** A permit type as an application is made against it. */
export interface PermitType extends ServiceForCase {
  form: FormField[];
  requirements: Bilingual[];
  stagePlan: StagePlan;
  fee: number;
  /** the fee as the catalogue says it (issue 13.9): the form says the same */
  feeTerms: FeeTerms;
  validityMonths: number | null;
}

export interface ValidPermit {
  type: PermitType;
  answers: Answers;
  applicantName: string;
  contactEmail: string | null;
  contactPhone: string | null;
}

export type FieldErrors = Record<string, Msg>;

/** A type's stage plan as stored, or the default split of its total when it has none (or a broken one). */
export function stagePlanOf(stored: string | null, slaDays: number): StagePlan {
  let plan: unknown = null;
  try {
    plan = stored ? JSON.parse(stored) : null;
  } catch {
    plan = null;
  }
  if (plan && typeof plan === 'object' && Object.keys(checkStagePlan(plan as Record<string, unknown>, slaDays)).length === 0) return plan as StagePlan;
  return defaultStagePlan(Math.max(slaDays, PERMIT_STAGES.length));
}

/** An active permit type by its code, with its form as it is now; null for anything else. */
// A permit type comes from the catalogue each process keeps (../catalogue/reference.ts), checked
// against the version row: its form and requirements are parsed once per edit, not on every
// request, and no other read is needed (issue 14.6).
export async function findPermitType(db: Db, code: string): Promise<PermitType | null> {
  if (!code || code.length > 60) return null;
  return permitTypeIn((await referenceData(db)).serviceByCode.get(code));
}

/** The same by id (a draft names its type by id). */
export async function findPermitTypeById(db: Db, id: number): Promise<PermitType | null> {
  return permitTypeIn((await referenceData(db)).serviceById.get(id));
}

/** An active permit type of the catalogue, else null (a complaint category, a type switched off, none). */
export function permitTypeIn(s: CatalogueService | undefined): PermitType | null {
  if (!s || s.storedKind !== PERMIT || !s.active) return null;
  return {
    id: s.id,
    code: s.code,
    nameId: s.name.id,
    nameEn: s.name.en,
    unitId: s.unit.id,
    slaDays: s.slaDays,
    firstResponseDays: s.firstResponseDays,
    form: s.formFields,
    requirements: s.requirements,
    stagePlan: stagePlanOf(s.storedStagePlan, s.slaDays),
    fee: s.fee,
    feeTerms: s.feeTerms,
    validityMonths: s.validityMonths,
  };
}

/** Checks an application completely and reports every problem, one message per field. */
export async function validatePermit(db: Db, d: PermitDraft): Promise<{ ok: true; value: ValidPermit } | { ok: false; errors: FieldErrors }> {
  const errors: FieldErrors = {};
  const type = await findPermitType(db, String(d.service_code ?? '').trim());
  if (!type) errors.service_code = { id: 'Jenis izin tidak dikenal. Pilih dari katalog layanan.', en: 'Unknown permit type. Choose one from the service catalogue.' };

  const name = checkText(String(d.applicant_name ?? ''), { id: 'Nama pemohon', en: 'The applicant’s name' }, { min: 3, max: LIMITS.nameMax, oneLine: true });
  if (!name.ok) errors.applicant_name = name.error;

  // the permit is the applicant's: they must be reachable for revisions and the decision
  const email = String(d.contact_email ?? '').trim().toLowerCase();
  const phoneRaw = String(d.contact_phone ?? '').trim();
  const phone = phoneRaw ? normalisePhone(phoneRaw) : null;
  if (email && (email.length > LIMITS.emailMax || !isEmail(email)))
    errors.contact_email = { id: 'Alamat e-mail tidak sah.', en: 'The e-mail address is not valid.' };
  if (phoneRaw && !phone) errors.contact_phone = { id: 'Nomor telepon tidak sah, mis. 0812 3456 7890.', en: 'The phone number is not valid, e.g. 0812 3456 7890.' };
  if (!email && !phoneRaw)
    errors.contact_email = {
      id: 'Isi e-mail atau nomor telepon agar petugas dapat menghubungi Anda tentang permohonan ini.',
      en: 'Give an e-mail address or a phone number so that staff can reach you about this application.',
    };

  let answers: Answers = {};
  if (type) {
    const checked = checkAnswers(type.form, d.answers ?? {}, d.files_by_field ?? {});
    if (checked.ok) answers = checked.values;
    else for (const [k, m] of Object.entries(checked.errors)) errors[`answers.${k}`] = m;
  }
  if (Object.keys(errors).length || !type || !name.ok) return { ok: false, errors };
  return { ok: true, value: { type, answers, applicantName: name.value, contactEmail: email || null, contactPhone: phone } };
}

/** The case an application becomes, with its frozen definition beside it. */
export function permitCase(v: ValidPermit): NewCase {
  const t = v.type;
  return {
    service: t,
    title: `${t.nameId} — ${v.applicantName}`,
    description: t.nameEn,
    // an application is the applicant's personal data: the public sees its status only
    privacy: 'rahasia',
    contactName: v.applicantName,
    contactEmail: v.contactEmail,
    contactPhone: v.contactPhone,
    formData: v.answers,
    rows: (caseId) => [
      insertWith(permitApplications, {
        caseId,
        form: JSON.stringify(t.form),
        requirements: JSON.stringify(t.requirements),
        stagePlan: JSON.stringify(t.stagePlan),
        fee: t.fee,
        feeKind: t.feeTerms.kind,
        feeBasis: t.feeTerms.basis,
        typeCode: t.code.toUpperCase(),
        validityMonths: t.validityMonths,
      }),
    ],
  };
}
