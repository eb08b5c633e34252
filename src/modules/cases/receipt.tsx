// The result page after a complaint or a permit application is sent (issue 13.2). The form's POST
// answers 303 to GET {base}/terkirim/{code}, so Back and reload never send it again, and the page
// survives a reload and the language switch for RECEIPT_MINUTES in the browser that sent it.
//
// The key is never readable at rest: the case keeps it sealed under a key derived from the server
// secret and the form's token (src/modules/cases/create.ts). The sending browser alone gets that
// token back, in an HttpOnly cookie signed by the server with its expiry; the page opens the seal
// with it. Another browser, a forged or altered cookie, or the same one after the half hour sees
// only that the key was shown and where to find it again (the mail, when an address was given).
// The cookie is named after the tracking code, so two submissions from one browser both keep
// their page. Copy, print and a saved receipt (text and PDF) keep the key from being lost.
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { CaseCreatedPage, CaseReceiptGonePage, type CaseCreatedWords } from '../../../templates/_partials/case-created';
import { services, units } from '../../db/schema';
import type { AppContext, AppEnv } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { publicUrl } from '../../platform/http/public-url';
import { renderPage } from '../../platform/http/render';
import { pick, type Msg } from '../../platform/i18n/lang';
import { readCookie, writeCookie } from '../../platform/security/cookies';
import { hmacSign, hmacVerify } from '../../platform/security/crypto';
import { contentDisposition } from './attachments';
import { findSubmitted, type CreatedCase } from './create';
import type { CaseKind } from './kinds';
import { trackingLink } from './mail';
import { receiptFileName, receiptText, type ReceiptFacts } from './receipt-file';

/** How long the sending browser sees the key again after sending. */
export const RECEIPT_MINUTES = 30;

