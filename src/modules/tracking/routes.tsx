// /lacak: anyone follows a complaint by its tracking code (status and public history); with the
// access key the citizen also sees replies, sends information, adds files, rates, reopens, and
// withdraws the complaint while it is open.
//
// The key never travels in a URL a server logs or a browser remembers (issue 8.12). The private
// link is /lacak/{code}#kunci={key}: the page's script (public/assets/tracking.js) takes the key
// out of the fragment and the history and POSTs it to /lacak/{code}/kunci, which sets a
// short-lived HttpOnly cookie for that case; without JavaScript the citizen pastes the key into
// the same form. Citizen forms carry the key as a hidden field or rely on the cookie. Pages that
// know the key send Referrer-Policy: no-referrer. A wrong key gets exactly the answer of an
// unknown code.
import { Hono } from 'hono';
import type { KeptUpload } from '../../../templates/_partials/case-kind-views';
import { TrackCasePage, type TrackAction } from '../../../templates/pages/tracking/track-case';
import { TrackFormPage } from '../../../templates/pages/tracking/track-form';
import { TrackLimitedPage } from '../../../templates/pages/tracking/track-limited';
import { checkFiles, readFiles } from '../cases/attachments';
import {
  addCitizenFiles,
  attachmentDownload,
  findByTrackingCode,
  findWithKey,
  provideInformation,
  rateCase,
  reopenCase,
  trackingNotFound,
  withdrawCase,
} from '../cases/citizen-actions';
import { isTrackingCode, normaliseTrackingCode } from '../cases/codes';
import type { CaseRow } from '../cases/commit';
import { findKindByCode, kindOf } from '../cases/kinds';
import { buildTrackingView, findForPublicTracking, type TrackingReads } from '../cases/tracking-view';
import type { AppContext, AppEnv } from '../../platform/http/context';
import { AppError, ValidationError, type TooManyRequestsError } from '../../platform/http/errors';
import { rateLimit } from '../../platform/http/rate-limit';
import { readForm, type FormInput } from '../../platform/http/form';
import { isKeptPage, keepPage } from '../../platform/http/page-cache';
import { renderPage } from '../../platform/http/render';
import { pick, translator, type Msg } from '../../platform/i18n/lang';
import { clearCookie, readCookie, writeCookie } from '../../platform/security/cookies';
import { randomToken } from '../../platform/security/crypto';
import { TRACKING_LIMIT } from '../complaints/limits';
import { keyCookieName } from './key-cookie';
import { publicPageHold, trackingPageVersion } from './kept-page';

const KEY_COOKIE_MINUTES = 30;

function privateHeaders(c: AppContext) {
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cache-Control', 'no-store');
}

function rememberKey(c: AppContext, row: CaseRow, key: string) {
  writeCookie(c, keyCookieName(row.trackingCode), key, { maxAgeSeconds: KEY_COOKIE_MINUTES * 60, httpOnly: true });
}

/** The case for a citizen action: key from the form or the cookie; anything wrong → the one 404. */
async function caseForAction(c: AppContext, form: FormInput): Promise<{ row: CaseRow; key: string }> {
  const code = normaliseTrackingCode(c.req.param('code') ?? '');
  const key = form.text('kunci') || (isTrackingCode(code) ? readCookie(c, keyCookieName(code)) : undefined) || '';
  const row = await findWithKey(c.var.deps.db, code, key);
  if (!row) throw trackingNotFound();
  return { row, key };
}

