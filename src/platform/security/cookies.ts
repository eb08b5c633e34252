import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../http/context';

// Cookie names carry the `__Host-` prefix (Secure, whole site, no Domain) whenever cookies are
// Secure; only plain-http localhost development goes without, because browsers refuse it there.

const prefixFor = (c: Context<AppEnv>) => (c.var.deps.config.secureCookies ? ({ prefix: 'host' } as const) : {});

export function readCookie(c: Context<AppEnv>, name: string): string | undefined {
  return c.var.deps.config.secureCookies ? getCookie(c, name, 'host') : getCookie(c, name);
}

export function writeCookie(
  c: Context<AppEnv>,
  name: string,
  value: string,
  opts: { maxAgeSeconds?: number; httpOnly?: boolean } = {},
): void {
  setCookie(c, name, value, {
    path: '/',
    httpOnly: opts.httpOnly ?? true,
    secure: c.var.deps.config.secureCookies,
    sameSite: 'Lax',
    ...(opts.maxAgeSeconds !== undefined ? { maxAge: opts.maxAgeSeconds } : {}),
    ...prefixFor(c),
  });
}

export function clearCookie(c: Context<AppEnv>, name: string): void {
  deleteCookie(c, name, { path: '/', secure: c.var.deps.config.secureCookies, ...prefixFor(c) });
}
