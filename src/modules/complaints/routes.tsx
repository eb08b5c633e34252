// /pengaduan/baru: the citizen's complaint form (multipart, works without JavaScript); a sent
// complaint answers 303 to its result page /pengaduan/terkirim/{code} (src/modules/cases/receipt.tsx).
import { Hono } from 'hono';
import type { CaseCreatedWords } from '../../../templates/_partials/case-created';
import { NewComplaintPage } from '../../../templates/pages/complaints/new-complaint';
import { MAX_FILES, readFiles } from '../cases/attachments';
import { checkEach, keepPending, listPending, loadPending, removePending, REMOVE_FIELD, type PendingUpload } from '../cases/pending-uploads';
import { checkIntake, createCase, formRequestHash, IDEMPOTENCY_REUSED } from '../cases/create';
import { receiptRoutes, redirectToReceipt } from '../cases/receipt';
import { EMPTY_DRAFT, oneYearBefore, type ComplaintDraft } from '../../domain/complaints/draft';
import { jakartaDate } from '../../domain/time/jakarta';
import type { AppContext, AppEnv } from '../../platform/http/context';
import { publicUrl } from '../../platform/http/public-url';
import { AppError, TooManyRequestsError } from '../../platform/http/errors';
import { answerRefusal } from '../../platform/http/rate-limit';
import { hitOf, submissionLimit } from '../../platform/http/submission-limit';
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
  opts: { draft: ComplaintDraft; errors: FieldErrors; problem?: Msg; formToken: string; filesDropped: boolean; kept?: readonly PendingUpload[]; status: 200 | 409 | 422 | 429 },
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
      kept={opts.kept ?? []}
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

function tooManyFiles(kept: number, chosen: number): Msg {
  if (kept === 0) return { id: `Paling banyak ${MAX_FILES} berkas per kiriman; Anda memilih ${chosen}.`, en: `At most ${MAX_FILES} files per submission; you chose ${chosen}.` };
  return {
    id: `Paling banyak ${MAX_FILES} berkas per kiriman: ${kept} sudah terlampir dan Anda memilih ${chosen} lagi. Hapus sebagian, lalu pilih kembali.`,
    en: `At most ${MAX_FILES} files per submission: ${kept} are already attached and you chose ${chosen} more. Remove some, then choose again.`,
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
  const token = formTokenFrom(form) ?? randomToken(24);
  return renderForm(c, {
    draft: draftFrom(form),
    errors: {},
    formToken: token,
    // what an earlier try kept stays; nothing new is stored for an address over its limit
    filesDropped: files.length > 0,
    kept: await listPending(c.var.deps, token),
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
  .post('/baru', submissionLimit({ ...COMPLAINT_SUBMIT_LIMIT, onLimited: refuseForNow }), async (c) => {
    const deps = c.var.deps;
    const form = await readForm(c);
    const draft = draftFrom(form);
    // a form without its token still gets one: kept files and the result page hang on it
    const token = formTokenFrom(form) ?? randomToken(24);
    await removePending(deps, token, form.all(REMOVE_FIELD));
    const kept = await listPending(deps, token);
    const chosen = checkEach(await readFiles(form.files('files')));
    const tooMany = kept.length + chosen.accepted.length > MAX_FILES;

    const result = await checkIntake(deps.db, complaintKind, draft, deps.clock.now());
    const errors: FieldErrors = result.ok ? {} : { ...result.errors };
    if (chosen.error) errors['files'] = chosen.error;
    else if (tooMany) errors['files'] = tooManyFiles(kept.length, chosen.accepted.length);
    if (!result.ok || chosen.error || tooMany) {
      // every accepted photo stays with the form (issue 13.3), unless there are more than it takes
      if (!tooMany) await keepPending(deps, token, chosen.accepted);
      c.header('Cache-Control', 'no-store');
      return renderForm(c, { draft, errors, formToken: token, filesDropped: tooMany, kept: await listPending(deps, token), status: 422 });
    }

    const origin = publicUrl(deps.config);
    const files = [...(await loadPending(deps, token)), ...chosen.accepted];
    const idempotency = { scope: 'form' as const, token, requestHash: await formRequestHash(draft, files) };
    let created;
    try {
      created = await createCase(deps, complaintKind, result.value, { idempotency, files, channel: 'web', origin, language: c.var.lang, ...hitOf(c) });
    } catch (err) {
      // the address went over its limit while this one was being checked
      if (err instanceof TooManyRequestsError) return answerRefusal(c, err, refuseForNow);
      // The token was used before with other content (the form was edited after sending): show the
      // form again as typed, with a new token (its files kept under it), and nothing of the first complaint.
      if (!(err instanceof AppError && err.code === IDEMPOTENCY_REUSED)) throw err;
      const fresh = randomToken(24);
      await keepPending(deps, fresh, files);
      c.header('Cache-Control', 'no-store');
      return renderForm(c, { draft, errors: {}, problem: err.userMessage, formToken: fresh, filesDropped: false, kept: await listPending(deps, fresh), status: 409 });
    }
    return redirectToReceipt(c, '/pengaduan', created, token);
  })
  .route('/', receiptRoutes({ kind: complaintKind, base: '/pengaduan', title: { id: 'Pengaduan terkirim', en: 'Complaint sent' }, words: CREATED }));
