// Permit applications through the API (no sign-in): a type's definition with the JSON Schema of
// its answers, generated from the same definition the server checks them against
// (GET /permit-types/{code}); an application with its documents in one multipart request
// (POST /permits, with an Idempotency-Key); and the applicant's revision (POST
// /track/{tracking_code}/revision). Following the case is the tracking API's; the staff act on it
// through POST /cases/{id}/actions like on any case.
import { eq } from 'drizzle-orm';
import * as z from 'zod';
import { cases, permitDrafts, services } from '../../db/schema';
import type { CheckedFile } from '../../domain/cases/files';
import { answersJsonSchema, PERMIT_DOCUMENTS_MAX } from '../../domain/permits/answers';
import { PERMIT_STAGES } from '../../domain/permits/stages';
import { LIMITS } from '../../domain/complaints/draft';
import type { AppContext } from '../../platform/http/context';
import { NotFoundError, ValidationError } from '../../platform/http/errors';
import { publicUrl } from '../../platform/http/public-url';
import { rateLimit } from '../../platform/http/rate-limit';
import { hitOf, submissionLimit } from '../../platform/http/submission-limit';
import { shared } from '../../platform/openapi/document';
import { ApiRoutes } from '../../platform/openapi/route';
import { Bilingual } from '../../platform/openapi/schemas';
import { sha256Hex } from '../../platform/security/crypto';
import type { Msg } from '../../platform/i18n/lang';
import { checkFiles, readFiles } from '../cases/attachments';
import { checkIntake, createCase, findReplay } from '../cases/create';
import { caseCreatedFields, canonical, createdBody, idempotencyHeaders } from '../complaints/api';
import { PERMIT_SUBMIT_LIMIT, TRACKING_LIMIT } from '../complaints/limits';
import { caseWithKey, keyHeader, privateJson, TrackingPrivate, trackingCode } from '../tracking/api';
import { draftContent, draftDocuments, findDraftWithKey, saveNewDraft, submitDraft, updateDraft, type DraftContent, type DraftRow } from './drafts';
import { findPermitType, findPermitTypeById, permitTypeIn } from './intake';
import { referenceData } from '../catalogue/reference';
import { FEE_KINDS } from '../../domain/catalogue/fee';
import { permitKind } from './kind';
import { resubmitPermit } from './resubmit';

const PermitType = shared(
  'PermitType',
  z.object({
    code: z.string(),
    name: Bilingual,
    unit: z.object({ code: z.string(), name: z.string() }),
    sla_days: z.int().meta({ description: 'Working days to the decision (the legal deadline; past it the application is flagged fiktif positif).' }),
    stage_days: z.object(Object.fromEntries(PERMIT_STAGES.map((s) => [s, z.int()]))).meta({ description: 'Working days of each stage; they add up to sla_days.' }),
    fee: z.int().meta({ description: 'Rupiah, for a fixed fee (0 = free); above 0 the fee is paid before the permit is issued.' }),
    fee_kind: z.enum(FEE_KINDS).meta({ description: 'fixed: the fee above; assessed: set by staff after the technical review and told with the approval, paid before issue.' }),
    fee_basis: z.string().nullable().meta({ description: 'The law that sets or waives the fee.' }),
    validity_months: z.int().nullable().meta({ description: 'How long an issued permit is valid; null: as long as its object does not change.' }),
    requirements: z.array(Bilingual),
    documents: z.array(z.object({ field: z.string(), label: Bilingual, required: z.boolean(), max_files: z.int() })).meta({ description: 'The document fields: send each file in `documents` with its field in `document_fields`.' }),
    answers_schema: z.record(z.string(), z.unknown()).meta({ description: 'JSON Schema (2020-12) of `answers`, generated from the type’s form definition: the server checks answers against the same definition.' }),
  }),
  'A permit type as an application is made against it.',
);

const PermitCreated = shared('PermitCreated', caseCreatedFields, 'A permit application just submitted.');

const applicationSchema = z.strictObject({
  service_code: z.string().max(100).meta({ description: 'A permit type: `code` from GET /services?kind=permit.' }),
  applicant_name: z.string().max(10000).meta({ minLength: 3, maxLength: LIMITS.nameMax, description: 'As it will appear on the permit.' }),
  contact_email: z.string().max(10000).nullish().meta({ maxLength: LIMITS.emailMax, format: 'email' }),
  contact_phone: z.string().max(10000).nullish().meta({ maxLength: LIMITS.phoneMax, description: 'E-mail or phone is required.' }),
  answers: z.record(z.string(), z.unknown()).meta({ description: 'The answers to the type’s fields: see `answers_schema` of GET /permit-types/{code}.' }),
});

