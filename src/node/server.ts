// Self-hosted Node entry, for governments that keep data on their own servers: libSQL on a
// local file by default (DATABASE_URL to override, libsql:// for sqld/Turso), files on disk.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { createApp } from '../app';
import { applyMigrations } from '../db/migrate';
import { openLibsql, useWriteAheadLog } from '../db/libsql';
import { runScheduledJobs } from '../jobs';
import { ConfigError, configFromVars, demoInProductionBanner, forwardedFor, systemClock, trustedProxyHops, type AppDeps } from '../platform/runtime/deps';
import { DEMO_PASSWORD, seedDemo } from '../seed/seed';
import { DEMO_STAFF } from '../seed/demo-data';
import { diskFileStore } from './disk-file-store';
import { readMigrationsFromDisk } from './migrations-from-disk';
import { catcherChannel } from '../platform/mail/catcher';
import { noMailBanner, type MailChannel } from '../platform/mail/channel';
import { smtpChannel, smtpSettingsFromVars } from '../platform/mail/smtp';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

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
  const proxyHops = trustedProxyHops(vars['TRUST_PROXY']);
  const smtp = smtpSettingsFromVars(vars);
  const dbUrl = vars['DATABASE_URL'] || `file:${resolve(ROOT, 'data/pelita.db')}`;
  if (dbUrl.startsWith('file:')) mkdirSync(dirname(dbUrl.slice(5)), { recursive: true });
  const { db, client } = openLibsql(dbUrl, vars['DATABASE_AUTH_TOKEN']);
  await useWriteAheadLog(client, dbUrl);
  const applied = await applyMigrations(client, readMigrationsFromDisk(resolve(ROOT, 'migrations')));

  const deps: AppDeps = {
    db,
    files: diskFileStore(vars['FILES_DIR'] || resolve(ROOT, 'data/files')),
    clock: systemClock,
    config,
    clientAddress: (c) => {
      if (proxyHops > 0) {
        const f = forwardedFor(c, proxyHops);
        if (f) return f;
      }
      try {
        return getConnInfo(c).remote.address ?? 'unknown';
      } catch {
        return 'unknown';
      }
    },
    staticFiles: serveStatic({ root: resolve(ROOT, 'public') }),
  };
  // SMTP when configured; in demo mode without it, the catcher (/demo/kotak-surat); else none
  const smtpMail = smtp ? smtpChannel(smtp) : null;
  const mail: MailChannel | null = smtpMail ?? (config.demoMode ? catcherChannel() : null);
  deps.mail = mail ? { email: mail } : {};
  if (!mail) console.error(`\n${noMailBanner('SMTP_URL (atau/or SMTP_HOST) dan/and MAIL_FROM')}\n`);
  const seeded = deps.config.demoMode ? await seedDemoDatabase(deps, dbUrl, vars['DEMO_HISTORY'] !== 'false') : null;
  // The app is the server itself, so its own 404, 405 and body limits answer every request.
  const app = createApp(deps);

  const timer = setInterval(() => void runScheduledJobs(deps), 15 * 60 * 1000);
  timer.unref();

  const http = await new Promise<ReturnType<typeof serve>>((resolveServer) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: opts.hostname ?? '127.0.0.1' }, () => resolveServer(s));
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const url = `http://${opts.hostname ?? '127.0.0.1'}:${port}`;
  // Outside production without PUBLIC_BASE_URL, links point where we listen (known only now).
  if (!config.baseUrl) config.baseUrl = url;
  if (config.env === 'production' && config.demoMode) console.error(`\n${demoInProductionBanner()}\n`);
  if (!opts.quiet) {
    console.log(`\nPelita (Node, libSQL ${dbUrl}) berjalan di / is running at ${url}`);
    if (applied.length) console.log(`  migrations applied: ${applied.join(', ')}`);
    if (seeded && !seeded.skipped) console.log(`  demo data seeded: ${JSON.stringify(seeded)}`);
    if (mail) console.log(`  mail: ${mail.name}${mail.name === 'catcher' ? ` (${url}/demo/kotak-surat)` : ''}`);
    if (deps.config.demoMode) printDemoLogins();
  }
  return {
    url,
    port,
    deps,
    async close() {
      clearInterval(timer);
      smtpMail?.close();
      await new Promise<void>((r) => http.close(() => r()));
      client.close();
    },
  };
}

export function printDemoLogins() {
  console.log(`\n  Demo accounts (password for all: ${DEMO_PASSWORD}):`);
  for (const s of DEMO_STAFF) console.log(`    ${s.email.padEnd(34)} ${s.roles.join(', ')} · ${s.unitCode}`);
  console.log('');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env['PORT'] || 8788);
  startNodeServer({ port, hostname: process.env['HOST'] || '127.0.0.1' }).catch(exitOnStartFailure);
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
