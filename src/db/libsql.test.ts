// Issue 14.4 (1): the Node server's local libSQL file runs in WAL mode with a busy timeout on every
// connection of the client's pool.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS, openLibsql, useWriteAheadLog } from './libsql';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
function tempFile() {
  const dir = mkdtempSync(join(tmpdir(), 'pelita-libsql-'));
  dirs.push(dir);
  return join(dir, 'pelita.db');
}
const first = (r: { rows: ArrayLike<Record<string, unknown>> }) => Object.values(r.rows[0] ?? {})[0];

/** Another process that takes the file's write lock, says so, and holds it for `ms`. */
function holdWriteLock(path: string, ms: number): Promise<{ released: Promise<void> }> {
  const script = `
    const Database = require('libsql');
    const db = new Database(${JSON.stringify(path)});
    db.exec('BEGIN IMMEDIATE');
    db.exec("INSERT INTO t (v) VALUES ('other process')");
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
    db.exec('COMMIT');
    db.close();`;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const released = new Promise<void>((done, fail) => child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`lock holder exited ${code}`)))));
  return new Promise((locked, fail) => {
    child.stdout.on('data', (b: Buffer) => b.toString().includes('locked') && locked({ released }));
    child.on('error', fail);
  });
}

describe('14.4 (1) the local libSQL file: WAL and a busy timeout on every connection', () => {
  it('14.4 a local file is switched to WAL once and every later connection finds it in WAL', async () => {
    const path = tempFile();
    const a = openLibsql(`file:${path}`);
    expect(first(await a.client.execute('PRAGMA journal_mode'))).toBe('delete');
    expect(await useWriteAheadLog(a.client, `file:${path}`)).toBe('wal');
    a.client.close();
    const b = openLibsql(`file:${path}`);
    expect(first(await b.client.execute('PRAGMA journal_mode'))).toBe('wal');
    b.client.close();
  });

  it('14.4 memory and remote databases are left alone', async () => {
    const m = openLibsql(':memory:');
    expect(await useWriteAheadLog(m.client, ':memory:')).toBeNull();
    m.client.close();
  });

  it('14.4 every connection of the pool waits for a lock, also one opened while a transaction holds another', async () => {
    const { client } = openLibsql(`file:${tempFile()}`);
    expect(Number(first(await client.execute('PRAGMA busy_timeout')))).toBe(BUSY_TIMEOUT_MS);
    const tx = await client.transaction('read');
    // the transaction holds the first connection: this statement runs on a second one
    expect(Number(first(await client.execute('PRAGMA busy_timeout')))).toBe(BUSY_TIMEOUT_MS);
    tx.close();
    client.close();
  });

  it('14.4 a write that meets another process’s write lock waits for it instead of failing with SQLITE_BUSY', async () => {
    const path = tempFile();
    const { client } = openLibsql(`file:${path}`);
    await useWriteAheadLog(client, `file:${path}`);
    await client.execute('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
    const holder = await holdWriteLock(path, 300);
    await client.execute("INSERT INTO t (v) VALUES ('portal')");
    await holder.released;
    expect((await client.execute('SELECT v FROM t ORDER BY id')).rows.map((r) => r['v'])).toEqual(['other process', 'portal']);
    client.close();
  });
});