const documentParts = {
  documents: z
    .array(z.file())
    .optional()
    .meta({ maxItems: PERMIT_DOCUMENTS_MAX, description: `Up to ${PERMIT_DOCUMENTS_MAX} documents: JPEG, PNG, WebP or PDF, at most 5 MB each; the type is checked from the content.` }),
  document_fields: z
    .union([z.string().max(40), z.array(z.string().max(40))])
    .optional()
    .meta({ description: 'For each file in `documents`, in the same order, the document field it answers.' }),
};

const BAD_JSON: Msg = { id: 'Bagian ini harus berupa JSON yang sah.', en: 'This part must be valid JSON.' };

function parseJsonPart<T>(text: string, schema: z.ZodType<T>, field: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ValidationError({ [field]: BAD_JSON });
  }
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue?.path.length ? `${field}.${issue.path.join('.')}` : field;
    throw new ValidationError({ [path]: { id: `Tidak sah: ${issue?.message ?? ''}`, en: `Not valid: ${issue?.message ?? ''}` } });
  }
  return r.data;
}

/** The documents with their fields, each checked by the attachment rules (per field, as the form does). */
async function documentsOf(files: readonly File[] | undefined, fields: string | string[] | undefined): Promise<{ files: CheckedFile[]; byField: Record<string, number> }> {
  const list = files ?? [];
  const names = fields === undefined ? [] : [fields].flat();
  if (names.length !== list.length)
    throw new ValidationError({
      document_fields: {
        id: `Sebutkan isian dokumen untuk setiap berkas (${list.length} berkas, ${names.length} isian).`,
        en: `Name the document field of every file (${list.length} files, ${names.length} fields).`,
      },
    });
  if (list.length > PERMIT_DOCUMENTS_MAX)
    throw new ValidationError({ documents: { id: `Paling banyak ${PERMIT_DOCUMENTS_MAX} dokumen.`, en: `At most ${PERMIT_DOCUMENTS_MAX} documents.` } });
  const out: CheckedFile[] = [];
  const byField: Record<string, number> = {};
  for (const [i, f] of (await readFiles(list)).entries()) {
    const checked = checkFiles([f]);
    if (!checked.ok) throw new ValidationError({ [`documents.${i}`]: checked.error });
    out.push({ ...checked.files[0]!, field: names[i]! });
    byField[names[i]!] = (byField[names[i]!] ?? 0) + 1;
  }
  return { files: out, byField };
}

const draftApplicationSchema = z.strictObject({
  service_code: z.string().max(100).meta({ description: 'The permit type: `code` from GET /services?kind=permit.' }),
  applicant_name: z.string().max(10000).optional(),
  contact_email: z.string().max(10000).nullish(),
  contact_phone: z.string().max(10000).nullish(),
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])).optional().meta({ description: 'As far as known: nothing is checked until the draft is sent.' }),
});
type DraftApplication = z.infer<typeof draftApplicationSchema>;

const PermitDraftView = shared(
  'PermitDraft',
  z.object({
    id: z.string(),
    service_code: z.string(),
    applicant_name: z.string(),
    contact_email: z.string(),
    contact_phone: z.string(),
    answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
    documents: z.array(z.object({ id: z.string(), field: z.string(), filename: z.string(), size: z.int() })),
    expires_at: z.string().meta({ format: 'date-time', description: '30 days after the last change.' }),
    submitted_tracking_code: z.string().nullable().meta({ description: 'Once sent: the application it became; it takes no more changes.' }),
  }),
  'A permit application saved before it is sent.',
);

const DraftCreated = shared(
  'PermitDraftCreated',
  z.object({
    id: z.string(),
    access_key: z.string().meta({ description: 'The draft’s own access key (160 random bits). Shown only in this answer: keep it.' }),
    expires_at: z.string().meta({ format: 'date-time' }),
  }),
  'A permit draft just saved.',
);

const draftKeyHeader = z.object({
  'X-Access-Key': z.string().optional().meta({ description: 'Needed: the draft’s access key. A missing or wrong key is answered like an unknown draft (404).' }),
});
const draftParams = z.object({ id: z.string().max(64) });

