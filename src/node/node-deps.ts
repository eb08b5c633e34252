// What the Node server gives the app, built the same way on the main thread and in the staff
// lane's worker thread (src/node/lanes.ts): each has its own database connections but the same
// files, configuration, client-address rule and mail.
import type { Context } from 'hono';
import { resolve } from 'node:path';
import type { Db } from '../db/client';
import { nativeReader } from '../db/libsql';
import { readReferenceVersionWith, REFERENCE_VERSION_KEY, REFERENCE_VERSION_SQL } from '../modules/catalogue/reference';
import { CASE_PAGES_VERSION_KEY, PAGE_MARK_SQL, readTrackingPageVersionsWith } from '../modules/tracking/kept-page';
import { catcherChannel } from '../platform/mail/catcher';
import type { MailChannel } from '../platform/mail/channel';
import { smtpChannel, smtpSettingsFromVars } from '../platform/mail/smtp';
import { forwardedFor, systemClock, trustedProxyHops, type AppConfig, type AppDeps } from '../platform/runtime/deps';
import { drawPdf } from '../modules/documents/draw';
import { compression } from './compression';
import { diskFileStore } from './disk-file-store';
import { staticFiles } from './static-files';

export interface NodeDeps {
  deps: AppDeps;
  /** the channel queued mail leaves by, or null (none configured outside demo mode) */
  mail: MailChannel | null;
  /** closes the SMTP connections, if any */
  closeMail(): void;
}

/**
 * `socketAddress` is where the request came from on the wire (the main thread reads the socket,
 * the lane's worker is told it); X-Forwarded-For is read only when TRUST_PROXY says proxies of
 * our own stand in front of us.
 */
export function nodeDeps(
  vars: Record<string, string | undefined>,
  config: AppConfig,
  db: Db,
  root: string,
  socketAddress: (c: Context) => string | undefined,
  /** the thread it serves: the staff lane's compresses its answers on itself (compression.ts) */
  thread: 'main' | 'lane' = 'main',
): NodeDeps {
  const proxyHops = trustedProxyHops(vars['TRUST_PROXY']);
  const smtp = smtpSettingsFromVars(vars);
  const deps: AppDeps = {
    db,
    files: diskFileStore(vars['FILES_DIR'] || resolve(root, 'data/files')),
    clock: systemClock,
    config,
    clientAddress: (c) => (proxyHops > 0 ? forwardedFor(c, proxyHops) : null) || socketAddress(c) || 'unknown',
    staticFiles: staticFiles(resolve(root, 'public')),
    compression: compression({ onThisThread: thread === 'lane' }),
    pdf: drawPdf,
  };
  // SMTP when configured; in demo mode without it, the catcher (/demo/kotak-surat); else none
  const smtpMail = smtp ? smtpChannel(smtp) : null;
  const mail: MailChannel | null = smtpMail ?? (config.demoMode ? catcherChannel() : null);
  deps.mail = mail ? { email: mail } : {};
  return { deps, mail, closeMail: () => smtpMail?.close() };
}

/**
 * How long a read of the reference version answers for the requests after it. At the city's
 * peak a dozen public requests arrive within a millisecond, and each read of the row costs more
 * than the rest of answering a kept page (page-cache.ts); an edit committed meanwhile shows on
 * every request that begins a millisecond after its commit.
 */
export const VERSION_READ_FOR_MS = 1;

/** The two settings rows every kept page's check reads, in one statement. */
const VERSIONS_SQL = `SELECT (${REFERENCE_VERSION_SQL}), (${REFERENCE_VERSION_SQL})`;

/**
 * On a local file, the versions kept pages are checked against are read synchronously on a
 * connection of its own (src/db/libsql.ts, issue 14.4): the reference version and the case pages'
 * version together, at most once a millisecond, and a case's own mark when that moved
 * (src/modules/tracking/kept-page.ts). Returns what closes that connection.
 */
export function readPageVersionsSync(db: Db, dbUrl: string, now: () => number = performance.now.bind(performance)): () => void {
  const reader = nativeReader(dbUrl);
  if (!reader) return () => {};
  let last: { at: number; row: unknown[] | undefined } | null = null;
  const versions = () => {
    const at = now();
    if (!last || at - last.at >= VERSION_READ_FOR_MS) last = { at, row: reader.get(VERSIONS_SQL, REFERENCE_VERSION_KEY, CASE_PAGES_VERSION_KEY) };
    return last.row;
  };
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  readReferenceVersionWith(db, () => text(versions()?.[0]));
  readTrackingPageVersionsWith(db, {
    casePagesVersion: () => text(versions()?.[1]),
    mark: (code) => reader.get(PAGE_MARK_SQL, code),
  });
  return () => reader.close();
}
