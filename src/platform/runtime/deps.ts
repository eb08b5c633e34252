// Everything the app needs from the outside world, passed to createApp(). The Worker builds
// these from Cloudflare bindings, the Node server from libSQL and the disk, tests from either.
import type { Context, MiddlewareHandler } from 'hono';
import type { Db } from '../../db/client';
import type { Msg } from '../i18n/lang';
import type { Channels } from '../mail/channel';
import type { PdfDrawer } from '../../modules/documents/jobs';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface StoredFile {
  body: ReadableStream<Uint8Array> | Uint8Array;
  contentType: string;
  size: number;
}

/** One page of stored objects, in key order. */
export interface StoredPage {
  objects: { key: string; uploadedAt: Date }[];
  /** pass it back for the next page; null after the last */
  cursor: string | null;
}

export interface FileStore {
  put(key: string, data: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<StoredFile | null>;
  delete(key: string): Promise<void>;
  /** the objects whose key starts with `prefix`, at most `limit`, after `cursor` (null: from the start) */
  list(prefix: string, cursor: string | null, limit: number): Promise<StoredPage>;
}

export type AppEnvironment = 'development' | 'test' | 'production';

export interface AppConfig {
  env: AppEnvironment;
  /** seeds Surakarta demo data and demo accounts */
  demoMode: boolean;
  /** server secret for signing (certificates, permits); at least 32 characters */
  secret: string;
  /**
   * public origin used in links and QR codes, e.g. https://pelita.surakarta.go.id (see
   * src/platform/http/public-url.ts). Required in production; elsewhere the runtime fills in the address
   * it listens on. Never the request's Host header.
   */
  baseUrl: string;
  /** cookies without Secure only for plain-http localhost in development */
  secureCookies: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** complaints one client address may submit per hour (form and API together) */
  complaintsPerAddressPerHour: number;
  /** tracking-key checks and citizen actions one client address may make per hour */
  trackingPerAddressPerHour: number;
  /** confirmation mails one recipient address may be sent per day (WIB) */
  mailsPerRecipientPerDay: number;
  /** which runtime serves us, shown on /healthz */
  runtime: 'workers' | 'node';
}

export interface AppDeps {
  db: Db;
  files: FileStore;
  clock: Clock;
  config: AppConfig;
  /** the client's network address, as the runtime knows it (for throttling and the audit log) */
  clientAddress(c: Context): string;
  /**
   * how queued mail leaves, per kind of address (src/platform/mail/); none or empty: messages stay
   * queued in the outbox (the runtime says so loudly at start) and nothing pretends to send them
   */
  mail?: Channels;
  /**
   * serves /assets and /vendor where the platform does not (the Node server); on Workers the
   * [assets] binding answers them before the Worker runs
   */
  staticFiles?: MiddlewareHandler;
  /**
   * compresses answers where the platform does not (the Node server, src/node/compression.ts); on
   * Workers Cloudflare's edge compresses them, so the Worker leaves them as they are
   */
  compression?: MiddlewareHandler;
  /**
   * draws the PDF files (receipts, permits): in this process on Node, through the PDF Worker's
   * service binding on Workers (src/modules/documents/jobs.ts)
   */
  pdf: PdfDrawer;
}

/**
 * The client's address from X-Forwarded-For when `hops` proxies of our own stand in front of us.
 * Each proxy appends the address it was connected from, so only the last `hops` entries were
 * written by someone we trust; everything left of them is whatever the client sent. The client
 * is therefore the entry `hops` from the right, never the first one (which anyone can forge).
 */
export function clientFromForwardedFor(header: string | undefined, hops: number): string | null {
  if (!header || hops < 1) return null;
  const entries = header.split(',').map((e) => e.trim());
  const entry = entries[Math.max(0, entries.length - hops)];
  return entry || null;
}

/** X-Forwarded-For read as written by `hops` trusted proxies (one unless told otherwise). */
export function forwardedFor(c: Context, hops = 1): string | null {
  return clientFromForwardedFor(c.req.header('X-Forwarded-For'), hops);
}

/** A configuration that must not run, with every reason at once so one fix-and-restart is enough. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly Msg[]) {
    super(problems.map((p) => `${p.id} / ${p.en}`).join('\n'));
    this.name = 'ConfigError';
  }
}

/**
 * TRUST_PROXY: `false` (or unset) reads the socket address; `true` means one proxy of our own;
 * a number says how many proxies stand in front of the server (nginx behind a load balancer: 2).
 */
export function trustedProxyHops(value: string | undefined): number {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '' || v === 'false' || v === '0') return 0;
  if (v === 'true') return 1;
  if (/^[1-9]\d?$/.test(v)) return Number(v);
  throw new ConfigError([
    {
      id: `TRUST_PROXY harus "false", "true" atau jumlah proxy (1–99), bukan "${value}".`,
      en: `TRUST_PROXY must be "false", "true" or the number of proxies (1–99), not "${value}".`,
    },
  ]);
}

