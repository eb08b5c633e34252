// Whole public pages kept as answered (issue 14.4). The home page, the catalogue and a service's
// page are the same for every visitor who is not signed in until an admin changes what they are
// made of (the reference data: services, units, kelurahan, holidays). Rendering one took ~0.5 ms
// of the one thread every citizen waits on, and its compression more; a kept answer is bytes and
// headers handed back as they are.
//
// A route opts in with keepPage(c, version): the version of the reference data it rendered
// from. Such a page is rendered with nothing of the request's own (src/platform/http/render.tsx):
// no CSRF token (it has no form that changes anything; the visitor's first form page gives them
// their cookie) and no script nonce (its scripts are files of our origin, which the CSP's 'self'
// allows; with no nonce in its CSP it allows no inline script at all). So the answer leaving the
// pipeline — compressed or not, with every header the middleware gave it — is kept as it is, less
// the cookie and the unused nonce, and answered to the next visitor of the same page, language and
// encoding while the version holds: an admin's edit (through any thread, process or script)
// shows on the very next request.
//
// A page that shows more than the reference data names it as its scope: a case's public tracking
// page is kept under the case's tracking code, and its version is that case's mark with the
// reference version (src/modules/tracking/kept-page.ts); the pipeline says how each scope's
// version is read now. A page that the clock alone changes at a known instant (a paused case's
// deadline moves with every minute of the pause) is kept until that instant.
import type { MiddlewareHandler } from 'hono';
import type { AppContext, AppEnv } from './context';

export interface PageCacheOptions {
  /**
   * whether the request carries someone's own standing (signed in, or a case's key): a kept page
   * is never answered to them, nor kept from their answer
   */
  personal(c: AppContext): boolean;
  /** the version, now, of what pages kept under `scope` ('' for the reference data alone) are made of; null: none */
  currentVersion(c: AppContext, scope: string): Promise<string | null>;
  /** what else changes the answer's bytes: the compression the client takes (none on Workers) */
  variantOf?(c: AppContext): string;
  /** the app's clock, in ms: a page kept `until` an instant is not answered from then on */
  now(c: AppContext): number;
  /** how many bytes of answers are kept at most; the one used longest ago goes first (default 16 MiB) */
  maxBytes?: number;
}

interface KeptAnswer {
  version: string;
  scope: string;
  /** the instant the page may show otherwise by the clock alone (a paused case's moving deadline) */
  until: number | undefined;
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
}

/**
 * Marks the page being answered as the same for every visitor without standing of their own while
 * `version` (of what `scope` names: '' the reference data, else a case's tracking code) holds, and
 * the clock has not reached `until`; it is kept when the request is one whose answer may be
 * (keyOf), else rendered as usual.
 */
export function keepPage(c: AppContext, version: string, scope = '', until?: number): void {
  const keeping = c.var.pageKeeping;
  if (!keeping) return;
  keeping.version = version;
  keeping.scope = scope;
  keeping.until = until;
}

/** Whether the page being rendered is one to keep (render.tsx leaves the request's own values out). */
export function isKeptPage(c: AppContext): boolean {
  return c.var.pageKeeping?.version !== undefined;
}

/**
 * The key a request's answer is kept under, or null when it must be rendered for it: only a plain
 * GET of a path (no query: its values are unbounded) by someone not signed in, for a whole page.
 */
function keyOf(c: AppContext, opts: PageCacheOptions): string | null {
  if (c.req.method !== 'GET' || c.req.url.includes('?')) return null;
  if (c.req.header('Authorization') !== undefined || c.req.header('HX-Request') !== undefined) return null;
  if (opts.personal(c)) return null;
  return `${c.var.lang} ${opts.variantOf?.(c) ?? ''} ${c.req.path}`;
}

/** The answer as kept: its bytes, and its headers but the visitor's cookie and the unused nonce. */
function keepable(c: AppContext, res: Response, body: Uint8Array<ArrayBuffer>, version: string, scope: string, until: number | undefined): KeptAnswer | null {
  const nonce = c.var.secureHeadersNonce;
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (name === 'set-cookie') return;
    headers[name] = name === 'content-security-policy' && nonce ? value.replace(` 'nonce-${nonce}'`, '') : value;
  });
  // a page that opted in but carries a request's own value is answered, never kept
  if (!headers['content-encoding']) {
    const text = new TextDecoder().decode(body);
    if ((nonce && text.includes(nonce)) || (c.var.csrfToken && text.includes(c.var.csrfToken))) return null;
  }
  return { version, scope, until, body, headers };
}

const answer = (kept: KeptAnswer) => new Response(kept.body, { status: 200, headers: kept.headers });

export function pageCache(opts: PageCacheOptions): MiddlewareHandler<AppEnv> {
  // in the order of their last use (a Map iterates in insertion order): the first goes first
  const kept = new Map<string, KeptAnswer>();
  const maxBytes = opts.maxBytes ?? 16 * 1024 * 1024;
  let bytes = 0;
  const drop = (key: string) => {
    const page = kept.get(key);
    if (!page) return;
    kept.delete(key);
    bytes -= page.body.byteLength;
  };
  const put = (key: string, page: KeptAnswer) => {
    drop(key);
    if (page.body.byteLength > maxBytes) return;
    for (const k of kept.keys()) {
      if (bytes + page.body.byteLength <= maxBytes) break;
      drop(k);
    }
    kept.set(key, page);
    bytes += page.body.byteLength;
  };
  return async (c, next) => {
    const key = keyOf(c, opts);
    if (key === null) return next();
    const page = kept.get(key);
    if (page) {
      if ((page.until === undefined || opts.now(c) < page.until) && page.version === (await opts.currentVersion(c, page.scope))) {
        // the most recently used now
        if (kept.get(key) === page) put(key, page);
        return answer(page);
      }
      if (kept.get(key) === page) drop(key);
    }
    const keeping: NonNullable<AppContext['var']['pageKeeping']> = {};
    c.set('pageKeeping', keeping);
    await next();
    const version = keeping.version;
    if (version === undefined || c.res.status !== 200) return;
    // the body is read once (no copy of the stream): the answer is then made again from its bytes
    const res = c.res;
    const body = new Uint8Array(await res.arrayBuffer());
    const made = keepable(c, res, body, version, keeping.scope ?? '', keeping.until);
    if (made) put(key, made);
    // this visitor gets what the next will: the same bytes and headers (no cookie, no nonce)
    c.res = undefined;
    c.res = made ? answer(made) : new Response(body, { status: res.status, headers: res.headers });
  };
}
