// Work the cron trigger (Workers) or the interval timer (Node) does every 15 minutes.
// Each job is idempotent and safe to run twice or late.
import { pruneSessions } from './platform/auth/sessions';
import { pruneSignInFailures } from './modules/auth/throttle';
import { purgeOutbox } from './modules/cases/mail';
import type { AppDeps } from './platform/runtime/deps';
import { pruneRateLimits } from './platform/security/rate-limits';
import { autoClose } from './modules/cases/jobs/auto-close';
import { dueRecompute } from './modules/cases/jobs/due-recompute';
import { infoRequestExpiry } from './modules/cases/jobs/info-request-expiry';
import { orphanFiles } from './modules/cases/jobs/orphan-files';
import { slaEscalation } from './modules/cases/jobs/sla-escalation';
import { caseSegmentsUpkeep } from './modules/metrics/job';
import { keptMediansJob } from './modules/metrics/medians';
import { trainingImpactJob } from './modules/impact/job';
import { weeklyReportsJob } from './modules/dashboard/weekly';
import { registerCaseKinds } from './kinds';
import { purgeExpiredDrafts } from './modules/permits/drafts';
import { purgeExpiredPending } from './modules/cases/pending-uploads';
import { deliverOutbox } from './modules/notifications/sender';

export interface ScheduledJob {
  name: string;
  run(deps: AppDeps): Promise<Record<string, number>>;
}

/**
 * Sessions that ended over a week ago (kept that long so the sign-in page can still say "your
 * session ended"), sign-in failures no budget counts any more, rate-limit counters whose window
 * has ended, outbox mail delivered over a week ago (mail undelivered for three days becomes a
 * dead letter, deleted after two weeks: a queued mail may carry a private link, none stays for
 * ever), permit drafts untouched for 30 days with their documents, and the files a failed form
 * kept past their expiry.
 */
export const purgeExpired: ScheduledJob = {
  name: 'purge-expired',
  async run({ db, clock, files }) {
    const now = clock.now();
    await pruneSessions(db, now);
    await pruneSignInFailures(db, now);
    const rateLimitCounters = await pruneRateLimits(db, now);
    const mail = await purgeOutbox(db, now);
    const drafts = await purgeExpiredDrafts({ db, files }, now);
    const pending = await purgeExpiredPending({ db, files }, now);
    return { rate_limits: rateLimitCounters, outbox_sent: mail.sent, outbox_expired: mail.expired, outbox_dead: mail.dead, permit_drafts: drafts, pending_uploads: pending };
  },
};

/**
 * In this order: deadlines that passed or moved (the citizen's answer, a holiday edit) are taken
 * in before escalation judges the case; the outbox is delivered after the jobs that queue mail
 * (escalation, auto-close) so their mail leaves in the same run; the metrics' projection last, after every change the
 * other jobs made; the training impact (once a day) reads that projection, so it comes after it.
 */
export const SCHEDULED_JOBS: ScheduledJob[] = [purgeExpired, infoRequestExpiry, dueRecompute, slaEscalation, autoClose, deliverOutbox, orphanFiles, caseSegmentsUpkeep, keptMediansJob, weeklyReportsJob, trainingImpactJob];

/** Runs every job; one failing job does not stop the others. */
export async function runScheduledJobs(deps: AppDeps, jobs: readonly ScheduledJob[] = SCHEDULED_JOBS) {
  // the case jobs work on every registered kind of case
  registerCaseKinds();
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
