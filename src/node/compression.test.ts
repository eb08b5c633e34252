// Issue 14.5: the Node server compresses what is worth compressing, once. The middleware on a
// small Hono app of its own; the real server: src/node/server.test.ts.
import { pbkdf2 } from 'node:crypto';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compression, MIN_COMPRESSED_BYTES, type CompressionOptions } from './compression';

const PAGE = `<!doctype html><p>${'Layanan publik Kota Surakarta. '.repeat(200)}</p>`;

function app(opts: CompressionOptions = {}) {
  const a = new Hono();
  a.use(compression(opts));
  a.get('/page', (c) => c.html(PAGE));
  a.get('/tiny', (c) => c.html('<p>ok</p>'));
  a.get('/zipped', (c) => c.body(gzipSync(PAGE), 200, { 'Content-Type': 'text/html; charset=UTF-8', 'Content-Encoding': 'gzip' }));
  a.get('/photo', (c) => c.body(new Uint8Array(5000), 200, { 'Content-Type': 'image/jpeg' }));
  return a;
}

describe('14.5 compression on the Node server', () => {
  it('14.5 chooses brotli, else gzip, by Accept-Encoding and its q-values', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBeNull();
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });

  it('14.5 HTML is compressed with brotli or gzip when asked, and says so to caches', async () => {
    for (const [accept, unpack] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const res = await app().request('/page', { headers: { 'Accept-Encoding': accept } });
      expect(res.headers.get('Content-Encoding')).toBe(accept);
      expect(res.headers.get('Vary')).toMatch(/Accept-Encoding/);
      const body = Buffer.from(await res.arrayBuffer());
      expect(Number(res.headers.get('Content-Length'))).toBe(body.length);
      expect(body.length).toBeLessThan(PAGE.length / 10);
      expect(unpack(body).toString()).toBe(PAGE);
    }
  });

  it('14.3 the staff lane compresses on its own thread: the same answer, byte for byte, as on the pool', async () => {
    for (const accept of ['br', 'gzip']) {
      const pooled = await app().request('/page', { headers: { 'Accept-Encoding': accept } });
      const here = await app({ onThisThread: true }).request('/page', { headers: { 'Accept-Encoding': accept } });
      expect(here.headers.get('Content-Encoding')).toBe(accept);
      expect(here.headers.get('Content-Length')).toBe(pooled.headers.get('Content-Length'));
      expect(Buffer.from(await here.arrayBuffer()).equals(Buffer.from(await pooled.arrayBuffer()))).toBe(true);
    }
  });

  it('14.3 the staff lane compresses without waiting for libuv\'s pool', async () => {
    // every thread of the pool busy for a second or more (the default pool has four)
    const size = Number(process.env['UV_THREADPOOL_SIZE'] ?? 4);
    let poolFree = 0;
    const busy = Array.from({ length: size }, () => new Promise<void>((done) => pbkdf2('x', 'y', 1_000_000, 64, 'sha512', () => (poolFree++, done()))));
    const res = await app({ onThisThread: true }).request('/page', { headers: { 'Accept-Encoding': 'br' } });
    expect(res.headers.get('Content-Encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(PAGE);
    // answered, compressed, while the pool was still busy: on the pool it would have waited its turn
    expect(poolFree).toBe(0);
    await Promise.all(busy);
  });

  it('14.5 nothing is compressed for a client that does not ask, a tiny answer, a HEAD, an answer already compressed or a photo', async () => {
    const plain = await app().request('/page');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(await plain.text()).toBe(PAGE);
    const tiny = await app().request('/tiny', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(tiny.headers.get('Content-Encoding')).toBeNull();
    expect('<p>ok</p>'.length).toBeLessThan(MIN_COMPRESSED_BYTES);
    expect(await tiny.text()).toBe('<p>ok</p>');
    const head = await app().request('/page', { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } });
    expect(head.headers.get('Content-Encoding')).toBeNull();
    const zipped = await app().request('/zipped', { headers: { 'Accept-Encoding': 'br' } });
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString()).toBe(PAGE);
    const photo = await app().request('/photo', { headers: { 'Accept-Encoding': 'br' } });
    expect(photo.headers.get('Content-Encoding')).toBeNull();
    expect((await photo.arrayBuffer()).byteLength).toBe(5000);
  });
});