const CODE_RE = /^[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/** What a kind's result page says: the page title and the words of the confirmation. */
export interface ReceiptSpec {
  kind: CaseKind;
  /** where the kind's form lives: '/pengaduan' or '/izin' */
  base: string;
  title: Msg;
  words: CaseCreatedWords;
}

const cookieName = (code: string) => `pelita_terkirim_${code}`;
const signed = (code: string, token: string, expires: number) => `receipt:${code}:${token}:${expires}`;

export function receiptPath(base: string, code: string, replay = false): string {
  return `${base}/terkirim/${code}${replay ? '?ulang=1' : ''}`;
}

/**
 * After a successful submission: gives this browser the form's token for the result page, signed
 * with its expiry, and answers 303 there.
 */
export async function redirectToReceipt(c: AppContext, base: string, created: CreatedCase, token: string): Promise<Response> {
  const code = created.row.trackingCode;
  const expires = c.var.deps.clock.now().getTime() + RECEIPT_MINUTES * 60_000;
  const sig = await hmacSign(c.var.deps.config.secret, signed(code, token, expires));
  writeCookie(c, cookieName(code), `${token}.${expires}.${sig}`, { maxAgeSeconds: RECEIPT_MINUTES * 60, httpOnly: true });
  c.header('Cache-Control', 'no-store');
  return c.redirect(receiptPath(base, code, created.replay), 303);
}

/** The case and its key for this browser, or null (no cookie, forged, expired, another case). */
async function openReceipt(c: AppContext, kind: CaseKind, code: string): Promise<CreatedCase | null> {
  if (!CODE_RE.test(code)) return null;
  const parts = (readCookie(c, cookieName(code)) ?? '').split('.');
  if (parts.length !== 3) return null;
  const [token, expiresS, sig] = parts as [string, string, string];
  const expires = Number(expiresS);
  if (!Number.isSafeInteger(expires) || expires <= c.var.deps.clock.now().getTime()) return null;
  if (!(await hmacVerify(c.var.deps.config.secret, signed(code, token, expires), sig))) return null;
  const found = await findSubmitted(c.var.deps, kind, token);
  return found && found.row.trackingCode === code ? found : null;
}

async function factsOf(c: AppContext, spec: ReceiptSpec, created: CreatedCase): Promise<ReceiptFacts> {
  const row = created.row;
  const { db } = c.var.deps;
  const [[service], [unit]] = await Promise.all([
    db.select({ id: services.nameId, en: services.nameEn }).from(services).where(eq(services.id, row.serviceId)).limit(1),
    db.select({ id: units.name, en: units.nameEn }).from(units).where(eq(units.id, row.unitId)).limit(1),
  ]);
  return {
    heading: spec.words.heading,
    trackingCode: row.trackingCode,
    accessKey: created.accessKey,
    link: trackingLink(publicUrl(c.var.deps.config), row.trackingCode, created.accessKey),
    serviceName: service ?? { id: '', en: '' },
    unitName: unit ?? { id: '', en: '' },
    submittedAt: row.submittedAt,
    firstDue: { label: spec.words.firstDue, at: row.firstResponseDueAt },
    finalDue: { label: spec.words.finalDue, at: row.resolutionDueAt },
  };
}

const GONE: Msg = {
  id: 'Tanda terima ini hanya dapat diunduh sesaat setelah pengiriman, di perangkat yang mengirimnya.',
  en: 'This receipt can only be downloaded shortly after sending, on the device that sent it.',
};

/** A private answer: the key must stay out of caches and Referer headers. */
function privateHeaders(c: AppContext) {
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
}

/** GET {base}/terkirim/{code} and its two receipt files, for one kind. */
export function receiptRoutes(spec: ReceiptSpec) {
  return new Hono<AppEnv>()
    .get('/terkirim/:code', async (c) => {
      const code = c.req.param('code');
      privateHeaders(c);
      const created = await openReceipt(c, spec.kind, code);
      const lang = c.var.lang;
      if (!created) {
        if (!CODE_RE.test(code)) throw new NotFoundError();
        return renderPage(c, { title: pick(spec.title, lang) }, <CaseReceiptGonePage lang={lang} words={spec.words} trackingCode={code} minutes={RECEIPT_MINUTES} />);
      }
      const facts = await factsOf(c, spec, created);
      const here = receiptPath(spec.base, code);
      return renderPage(
        c,
        { title: pick(spec.title, lang) },
        <CaseCreatedPage
          lang={lang}
          words={spec.words}
          trackingCode={code}
          accessKey={created.accessKey}
          link={facts.link}
          firstResponseDueAt={created.row.firstResponseDueAt}
          resolutionDueAt={created.row.resolutionDueAt}
          mail={created.mail}
          replay={c.req.query('ulang') === '1'}
          unitName={pick(facts.unitName, lang)}
          receipt={{ minutes: RECEIPT_MINUTES, txtHref: `${here}/tanda-terima.txt`, pdfHref: `${here}/tanda-terima.pdf` }}
        />,
      );
    })
    .get('/terkirim/:code/tanda-terima.txt', async (c) => {
      const created = await openReceipt(c, spec.kind, c.req.param('code'));
      if (!created) throw new NotFoundError(GONE);
      const text = receiptText(await factsOf(c, spec, created));
      return fileResponse(new TextEncoder().encode(text), 'text/plain; charset=utf-8', receiptFileName(created.row.trackingCode, 'txt'));
    })
    .get('/terkirim/:code/tanda-terima.pdf', async (c) => {
      const created = await openReceipt(c, spec.kind, c.req.param('code'));
      if (!created) throw new NotFoundError(GONE);
      const bytes = await c.var.deps.pdf({ kind: 'receipt', facts: await factsOf(c, spec, created) });
      return fileResponse(bytes, 'application/pdf', receiptFileName(created.row.trackingCode, 'pdf'));
    });
}

function fileResponse(bytes: Uint8Array, type: string, name: string): Response {
  return new Response(bytes as BodyInit, {
    headers: {
      'Content-Type': type,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': contentDisposition(name),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  });
}
