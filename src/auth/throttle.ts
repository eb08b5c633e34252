// Brute-force protection for sign-in. Failures are counted per account (the normalised
// username, whether or not such an account exists, so lockout cannot reveal existence) and per
// client address. Workers cannot sleep cheaply, so the slow-down is a lockout, not a delay.
import { and, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { loginThrottle } from '../db/schema';

export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
export const MAX_ACCOUNT_FAILURES = 5;
export const MAX_ADDRESS_FAILURES = 20;

export const accountKey = (username: string) => `acct:${username}`;
export const addressKey = (address: string) => `ip:${address}`;

/** Seconds until every lock on these keys has ended; 0 when none is locked. */
export async function lockedForSeconds(db: Db, keys: readonly string[], now: Date): Promise<number> {
  const rows = await db
    .select({ lockedUntil: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(inArray(loginThrottle.key, [...keys]));
  let until = 0;
  for (const r of rows) if (r.lockedUntil && r.lockedUntil.getTime() > until) until = r.lockedUntil.getTime();
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/**
 * Counts one failure against a key, atomically (one UPSERT), and locks it once `max` failures
 * fall within the window. A window that has passed, or a lock that has ended, starts afresh.
 * Returns true when this failure set a new lock.
 */
export async function recordFailure(db: Db, key: string, max: number, now: Date): Promise<boolean> {
  const t = now.getTime();
  const stale = sql`(first_failure_at <= ${t - THROTTLE_WINDOW_MS} OR (locked_until IS NOT NULL AND locked_until <= ${t}))`;
  const [row] = await db
    .insert(loginThrottle)
    .values({ key, failures: 1, firstFailureAt: now, lockedUntil: max <= 1 ? new Date(t + LOCK_MS) : null })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`CASE WHEN ${stale} THEN 1 ELSE failures + 1 END`,
        firstFailureAt: sql`CASE WHEN ${stale} THEN ${t} ELSE first_failure_at END`,
        lockedUntil: sql`CASE WHEN ${stale} THEN NULL WHEN failures + 1 >= ${max} THEN ${t + LOCK_MS} ELSE locked_until END`,
      },
    })
    .returning({ failures: loginThrottle.failures, lockedUntil: loginThrottle.lockedUntil });
  return !!row && row.failures === max && !!row.lockedUntil && row.lockedUntil.getTime() > t;
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}

/** Forgets counters whose window and lock have both passed (called now and then, cheaply). */
export async function pruneThrottle(db: Db, now: Date): Promise<void> {
  const t = now.getTime();
  await db
    .delete(loginThrottle)
    .where(
      and(
        lte(loginThrottle.firstFailureAt, new Date(t - THROTTLE_WINDOW_MS)),
        or(isNull(loginThrottle.lockedUntil), lte(loginThrottle.lockedUntil, now)),
      ),
    );
}
