import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context';
import { BadRequestError } from './errors';

const FORM_TYPES = new Set(['multipart/form-data', 'application/x-www-form-urlencoded']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Reads a form body once, before any handler. Hono keeps the parse for later calls, so a body
 * that cannot be parsed (a multipart without its boundary, say) would fail inside every handler
 * as a 500; here it becomes one clear 400 instead.
 */
export function formBodyGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
    if (!SAFE_METHODS.has(c.req.method) && type && FORM_TYPES.has(type)) {
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
    await next();
  };
}
