// Work the cron trigger (Workers) or the interval timer (Node) does every 15 minutes.
// Each job is idempotent and safe to run twice or late.
import { lt } from 'drizzle-orm';
import { pruneSessions } from '../auth/sessions';
import { pruneSignInFailures } from '../auth/throttle';
import { idempotencyKeys } from '../db/schema';
import type { AppDeps } from '../runtime/deps';
import { autoClose } from './auto-close';
import { slaEscalation } from './sla-escalation';

export interface ScheduledJob {
  name: string;
  run(deps: AppDeps): Promise<Record<string, number>>;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Sessions that ended over a week ago (kept that long so the sign-in page can still say "your
 * session ended"), sign-in failures no budget counts any more, and day-old idempotency records.
 */
export const purgeExpired: ScheduledJob = {
  name: 'purge-expired',
  async run({ db, clock }) {
    const now = clock.now();
    await pruneSessions(db, now);
    await pruneSignInFailures(db, now);
    const k = await db
      .delete(idempotencyKeys)
      .where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - DAY)))
      .returning({ key: idempotencyKeys.key });
    return { idempotency_keys: k.length };
  },
};

export const SCHEDULED_JOBS: ScheduledJob[] = [purgeExpired, slaEscalation, autoClose];

/** Runs every job; one failing job does not stop the others. */
export async function runScheduledJobs(deps: AppDeps, jobs: readonly ScheduledJob[] = SCHEDULED_JOBS) {
  const results: Record<string, Record<string, number> | { error: string }> = {};
  for (const job of jobs) {
    try {
      results[job.name] = await job.run(deps);
    } catch (e) {
      console.error(`[pelita] scheduled job ${job.name} failed`, e);
      results[job.name] = { error: e instanceof Error ? e.message : String(e) };
    }
  }
  return results;
}
