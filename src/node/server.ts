// Self-hosted Node entry, for governments that keep data on their own servers: libSQL on a
// local file by default (DATABASE_URL to override, libsql:// for sqld/Turso), files on disk.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from '../app';
import { applyMigrations } from '../db/migrate';
import { openLibsql, useWriteAheadLog } from '../db/libsql';
import { ConfigError, configFromVars, demoInProductionBanner, type AppDeps } from '../platform/runtime/deps';
import { DEMO_PASSWORD, seedDemo } from '../seed/seed';
import { DEMO_STAFF } from '../seed/demo-data';
import { readMigrationsFromDisk } from './migrations-from-disk';
import { noMailBanner } from '../platform/mail/channel';
import { nodeLanes } from './lanes';
import { nodeDeps, readPageVersionsSync } from './node-deps';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The address the request came from on the socket (none for a request made in-process). */
function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

export interface NodeServerOptions {
  port: number;
  hostname?: string;
  vars?: Record<string, string | undefined>;
  quiet?: boolean;
}

/**
 * Seeds the demo in demo mode. On a local file it writes through a connection of its own with
 * SQLite's `synchronous = OFF`: the year of demo history is thousands of small commits, and each
 * one waiting for the disk made the first start take minutes (20 ms a commit here, against a few
 * tenths of one). Only demo data is written so (a power cut during that first start can spoil it:
 * delete data/ and start again); the portal's own connections keep the default, FULL.
 */
async function seedDemoDatabase(deps: AppDeps, dbUrl: string, history: boolean) {
  if (!dbUrl.startsWith('file:')) return seedDemo(deps, deps.clock.now(), { history });
  // one connection, so that the pragma holds for every statement of the seed
  const own = openLibsql(dbUrl, undefined, 1);
  try {
    await own.client.execute('PRAGMA synchronous = OFF');
    return await seedDemo({ ...deps, db: own.db }, deps.clock.now(), { history });
  } finally {
    own.client.close();
  }
}

export async function startNodeServer(opts: NodeServerOptions) {
  const vars = opts.vars ?? process.env;
  // configuration first: a server that must not run stops before it touches the database
  const config = configFromVars(vars, 'node');
  const dbUrl = vars['DATABASE_URL'] || `file:${resolve(ROOT, 'data/pelita.db')}`;
  if (dbUrl.startsWith('file:')) mkdirSync(dirname(dbUrl.slice(5)), { recursive: true });
  const { db, client } = openLibsql(dbUrl, vars['DATABASE_AUTH_TOKEN']);
  await useWriteAheadLog(client, dbUrl);
  const applied = await applyMigrations(client, readMigrationsFromDisk(resolve(ROOT, 'migrations')));
  const closeVersionReader = readPageVersionsSync(db, dbUrl);

  const { deps, mail, closeMail } = nodeDeps(vars, config, db, ROOT, socketAddress);
  if (!mail) console.error(`\n${noMailBanner('SMTP_URL (atau/or SMTP_HOST) dan/and MAIL_FROM')}\n`);
  const seeded = deps.config.demoMode ? await seedDemoDatabase(deps, dbUrl, vars['DEMO_HISTORY'] !== 'false') : null;
  // The app is the server itself, so its own 404, 405 and body limits answer every request.
  const app = createApp(deps);
  // staff reading and the scheduled jobs on a thread of their own (src/node/lanes.ts, issue 14.3)
  const lanes = nodeLanes(app, deps, dbUrl, () => ({ vars, dbUrl, baseUrl: config.baseUrl, root: ROOT }));

  const timer = setInterval(() => void lanes.runJobs().catch((e: unknown) => console.error('[pelita] scheduled jobs failed', e)), 15 * 60 * 1000);
  timer.unref();

  const http = await new Promise<ReturnType<typeof serve>>((resolveServer) => {
    const s = serve({ fetch: lanes.fetch, port: opts.port, hostname: opts.hostname ?? '127.0.0.1' }, () => resolveServer(s));
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const url = `http://${opts.hostname ?? '127.0.0.1'}:${port}`;
  // Outside production without PUBLIC_BASE_URL, links point where we listen (known only now).
  if (!config.baseUrl) config.baseUrl = url;
  if (config.env === 'production' && config.demoMode) console.error(`\n${demoInProductionBanner()}\n`);
  if (!opts.quiet) {
    // one write: whoever reads the log (or waits for "is running at") gets the whole banner at once
    const lines = [`\nPelita (Node, libSQL ${dbUrl}) berjalan di / is running at ${url}`];
    if (applied.length) lines.push(`  migrations applied: ${applied.join(', ')}`);
    if (seeded && !seeded.skipped) lines.push(`  demo data seeded: ${JSON.stringify(seeded)}`);
    if (mail) lines.push(`  mail: ${mail.name}${mail.name === 'catcher' ? ` (${url}/demo/kotak-surat)` : ''}`);
    if (deps.config.demoMode) lines.push(...demoLogins());
    console.log(lines.join('\n'));
  }
  return {
    url,
    port,
    deps,
    lanes,
    async close() {
      clearInterval(timer);
      closeMail();
      await new Promise<void>((r) => http.close(() => r()));
      await lanes.close();
      closeVersionReader();
      client.close();
    },
  };
}

function demoLogins(): string[] {
  return [`\n  Demo accounts (password for all: ${DEMO_PASSWORD}):`, ...DEMO_STAFF.map((s) => `    ${s.email.padEnd(34)} ${s.roles.join(', ')} · ${s.unitCode}`), ''];
}

/** A server that must not run says why, in both languages, and exits with an error. */
export function exitOnStartFailure(e: unknown): never {
  if (e instanceof ConfigError) {
    console.error('\nPelita tidak dijalankan: konfigurasi belum benar. / Pelita did not start: the configuration is wrong.');
    for (const p of e.problems) console.error(`  - ${p.id}\n    ${p.en}`);
    console.error('');
  } else console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
