// Compression of the Node server's answers (issue 14.5): HTML, JSON, CSV, CSS, JS and SVG in
// brotli or gzip, whichever the client accepts (brotli first). On Workers Cloudflare's edge
// compresses what leaves it, so the Worker does not: compressing twice costs CPU time for nothing.
// Hono's own compress middleware offers gzip and deflate only and compresses a body of unknown
// length however small it is; here the body is measured first. On the main thread node:zlib's
// asynchronous functions do the work on libuv's thread pool, not on the event loop every request
// waits for. The staff lane's thread (lanes.ts) compresses its own answers on itself instead: the
// pool's threads run at the server's priority, and a dashboard's 100 KB and more compressed there
// took turns with the citizens' thread that the lane's lower priority is meant to spare.
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/compress';
import { setAnswerHeader } from '../platform/http/answer-headers';
import { chooseEncoding, type Encoding } from '../platform/http/encoding';

export { chooseEncoding, type Encoding } from '../platform/http/encoding';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

export interface CompressionOptions {
  /**
   * compress on the thread that answers (the staff lane's, which no citizen waits on, at its own
   * low priority) rather than on libuv's pool at the server's priority
   */
  onThisThread?: boolean;
}

/** smaller bodies fit in one packet anyway: compressing them saves nothing and costs the work */
export const MIN_COMPRESSED_BYTES = 1024;
/** brotli's default (11) is for files compressed once; 5 is about gzip's speed, and smaller */
const BROTLI_QUALITY = 5;

function compressible(res: Response): boolean {
  const type = res.headers.get('Content-Type');
  // no-transform: the sender asked that the body reach the client as it is (RFC 9111 §5.2.2.6)
  return !!type && COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) && !/(?:^|,)\s*no-transform\s*(?:,|$)/i.test(res.headers.get('Cache-Control') ?? '');
}

export function compression(opts: CompressionOptions = {}): MiddlewareHandler {
  const pack = (encoding: Encoding, body: Buffer): Buffer<ArrayBuffer> | Promise<Buffer<ArrayBuffer>> => {
    const params = { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } };
    if (opts.onThisThread) return encoding === 'br' ? brotliCompressSync(body, params) : gzipSync(body);
    return encoding === 'br' ? brotli(body, params) : gzipped(body);
  };
  return async (c, next) => {
    await next();
    const res = c.res;
    if (c.req.method === 'HEAD' || !res.body || res.status === 204 || res.status === 206 || res.status === 304) return;
    // already compressed (a stored file, a proxied answer): never twice
    if (res.headers.has('Content-Encoding') || !compressible(res)) return;
    // caches must keep the compressed and the plain answer apart, whichever this one is
    if (!/(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(res.headers.get('Vary') ?? '')) setAnswerHeader(c, 'Vary', 'Accept-Encoding', { append: true });
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    const declared = res.headers.get('Content-Length');
    if (!encoding || (declared !== null && Number(declared) < MIN_COMPRESSED_BYTES)) return;
    const body = Buffer.from(await res.arrayBuffer());
    if (body.length < MIN_COMPRESSED_BYTES) {
      c.res = new Response(body, res);
      return;
    }
    const packed = await pack(encoding, body);
    c.res = new Response(packed, res);
    // after the assignment: Hono copies the previous answer's headers onto the new one
    c.res.headers.set('Content-Encoding', encoding);
    c.res.headers.set('Content-Length', String(packed.length));
    const etag = c.res.headers.get('ETag');
    if (etag && !etag.startsWith('W/')) c.res.headers.set('ETag', `W/${etag}`);
  };
}
