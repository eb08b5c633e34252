// Which compression a client takes: the Node server's compression (src/node/compression.ts) and
// the kept pages, whose compressed copies are kept apart by it (page-cache.ts).
import { parseAccept } from 'hono/utils/accept';

export type Encoding = 'br' | 'gzip';

/** The encoding to use for an Accept-Encoding header: brotli, else gzip, never one with q=0. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepts = parseAccept(acceptEncoding);
  const q = (name: string) => accepts.find((a) => a.type.toLowerCase() === name)?.q ?? accepts.find((a) => a.type === '*')?.q ?? 0;
  const br = q('br');
  const gz = q('gzip');
  if (br > 0 && br >= gz) return 'br';
  return gz > 0 ? 'gzip' : null;
}
