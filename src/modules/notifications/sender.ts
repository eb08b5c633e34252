// The outbox sender: delivers what the portal queued (confirmations, notifications, escalations,
// training notices). It runs on the cron (src/jobs.ts) and right after a request that may have
// queued mail (src/app.tsx: waitUntil on Workers, after the response on Node).
//
// A round claims a bounded batch of due messages — claiming pushes their next attempt past a
// lease, so two senders (an isolate's kick and the cron) never send one message twice, and a
// sender that dies mid-round leaves its messages to be retried when the lease ends — then sends
// each through the channel for its kind of address. A failure is retried with exponential
// backoff; a permanent refusal, MAX_ATTEMPTS failures or a body that does not open make it a dead
// letter, which admins see at /admin/surat and may send again or discard. A sealed body is
// opened here, just before it leaves, and nowhere else.
import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import type { Db } from '../../db/client';
import { outbox } from '../../db/schema';
import { addressKind, errorText, type Channels } from '../../platform/mail/channel';
import type { AppDeps } from '../../platform/runtime/deps';
import { readOutboxMessage, type OutboxRow } from '../cases/mail';

/** Messages one round takes: a round stays well inside a request's or a cron's time. */
export const SEND_BATCH = 25;
/** After this many failed attempts a message is a dead letter. */
export const MAX_ATTEMPTS = 8;
/** The first retry waits this long; each further one twice as long (5 min, 10, 20, … 5 h 20). */
export const BACKOFF_BASE_MS = 5 * 60 * 1000;
/** A claimed message is not taken again before this: longer than any one send may take. */
export const CLAIM_LEASE_MS = 10 * 60 * 1000;

/** The wait after the `attempts`-th failed attempt. */
export function backoffMs(attempts: number): number {
  return BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1);
}

/** SQL: waiting to be sent (not sent, not a dead letter) and due at `now`. */
function due(now: Date) {
  return and(isNull(outbox.sentAt), isNull(outbox.deadAt), or(isNull(outbox.nextAttemptAt), lte(outbox.nextAttemptAt, now)));
}

/** Takes up to `limit` due messages and counts the attempt; the lease keeps others off them. */
export async function claimDue(db: Db, now: Date, limit = SEND_BATCH): Promise<OutboxRow[]> {
  const ids = db.select({ id: outbox.id }).from(outbox).where(due(now)).orderBy(asc(outbox.id)).limit(limit);
  return db
    .update(outbox)
    .set({ nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS), attempts: sql`${outbox.attempts} + 1` })
    // due again in the outer condition: a row another sender claimed meanwhile is left alone
    .where(and(inArray(outbox.id, ids), due(now)))
    .returning();
}

export interface SendRound {
  sent: number;
  retrying: number;
  dead: number;
}

/** What happens to a message after a failed attempt. */
function failure(row: OutboxRow, now: Date, error: string, retryable: boolean) {
  if (retryable && row.attempts < MAX_ATTEMPTS)
    return { lastError: error, nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)) };
  return { lastError: error, deadAt: now, nextAttemptAt: null };
}

/** One round: claim, open, send, record. Without a channel nothing is claimed: messages wait. */
export async function sendOutbox(deps: Pick<AppDeps, 'db' | 'clock' | 'config' | 'mail'>, limit = SEND_BATCH): Promise<SendRound> {
  const round: SendRound = { sent: 0, retrying: 0, dead: 0 };
  const channels: Channels = deps.mail ?? {};
  if (!Object.keys(channels).length) return round;
  const rows = await claimDue(deps.db, deps.clock.now(), limit);
  for (const row of rows) {
    const now = deps.clock.now();
    const kind = addressKind(row.to);
    const channel = kind ? channels[kind] : undefined;
    let update: Partial<typeof outbox.$inferInsert>;
    if (!kind) update = failure(row, now, 'no channel delivers to this kind of address', false);
    else if (!channel) update = failure(row, now, `no ${kind} channel is configured`, true);
    else {
      let opened;
      try {
        opened = await readOutboxMessage(deps.config.secret, row);
      } catch (e) {
        opened = null;
        update = failure(row, now, errorText(e), false);
      }
      if (opened) {
        const outcome = await channel.send({ to: opened.to, subject: opened.subject, body: opened.body });
        update = outcome.ok
          ? { sentAt: deps.clock.now(), channel: channel.name, lastError: null, nextAttemptAt: null }
          : failure(row, now, outcome.error, outcome.retryable);
      }
    }
    await deps.db.update(outbox).set(update!).where(eq(outbox.id, row.id));
    if (update!.sentAt) round.sent++;
    else if (update!.deadAt) round.dead++;
    else round.retrying++;
  }
  return round;
}

