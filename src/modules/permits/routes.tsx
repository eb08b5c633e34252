// /izin/baru/{service}: a permit type's application form (multipart, works without JavaScript),
// rendered from the type's own definition; a sent application answers 303 to its result page
// /izin/terkirim/{code} with the tracking code and the access key (src/modules/cases/receipt.tsx).
// The same checks serve the JSON API (src/modules/permits/api.ts).
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { CaseCreatedWords } from '../../../templates/_partials/case-created';
import type { FormValues } from '../../../templates/_partials/form-fields';
import { NewPermitPage, type PermitTypeView } from '../../../templates/pages/permits/new-permit';
import { DraftKeyPage, DraftSavedPage } from '../../../templates/pages/permits/draft-pages';
import { cases, units } from '../../db/schema';
import { answerName } from '../../domain/permits/answers';
import type { AppContext, AppEnv } from '../../platform/http/context';
import { AppError, NotFoundError, ValidationError, TooManyRequestsError } from '../../platform/http/errors';
import { readCookie, writeCookie } from '../../platform/security/cookies';
import { readForm, type FormInput } from '../../platform/http/form';
import { publicUrl } from '../../platform/http/public-url';
import { answerRefusal, rateLimit } from '../../platform/http/rate-limit';
import { hitOf, submissionLimit } from '../../platform/http/submission-limit';
import { renderPage } from '../../platform/http/render';
import { translator, type Msg } from '../../platform/i18n/lang';
import { randomToken } from '../../platform/security/crypto';
import { checkIntake, createCase, formRequestHash, IDEMPOTENCY_REUSED, type CreatedCase } from '../cases/create';
import { receiptRoutes, redirectToReceipt } from '../cases/receipt';
import { PERMIT_SUBMIT_LIMIT, TRACKING_LIMIT } from '../complaints/limits';
import { findPermitType, findPermitTypeById, type FieldErrors, type PermitDraft, type PermitType } from './intake';
import { draftContent, draftDocuments, draftSubmitToken, findDraftWithKey, saveNewDraft, submitDraft, updateDraft, type DraftContent, type DraftRow } from './drafts';
import { answersFrom, documentsFrom } from './form-input';
import { keepPending, listPending, loadPending, removePending, REMOVE_FIELD, type PendingUpload } from '../cases/pending-uploads';
import { permitKind } from './kind';

const TOKEN_RE = /^[A-Za-z0-9_-]{20,100}$/;

export const PERMIT_CREATED: CaseCreatedWords = {
  heading: { id: 'Permohonan izin terkirim', en: 'Permit application sent' },
  privateLink: { id: 'Tautan pribadi permohonan saya', en: 'My private application link' },
  firstDue: { id: 'Pemeriksaan dimulai paling lambat', en: 'The check starts by' },
  finalDue: { id: 'Batas waktu keputusan', en: 'Decision due by' },
  duplicate: { id: 'ada permohonan ganda', en: 'duplicate application' },
};

const NOT_A_PERMIT: Msg = {
  id: 'Jenis izin ini tidak ada atau tidak menerima permohonan daring. Lihat katalog layanan.',
  en: 'This permit type does not exist or takes no online applications. See the service catalogue.',
};

async function typeView(c: AppContext, ty: PermitType): Promise<PermitTypeView> {
  const [u] = await c.var.deps.db.select({ name: units.name, nameEn: units.nameEn }).from(units).where(eq(units.id, ty.unitId)).limit(1);
  return {
    code: ty.code,
    name: { id: ty.nameId, en: ty.nameEn },
    unitName: (c.var.lang === 'en' ? u?.nameEn : u?.name) ?? '',
    slaDays: ty.slaDays,
    fee: ty.fee,
    feeTerms: ty.feeTerms,
    validityMonths: ty.validityMonths,
    requirements: ty.requirements,
    form: ty.form,
    stagePlan: ty.stagePlan,
  };
}

/** What a draft keeps: the typed texts and answers (documents are kept apart). */
function contentOf(d: PermitDraft): DraftContent {
  return { applicant_name: d.applicant_name, contact_email: d.contact_email, contact_phone: d.contact_phone, answers: d.answers as Record<string, string | string[]> };
}