const DRAFT_NOT_FOUND: Msg = { id: 'Draf tidak ditemukan. Periksa id dan kuncinya.', en: 'Draft not found. Check the id and the key.' };

/** A draft's answers as strings (numbers as typed), the way the form keeps them. */
function draftInput(app: DraftApplication): DraftContent {
  const answers: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(app.answers ?? {})) answers[k] = Array.isArray(v) ? v : String(v);
  return { applicant_name: app.applicant_name ?? '', contact_email: app.contact_email ?? '', contact_phone: app.contact_phone ?? '', answers };
}

async function draftWithKey(c: AppContext, id: string, key: string | undefined): Promise<DraftRow> {
  const d = await findDraftWithKey(c.var.deps.db, id, key);
  if (!d) throw new NotFoundError(DRAFT_NOT_FOUND);
  return d;
}

async function draftJson(c: AppContext, id: string) {
  const db = c.var.deps.db;
  const [d] = await db.select().from(permitDrafts).where(eq(permitDrafts.id, id)).limit(1);
  if (!d) throw new NotFoundError(DRAFT_NOT_FOUND);
  const [svc] = await db.select({ code: services.code }).from(services).where(eq(services.id, d.serviceId)).limit(1);
  const [sent] = d.submittedCaseId ? await db.select({ code: cases.trackingCode }).from(cases).where(eq(cases.id, d.submittedCaseId)).limit(1) : [];
  const content = draftContent(d);
  c.header('Cache-Control', 'no-store');
  return {
    id: d.id,
    service_code: svc?.code ?? '',
    ...content,
    documents: await draftDocuments(db, d.id),
    expires_at: d.expiresAt.toISOString(),
    submitted_tracking_code: sent?.code ?? null,
  };
}

async function typeJson(c: AppContext, code: string) {
  // the type and its unit from the one kept catalogue: one read of its version row (issue 14.6)
  const ref = await referenceData(c.var.deps.db);
  const ty = code.length <= 60 ? permitTypeIn(ref.serviceByCode.get(code)) : null;
  if (!ty) throw new NotFoundError({ id: 'Jenis izin tidak ditemukan.', en: 'Permit type not found.' });
  const u = ref.unitById.get(ty.unitId);
  return {
    code: ty.code,
    name: { id: ty.nameId, en: ty.nameEn },
    unit: { code: u?.code ?? '', name: u?.name ?? '' },
    sla_days: ty.slaDays,
    stage_days: { ...ty.stagePlan },
    fee: ty.fee,
    fee_kind: ty.feeTerms.kind,
    fee_basis: ty.feeTerms.basis,
    validity_months: ty.validityMonths,
    requirements: ty.requirements,
    documents: ty.form.filter((f) => f.type === 'file').map((f) => ({ field: f.name, label: f.label, required: f.required, max_files: f.max ?? 1 })),
    answers_schema: answersJsonSchema(ty.form),
  };
}

