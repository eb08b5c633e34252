// Signs a staff member in the way the app does (a real session row and cookies), for tests of
// staff features that are not about the sign-in screen itself.
import { eq } from 'drizzle-orm';
import { createSession } from '../../src/platform/auth/sessions';
import { staff } from '../../src/db/schema';
import { hmacSign, randomToken } from '../../src/platform/security/crypto';
import type { Harness } from '../harness/types';

export interface TestSession {
  staffId: number;
  /** Cookie header value carrying the session and the CSRF visitor cookie */
  cookie: string;
  /** the matching CSRF token for forms (`_csrf`) and `X-CSRF-Token` */
  csrf: string;
}

const name = (h: Harness, base: string) => (h.deps.config.secureCookies ? `__Host-${base}` : base);

/** A visitor with a CSRF cookie but no session: for citizen forms. */
export async function visitor(h: Harness): Promise<{ cookie: string; csrf: string }> {
  const v = randomToken(32);
  return { cookie: `${name(h, 'pelita_csrf')}=${v}`, csrf: await hmacSign(h.deps.config.secret, `csrf:${v}`) };
}

export async function signInAs(h: Harness, email: string): Promise<TestSession> {
  const [row] = await h.deps.db.select({ id: staff.id }).from(staff).where(eq(staff.email, email));
  if (!row) throw new Error(`no staff ${email}`);
  const value = await createSession(h.deps.db, row.id, h.clock.now(), h.deps.config);
  const v = await visitor(h);
  return { staffId: row.id, cookie: `${name(h, 'pelita_session')}=${value}; ${v.cookie}`, csrf: v.csrf };
}

/** POSTs an HTML form (urlencoded) with the CSRF field filled in. */
export function postForm(
  h: Harness,
  path: string,
  who: { cookie: string; csrf: string },
  fields: Record<string, string | string[]>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const body = new URLSearchParams();
  body.append('_csrf', who.csrf);
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  return h.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: who.cookie, ...headers },
    body,
    redirect: 'manual',
  });
}

/** A JSON API call with the session cookie: needs the CSRF header like any browser call. */
export function apiWithSession(h: Harness, path: string, who: TestSession, init: { method?: string; json?: unknown } = {}) {
  return h.request(path, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers: {
      Cookie: who.cookie,
      'X-CSRF-Token': who.csrf,
      ...(init.json !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
  });
}
