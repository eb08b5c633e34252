// Counters against abuse of what anyone may do without an account: submitting complaints,
// checking tracking keys, citizen actions, the confirmation mails they cause, and machine
// verification of documents.
//
// The counters live in the database (table rate_limits), not in memory: a Worker has many
// isolates and a city may run several Node instances, and a limit that each of them counts
// alone is no limit. One UPSERT counts a hit and returns the count, so concurrent requests can
// never all slip under the limit. Each key has a fixed window that starts with its first hit.
//
// Keys hold an HMAC of the client address or mail recipient, not the address itself: the table
// says how busy someone is without keeping who they are (UU 27/2022 on personal data: no more
// than the purpose needs).
import { eq, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rateLimits } from '../../db/schema';
import { hmacSign } from './crypto';

export type RateBucket = 'complaint_submit' | 'permit_submit' | 'tracking' | 'mail_recipient' | 'verification';

/** `bucket:HMAC(subject)`; the same subject counts separately in each bucket. */
export async function rateKey(secret: string, bucket: RateBucket, subject: string): Promise<string> {
  return `${bucket}:${await hmacSign(secret, `rate-limit:${bucket}:${subject}`)}`;
}

export interface Hit {
  /** hits in the current window, this one included */
  hits: number;
  resetAt: Date;
}

/**
 * The UPSERT that counts one hit against `key` and returns the count, not yet executed: await it
 * (countHit) or put it in a db.batch, so the hit commits with what it allows (a submission: see
 * src/platform/http/submission-limit.ts). A key whose window has ended starts a new window ending
 * at `windowEnd`; otherwise its window keeps its end. With `guard`, the hit is counted only while
 * the guard holds when the statement runs (in a batch: e.g. the case it is for was written).
 */
export function hitUpsert(db: Db, key: string, now: Date, windowEnd: Date, guard?: SQL) {
  const t = now.getTime();
  const ended = sql`${rateLimits.resetAt} <= ${t}`;
  const insert = db.insert(rateLimits);
  // drizzle checks at run time that the selection names every column of the table in order
  const row = { key: sql`${key}`, hits: sql`1`, resetAt: sql`${windowEnd.getTime()}` };
  return (guard ? insert.select(db.select(row).from(sql`(SELECT 1)`).where(guard) as never) : insert.values({ key, hits: 1, resetAt: windowEnd }))
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        // both expressions read the row as it was before this update
        hits: sql`CASE WHEN ${ended} THEN 1 ELSE ${rateLimits.hits} + 1 END`,
        resetAt: sql`CASE WHEN ${ended} THEN ${windowEnd.getTime()} ELSE ${rateLimits.resetAt} END`,
      },
    })
    .returning({ hits: rateLimits.hits, resetAt: rateLimits.resetAt });
}

/** Counts one hit against `key`, atomically (its own commit). */
export async function countHit(db: Db, key: string, now: Date, windowEnd: Date): Promise<Hit> {
  const [row] = await hitUpsert(db, key, now, windowEnd);
  return row ?? { hits: 1, resetAt: windowEnd };
}

/** The hits counted against `key` in its current window (0 when it has none or it has ended): a read, no commit. */
export async function currentHits(db: Db, key: string, now: Date): Promise<number> {
  const [row] = await db.select({ hits: rateLimits.hits, resetAt: rateLimits.resetAt }).from(rateLimits).where(eq(rateLimits.key, key)).limit(1);
  return row && row.resetAt.getTime() > now.getTime() ? row.hits : 0;
}

/** Seconds until the window of a hit ends (at least 1, for Retry-After). */
export function secondsUntilReset(hit: Hit, now: Date): number {
  return Math.max(1, Math.ceil((hit.resetAt.getTime() - now.getTime()) / 1000));
}

/** Forgets counters whose window has ended (the scheduled job); returns how many. */
export async function pruneRateLimits(db: Db, now: Date): Promise<number> {
  const gone = await db.delete(rateLimits).where(lte(rateLimits.resetAt, now)).returning({ key: rateLimits.key });
  return gone.length;
}
