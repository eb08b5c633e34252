// The platform's own limits, measured in the same run as the portal (issue 14.4, 14.6): a raw
// durable single-row libSQL insert, and the Worker bundle's gzip size.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createClient } from '@libsql/client';

export interface InsertRate {
  perSecond: number;
  journalMode: string;
  synchronous: number;
}

/**
 * Single-row INSERTs, each its own transaction (one commit, durable: WAL with the default
 * `synchronous`, which the file reports), into a fresh file for `seconds`: what one submission's
 * write costs at the least. The row is about a complaint's size.
 */
export async function rawInsertRate(seconds: number): Promise<InsertRate> {
  const dir = mkdtempSync(join(tmpdir(), 'pelita-insert-'));
  const client = createClient({ url: `file:${join(dir, 'raw.db')}` });
  try {
    const mode = await client.execute('PRAGMA journal_mode = WAL');
    const sync = await client.execute('PRAGMA synchronous');
    await client.execute('CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT NOT NULL, body TEXT NOT NULL, at INTEGER NOT NULL)');
    const body = 'Jalan berlubang di depan pasar, membahayakan pengendara motor di malam hari. '.repeat(6);
    const until = performance.now() + seconds * 1000;
    const started = performance.now();
    let n = 0;
    while (performance.now() < until) {
      await client.execute({ sql: 'INSERT INTO t (code, body, at) VALUES (?, ?, ?)', args: [`C-${n}`, body, Date.now()] });
      // the local client frees each statement when the event loop turns (tests/bench/city/writer.ts)
      if (++n % 100 === 0) await new Promise((r) => setImmediate(r));
    }
    return { perSecond: n / ((performance.now() - started) / 1000), journalMode: String(Object.values(mode.rows[0] ?? {})[0]), synchronous: Number(Object.values(sync.rows[0] ?? {})[0]) };
  } finally {
    client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface BundleSize {
  /**
   * the JavaScript wrangler would upload for the citizens' Worker (wrangler.toml: what every
   * request to the city's address starts), gzip (level 6, as wrangler reports it), in KiB
   */
  gzipKiB: number;
  rawKiB: number;
  /** what wrangler printed ("Total Upload: … / gzip: …") */
  wrangler: string;
  /** the staff Worker's (wrangler.staff.toml: the whole portal, which only staff requests start), gzip KiB */
  staffWorkerGzipKiB: number;
  /** the PDF Worker's (wrangler.pdf.toml), which only PDF requests start, gzip KiB */
  pdfWorkerGzipKiB: number;
}

/** `wrangler deploy --dry-run --outdir …` of one configuration, then the output's JavaScript gzipped. */
function dryRunSize(root: string, config: string): Omit<BundleSize, 'pdfWorkerGzipKiB' | 'staffWorkerGzipKiB'> {
  const out = mkdtempSync(join(tmpdir(), 'pelita-bundle-'));
  try {
    const r = spawnSync(process.execPath, [join(root, 'node_modules/wrangler/bin/wrangler.js'), 'deploy', '-c', config, '--dry-run', '--outdir', out], {
      cwd: root,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`wrangler deploy -c ${config} --dry-run failed: ${r.stderr || r.stdout}`);
    let raw = 0;
    let gz = 0;
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(m?js|wasm)$/.test(name)) {
          const bytes = readFileSync(path);
          raw += bytes.length;
          gz += gzipSync(bytes).length;
        }
      }
    };
    walk(out);
    return { gzipKiB: gz / 1024, rawKiB: raw / 1024, wrangler: /Total Upload:[^\n]*/.exec(r.stdout)?.[0] ?? '' };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The citizens' Worker's bundle (what every request starts), and the staff and PDF Workers' beside it. */
export function workerBundleSize(root: string): BundleSize {
  return {
    ...dryRunSize(root, 'wrangler.toml'),
    staffWorkerGzipKiB: dryRunSize(root, 'wrangler.staff.toml').gzipKiB,
    pdfWorkerGzipKiB: dryRunSize(root, 'wrangler.pdf.toml').gzipKiB,
  };
}
