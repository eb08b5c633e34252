import type { MiddlewareHandler } from 'hono';
import { isApiPath, type AppContext, type AppEnv } from '../http/context';
import { ForbiddenError } from '../http/errors';
import { readCookie, writeCookie } from './cookies';
import { hmacSign, randomToken, timingSafeEqual } from './crypto';

export const CSRF_COOKIE = 'pelita_csrf';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CsrfOptions {
  /** the session cookie's name: API calls that carry it need the token too */
  sessionCookie: string;
  /**
   * Requests whose form comes from a page kept for every visitor (src/platform/http/page-cache.ts),
   * which cannot carry a visitor's token: for them the browser's own word that the request comes
   * from our origin (Sec-Fetch-Site: same-origin, or an Origin of ours) stands in for the token.
   * Every browser since 2020 says so on a POST; one that says nothing still needs the token.
   */
  originSuffices?(c: AppContext): boolean;
}

const csrfError = (code: 'csrf_missing' | 'csrf_invalid' | 'csrf_cross_site') =>
  new ForbiddenError(
    {
      id: 'Formulir ini sudah kedaluwarsa atau tidak sah. Muat ulang halaman, lalu kirim lagi.',
      en: 'This form has expired or is not valid. Reload the page, then submit again.',
    },
    code,
  );

/**
 * Where our own pages are served from: the public address, and the address the request reached
 * (behind a TLS proxy the app sees http://… while the browser, rightly, says https://public).
 */
function ourOrigins(c: AppContext): string[] {
  const origins = [new URL(c.req.url).origin];
  const base = c.var.deps.config.baseUrl;
  if (base) origins.push(new URL(base).origin);
  return origins;
}

/**
 * Signed double-submit CSRF protection. Every visitor gets a random `__Host-` cookie; forms
 * carry HMAC(secret, cookie) in `_csrf` (htmx and JSON calls in `X-CSRF-Token`). A cross-site
 * request can neither read nor plant a `__Host-` cookie, so it cannot produce the token.
 * Calls authenticated by an `Authorization: Bearer` token carry no ambient authority and are
 * exempt, as are API calls without the session cookie (the public citizen API).
 */
export function csrfProtection(opts: CsrfOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // A JSON answer carries no form, so a read of the API needs no token and gets no cookie: the
    // random cookie and its HMAC were a third of what a public API read cost (issue 14.6). A
    // cookie caller takes its token from sign-in (a POST, below), not from a read.
    if (SAFE_METHODS.has(c.req.method) && isApiPath(c.req.path)) return next();
    const secret = c.var.deps.config.secret;
    let visitor = readCookie(c, CSRF_COOKIE);
    if (!visitor || visitor.length < 32) {
      visitor = randomToken(32);
      writeCookie(c, CSRF_COOKIE, visitor, { maxAgeSeconds: 60 * 60 * 24 * 7 });
    }
    const expected = await hmacSign(secret, `csrf:${visitor}`);
    c.set('csrfToken', expected);

    if (SAFE_METHODS.has(c.req.method)) return next();

    const hasBearer = /^Bearer\s/i.test(c.req.header('Authorization') ?? '');
    const hasSession = readCookie(c, opts.sessionCookie) !== undefined;
    if (hasBearer || (isApiPath(c.req.path) && !hasSession)) return next();

    // Browsers tell us where a request comes from; a cross-site form post is refused outright.
    const site = c.req.header('Sec-Fetch-Site');
    if (site === 'cross-site') throw csrfError('csrf_cross_site');
    const origin = c.req.header('Origin');
    if (origin && origin !== 'null' && !ourOrigins(c).includes(origin)) throw csrfError('csrf_cross_site');

    let presented = c.req.header(CSRF_HEADER);
    if (!presented) {
      const type = c.req.header('Content-Type') ?? '';
      if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
        const body = await c.req.parseBody({ all: true }).catch(() => ({}) as Record<string, unknown>);
        const v = body[CSRF_FIELD];
        presented = typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined;
      }
    }
    if (!presented && opts.originSuffices?.(c) && (site === 'same-origin' || (origin && ourOrigins(c).includes(origin)))) return next();
    if (!presented) throw csrfError('csrf_missing');
    if (!timingSafeEqual(presented, expected)) throw csrfError('csrf_invalid');
    return next();
  };
}