// Signs tokens in development and tests only; production refuses to start without its own secret
// (a token signed with a secret published in the source would verify as genuine).
const DEV_SECRET = 'pelita-development-secret-not-for-production-use-0001';

/** A public origin as configured: an absolute http(s) URL without a trailing slash, or null. */
function parseBaseUrl(raw: string): string | null {
  try {
    const u = new URL(raw);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    if (u.search || u.hash || u.username || u.password) return null;
    return `${u.origin}${u.pathname}`.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

/**
 * Reads configuration from string variables (Worker vars or process.env). Production is the
 * default and has no development fallbacks: it needs its own secret and its public address, and
 * runs demo mode only when DEMO_MODE=true is given explicitly (the runtime then says so loudly).
 */
export function configFromVars(
  vars: Record<string, string | undefined>,
  runtime: AppConfig['runtime'],
): AppConfig {
  const env = (['development', 'test', 'production'] as const).find((e) => e === vars['APP_ENV']) ?? 'production';
  const production = env === 'production';
  const demoMode = vars['DEMO_MODE'] === 'true' || vars['DEMO_MODE'] === '1';
  const problems: Msg[] = [];

  let secret = vars['PELITA_SECRET'] ?? '';
  if (secret.length < 32) {
    if (production)
      problems.push({
        id: 'PELITA_SECRET wajib diisi dengan minimal 32 karakter acak di produksi (juga dalam mode demo).',
        en: 'PELITA_SECRET must be set to at least 32 random characters in production (demo mode too).',
      });
    secret = DEV_SECRET;
  }

  const rawBase = (vars['PUBLIC_BASE_URL'] ?? '').trim();
  const baseUrl = rawBase ? parseBaseUrl(rawBase) : '';
  if (baseUrl === null)
    problems.push({
      id: `PUBLIC_BASE_URL harus alamat http(s) lengkap, mis. https://pelita.kota.go.id, bukan "${rawBase}".`,
      en: `PUBLIC_BASE_URL must be a full http(s) address, e.g. https://pelita.kota.go.id, not "${rawBase}".`,
    });
  else if (!baseUrl && production)
    problems.push({
      id: 'PUBLIC_BASE_URL wajib diisi di produksi (alamat publik portal untuk tautan di surel dan kode QR), mis. https://pelita.kota.go.id.',
      en: 'PUBLIC_BASE_URL is required in production (the public address used in e-mail links and QR codes), e.g. https://pelita.kota.go.id.',
    });
  if (problems.length) throw new ConfigError(problems);

  const num = (key: string, fallback: number) => {
    const n = Number(vars[key]);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    env,
    demoMode,
    secret,
    baseUrl: baseUrl ?? '',
    secureCookies: production || vars['SECURE_COOKIES'] === 'true',
    sessionIdleMinutes: num('SESSION_IDLE_MINUTES', 30),
    sessionAbsoluteHours: num('SESSION_ABSOLUTE_HOURS', 12),
    complaintsPerAddressPerHour: num('LIMIT_COMPLAINTS_PER_HOUR', 10),
    trackingPerAddressPerHour: num('LIMIT_TRACKING_PER_HOUR', 60),
    mailsPerRecipientPerDay: num('LIMIT_MAILS_PER_RECIPIENT_PER_DAY', 5),
    runtime,
  };
}

/** The loud notice a production server in demo mode prints at start, in both languages. */
export function demoInProductionBanner(): string {
  const line = '!'.repeat(78);
  return [
    line,
    '!! MODE DEMO DI PRODUKSI: akun demo dengan kata sandi yang diumumkan (termasuk admin) aktif.',
    '!!   Jangan masukkan data warga sungguhan. Matikan dengan DEMO_MODE=false.',
    '!! DEMO MODE IN PRODUCTION: demo accounts with a published password (admin included) are live.',
    '!!   Do not enter real citizens\' data. Turn it off with DEMO_MODE=false.',
    line,
  ].join('\n');
}
