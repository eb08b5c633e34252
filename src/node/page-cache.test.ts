// Issue 14.4 on the real Node server: kept public pages (src/platform/http/page-cache.ts) with
// its compression, and the reference version and a tracking page's case mark read on a connection
// of its own (node-deps.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibsql } from '../db/libsql';
import { cases, services } from '../db/schema';
import { REFERENCE_VERSION_KEY, referenceVersion } from '../modules/catalogue/reference';
import { readPageVersionsSync, VERSION_READ_FOR_MS } from './node-deps';
import { startDemoNodeServer } from '../../tests/helpers/node-server';
import { rawGet } from '../../tests/helpers/raw-get';
import { API_BODY } from '../../tests/helpers/complaints';

describe('14.4 kept public pages on the Node server', () => {
  let demo: Awaited<ReturnType<typeof startDemoNodeServer>>;
  let server: Awaited<ReturnType<typeof startDemoNodeServer>>['server'];
  beforeAll(async () => {
    demo = await startDemoNodeServer('kept');
    server = demo.server;
  });
  afterAll(async () => demo.close());

  it('14.4 a page is kept once per encoding: brotli, gzip and plain answers are the same page, each answered again as kept', async () => {
    const plain = await rawGet(`${server.url}/layanan`);
    expect(plain.status).toBe(200);
    expect(plain.body.toString()).toContain('href="/layanan/pbg"');
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const [encoding, unpack] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const first = await rawGet(`${server.url}/layanan`, { 'Accept-Encoding': encoding });
      const again = await rawGet(`${server.url}/layanan`, { 'Accept-Encoding': encoding });
      expect(first.headers['content-encoding']).toBe(encoding);
      expect(again.headers['content-encoding']).toBe(encoding);
      expect(again.body.equals(first.body)).toBe(true);
      expect(Number(again.headers['content-length'])).toBe(again.body.length);
      expect(unpack(first.body).toString()).toBe(plain.body.toString());
      expect(String(first.headers['vary'])).toMatch(/Accept-Language, Cookie, Accept-Encoding/);
    }
    const plainAgain = await rawGet(`${server.url}/layanan`);
    expect(plainAgain.body.equals(plain.body)).toBe(true);
  });

  it('14.4 an edit by another connection (a script, a console) shows on the requests after it', async () => {
    const before = await rawGet(`${server.url}/layanan/pbg`);
    expect(before.status).toBe(200);
    expect(before.body.toString()).not.toContain('PBG dari konsol');
    const script = openLibsql(`file:${join(demo.dir, 'pelita.db')}`);
    try {
      await script.db.update(services).set({ nameId: 'PBG dari konsol' }).where(eq(services.code, 'pbg'));
    } finally {
      script.client.close();
    }
    await new Promise((r) => setTimeout(r, VERSION_READ_FOR_MS + 5));
    expect((await rawGet(`${server.url}/layanan/pbg`)).body.toString()).toContain('PBG dari konsol');
    expect((await rawGet(`${server.url}/`)).body.toString()).toContain('PBG dari konsol');
  });

  it('14.4 a kept tracking page: a change to the case by another connection shows on the requests a millisecond after it', async () => {
    const script = openLibsql(`file:${join(demo.dir, 'pelita.db')}`);
    try {
      const made = await fetch(`${server.url}/api/v1/complaints`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(API_BODY) });
      expect(made.status).toBe(201);
      const code = ((await made.json()) as { tracking_code: string }).tracking_code;
      const [row] = await script.db.select({ id: cases.id }).from(cases).where(eq(cases.trackingCode, code));
      const path = `${server.url}/lacak/${code}`;
      const first = await rawGet(path);
      expect(first.status).toBe(200);
      expect((await rawGet(path)).body.equals(first.body)).toBe(true);
      await script.db.update(cases).set({ title: 'Judul dari konsol' }).where(eq(cases.id, row!.id));
      // the case pages' version (migration 0025) is read at most a millisecond ago: it moved, so
      // the case's mark is read again
      await new Promise((r) => setTimeout(r, VERSION_READ_FOR_MS + 5));
      expect((await rawGet(path)).body.toString()).toContain('Judul dari konsol');
    } finally {
      script.client.close();
    }
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
      const close = readPageVersionsSync(db, url, () => now);
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
