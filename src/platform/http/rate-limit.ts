// Per-client-address limits on routes anyone may call without an account. Counted before the
// handler runs (and before any key is checked), so a refused request learns nothing and costs
// nothing but one UPSERT. The counters are in the database: see src/platform/security/rate-limits.ts.
import type { MiddlewareHandler } from 'hono';
import type { Msg } from '../i18n/lang';
import type { AppConfig } from '../runtime/deps';
import { countHit, rateKey, secondsUntilReset, type Hit, type RateBucket } from '../security/rate-limits';
import type { AppContext, AppEnv } from './context';
import { TooManyRequestsError } from './errors';

export interface RateLimitOptions {
  bucket: RateBucket;
  /** requests allowed per window from one client address, read from the configuration */
  limit: (config: AppConfig) => number;
  windowSeconds: number;
  /** what is being limited, in a sentence: "Terlalu banyak {what.id} …" */
  what: Msg;
  /**
   * Answers a refused HTML request itself, e.g. the form again with what was typed (the
   * Retry-After header is already set). Without it (the API) the refusal is thrown as a
   * TooManyRequestsError for the error mapper.
   */
  onLimited?: (c: AppContext, refusal: TooManyRequestsError) => Response | Promise<Response>;
}

/** "Terlalu banyak pengaduan dari alamat jaringan Anda. Coba lagi dalam 40 menit." */
export function limitMessage(what: Msg, retryAfterSeconds: number): Msg {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return {
    id: `Terlalu banyak ${what.id} dari alamat jaringan Anda. Coba lagi dalam ${minutes} menit.`,
    en: `Too many ${what.en} from your network address. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  };
}

/** The refusal of a request whose count `hit` is over the limit, saying when to try again. */
export function limitRefusal(what: Msg, hit: Hit, now: Date): TooManyRequestsError {
  const wait = secondsUntilReset(hit, now);
  return new TooManyRequestsError(limitMessage(what, wait), wait);
}

/** The refusal as the route answers it: its onLimited page (Retry-After set), or thrown for the error mapper. */
export function answerRefusal(c: AppContext, refusal: TooManyRequestsError, onLimited: RateLimitOptions['onLimited']): Response | Promise<Response> {
  if (!onLimited) throw refusal;
  c.header('Retry-After', String(refusal.retryAfterSeconds));
  c.header('Cache-Control', 'no-store');
  return onLimited(c, refusal);
}

export function rateLimit(opts: RateLimitOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { db, clock, config, clientAddress } = c.var.deps;
    const now = clock.now();
    const key = await rateKey(config.secret, opts.bucket, clientAddress(c));
    const hit = await countHit(db, key, now, new Date(now.getTime() + opts.windowSeconds * 1000));
    if (hit.hits <= opts.limit(config)) return next();
    return answerRefusal(c, limitRefusal(opts.what, hit, now), opts.onLimited);
  };
}
