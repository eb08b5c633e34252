// Issue 14.4 on the real Node server: kept public pages (src/platform/http/page-cache.ts) with
// its compression, and the reference version read on a connection of its own (node-deps.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibsql } from '../db/libsql';
import { services } from '../db/schema';
import { REFERENCE_VERSION_KEY, referenceVersion } from '../modules/catalogue/reference';
import { readReferenceVersionSync, VERSION_READ_FOR_MS } from './node-deps';
import { startNodeServer } from './server';

function fetchRaw(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('14.4 kept public pages on the Node server', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startNodeServer>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pelita-kept-'));
    server = await startNodeServer({
      port: 0,
      quiet: true,
      vars: { APP_ENV: 'development', DEMO_MODE: 'true', DEMO_HISTORY: 'false', DATABASE_URL: `file:${join(dir, 'pelita.db')}`, FILES_DIR: join(dir, 'files') },
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('14.4 a page is kept once per encoding: brotli, gzip and plain answers are the same page, each answered again as kept', async () => {
    const plain = await fetchRaw(`${server.url}/layanan`);
    expect(plain.status).toBe(200);
    expect(plain.body.toString()).toContain('href="/layanan/pbg"');
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const [encoding, unpack] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const first = await fetchRaw(`${server.url}/layanan`, { 'Accept-Encoding': encoding });
      const again = await fetchRaw(`${server.url}/layanan`, { 'Accept-Encoding': encoding });
      expect(first.headers['content-encoding']).toBe(encoding);
      expect(again.headers['content-encoding']).toBe(encoding);
      expect(again.body.equals(first.body)).toBe(true);
      expect(Number(again.headers['content-length'])).toBe(again.body.length);
      expect(unpack(first.body).toString()).toBe(plain.body.toString());
      expect(String(first.headers['vary'])).toMatch(/Accept-Language, Cookie, Accept-Encoding/);
    }
    const plainAgain = await fetchRaw(`${server.url}/layanan`);
    expect(plainAgain.body.equals(plain.body)).toBe(true);
  });

  it('14.4 an edit by another connection (a script, a console) shows on the requests after it', async () => {
    const before = await fetchRaw(`${server.url}/layanan/pbg`);
    expect(before.status).toBe(200);
    expect(before.body.toString()).not.toContain('PBG dari konsol');
    const script = openLibsql(`file:${join(dir, 'pelita.db')}`);
    try {
      await script.db.update(services).set({ nameId: 'PBG dari konsol' }).where(eq(services.code, 'pbg'));
    } finally {
      script.client.close();
    }
    await new Promise((r) => setTimeout(r, VERSION_READ_FOR_MS + 5));
    expect((await fetchRaw(`${server.url}/layanan/pbg`)).body.toString()).toContain('PBG dari konsol');
    expect((await fetchRaw(`${server.url}/`)).body.toString()).toContain('PBG dari konsol');
  });
});

describe('14.4 the reference version read on a connection of its own', () => {
  it(`14.4 one read answers for ${VERSION_READ_FOR_MS} ms; a commit of another connection shows after it`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pelita-version-'));
    const url = `file:${join(dir, 'v.db')}`;
    const { db, client } = openLibsql(url);
    try {
      await client.execute('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
      await client.execute({ sql: 'INSERT INTO settings (key, value) VALUES (?, ?)', args: [REFERENCE_VERSION_KEY, 'a'] });
      let now = 1000;
      const close = readReferenceVersionSync(db, url, () => now);
      try {
        expect(await referenceVersion(db)).toBe('a');
        await client.execute({ sql: 'UPDATE settings SET value = ? WHERE key = ?', args: ['b', REFERENCE_VERSION_KEY] });
        now += VERSION_READ_FOR_MS / 2;
        expect(await referenceVersion(db)).toBe('a');
        now += VERSION_READ_FOR_MS;
        expect(await referenceVersion(db)).toBe('b');
      } finally {
        close();
      }
    } finally {
      client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