function draftFrom(form: FormInput, ty: PermitType, filesByField: Record<string, number>): PermitDraft {
  return {
    service_code: ty.code,
    answers: answersFrom(form, ty.form),
    files_by_field: filesByField,
    applicant_name: form.text('applicant_name'),
    contact_email: form.text('contact_email'),
    contact_phone: form.text('contact_phone'),
  };
}

/** The form shown back: every text as typed (documents cannot be: the browser must choose them again). */
function valuesOf(d: PermitDraft, ty: PermitType): FormValues {
  const v: FormValues = { applicant_name: d.applicant_name, contact_email: d.contact_email, contact_phone: d.contact_phone };
  for (const f of ty.form) {
    const a = d.answers[f.name];
    if (typeof a === 'string' || Array.isArray(a)) v[answerName(f.name)] = a as string | string[];
  }
  return v;
}

async function renderForm(
  c: AppContext,
  ty: PermitType,
  opts: { values: FormValues; errors: FieldErrors; problem?: Msg; formToken: string; filesDropped: boolean; kept?: Record<string, PendingUpload[]>; status: 200 | 409 | 422 | 429 },
) {
  const t = translator(c.var.lang);
  c.header('Cache-Control', 'no-store');
  return renderPage(
    c,
    { title: `${t('Permohonan', 'Application')}: ${c.var.lang === 'en' ? ty.nameEn : ty.nameId}`, status: opts.status },
    <NewPermitPage lang={c.var.lang} csrfToken={c.var.csrfToken} type={await typeView(c, ty)} {...opts} />,
  );
}

/** Kept documents by the form field they answer, as the form shows them. */
function keptByField(kept: readonly PendingUpload[]): Record<string, PendingUpload[]> {
  const out: Record<string, PendingUpload[]> = {};
  for (const k of kept) if (k.field) (out[k.field] ??= []).push(k);
  return out;
}

async function typeOr404(c: AppContext): Promise<PermitType> {
  const ty = await findPermitType(c.var.deps.db, c.req.param('service') ?? '');
  if (!ty) throw new NotFoundError(NOT_A_PERMIT);
  return ty;
}

/** Over the limit: the form again with everything typed and the reason at the top (429). */
async function refuseForNow(c: AppContext, refusal: TooManyRequestsError) {
  const ty = await typeOr404(c);
  const form = await readForm(c);
  const token = TOKEN_RE.test(form.text('form_token')) ? form.text('form_token') : randomToken(24);
  const kept = await listPending(c.var.deps, token);
  const docs = await documentsFrom(form, ty.form, kept);
  return renderForm(c, ty, {
    values: valuesOf(draftFrom(form, ty, docs.byField), ty),
    errors: {},
    problem: refusal.userMessage,
    formToken: token,
    // what an earlier try kept stays; nothing new is stored for an address over its limit
    filesDropped: docs.chosen > 0,
    kept: keptByField(kept),
    status: 429,
  });
}