export const permitsApi = new ApiRoutes()
  .route(
    {
      method: 'get',
      path: '/permit-types/{code}',
      operationId: 'getPermitType',
      tags: ['permits'],
      summary: 'A permit type: its requirements, documents, deadlines, fee and the JSON Schema of its answers',
      access: { kind: 'public' },
      request: { params: z.object({ code: z.string().max(100) }) },
      responses: { 200: { description: 'The permit type.', schema: PermitType } },
      errors: ['not_found'],
    },
    async (c, input, reply) => reply(200, await typeJson(c, input.params.code)),
  )
  .route(
    {
      method: 'post',
      path: '/permits',
      operationId: 'createPermitApplication',
      tags: ['permits'],
      summary: 'Apply for a permit, with the documents',
      description:
        'multipart/form-data: `application` is the JSON of the application; each file in `documents` answers the document field named at the same place in `document_fields`. Every problem is reported at once (answers.{field}, documents.{i}, …). Shares its budget with the form: LIMIT_COMPLAINTS_PER_HOUR applications an hour per client address (default 10).',
      access: { kind: 'public' },
      before: [submissionLimit(PERMIT_SUBMIT_LIMIT)],
      request: {
        headers: idempotencyHeaders,
        body: {
          multipart: z.object({
            application: z.string().max(60000).meta({ description: 'JSON: {service_code, applicant_name, contact_email, contact_phone, answers}.' }),
            ...documentParts,
          }),
        },
      },
      responses: {
        201: {
          description: 'Created, or the replay of an earlier identical request.',
          schema: PermitCreated,
          headers: {
            Location: { description: 'The application’s tracking address in this API.', schema: z.string() },
            'Idempotent-Replayed': { description: '`true` when this is the answer to an earlier identical request.', schema: z.literal('true') },
          },
        },
      },
      errors: ['idempotency_key_reused', 'too_many_requests'],
    },
    async (c, input, reply) => {
      const deps = c.var.deps;
      const body = await input.body();
      const app = parseJsonPart(body.application, applicationSchema, 'application');
      const docs = await documentsOf(body.documents, body.document_fields);
      const idemKey = input.headers['Idempotency-Key'];
      // what a retry must send again, hashed only when there is a key to retry with (issue 14.4:
      // every document was hashed for nothing)
      const requestHash = async () => sha256Hex(canonical({ app, digests: await Promise.all(docs.files.map(async (f) => [f.field, await sha256Hex(f.bytes)])) }));
      const idempotency = idemKey ? { scope: 'api' as const, token: idemKey, requestHash: await requestHash() } : undefined;
      if (idempotency) {
        const replay = await findReplay(deps, permitKind, idempotency);
        if (replay) {
          c.header('Idempotent-Replayed', 'true');
          c.header('Location', `/api/v1/track/${replay.row.trackingCode}`);
          return reply(201, createdBody(c, replay.row, replay.accessKey));
        }
      }
      const checked = await checkIntake(
        deps.db,
        permitKind,
        {
          service_code: app.service_code,
          answers: app.answers,
          files_by_field: docs.byField,
          applicant_name: app.applicant_name,
          contact_email: app.contact_email ?? '',
          contact_phone: app.contact_phone ?? '',
        },
        deps.clock.now(),
      );
      if (!checked.ok) throw new ValidationError(checked.errors);
      const created = await createCase(deps, permitKind, checked.value, { ...(idempotency ? { idempotency } : {}), files: docs.files, channel: 'api', origin: publicUrl(deps.config), language: c.var.lang, ...hitOf(c) });
      if (created.replay) c.header('Idempotent-Replayed', 'true');
      c.header('Location', `/api/v1/track/${created.row.trackingCode}`);
      return reply(201, createdBody(c, created.row, created.accessKey));
    },
  )
  .route(
    {
      method: 'post',
      path: '/track/{tracking_code}/revision',
      operationId: 'resubmitPermitApplication',
      tags: ['permits'],
      summary: 'Send the revision staff asked for (status revision_requested); the SLA clock runs again',
      description:
        'With X-Access-Key. multipart/form-data: `answers` is the JSON of every answer as it now stands; new documents as in POST /permits. Each item the request named must change (a new answer, or a new document for a document field); otherwise 422 naming the items left as they were.',
      access: { kind: 'public' },
      before: [rateLimit(TRACKING_LIMIT)],
      request: {
        params: trackingCode,
        headers: keyHeader(true),
        body: { multipart: z.object({ answers: z.string().max(60000).meta({ description: 'JSON object: the answers by field name.' }), ...documentParts }) },
      },
      responses: { 200: { description: 'The application after the revision.', schema: TrackingPrivate } },
      errors: ['not_found', 'action_not_allowed', 'stale_version', 'too_many_requests'],
    },
    async (c, input, reply) => {
      const row = await caseWithKey(c, input.params.tracking_code, input.headers['X-Access-Key']);
      const body = await input.body();
      const answers = parseJsonPart(body.answers, z.record(z.string(), z.unknown()), 'answers');
      const docs = await documentsOf(body.documents, body.document_fields);
      await resubmitPermit(c.var.deps, row, { answers, files: docs.files });
      return reply(200, await privateJson(c, row));
    },
  )
  .route(
    {
      method: 'post',
      path: '/permit-drafts',
      operationId: 'createPermitDraft',
      tags: ['permits'],
      summary: 'Save a permit application as a draft, with the documents so far',
      description: 'multipart/form-data like POST /permits; nothing is checked beyond characters, sizes and the attachment rules. The draft is kept 30 days after its last change.',
      access: { kind: 'public' },
      before: [rateLimit(PERMIT_SUBMIT_LIMIT)],
      request: { body: { multipart: z.object({ application: z.string().max(60000), ...documentParts }) } },
      responses: { 201: { description: 'Saved.', schema: DraftCreated } },
      errors: ['not_found', 'too_many_requests'],
    },
    async (c, input, reply) => {
      const body = await input.body();
      const app = parseJsonPart(body.application, draftApplicationSchema, 'application');
      const ty = await findPermitType(c.var.deps.db, app.service_code);
      if (!ty) throw new NotFoundError({ id: 'Jenis izin tidak ditemukan.', en: 'Permit type not found.' });
      const docs = await documentsOf(body.documents, body.document_fields);
      const { id, key } = await saveNewDraft(c.var.deps, ty, draftInput(app), docs.files);
      const [d] = await c.var.deps.db.select({ expiresAt: permitDrafts.expiresAt }).from(permitDrafts).where(eq(permitDrafts.id, id));
      c.header('Location', `/api/v1/permit-drafts/${id}`);
      return reply(201, { id, access_key: key, expires_at: d!.expiresAt.toISOString() });
    },
  )
  .route(
    {
      method: 'get',
      path: '/permit-drafts/{id}',
      operationId: 'getPermitDraft',
      tags: ['permits'],
      summary: 'A saved draft, with its documents',
      access: { kind: 'public' },
      before: [rateLimit(TRACKING_LIMIT)],
      request: { params: draftParams, headers: draftKeyHeader },
      responses: { 200: { description: 'The draft.', schema: PermitDraftView } },
      errors: ['not_found', 'too_many_requests'],
    },
    async (c, input, reply) => {
      const d = await draftWithKey(c, input.params.id, input.headers['X-Access-Key']);
      return reply(200, await draftJson(c, d.id));
    },
  )
  .route(
    {
      method: 'post',
      path: '/permit-drafts/{id}',
      operationId: 'updatePermitDraft',
      tags: ['permits'],
      summary: 'Save a draft again: its answers as they now stand, and more documents',
      access: { kind: 'public' },
      before: [rateLimit(TRACKING_LIMIT)],
      request: { params: draftParams, headers: draftKeyHeader, body: { multipart: z.object({ application: z.string().max(60000), ...documentParts }) } },
      responses: { 200: { description: 'The draft after the change.', schema: PermitDraftView } },
      errors: ['not_found', 'draft_submitted', 'too_many_requests'],
    },
    async (c, input, reply) => {
      const d = await draftWithKey(c, input.params.id, input.headers['X-Access-Key']);
      const body = await input.body();
      const app = parseJsonPart(body.application, draftApplicationSchema, 'application');
      const docs = await documentsOf(body.documents, body.document_fields);
      await updateDraft(c.var.deps, d, draftInput(app), docs.files);
      return reply(200, await draftJson(c, d.id));
    },
  )
  .route(
    {
      method: 'post',
      path: '/permit-drafts/{id}/submit',
      operationId: 'submitPermitDraft',
      tags: ['permits'],
      summary: 'Send a draft as an application (once)',
      description:
        'Checked in full against the permit type, its documents counted per field. Sending the same draft again answers with the same application (Idempotent-Replayed: true), never a second one.',
      access: { kind: 'public' },
      before: [rateLimit(PERMIT_SUBMIT_LIMIT)],
      request: { params: draftParams, headers: draftKeyHeader },
      responses: {
        201: {
          description: 'Sent, or the answer to an earlier send of the same draft.',
          schema: PermitCreated,
          headers: { 'Idempotent-Replayed': { description: '`true` when the draft had already been sent.', schema: z.literal('true') } },
        },
      },
      errors: ['not_found', 'too_many_requests'],
    },
    async (c, input, reply) => {
      const deps = c.var.deps;
      const d = await draftWithKey(c, input.params.id, input.headers['X-Access-Key']);
      const ty = await findPermitTypeById(deps.db, d.serviceId);
      if (!ty) throw new NotFoundError({ id: 'Jenis izin ini tidak lagi menerima permohonan.', en: 'This permit type takes no applications any more.' });
      const sent = await submitDraft(deps, d, ty, draftContent(d), [], publicUrl(deps.config), c.var.lang);
      if ('errors' in sent) throw new ValidationError(sent.errors);
      if (sent.replay) c.header('Idempotent-Replayed', 'true');
      c.header('Location', `/api/v1/track/${sent.row.trackingCode}`);
      return reply(201, createdBody(c, sent.row, sent.accessKey));
    },
  );