/** An admin sends a dead letter again: a new round of attempts from now. */
export async function retryDeadLetter(db: Db, id: number, now: Date): Promise<boolean> {
  const rows = await db
    .update(outbox)
    .set({ deadAt: null, attempts: 0, nextAttemptAt: null, queuedAt: now })
    .where(and(eq(outbox.id, id), isNull(outbox.sentAt), sql`${outbox.deadAt} IS NOT NULL`))
    .returning({ id: outbox.id });
  return rows.length === 1;
}

/** An admin discards a dead letter: it is deleted with its (sealed) body. */
export async function discardDeadLetter(db: Db, id: number): Promise<boolean> {
  const rows = await db
    .delete(outbox)
    .where(and(eq(outbox.id, id), isNull(outbox.sentAt), sql`${outbox.deadAt} IS NOT NULL`))
    .returning({ id: outbox.id });
  return rows.length === 1;
}

/** Rounds one cron run makes at most (SEND_BATCH each): a backlog drains over a few runs, none runs long. */
export const ROUNDS_PER_RUN = 20;

/** The cron's delivery: rounds until nothing is due or ROUNDS_PER_RUN are done. */
export const deliverOutbox = {
  name: 'deliver-outbox',
  async run(deps: Pick<AppDeps, 'db' | 'clock' | 'config' | 'mail'>): Promise<Record<string, number>> {
    const total: SendRound = { sent: 0, retrying: 0, dead: 0 };
    for (let i = 0; i < ROUNDS_PER_RUN; i++) {
      const r = await sendOutbox(deps);
      total.sent += r.sent;
      total.retrying += r.retrying;
      total.dead += r.dead;
      if (r.sent + r.retrying + r.dead < SEND_BATCH) break;
    }
    return { ...total };
  },
};

/**
 * Middleware: after a change that went through (a non-GET request answered below 400), a round
 * of delivery, so a reply reaches the citizen in seconds rather than at the next cron. On Workers
 * it runs under waitUntil; on Node the promise simply goes on after the response is sent.
 */
export function deliverQueuedMail(deps: Pick<AppDeps, 'db' | 'clock' | 'config' | 'mail'>): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.res.status >= 400 || !Object.keys(deps.mail ?? {}).length) return;
    const round = kickOutbox(deps);
    try {
      c.executionCtx.waitUntil(round);
    } catch {
      // no execution context (Node, tests): the round goes on by itself
    }
  };
}

// One round at a time per portal: a kick while a round runs is answered by that round's end
// (whatever it did not take, the next kick or the cron takes).
const running = new WeakMap<object, Promise<SendRound>>();

/** Starts a round unless one is running; never throws (a failed round is logged, the cron retries). */
export function kickOutbox(deps: Pick<AppDeps, 'db' | 'clock' | 'config' | 'mail'>): Promise<SendRound | null> {
  if (!Object.keys(deps.mail ?? {}).length) return Promise.resolve(null);
  const current = running.get(deps);
  if (current) return current;
  const round = sendOutbox(deps)
    .catch((e: unknown) => {
      console.error('[pelita] outbox round failed', e);
      return { sent: 0, retrying: 0, dead: 0 };
    })
    .finally(() => running.delete(deps));
  running.set(deps, round);
  return round;
}
