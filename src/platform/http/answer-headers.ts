// Headers a middleware adds to an answer already made (after `await next()`).
import type { Context } from 'hono';

/**
 * Sets (or appends) a header on the answer in place. Hono's c.header() at that point copies the
 * whole Response first, on every call — two such calls on every page were a tenth of what a kept
 * page cost (issue 14.4). An answer whose headers are immutable (one fetched from elsewhere) is
 * copied once by c.header(), which makes the copy's headers ours.
 */
export function setAnswerHeader(c: Pick<Context, 'res' | 'header'>, name: string, value: string, opts: { append?: boolean } = {}): void {
  try {
    if (opts.append) c.res.headers.append(name, value);
    else c.res.headers.set(name, value);
  } catch {
    c.header(name, value, opts);
  }
}