export const permitRoutes = new Hono<AppEnv>()
  .get('/baru/:service', async (c) => {
    const ty = await typeOr404(c);
    return renderForm(c, ty, { values: {}, errors: {}, formToken: randomToken(24), filesDropped: false, status: 200 });
  })
  .post('/baru/:service', submissionLimit({ ...PERMIT_SUBMIT_LIMIT, onLimited: refuseForNow }), async (c) => {
    const deps = c.var.deps;
    const ty = await typeOr404(c);
    const form = await readForm(c);
    const submitted = form.text('form_token');
    // a form without its token still gets one: kept documents and the result page hang on it
    const token = TOKEN_RE.test(submitted) ? submitted : randomToken(24);
    await removePending(deps, token, form.all(REMOVE_FIELD));
    const kept = await listPending(deps, token);
    const docs = await documentsFrom(form, ty.form, kept);
    const draft = draftFrom(form, ty, docs.byField);
    const tooMany = docs.errors.files !== undefined;
    /** The form again with its errors; every accepted document stays with it (issue 13.3). */
    const again = async (errors: FieldErrors) => {
      if (!tooMany) await keepPending(deps, token, docs.files);
      return renderForm(c, ty, { values: valuesOf(draft, ty), errors, formToken: token, filesDropped: tooMany, kept: keptByField(await listPending(deps, token)), status: 422 });
    };
    if (form.text('intent') === 'draf') {
      if (Object.keys(docs.errors).length) return again(docs.errors);
      const saved = await saveNewDraft(deps, ty, contentOf(draft), [...(await loadPending(deps, token)), ...docs.files]).catch((e: unknown) => e);
      if (saved instanceof ValidationError) return again(saved.fields);
      if (saved instanceof Error) throw saved;
      const { id, key } = saved as { id: string; key: string };
      c.header('Referrer-Policy', 'no-referrer');
      c.header('Cache-Control', 'no-store');
      return renderPage(
        c,
        { title: translator(c.var.lang)('Draf tersimpan', 'Draft saved') },
        <DraftSavedPage lang={c.var.lang} typeName={{ id: ty.nameId, en: ty.nameEn }} accessKey={key} link={`${publicUrl(deps.config)}/izin/draf/${id}#kunci=${encodeURIComponent(key)}`} />,
      );
    }
    const result = await checkIntake(deps.db, permitKind, draft, deps.clock.now());
    if (!result.ok || Object.keys(docs.errors).length) {
      const errors = { ...(result.ok ? {} : result.errors), ...docs.errors };
      return again(Object.fromEntries(Object.entries(errors).map(([k, m]) => [k === 'service_code' ? 'files' : k, m])));
    }
    const origin = publicUrl(deps.config);
    const files = [...(await loadPending(deps, token)), ...docs.files];
    const idempotency = { scope: 'form' as const, token, requestHash: await formRequestHash(draft, files) };
    let created;
    try {
      created = await createCase(deps, permitKind, result.value, { idempotency, files, origin, channel: 'web', language: c.var.lang, ...hitOf(c) });
    } catch (err) {
      // the address went over its limit while this one was being checked
      if (err instanceof TooManyRequestsError) return answerRefusal(c, err, refuseForNow);
      if (!(err instanceof AppError && err.code === IDEMPOTENCY_REUSED)) throw err;
      const fresh = randomToken(24);
      await keepPending(deps, fresh, files);
      return renderForm(c, ty, { values: valuesOf(draft, ty), errors: {}, problem: err.userMessage, formToken: fresh, filesDropped: false, kept: keptByField(await listPending(deps, fresh)), status: 409 });
    }
    return redirectToReceipt(c, '/izin', created, token);
  })
  .get('/draf/:id', async (c) => {
    const id = c.req.param('id');
    const draft = await findDraftWithKey(c.var.deps.db, id, readCookie(c, draftCookie(id)));
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    if (!draft) return keyPage(c, id);
    return renderDraft(c, draft);
  })
  .post('/draf/:id/kunci', rateLimit({ ...TRACKING_LIMIT }), async (c) => {
    const id = c.req.param('id');
    const form = await readForm(c);
    const draft = await findDraftWithKey(c.var.deps.db, id, form.trimmed('kunci'));
    if (!draft) return keyPage(c, id, true);
    writeCookie(c, draftCookie(id), form.trimmed('kunci'), { maxAgeSeconds: 30 * 60, httpOnly: true });
    return c.redirect(`/izin/draf/${id}`, 303);
  })
  .post('/draf/:id', rateLimit({ ...PERMIT_SUBMIT_LIMIT }), async (c) => {
    const deps = c.var.deps;
    const id = c.req.param('id');
    const form = await readForm(c);
    const draft = await findDraftWithKey(deps.db, id, form.trimmed('kunci') || readCookie(c, draftCookie(id)));
    if (!draft) return keyPage(c, id, true);
    const ty = await findPermitTypeById(deps.db, draft.serviceId);
    if (!ty) throw new NotFoundError(NOT_A_PERMIT);
    const docs = await documentsFrom(form, ty.form);
    const content = contentOf(draftFrom(form, ty, docs.byField));
    if (Object.keys(docs.errors).length) {
      // a refused document does not drop the good ones beside it (issue 13.3): they join the draft's own
      const tooMany = docs.errors.files !== undefined;
      const kept = !tooMany && docs.files.length > 0 && !draft.submittedCaseId ? await updateDraft(deps, draft, draftContent(draft), docs.files).then(() => true, () => false) : false;
      return renderDraft(c, draft, { values: content, errors: docs.errors, filesDropped: !kept && docs.chosen > 0, status: 422 });
    }
    if (form.text('intent') !== 'kirim') {
      try {
        await updateDraft(deps, draft, content, docs.files);
      } catch (e) {
        if (e instanceof ValidationError) return renderDraft(c, draft, { values: content, errors: e.fields, filesDropped: docs.chosen > 0, status: 422 });
        if (e instanceof AppError && e.code === 'draft_submitted') return renderDraft(c, draft, { values: content, problem: e.userMessage, status: 409 });
        throw e;
      }
      return renderDraft(c, draft, { notice: { id: 'Draf tersimpan.', en: 'Draft saved.' } });
    }
    const origin = publicUrl(deps.config);
    const sent = await submitDraft(deps, draft, ty, content, docs.files, origin, c.var.lang).catch((e: unknown) => e);
    if (sent instanceof ValidationError) return renderDraft(c, draft, { values: content, errors: sent.fields, filesDropped: docs.chosen > 0, status: 422 });
    if (sent instanceof Error) throw sent;
    if ('errors' in (sent as object)) {
      const errs = (sent as { errors: FieldErrors }).errors;
      return renderDraft(c, draft, { values: content, errors: errs, status: 422, notice: { id: 'Draf tersimpan, tetapi belum dapat dikirim: lengkapi yang ditandai.', en: 'The draft was saved but cannot be sent yet: complete what is marked.' } });
    }
    return redirectToReceipt(c, '/izin', sent as CreatedCase, draftSubmitToken(draft.id));
  })
  .route('/', receiptRoutes({ kind: permitKind, base: '/izin', title: { id: 'Permohonan terkirim', en: 'Application sent' }, words: PERMIT_CREATED }));

