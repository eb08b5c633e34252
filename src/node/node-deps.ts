// What the Node server gives the app, built the same way on the main thread and in the staff
// lane's worker thread (src/node/lanes.ts): each has its own database connections but the same
// files, configuration, client-address rule and mail.
import type { Context } from 'hono';
import { resolve } from 'node:path';
import type { Db } from '../db/client';
import { nativeReader } from '../db/libsql';
import { readReferenceVersionWith, REFERENCE_VERSION_KEY, REFERENCE_VERSION_SQL } from '../modules/catalogue/reference';
import { readTrackingPageVersionsWith, TRACKING_PAGE_VERSION_SQL } from '../modules/tracking/kept-page';
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
    compression: compression(),
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

/**
 * On a local file, the versions kept pages are checked against are read synchronously on a
 * connection of its own (src/db/libsql.ts, issue 14.4): the reference version every public request
 * checks, and a case's tracking page version. Returns what closes that connection.
 */
export function readPageVersionsSync(db: Db, dbUrl: string, now: () => number = performance.now.bind(performance)): () => void {
  const reader = nativeReader(dbUrl);
  if (!reader) return () => {};
  let last: { at: number; value: string | undefined } | null = null;
  readReferenceVersionWith(db, () => {
    const at = now();
    if (!last || at - last.at >= VERSION_READ_FOR_MS) {
      const value = reader.get(REFERENCE_VERSION_SQL, REFERENCE_VERSION_KEY)?.[0];
      last = { at, value: typeof value === 'string' ? value : undefined };
    }
    return last.value;
  });
  // each its own case's: one indexed row, read for every request
  readTrackingPageVersionsWith(db, (code) => reader.get(TRACKING_PAGE_VERSION_SQL, code));
  return () => reader.close();
}