async function renderCase(
  c: AppContext,
  row: CaseRow,
  audience: 'public' | 'citizen',
  extra: {
    key?: string;
    errorsFor?: TrackAction;
    errors?: Record<string, Msg>;
    problem?: Msg;
    done?: Msg;
    typed?: Record<string, string>;
    kept?: readonly KeptUpload[];
    status?: 200 | 409 | 422;
    /** what was read with the case (findForPublicTracking) */
    reads?: TrackingReads;
    /** the public page may be kept for every visitor under this version (kept-page.ts) */
    keep?: { version: string; scope: string };
  } = {},
) {
  // read before the view's own now: the instant a kept page holds until is then never later than its due
  const before = c.var.deps.clock.now();
  const view = await buildTrackingView(c.var.deps, row, audience, extra.reads);
  if (audience === 'citizen') privateHeaders(c);
  const hold = extra.keep ? publicPageHold(view, before) : null;
  if (extra.keep && hold) keepPage(c, extra.keep.version, extra.keep.scope, hold.until);
  // a kept page carries nothing of the request's own (kept-page.ts)
  const kept = isKeptPage(c);
  return renderPage(
    c,
    { title: `${pick(view.kind.label, c.var.lang)} ${row.trackingCode}`, status: extra.status ?? 200 },
    <TrackCasePage
      lang={c.var.lang}
      csrfToken={kept ? undefined : c.var.csrfToken}
      nonce={kept ? undefined : c.var.secureHeadersNonce}
      view={view}
      views={kindOf(row.kind).views}
      accessKey={audience === 'citizen' ? extra.key : undefined}
      errorsFor={extra.errorsFor}
      errors={extra.errors ?? {}}
      problem={extra.problem}
      done={extra.done}
      typed={extra.typed ?? {}}
      kept={extra.kept ?? []}
      formToken={randomToken(24)}
    />,
  );
}

/**
 * Runs a citizen action and answers with the private page: the success message, or the error next
 * to the field (422) or as a problem at the top (409/422 without a field).
 */
async function citizenAction(
  c: AppContext,
  action: TrackAction,
  run: (row: CaseRow, form: FormInput) => Promise<void>,
  done: Msg,
  typedFields: string[] | ((name: string) => boolean),
  kept?: (form: FormInput) => Promise<readonly KeptUpload[]>,
) {
  const form = await readForm(c);
  const { row, key } = await caseForAction(c, form);
  rememberKey(c, row, key);
  const names = Array.isArray(typedFields) ? typedFields : Object.keys(form.values()).filter(typedFields);
  const typed = Object.fromEntries(names.map((f) => [f, form.text(f)]));
  try {
    await run(row, form);
  } catch (err) {
    if (err instanceof AppError && (err.status === 422 || err.status === 409)) {
      const fresh = (await findByTrackingCode(c.var.deps.db, row.trackingCode)) ?? row;
      const fields = err instanceof ValidationError ? err.fields : undefined;
      return renderCase(c, fresh, 'citizen', {
        key,
        errorsFor: action,
        ...(fields ? { errors: fields } : { problem: err.userMessage }),
        typed,
        ...(kept ? { kept: await kept(form) } : {}),
        status: err.status as 409 | 422,
      });
    }
    throw err;
  }
  const fresh = (await findByTrackingCode(c.var.deps.db, row.trackingCode)) ?? row;
  return renderCase(c, fresh, 'citizen', { key, done });
}

async function checkedFilesFrom(form: FormInput) {
  const check = checkFiles(await readFiles(form.files('files')));
  if (!check.ok) throw new ValidationError({ files: check.error });
  return check.files;
}

/** Over the limit at the key form: the form again with the typed code; the key is not checked. */
async function refuseLookupForNow(c: AppContext, refusal: TooManyRequestsError) {
  const form = await readForm(c);
  const t = translator(c.var.lang);
  return renderPage(
    c,
    { title: t('Lacak pengaduan', 'Track a complaint'), status: 429 },
    <TrackFormPage lang={c.var.lang} csrfToken={c.var.csrfToken} code={form.trimmed('kode') || (c.req.param('code') ?? '')} problem={refusal.userMessage} />,
  );
}

const TYPED_LABELS: Record<string, Msg> = {
  message: { id: 'Pesan', en: 'Message' },
  comment: { id: 'Komentar', en: 'Comment' },
};

/**
 * Over the limit at a citizen action: what was typed, in a form that sends it again later. The
 * key is not checked (that is what the limit holds back), so nothing of the case is shown.
 */
async function refuseActionForNow(c: AppContext, refusal: TooManyRequestsError) {
  const form = await readForm(c);
  const code = normaliseTrackingCode(c.req.param('code') ?? '');
  const fields = Object.entries(form.values()).filter((e): e is [string, string] => typeof e[1] === 'string');
  privateHeaders(c);
  // the key is not checked, so the case is not read: its kind is the one its code's prefix names
  const label = findKindByCode(code)?.label ?? { id: 'Kasus', en: 'Case' };
  return renderPage(
    c,
    { title: `${pick(label, c.var.lang)} ${code}`, status: 429 },
    <TrackLimitedPage
      lang={c.var.lang}
      csrfToken={c.var.csrfToken}
      code={code}
      label={label}
      message={refusal.userMessage}
      action={`/lacak/${encodeURIComponent(code)}/${c.req.path.split('/').pop() ?? ''}`}
      typed={fields.filter(([name]) => TYPED_LABELS[name]).map(([name, value]) => ({ name, label: TYPED_LABELS[name]!, value }))}
      carried={fields.filter(([name]) => !TYPED_LABELS[name]).map(([name, value]) => ({ name, value }))}
      takesFiles={/\/(informasi|lampiran)$/.test(c.req.path)}
    />,
  );
}