const draftCookie = (id: string) => `pelita_draf_${id.replace(/[^0-9a-f]/g, '')}`;

function keyPage(c: AppContext, id: string, wrong = false) {
  const t = translator(c.var.lang);
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  return renderPage(
    c,
    { title: t('Draf permohonan izin', 'Permit application draft'), status: wrong ? 404 : 200 },
    <DraftKeyPage
      lang={c.var.lang}
      csrfToken={c.var.csrfToken}
      nonce={c.var.secureHeadersNonce}
      action={`/izin/draf/${encodeURIComponent(id)}/kunci`}
      problem={wrong ? { id: 'Draf dengan kunci itu tidak ditemukan. Periksa tautan dan kuncinya.', en: 'No draft was found with that key. Check the link and the key.' } : undefined}
    />,
  );
}

async function renderDraft(
  c: AppContext,
  draft: DraftRow,
  opts: { values?: DraftContent; errors?: FieldErrors; problem?: Msg; notice?: Msg; filesDropped?: boolean; status?: 200 | 409 | 422 } = {},
) {
  const ty = await findPermitTypeById(c.var.deps.db, draft.serviceId);
  if (!ty) throw new NotFoundError(NOT_A_PERMIT);
  const content = opts.values ?? draftContent(draft);
  const values: FormValues = { applicant_name: content.applicant_name, contact_email: content.contact_email, contact_phone: content.contact_phone };
  for (const [k, v] of Object.entries(content.answers)) values[answerName(k)] = v;
  const sentAs = draft.submittedCaseId ? await c.var.deps.db.select({ code: cases.trackingCode }).from(cases).where(eq(cases.id, draft.submittedCaseId)).limit(1) : [];
  const problem =
    opts.problem ??
    (sentAs[0] ? { id: `Draf ini sudah dikirim sebagai permohonan ${sentAs[0].code}.`, en: `This draft has already been sent as application ${sentAs[0].code}.` } : undefined);
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  return renderPage(
    c,
    { title: `${translator(c.var.lang)('Draf', 'Draft')}: ${c.var.lang === 'en' ? ty.nameEn : ty.nameId}`, status: opts.status ?? 200 },
    <NewPermitPage
      lang={c.var.lang}
      csrfToken={c.var.csrfToken}
      type={await typeView(c, ty)}
      values={values}
      errors={opts.errors ?? {}}
      problem={problem}
      formToken={randomToken(24)}
      filesDropped={opts.filesDropped ?? false}
      draft={{ action: `/izin/draf/${draft.id}`, documents: await draftDocuments(c.var.deps.db, draft.id), notice: opts.notice }}
    />,
  );
}
