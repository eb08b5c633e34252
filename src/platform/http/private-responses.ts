// Staff pages and API answers show citizens' contacts and ASN records. No browser, proxy or CDN
// may keep a copy of anything answered to a signed-in person (session or API token), so every
// such response gets `Cache-Control: private, no-store`, whatever the handler chose, unless the
// handler already said both. One middleware, so no staff route can forget it.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context';
import { setAnswerHeader } from './answer-headers';

export const PRIVATE_NO_STORE = 'private, no-store';

export function privateNoStore(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (!c.var.principal) return;
    const set = c.res.headers.get('Cache-Control') ?? '';
    if (/\bprivate\b/i.test(set) && /\bno-store\b/i.test(set)) return;
    setAnswerHeader(c, 'Cache-Control', PRIVATE_NO_STORE);
  };
}