const actionLimit = rateLimit({ ...TRACKING_LIMIT, onLimited: refuseActionForNow });

export const trackingRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const typed = c.req.query('kode');
    if (typed) {
      const code = normaliseTrackingCode(typed);
      return c.redirect(`/lacak/${encodeURIComponent(code)}`, 303);
    }
    const t = translator(c.var.lang);
    return renderPage(c, { title: t('Lacak pengaduan', 'Track a complaint') }, <TrackFormPage lang={c.var.lang} csrfToken={c.var.csrfToken} />);
  })
  .post('/', rateLimit({ ...TRACKING_LIMIT, onLimited: refuseLookupForNow }), async (c) => {
    const form = await readForm(c);
    const typed = form.trimmed('kode');
    const key = form.trimmed('kunci');
    const t = translator(c.var.lang);
    if (!typed) {
      return renderPage(
        c,
        { title: t('Lacak pengaduan', 'Track a complaint'), status: 422 },
        <TrackFormPage
          lang={c.var.lang}
          csrfToken={c.var.csrfToken}
          errors={{ kode: { id: 'Masukkan kode pelacakan.', en: 'Enter the tracking code.' } }}
        />,
      );
    }
    const code = normaliseTrackingCode(typed);
    if (!key) return c.redirect(`/lacak/${encodeURIComponent(code)}`, 303);
    const row = await findWithKey(c.var.deps.db, code, key);
    if (!row) {
      privateHeaders(c);
      throw trackingNotFound();
    }
    rememberKey(c, row, key);
    return renderCase(c, row, 'citizen', { key });
  })
  .get('/:code', async (c) => {
    const code = normaliseTrackingCode(c.req.param('code'));
    const legacy = c.req.query('kunci');
    if (legacy !== undefined) {
      // Links from before issue 8.12 put the key in the query. A GET never opens the private view
      // (nothing is looked up, no cookie is set): the key moves to the fragment, where the page's
      // script exchanges it by POST and removes it. Refusing would strand a citizen whose only
      // copy of the key is that link (it is shown once and cannot be recovered); the request that
      // carried it has already been logged, answering it does not spread it further.
      privateHeaders(c);
      const fragment = legacy.length > 0 && legacy.length <= 200 ? `#kunci=${encodeURIComponent(legacy)}` : '';
      return c.redirect(`/lacak/${encodeURIComponent(code)}${fragment}`, 303);
    }
    const found = await findForPublicTracking(c.var.deps.db, code);
    if (!found) throw trackingNotFound();
    const { row, reads } = found;
    const remembered = readCookie(c, keyCookieName(row.trackingCode));
    if (remembered) {
      const ok = await findWithKey(c.var.deps.db, code, remembered);
      if (ok) {
        rememberKey(c, ok, remembered);
        return renderCase(c, ok, 'citizen', { key: remembered });
      }
      clearCookie(c, keyCookieName(row.trackingCode));
    }
    const version = trackingPageVersion(reads.versionRows[0]?.value, row.pageMark);
    return renderCase(c, row, 'public', { reads, keep: { version, scope: row.trackingCode } });
  })
  .post('/:code/kunci', rateLimit({ ...TRACKING_LIMIT, onLimited: refuseLookupForNow }), async (c) => {
    // The key, typed or taken from the fragment by the script, for a cookie: POST only, with CSRF
    // (the middleware), so a link or a prefetch can never open a private view.
    const key = (await readForm(c)).trimmed('kunci');
    privateHeaders(c);
    const row = await findWithKey(c.var.deps.db, normaliseTrackingCode(c.req.param('code')), key);
    if (!row) throw trackingNotFound();
    rememberKey(c, row, key);
    return c.redirect(`/lacak/${encodeURIComponent(row.trackingCode)}`, 303);
  })
  .post('/:code/informasi', actionLimit, (c) =>
    citizenAction(
      c,
      'info',
      async (row, form) => provideInformation(c.var.deps, row, form.text('message'), await checkedFilesFrom(form)),
      { id: 'Informasi terkirim. Petugas akan melanjutkan penanganan.', en: 'Information sent. Staff will continue handling the complaint.' },
      ['message'],
    ),
  )
  .post('/:code/lampiran', actionLimit, (c) =>
    citizenAction(
      c,
      'files',
      async (row, form) => addCitizenFiles(c.var.deps, row, await checkedFilesFrom(form), form.text('message')),
      { id: 'Berkas tersimpan.', en: 'Files saved.' },
      ['message'],
    ),
  )
  .post('/:code/penilaian', actionLimit, (c) =>
    citizenAction(
      c,
      'rating',
      async (row, form) => {
        const elements = Array.from({ length: 9 }, (_, i) => {
          const v = form.trimmed(`u${i + 1}`);
          return v === '' ? null : /^\d+$/.test(v) ? Number(v) : Number.NaN;
        });
        await rateCase(c.var.deps, row, elements, form.text('comment'));
      },
      { id: 'Terima kasih atas penilaian Anda.', en: 'Thank you for your rating.' },
      ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9', 'comment'],
    ),
  )
  .post('/:code/buka-kembali', actionLimit, (c) =>
    citizenAction(
      c,
      'reopen',
      async (row, form) => reopenCase(c.var.deps, row, form.text('message')),
      { id: 'Pengaduan dibuka kembali. Petugas akan menindaklanjuti.', en: 'The complaint was reopened. Staff will follow it up.' },
      ['message'],
    ),
  )
  .post('/:code/cabut', actionLimit, (c) =>
    citizenAction(
      c,
      'withdraw',
      async (row, form) => {
        // a withdrawal cannot be undone: the page asks for a tick first
        if (!form.text('konfirmasi'))
          throw new ValidationError({
            konfirmasi: {
              id: 'Centang pernyataan bahwa Anda ingin mencabut pengaduan ini.',
              en: 'Tick the statement that you want to withdraw this complaint.',
            },
          });
        await withdrawCase(c.var.deps, row, form.text('message'));
      },
      { id: 'Pengaduan Anda sudah dicabut. Terima kasih telah memberi tahu kami.', en: 'Your complaint was withdrawn. Thank you for letting us know.' },
      ['message'],
    ),
  )
  // the citizen's actions only a kind has (a permit's revision): the kind its code names says what
  .post('/:code/:action{[a-z][a-z-]{0,30}}', actionLimit, (c) => {
    const spec = findKindByCode(normaliseTrackingCode(c.req.param('code')))?.citizenActions?.[c.req.param('action')];
    if (!spec) throw trackingNotFound();
    const kept = spec.kept ? (form: FormInput) => spec.kept!(c.var.deps, form) : undefined;
    return citizenAction(c, 'kind', (row, form) => spec.run(c.var.deps, row, form), spec.done, spec.typed, kept);
  })
  .get('/:code/lampiran/:id', async (c) => {
    const code = normaliseTrackingCode(c.req.param('code'));
    const row = await findByTrackingCode(c.var.deps.db, code);
    if (!row) throw trackingNotFound();
    // the case's cookie only: a key in this URL would sit in logs and the history
    const key = readCookie(c, keyCookieName(row.trackingCode));
    const citizen = key ? (await findWithKey(c.var.deps.db, code, key)) !== null : false;
    return attachmentDownload(c.var.deps, row, citizen ? 'citizen' : 'public', c.req.param('id'));
  })
  // an image attachment as a thumbnail (issue 13.6): the download's own check, the case's cookie only
  .get('/:code/lampiran/:id/pratinjau', async (c) => {
    const code = normaliseTrackingCode(c.req.param('code'));
    const row = await findByTrackingCode(c.var.deps.db, code);
    if (!row) throw trackingNotFound();
    const key = readCookie(c, keyCookieName(row.trackingCode));
    const citizen = key ? (await findWithKey(c.var.deps.db, code, key)) !== null : false;
    return attachmentDownload(c.var.deps, row, citizen ? 'citizen' : 'public', c.req.param('id'), 'preview');
  });
