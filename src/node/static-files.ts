// The Node server's static files (public/), cached as Workers cache them through public/_headers:
// fingerprinted copies (templates/_partials/assets.ts) and the version-named htmx for a year as
// immutable; the plain names, which pages made before a change may still point at, only briefly.
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { FINGERPRINTED_PREFIX } from '../../templates/_partials/assets';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const SHORT_CACHE = 'public, max-age=300';

export function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith(FINGERPRINTED_PREFIX) || urlPath.startsWith('/vendor/') ? IMMUTABLE : SHORT_CACHE;
}

export function staticFiles(root: string): MiddlewareHandler {
  return serveStatic({ root, onFound: (_file, c) => void c.header('Cache-Control', cacheControlFor(c.req.path)) });
}
