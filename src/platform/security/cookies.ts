import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { honoContext, type AppContext } from '../http/context';

// Cookie names carry the `__Host-` prefix (Secure, whole site, no Domain) whenever cookies are
// Secure; only plain-http localhost development goes without, because browsers refuse it there.

const prefixFor = (c: AppContext) => (c.var.deps.config.secureCookies ? ({ prefix: 'host' } as const) : {});

export function readCookie(c: AppContext, name: string): string | undefined {
  return c.var.deps.config.secureCookies ? getCookie(honoContext(c), name, 'host') : getCookie(honoContext(c), name);
}

export function writeCookie(
  c: AppContext,
  name: string,
  value: string,
  opts: { maxAgeSeconds?: number; httpOnly?: boolean } = {},
): void {
  setCookie(honoContext(c), name, value, {
    path: '/',
    httpOnly: opts.httpOnly ?? true,
    secure: c.var.deps.config.secureCookies,
    sameSite: 'Lax',
    ...(opts.maxAgeSeconds !== undefined ? { maxAge: opts.maxAgeSeconds } : {}),
    ...prefixFor(c),
  });
}

export function clearCookie(c: AppContext, name: string): void {
  deleteCookie(honoContext(c), name, { path: '/', secure: c.var.deps.config.secureCookies, ...prefixFor(c) });
}
