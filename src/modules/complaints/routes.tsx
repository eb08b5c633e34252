// /pengaduan/baru: the citizen's complaint form (multipart, works without JavaScript) and its
// confirmation with the tracking code and the access key.
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { CaseCreatedPage, type CaseCreatedWords } from '../../../templates/_partials/case-created';
import { NewComplaintPage } from '../../../templates/pages/complaints/new-complaint';
import { checkFiles, readFiles } from '../cases/attachments';
import { checkIntake, createCase, formRequestHash, IDEMPOTENCY_REUSED } from '../cases/create';
import { trackingLink } from '../cases/mail';
import { units } from '../../db/schema';
import { EMPTY_DRAFT, oneYearBefore, type ComplaintDraft } from '../../domain/complaints/draft';
import { jakartaDate } from '../../domain/time/jakarta';
import type { AppContext, AppEnv } from '../../platform/http/context';
import { publicUrl } from '../../platform/http/public-url';
import { AppError, type TooManyRequestsError } from '../../platform/http/errors';
import { rateLimit } from '../../platform/http/rate-limit';
import { readForm, type FormInput } from '../../platform/http/form';
import { renderPage } from '../../platform/http/render';
import { translator, type Msg } from '../../platform/i18n/lang';
import { randomToken } from '../../platform/security/crypto';
import { listActiveServices } from '../catalogue/data';
import { COMPLAINT, listKelurahan, type FieldErrors } from './intake';
import { complaintKind } from './kind';
import { COMPLAINT_SUBMIT_LIMIT } from './limits';

const TOKEN_RE = /^[A-Za-z0-9_-]{20,100}$/;

const CREATED: CaseCreatedWords = {
  heading: { id: 'Pengaduan terkirim', en: 'Complaint sent' },
  privateLink: { id: 'Tautan pribadi pengaduan saya', en: 'My private complaint link' },
  firstDue: { id: 'Tanggapan pertama paling lambat', en: 'First response due by' },
  finalDue: { id: 'Target penyelesaian', en: 'Target resolution' },
  duplicate: { id: 'ada pengaduan ganda', en: 'duplicate complaint' },
};

async function renderForm(
  c: AppContext,
  opts: { draft: ComplaintDraft; errors: FieldErrors; problem?: Msg; formToken: string; filesDropped: boolean; status: 200 | 409 | 422 | 429 },
) {
  const { db, clock } = c.var.deps;
  const lang = c.var.lang;
  const t = translator(lang);
  const [categories, kel] = await Promise.all([listActiveServices(db, COMPLAINT), listKelurahan(db)]);
  const today = jakartaDate(clock.now());
  return renderPage(
    c,
    {
      title: t('Buat pengaduan', 'Submit a complaint'),
      description: t('Sampaikan pengaduan pelayanan publik Kota Surakarta.', 'Submit a public-service complaint to the City of Surakarta.'),
      status: opts.status,
    },
    <NewComplaintPage
      lang={lang}
      csrfToken={c.var.csrfToken}
      nonce={c.var.secureHeadersNonce}
      categories={categories.map((s) => ({ code: s.code, name: lang === 'en' ? s.name.en : s.name.id }))}
      kelurahan={kel}
      draft={opts.draft}
      errors={opts.errors}
      problem={opts.problem}
      formToken={opts.formToken}
      today={today}
      earliest={oneYearBefore(today)}
      filesDropped={opts.filesDropped}
    />,
  );
}

function draftFrom(form: FormInput): ComplaintDraft {
  return {
    service_code: form.text('service_code'),
    title: form.text('title'),
    description: form.text('description'),
    address: form.text('address'),
    kelurahan: form.text('kelurahan'),
    latitude: form.text('latitude'),
    longitude: form.text('longitude'),
    incident_date: form.text('incident_date'),
    privacy: form.text('privacy'),
    fully_anonymous: form.checked('fully_anonymous') || form.text('fully_anonymous') === 'ya',
    contact_name: form.text('contact_name'),
    contact_email: form.text('contact_email'),
    contact_phone: form.text('contact_phone'),
  };
}

