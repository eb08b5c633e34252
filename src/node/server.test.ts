// The real Node server on a free port with a fresh libSQL file: what a city runs, spoken to over
// real sockets. The same rules through the app alone are in tests/integration/security_*.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibsql } from '../db/libsql';
import { ConfigError } from '../platform/runtime/deps';
import { startNodeServer } from './server';
import { assetUrl } from '../../templates/_partials/assets';
import { rawGet } from '../../tests/helpers/raw-get';

const MB = 1024 * 1024;

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** bytes of the request body written before the answer came */
  sent: number;
}

/**
 * One request over a socket: declares `length` bytes and keeps writing them until the server
 * answers, then stops. The server must answer without waiting for the rest.
 */
function raw(url: string, opts: { method?: string; path: string; headers?: Record<string, string>; length?: number }): Promise<RawAnswer> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest(
      {
        host: u.hostname,
        port: u.port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: { ...(opts.length !== undefined ? { 'Content-Length': String(opts.length) } : {}), ...opts.headers },
      },
      (res) => {
        answered = true;
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, sent });
        });
      },
    );
    req.on('error', (e) => (answered ? undefined : reject(e)));
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const pump = () => {
      while (!answered && opts.length !== undefined && sent < opts.length) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (opts.length === undefined) req.end();
    };
    pump();
  });
}

describe('the real Node server', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startNodeServer>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pelita-node-'));
    server = await startNodeServer({
      port: 0,
      quiet: true,
      vars: { APP_ENV: 'development', DATABASE_URL: `file:${join(dir, 'pelita.db')}`, FILES_DIR: join(dir, 'files'), TRUST_PROXY: '1' },
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('14.4 the server runs its database file in WAL mode (checked from another connection)', async () => {
    const other = openLibsql(`file:${join(dir, 'pelita.db')}`);
    const mode = await other.client.execute('PRAGMA journal_mode');
    other.client.close();
    expect(Object.values(mode.rows[0] ?? {})[0]).toBe('wal');
  });

  it("8.6 unknown paths get the app's JSON 404 under /api/ and its HTML page elsewhere", async () => {
    const api = await fetch(`${server.url}/api/v1/tidak-ada`);
    expect(api.status).toBe(404);
    expect(api.headers.get('Content-Type')).toMatch(/application\/json/);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('not_found');

    const page = await fetch(`${server.url}/tidak-ada`, { method: 'POST' });
    expect(page.status).toBe(404);
    expect(page.headers.get('Content-Type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('Halaman tidak ditemukan');
  });

  it('8.6 a known path with a wrong method gets 405 with Allow', async () => {
    const res = await fetch(`${server.url}/api/v1/complaints`, { method: 'PUT' });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('POST');
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('method_not_allowed');
    const page = await fetch(`${server.url}/layanan`, { method: 'DELETE' });
    expect(page.status).toBe(405);
    expect(page.headers.get('Allow')).toBe('GET, HEAD');
  });

  it("8.6 static files are served with the security headers; a missing one gets the app's 404 page", async () => {
    const css = await fetch(`${server.url}/assets/pelita.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('Content-Type')).toMatch(/text\/css/);
    expect(css.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const missing = await fetch(`${server.url}/assets/tidak-ada.css`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Halaman tidak ditemukan');
    expect((await fetch(`${server.url}/vendor/tidak-ada.js`, { method: 'POST' })).status).toBe(405);
  });

  it("14.5 the pages' fingerprinted assets are served immutable for a year; the plain names keep a short cache", async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    const css = assetUrl('pelita.css');
    expect(page).toContain(`href="${css}"`);
    const hashed = await fetch(server.url + css);
    expect(hashed.status).toBe(200);
    expect(hashed.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(hashed.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await hashed.text()).toBe(readFileSync('public/assets/pelita.css', 'utf8'));
    const plain = await fetch(`${server.url}/assets/pelita.css`);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect((await fetch(`${server.url}/assets/v/pelita.00000000.css`)).status).toBe(404);
  });

  it('14.5 HTML and assets are compressed when the client accepts it, and not otherwise', async () => {
    for (const path of ['/', assetUrl('pelita.css')]) {
      const packed = await rawGet(server.url + path, { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(packed.headers['content-encoding'], path).toBe('br');
      expect(packed.headers['vary'], path).toMatch(/Accept-Encoding/);
      const plain = await rawGet(server.url + path, {});
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(brotliDecompressSync(packed.body).length, path).toBe(plain.body.length);
      expect(packed.body.length, path).toBeLessThan(plain.body.length / 2);
    }
  });

  it('8.4 a 600 MB JSON POST is refused with 413 while it is still being sent', async () => {
    const res = await raw(server.url, { method: 'POST', path: '/api/v1/complaints', headers: { 'Content-Type': 'application/json' }, length: 600 * MB });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(res.sent).toBeLessThan(100 * MB);
  });

  it('8.4 a 400 MB multipart POST to a path that does not exist is refused with 404 before it is read', async () => {
    const res = await raw(server.url, {
      method: 'POST',
      path: '/tidak-ada/unggah',
      headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
      length: 400 * MB,
    });
    expect(res.status).toBe(404);
    expect(res.sent).toBeLessThan(100 * MB);
  });

  it('8.3 in development without PUBLIC_BASE_URL, links use the address it listens on, not the Host header', async () => {
    const res = await raw(server.url, { path: '/api/v1/openapi.json', headers: { Host: 'attacker.example' } });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).servers).toEqual([{ url: `${server.url}/api/v1` }]);
    expect(server.deps.config.baseUrl).toBe(server.url);
  });

  it('8.9 with TRUST_PROXY=1 the client address is the one the proxy added, not the first entry', async () => {
    const probe = new Hono().get('/', (c) => c.text(server.deps.clientAddress(c)));
    const res = await probe.request('/', { headers: { 'X-Forwarded-For': '6.6.6.6, 203.0.113.7' } });
    expect(await res.text()).toBe('203.0.113.7');
  });
});

describe('the Node server refuses a production configuration that is not complete', () => {
  it('8.2 and 8.3 without PELITA_SECRET and PUBLIC_BASE_URL it stops before touching the database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pelita-node-'));
    try {
      const start = startNodeServer({
        port: 0,
        quiet: true,
        vars: { APP_ENV: 'production', DEMO_MODE: 'true', DATABASE_URL: `file:${join(dir, 'db', 'pelita.db')}` },
      });
      await expect(start).rejects.toBeInstanceOf(ConfigError);
      await expect(start).rejects.toThrow(/PELITA_SECRET wajib diisi[\s\S]*PUBLIC_BASE_URL wajib diisi/);
      expect(existsSync(join(dir, 'db'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
