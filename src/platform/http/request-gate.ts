// The first thing every request meets, before anything reads its body: is the path one of ours,
// does it take this method, and is the body within what the route takes (src/platform/http/body-limits.ts)?
// Only then is a form body parsed, once, on routes that take forms.
import type { MiddlewareHandler } from 'hono';
import type { RouterRoute } from 'hono/types';
import { bodyLimit } from 'hono/body-limit';
import { TrieRouter } from 'hono/router/trie-router';
import { BODY_LIMITS, UNDECLARED_LENGTH_MAX, type BodyLimit } from './body-limits';
import type { AppContext, AppEnv } from './context';
import { BadRequestError, MethodNotAllowedError, NotFoundError, PayloadTooLargeError } from './errors';

const FORM_TYPES = new Set(['multipart/form-data', 'application/x-www-form-urlencoded']);

/** Which methods the app's routes take at a path (middleware registered with `use` is not a route). */
export function routeMethods(routes: readonly RouterRoute[]): (path: string) => string[] {
  const router = new TrieRouter<string>();
  for (const r of routes) if (r.method !== 'ALL') router.add('ALL', r.path, r.method);
  return (path) => [...new Set(router.match('GET', path)[0].map(([method]) => method))];
}

/** The body rule for a request: the first row of BODY_LIMITS that matches. */
export function bodyLimitFor(rules: readonly BodyLimit[] = BODY_LIMITS): (method: string, path: string) => BodyLimit {
  const router = new TrieRouter<BodyLimit>();
  for (const rule of rules) {
    const [method = '*', pattern = '/*'] = rule.route.split(' ');
    router.add(method === '*' ? 'ALL' : method, pattern, rule);
  }
  return (method, path) => {
    const rule = router.match(method, path)[0][0]?.[0];
    if (!rule) throw new Error(`BODY_LIMITS has no row for ${method} ${path}; its last row must match every path`);
    return rule;
  };
}

/**
 * Refuses unknown paths (404) and wrong methods (405 with Allow) without reading the body, then
 * holds the body to its route's limit (413) and parses a form body once, on routes that take
 * forms. `routes` is read at the first request, when every route has been registered.
 */
export function requestGate(routes: () => readonly RouterRoute[]): MiddlewareHandler<AppEnv> {
  let methodsAt: ((path: string) => string[]) | undefined;
  const limitFor = bodyLimitFor();
  return async (c, next) => {
    methodsAt ??= routeMethods(routes());
    // Hono answers HEAD with the GET route, minus the body
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    const methods = methodsAt(c.req.path);
    if (methods.length === 0) throw new NotFoundError();
    if (!methods.includes(method)) throw new MethodNotAllowedError(methods.includes('GET') ? [...methods, 'HEAD'] : methods);

    const rule = limitFor(method, c.req.path);
    const declared = c.req.header('Content-Length') !== undefined && c.req.header('Transfer-Encoding') === undefined;
    const maxBytes = declared ? rule.maxBytes : Math.min(rule.maxBytes, UNDECLARED_LENGTH_MAX);
    const limited = bodyLimit({
      maxSize: maxBytes,
      onError: () => {
        throw new PayloadTooLargeError(maxBytes, !declared && maxBytes < rule.maxBytes);
      },
    });
    return limited(c, async () => {
      if (rule.takes === 'form') await parseFormOnce(c);
      await next();
    });
  };
}

/**
 * Hono keeps the parse for later calls, so a form that cannot be parsed (a multipart without its
 * boundary, say) would fail inside every handler as a 500; here it becomes one clear 400 instead.
 */
async function parseFormOnce(c: AppContext) {
  const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (!c.req.raw.body || !type || !FORM_TYPES.has(type)) return;
  try {
    await c.req.parseBody();
  } catch {
    throw new BadRequestError(
      {
        id: 'Isi formulir tidak dapat dibaca. Muat ulang halaman, lalu kirim lagi.',
        en: 'The form data could not be read. Reload the page, then submit again.',
      },
      'malformed_form',
    );
  }
}