function formTokenFrom(form: FormInput): string | null {
  const submitted = form.text('form_token');
  return TOKEN_RE.test(submitted) ? submitted : null;
}

/** Over the limit: the form again with everything typed and the reason at the top (429). */
async function refuseForNow(c: AppContext, refusal: TooManyRequestsError) {
  const form = await readForm(c);
  const files = await readFiles(form.files('files'));
  return renderForm(c, {
    draft: draftFrom(form),
    errors: {},
    formToken: formTokenFrom(form) ?? randomToken(24),
    filesDropped: files.length > 0,
    status: 429,
    problem: refusal.userMessage,
  });
}

export const complaintRoutes = new Hono<AppEnv>()
  .get('/baru', async (c) => {
    const wanted = c.req.query('kategori') ?? '';
    const categories = await listActiveServices(c.var.deps.db, COMPLAINT);
    const preselect = categories.some((s) => s.code === wanted) ? wanted : '';
    c.header('Cache-Control', 'no-store');
    return renderForm(c, {
      draft: { ...EMPTY_DRAFT, service_code: preselect },
      errors: {},
      formToken: randomToken(24),
      filesDropped: false,
      status: 200,
    });
  })
  .post('/baru', rateLimit({ ...COMPLAINT_SUBMIT_LIMIT, onLimited: refuseForNow }), async (c) => {
    const deps = c.var.deps;
    const form = await readForm(c);
    const draft = draftFrom(form);
    const formToken = formTokenFrom(form);
    const incoming = await readFiles(form.files('files'));

    const result = await checkIntake(deps.db, complaintKind, draft, deps.clock.now());
    const files = checkFiles(incoming);
    const errors: FieldErrors = result.ok ? {} : { ...result.errors };
    if (!files.ok) errors['files'] = files.error;
    if (!result.ok || !files.ok) {
      c.header('Cache-Control', 'no-store');
      return renderForm(c, {
        draft,
        errors,
        formToken: formToken ?? randomToken(24),
        filesDropped: incoming.length > 0,
        status: 422,
      });
    }

    const origin = publicUrl(deps.config);
    const idempotency = formToken ? { scope: 'form' as const, token: formToken, requestHash: await formRequestHash(draft, files.files) } : undefined;
    let created;
    try {
      created = await createCase(deps, complaintKind, result.value, { ...(idempotency ? { idempotency } : {}), files: files.files, channel: 'web', origin, language: c.var.lang });
    } catch (err) {
      // The token was used before with other content (the form was edited after sending): show the
      // form again as typed, with a new token, and nothing of the first complaint.
      if (!(err instanceof AppError && err.code === IDEMPOTENCY_REUSED)) throw err;
      c.header('Cache-Control', 'no-store');
      return renderForm(c, { draft, errors: {}, problem: err.userMessage, formToken: randomToken(24), filesDropped: incoming.length > 0, status: 409 });
    }
    const row = created.row;
    const [unit] = await deps.db.select({ name: units.name, nameEn: units.nameEn }).from(units).where(eq(units.id, row.unitId)).limit(1);
    const t = translator(c.var.lang);
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
    return renderPage(
      c,
      { title: t('Pengaduan terkirim', 'Complaint sent') },
      <CaseCreatedPage
        lang={c.var.lang}
        words={CREATED}
        trackingCode={row.trackingCode}
        accessKey={created.accessKey}
        link={trackingLink(origin, row.trackingCode, created.accessKey)}
        firstResponseDueAt={row.firstResponseDueAt}
        resolutionDueAt={row.resolutionDueAt}
        mail={created.mail}
        replay={created.replay}
        unitName={(c.var.lang === 'en' ? unit?.nameEn : unit?.name) ?? ''}
      />,
    );
  });
