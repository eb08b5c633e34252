// `npm run start:node` run the way the README says, in a child process: the two-command demo for a
// newcomer, and the city's own server with APP_ENV=production. It runs what that command runs:
// scripts/start-node.ts built into dist/node/server.mjs (scripts/build-node.mjs), started by plain node.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@libsql/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../seed/demo-data';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SERVER = join(ROOT, 'dist/node/server.mjs');
const SECRET = 'p'.repeat(48);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  dbFile: string;
  /** where it said it was listening */
  url: string | null;
}

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build-node.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`scripts/build-node.mjs failed: ${build.stderr}`);
});

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/**
 * Runs the start script (or `command`, e.g. npm's) until it says it is running, then stops it
 * with one SIGTERM, as a service manager does; or until it exits by itself.
 */
function startScript(env: Record<string, string>, command: string[] = [process.execPath, '--max-semi-space-size=16', SERVER]): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'pelita-start-'));
  dirs.push(dir);
  const dbFile = join(dir, 'pelita.db');
  const base: Record<string, string> = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR']) if (process.env[k]) base[k] = process.env[k]!;
  const child = spawn(command[0]!, command.slice(1), {
    cwd: ROOT,
    // What these tests ask is whether demo mode switches on, not the demo's year of history
    // (tests/integration/demo_history.test.tsx): without it a start takes seconds, not a minute.
    env: { ...base, PORT: '0', DATABASE_URL: `file:${dbFile}`, FILES_DIR: join(dir, 'files'), DEMO_HISTORY: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let url: string | null = null;
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    const running = /is running at (http:\/\/\S+)/.exec(stdout);
    if (running && !url) {
      url = running[1]!;
      child.kill('SIGTERM');
    }
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done) => child.on('exit', (code) => done({ code, stdout, stderr, dbFile, url })));
}

async function demoAccounts(dbFile: string): Promise<number> {
  const db = createClient({ url: `file:${dbFile}` });
  try {
    const r = await db.execute("SELECT count(*) AS n FROM staff WHERE email LIKE '%@demo.pelita.id'");
    return Number(r.rows[0]!['n']);
  } finally {
    db.close();
  }
}

describe('8.1 npm run start:node', () => {
  it("8.1 the README's production steps (APP_ENV=production) start without demo accounts", async () => {
    const run = await startScript({ APP_ENV: 'production', PELITA_SECRET: SECRET, PUBLIC_BASE_URL: 'https://pelita.kota.example' });
    expect(run.stdout).toContain('is running at');
    expect(run.stdout).not.toContain('Demo accounts');
    expect(await demoAccounts(run.dbFile)).toBe(0);
  });

  it('8.1 with nothing set it is still the two-command demo, with the demo accounts', async () => {
    const run = await startScript({});
    expect(run.stdout).toContain('Demo accounts');
    expect(await demoAccounts(run.dbFile)).toBe(DEMO_STAFF.length);
  });

  it('8.1 production with DEMO_MODE=true given explicitly seeds the demo and says so loudly, in both languages', async () => {
    const run = await startScript({ APP_ENV: 'production', DEMO_MODE: 'true', PELITA_SECRET: SECRET, PUBLIC_BASE_URL: 'https://demo.kota.example' });
    expect(run.stderr).toContain('MODE DEMO DI PRODUKSI');
    expect(run.stderr).toContain('DEMO MODE IN PRODUCTION');
    expect(await demoAccounts(run.dbFile)).toBe(DEMO_STAFF.length);
  });

  it('8.2 production without PELITA_SECRET stops with a bilingual message, demo mode or not', async () => {
    const run = await startScript({ APP_ENV: 'production', DEMO_MODE: 'true', PUBLIC_BASE_URL: 'https://pelita.kota.example' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Pelita tidak dijalankan: konfigurasi belum benar. / Pelita did not start: the configuration is wrong.');
    expect(run.stderr).toContain('PELITA_SECRET wajib diisi');
    expect(run.stderr).toContain('PELITA_SECRET must be set');
    expect(run.stdout).not.toContain('is running at');
  });

  it('8.1 node_stop_on_sigterm: a service manager\'s SIGTERM stops the server cleanly, with exit code 0', async () => {
    const run = await startScript({ APP_ENV: 'production', PELITA_SECRET: SECRET, PUBLIC_BASE_URL: 'https://pelita.kota.example' });
    expect(run.stdout).toContain('is running at');
    expect(run.stdout).toContain('Pelita berhenti (SIGTERM) / stopping (SIGTERM)');
    expect(run.code).toBe(0);
  });

  it('8.1 node_stop_through_npm: a SIGTERM to `npm run start:node` reaches the server, which stops cleanly', async () => {
    // npm passes the signal to the script's shell; the shell must have become the server (exec),
    // or the server is left running, orphaned, with its port and database
    const run = await startScript({ APP_ENV: 'production', PELITA_SECRET: SECRET, PUBLIC_BASE_URL: 'https://pelita.kota.example' }, ['npm', 'run', 'start:node']);
    expect(run.url).not.toBeNull();
    expect(run.stdout).toContain('Pelita berhenti (SIGTERM) / stopping (SIGTERM)');
    expect(run.code).toBe(0);
    // nothing answers there any more
    await expect(fetch(run.url!)).rejects.toThrow();
  }, 60_000);

  it('8.3 production without PUBLIC_BASE_URL stops with a bilingual message', async () => {
    const run = await startScript({ APP_ENV: 'production', PELITA_SECRET: SECRET });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('PUBLIC_BASE_URL wajib diisi di produksi');
    expect(run.stderr).toContain('PUBLIC_BASE_URL is required in production');
  });
});

describe('14.4 the built server', () => {
  // @libsql/client loads the driver `libsql` itself; the statements kept for it
  // (src/db/statement-cache.ts) are kept on that driver's prototype. With a copy of the driver
  // bundled beside it, the cache went on the copy and no statement of the client was kept in
  // production (a submission compiled its seven statements anew every time).
  it('node_build_one_libsql_driver: the server and its staff thread load the one driver the client loads', () => {
    for (const file of ['server.mjs', 'lane-worker.mjs']) {
      const bundle = readFileSync(join(ROOT, 'dist/node', file), 'utf8');
      expect(bundle, file).not.toMatch(/^\/\/ node_modules\/libsql\//m);
      expect(bundle, file).toMatch(/^import \w+ from "libsql";$/m);
    }
  });
});
