// The citizen's access key, once exchanged (POST /lacak/{code}/kunci), rides in a short-lived
// HttpOnly cookie of its case (routes.tsx). What the rest of the portal needs to know of it.
import type { AppContext } from '../../platform/http/context';

const KEY_COOKIE_PREFIX = 'pelita_kunci_';

/** The HttpOnly cookie that holds a case's access key for a while (also read by the permit document downloads). */
export function keyCookieName(code: string): string {
  return `${KEY_COOKIE_PREFIX}${code.replace(/[^A-Z0-9]/g, '')}`;
}

/**
 * Whether the request carries some case's key: its answers are the citizen's own (the private
 * view), so no kept page is answered to it nor kept from it (src/pipeline.tsx).
 */
export function holdsCaseKey(c: AppContext): boolean {
  return c.req.header('Cookie')?.includes(KEY_COOKIE_PREFIX) ?? false;
}

/**
 * The key exchange, the one form a kept public tracking page carries (kept-page.ts). Such a page
 * is the same for every visitor, so it cannot carry a visitor's CSRF token; the browser's own word
 * that the request comes from our origin (Origin, Sec-Fetch-Site) stands in for it
 * (src/platform/security/csrf.ts originSuffices).
 */
export function isKeyExchange(c: AppContext): boolean {
  return c.req.method === 'POST' && /^\/lacak\/[^/]+\/kunci$/.test(c.req.path);
}
