// Everything the app needs from the outside world, passed to createApp(). The Worker builds
// these from Cloudflare bindings, the Node server from libSQL and the disk, tests from either.
import type { Context } from 'hono';
import type { Db } from '../db/client';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface StoredFile {
  body: ReadableStream<Uint8Array> | Uint8Array;
  contentType: string;
  size: number;
}

export interface FileStore {
  put(key: string, data: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<StoredFile | null>;
  delete(key: string): Promise<void>;
}

export type AppEnvironment = 'development' | 'test' | 'production';

export interface AppConfig {
  env: AppEnvironment;
  /** seeds Surakarta demo data and demo accounts */
  demoMode: boolean;
  /** server secret for signing (certificates, permits); at least 32 characters */
  secret: string;
  /** public origin used in links and QR codes, e.g. https://pelita.surakarta.go.id; '' = request origin */
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
}

/** Behind a proxy the city trusts, the first X-Forwarded-For hop is the client. */
export function forwardedFor(c: Context): string | null {
  const xff = c.req.header('X-Forwarded-For');
  const first = xff?.split(',')[0]?.trim();
  return first || null;
}

const DEV_SECRET = 'pelita-development-secret-not-for-production-use-0001';

/** Reads configuration from string variables (Worker vars or process.env) with safe defaults. */
export function configFromVars(
  vars: Record<string, string | undefined>,
  runtime: AppConfig['runtime'],
): AppConfig {
  const env = (['development', 'test', 'production'] as const).find((e) => e === vars['APP_ENV']) ?? 'production';
  const demoMode = vars['DEMO_MODE'] === 'true' || vars['DEMO_MODE'] === '1';
  let secret = vars['PELITA_SECRET'] ?? '';
  if (secret.length < 32) {
    if (env === 'production' && !demoMode) {
      throw new Error(
        'PELITA_SECRET must be set to at least 32 random characters in production / PELITA_SECRET wajib diisi (min. 32 karakter) di produksi',
      );
    }
    secret = DEV_SECRET;
  }
  const num = (key: string, fallback: number) => {
    const n = Number(vars[key]);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    env,
    demoMode,
    secret,
    baseUrl: (vars['PUBLIC_BASE_URL'] ?? '').replace(/\/+$/, ''),
    secureCookies: env === 'production' || vars['SECURE_COOKIES'] === 'true',
    sessionIdleMinutes: num('SESSION_IDLE_MINUTES', 30),
    sessionAbsoluteHours: num('SESSION_ABSOLUTE_HOURS', 12),
    complaintsPerAddressPerHour: num('LIMIT_COMPLAINTS_PER_HOUR', 10),
    trackingPerAddressPerHour: num('LIMIT_TRACKING_PER_HOUR', 60),
    mailsPerRecipientPerDay: num('LIMIT_MAILS_PER_RECIPIENT_PER_DAY', 5),
    runtime,
  };
}
