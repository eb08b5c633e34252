// /izin/baru/{service}: a permit type's application form (multipart, works without JavaScript),
// rendered from the type's own definition, and the confirmation with the tracking code and the
// access key. The same checks serve the JSON API (src/modules/permits/api.ts).
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { CaseCreatedPage, type CaseCreatedWords } from '../../../templates/_partials/case-created';
import type { FormValues } from '../../../templates/_partials/form-fields';
import { NewPermitPage, type PermitTypeView } from '../../../templates/pages/permits/new-permit';
import { DraftKeyPage, DraftSavedPage } from '../../../templates/pages/permits/draft-pages';
import { cases, units } from '../../db/schema';
import { answerName } from '../../domain/permits/answers';
import type { AppContext, AppEnv } from '../../platform/http/context';
import { AppError, NotFoundError, ValidationError, type TooManyRequestsError } from '../../platform/http/errors';
import { readCookie, writeCookie } from '../../platform/security/cookies';
import { readForm, type FormInput } from '../../platform/http/form';
import { publicUrl } from '../../platform/http/public-url';
import { rateLimit } from '../../platform/http/rate-limit';
import { renderPage } from '../../platform/http/render';
import { translator, type Msg } from '../../platform/i18n/lang';
import { randomToken } from '../../platform/security/crypto';
import { checkIntake, createCase, formRequestHash, IDEMPOTENCY_REUSED, type CreatedCase } from '../cases/create';
import { trackingLink } from '../cases/mail';
import { PERMIT_SUBMIT_LIMIT, TRACKING_LIMIT } from '../complaints/limits';
import { findPermitType, findPermitTypeById, type FieldErrors, type PermitDraft, type PermitType } from './intake';
import { draftContent, draftDocuments, findDraftWithKey, saveNewDraft, submitDraft, updateDraft, type DraftContent, type DraftRow } from './drafts';
import { answersFrom, documentsFrom } from './form-input';
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
  opts: { values: FormValues; errors: FieldErrors; problem?: Msg; formToken: string; filesDropped: boolean; status: 200 | 409 | 422 | 429 },
) {
  const t = translator(c.var.lang);
  c.header('Cache-Control', 'no-store');
  return renderPage(
    c,
    { title: `${t('Permohonan', 'Application')}: ${c.var.lang === 'en' ? ty.nameEn : ty.nameId}`, status: opts.status },
    <NewPermitPage lang={c.var.lang} csrfToken={c.var.csrfToken} type={await typeView(c, ty)} {...opts} />,
  );
}

/**
 * The confirmation with the tracking code and its key, whether the application was sent from the
 * form or from a draft. The key is in the page: no-store, and no Referer to carry it away.
 */
async function renderCreated(c: AppContext, ty: PermitType, created: CreatedCase, origin: string) {
  const row = created.row;
  const view = await typeView(c, ty);
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cache-Control', 'no-store');
  return renderPage(
    c,
    { title: translator(c.var.lang)('Permohonan terkirim', 'Application sent') },
    <CaseCreatedPage
      lang={c.var.lang}
      words={PERMIT_CREATED}
      trackingCode={row.trackingCode}
      accessKey={created.accessKey}
      link={trackingLink(origin, row.trackingCode, created.accessKey)}
      firstResponseDueAt={row.firstResponseDueAt}
      resolutionDueAt={row.resolutionDueAt}
      mail={created.mail}
      replay={created.replay}
      unitName={view.unitName}
    />,
  );
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
  const docs = await documentsFrom(form, ty.form);
  return renderForm(c, ty, {
    values: valuesOf(draftFrom(form, ty, docs.byField), ty),
    errors: {},
    problem: refusal.userMessage,
    formToken: TOKEN_RE.test(form.text('form_token')) ? form.text('form_token') : randomToken(24),
    filesDropped: docs.chosen > 0,
    status: 429,
  });
}

export const permitRoutes = new Hono<AppEnv>()
  .get('/baru/:service', async (c) => {
    const ty = await typeOr404(c);
    return renderForm(c, ty, { values: {}, errors: {}, formToken: randomToken(24), filesDropped: false, status: 200 });
  })
  .post('/baru/:service', rateLimit({ ...PERMIT_SUBMIT_LIMIT, onLimited: refuseForNow }), async (c) => {
    const deps = c.var.deps;
    const ty = await typeOr404(c);
    const form = await readForm(c);
    const submitted = form.text('form_token');
    const formToken = TOKEN_RE.test(submitted) ? submitted : null;
    const docs = await documentsFrom(form, ty.form);
    const draft = draftFrom(form, ty, docs.byField);
    if (form.text('intent') === 'draf') {
      if (Object.keys(docs.errors).length)
        return renderForm(c, ty, { values: valuesOf(draft, ty), errors: docs.errors, formToken: formToken ?? randomToken(24), filesDropped: docs.chosen > 0, status: 422 });
      const saved = await saveNewDraft(deps, ty, contentOf(draft), docs.files).catch((e: unknown) => e);
      if (saved instanceof ValidationError)
        return renderForm(c, ty, { values: valuesOf(draft, ty), errors: saved.fields, formToken: formToken ?? randomToken(24), filesDropped: docs.chosen > 0, status: 422 });
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
      const shown = Object.fromEntries(Object.entries(errors).map(([k, m]) => [k === 'service_code' ? 'files' : k, m]));
      return renderForm(c, ty, { values: valuesOf(draft, ty), errors: shown, formToken: formToken ?? randomToken(24), filesDropped: docs.chosen > 0, status: 422 });
    }
    const origin = publicUrl(deps.config);
    const idempotency = formToken ? { scope: 'form' as const, token: formToken, requestHash: await formRequestHash(draft, docs.files) } : undefined;
    let created;
    try {
      created = await createCase(deps, permitKind, result.value, { ...(idempotency ? { idempotency } : {}), files: docs.files, origin, channel: 'web' });
    } catch (err) {
      if (!(err instanceof AppError && err.code === IDEMPOTENCY_REUSED)) throw err;
      return renderForm(c, ty, { values: valuesOf(draft, ty), errors: {}, problem: err.userMessage, formToken: randomToken(24), filesDropped: docs.chosen > 0, status: 409 });
    }
    return renderCreated(c, ty, created, origin);
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
    if (Object.keys(docs.errors).length) return renderDraft(c, draft, { values: content, errors: docs.errors, filesDropped: docs.chosen > 0, status: 422 });
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
    const sent = await submitDraft(deps, draft, ty, content, docs.files, origin).catch((e: unknown) => e);
    if (sent instanceof ValidationError) return renderDraft(c, draft, { values: content, errors: sent.fields, filesDropped: docs.chosen > 0, status: 422 });
    if (sent instanceof Error) throw sent;
    if ('errors' in (sent as object)) {
      const errs = (sent as { errors: FieldErrors }).errors;
      return renderDraft(c, draft, { values: content, errors: errs, status: 422, notice: { id: 'Draf tersimpan, tetapi belum dapat dikirim: lengkapi yang ditandai.', en: 'The draft was saved but cannot be sent yet: complete what is marked.' } });
    }
    return renderCreated(c, ty, sent as CreatedCase, origin);
  });

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
