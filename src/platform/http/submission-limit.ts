// The per-address limit on the routes that create a case (complaints and permits, form and API:
// issue 8.7), counted in the submission's own commit (issue 14.4: one transaction, one commit per
// submission; a separate UPSERT was a commit of its own before every case).
//
// Before the handler the counter is only read (no commit): an address already at its limit is
// refused there, and that refusal is counted, as every request from the address is. Otherwise the
// handler gets the hit to count (c.var.submissionHit) and puts its UPSERT first in the batch that
// creates the case; the case's insert in that batch is `INSERT … SELECT … FROM rate_limits WHERE
// key = ? AND hits <= <limit>`, so it sees the count with this hit in it, inside the transaction:
// two requests that both read a count under the limit cannot both be created. The one that comes
// out over it commits its hit and nothing else, and is refused like the others. A request that
// never reaches its batch (invalid input, a replay, a conflict, a batch that failed) counts its
// hit alone after the handler.
import type { MiddlewareHandler } from 'hono';
import { countHit, currentHits, rateKey, type Hit } from '../security/rate-limits';
import type { AppContext, AppEnv } from './context';
import type { TooManyRequestsError } from './errors';
import { answerRefusal, limitRefusal, type RateLimitOptions } from './rate-limit';


/** A hit the submission's batch is to count (hitUpsert), with the limit its case is written under. */
export interface SubmissionHit {
  key: string;
  now: Date;
  windowEnd: Date;
  /** requests allowed in the window, this one included */
  limit: number;
  /** the refusal of a request whose count, in its batch, came out over the limit */
  refusal(hit: Hit): TooManyRequestsError;
  /** set by the caller once a committed batch counted the hit: nothing is left to count */
  counted: boolean;
}

/** The hit for createCase's options (`...hitOf(c)`): none outside the routes submissionLimit guards. */
export function hitOf(c: AppContext): { hit?: SubmissionHit } {
  const hit = c.var.submissionHit;
  return hit ? { hit } : {};
}

export function submissionLimit(opts: RateLimitOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { db, clock, config, clientAddress } = c.var.deps;
    const now = clock.now();
    const key = await rateKey(config.secret, opts.bucket, clientAddress(c));
    const windowEnd = new Date(now.getTime() + opts.windowSeconds * 1000);
    const limit = opts.limit(config);
    const refusal = (hit: Hit) => limitRefusal(opts.what, hit, now);
    if ((await currentHits(db, key, now)) >= limit) return answerRefusal(c, refusal(await countHit(db, key, now, windowEnd)), opts.onLimited);
    const hit: SubmissionHit = { key, now, windowEnd, limit, refusal, counted: false };
    c.set('submissionHit', hit);
    await next();
    if (!hit.counted) await countHit(db, key, now, windowEnd);
  };
}
