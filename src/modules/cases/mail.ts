// Outgoing messages about cases, written to the outbox; the sender (src/modules/notifications/
// sender.ts) delivers them. A confirmation is bilingual (Indonesian first); notifications of a
// change are in the language the citizen used (src/modules/notifications/case-notices.ts).
//
// A message that carries a secret (the private link with the access key) is stored sealed: the
// outbox never holds a readable key (issue 8.11). The sender opens it with readOutboxMessage just
// before delivery. Nothing stays longer than it is useful: purgeOutbox runs on the cron.
import type { Msg } from '../../platform/i18n/lang';
import { and, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { outbox, rateLimits } from '../../db/schema';
import { jakartaWallClock, nextJakartaMidnight } from '../../domain/time/jakarta';
import type { AppDeps } from '../../platform/runtime/deps';
import { seal, unseal } from '../../platform/security/crypto';
import { hitUpsert, rateKey, type Hit } from '../../platform/security/rate-limits';

export interface OutboxMessage {
  to: string;
  subject: string;
  body: string;
  kind: string;
  caseId?: string | null;
  /** the body carries an access key: it is stored sealed */
  secret?: boolean;
}

export type OutboxRow = typeof outbox.$inferSelect;

/**
 * A sealed body opens only for its own recipient, kind and case: a row altered to send someone's
 * private link to another address does not open.
 */
function outboxSealContext(m: { to: string; kind: string; caseId?: string | null }): string {
  return `outbox:${m.kind}:${m.caseId ?? ''}:${m.to}`;
}

/** The outbox row of a message; a body that carries a secret is sealed. */
export async function outboxRow(secret: string, at: Date, m: OutboxMessage): Promise<typeof outbox.$inferInsert> {
  const sealed = m.secret === true;
  return {
    to: m.to,
    subject: m.subject,
    body: sealed ? await seal(secret, outboxSealContext(m), m.body) : m.body,
    sealed,
    kind: m.kind,
    caseId: m.caseId ?? null,
    createdAt: at,
    queuedAt: at,
  };
}

/** An outbox insert, not yet executed: await it or put it in db.batch([...]). */
export function outboxInsert(db: Db, row: typeof outbox.$inferInsert) {
  return db.insert(outbox).values(row);
}

/**
 * The message as the sender delivers it, its body opened. Throws for a sealed body that does not
 * open (the row was altered, or PELITA_SECRET changed since): such a message must not be sent.
 */
export async function readOutboxMessage(secret: string, row: OutboxRow): Promise<OutboxMessage> {
  const message = { to: row.to, subject: row.subject, kind: row.kind, caseId: row.caseId };
  if (!row.sealed) return { ...message, body: row.body };
  const body = await unseal(secret, outboxSealContext(row), row.body);
  if (body === null) throw new Error(`outbox message ${row.id} does not open: altered, or sealed under another PELITA_SECRET`);
  return { ...message, body, secret: true };
}

/** A delivered message is kept a week (to answer "did my mail go out?"), then deleted. */
export const OUTBOX_SENT_RETENTION_DAYS = 7;
/**
 * A message still undelivered three days after it was queued is stale (the citizen saw the link
 * on the confirmation page; a notification that late misleads): it becomes a dead letter, so an
 * admin sees that mail is not leaving, instead of vanishing. Retrying messages are younger than
 * this (the whole backoff is under 11 hours), so it never cuts a retry short.
 */
export const OUTBOX_UNSENT_EXPIRY_DAYS = 3;
/** A dead letter is kept two weeks for admins to send again or discard, then deleted (it may carry a sealed link). */
export const OUTBOX_DEAD_RETENTION_DAYS = 14;

const DAY = 24 * 60 * 60 * 1000;

export async function purgeOutbox(db: Db, now: Date): Promise<{ sent: number; expired: number; dead: number }> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const sent = await db
    .delete(outbox)
    .where(and(isNotNull(outbox.sentAt), lt(outbox.sentAt, ago(OUTBOX_SENT_RETENTION_DAYS))))
    .returning({ id: outbox.id });
  const expired = await db
    .update(outbox)
    .set({ deadAt: now, nextAttemptAt: null, lastError: `undelivered for ${OUTBOX_UNSENT_EXPIRY_DAYS} days` })
    .where(and(isNull(outbox.sentAt), isNull(outbox.deadAt), lt(sql`coalesce(${outbox.queuedAt}, ${outbox.createdAt})`, ago(OUTBOX_UNSENT_EXPIRY_DAYS).getTime())))
    .returning({ id: outbox.id });
  const dead = await db
    .delete(outbox)
    .where(and(isNull(outbox.sentAt), isNotNull(outbox.deadAt), lt(outbox.deadAt, ago(OUTBOX_DEAD_RETENTION_DAYS))))
    .returning({ id: outbox.id });
  return { sent: sent.length, expired: expired.length, dead: dead.length };
}

/**
 * The recipient's allowance of confirmation mails for today (WIB), taken in the batch that queues
 * the mail. Anyone can type anyone's address into the complaint form, so without it the form is
 * a free way to flood a stranger's mailbox from the city's mail server. `take` counts one mail
 * while `guard` holds (the case it confirms was written); `left` is the outbox row's guard: the
 * count, this mail in it, is within the allowance; `queued` reads the same from take's answer.
 */
export async function mailAllowance(deps: Pick<AppDeps, 'db' | 'config'>, to: string, now: Date, guard: SQL) {
  const key = await rateKey(deps.config.secret, 'mail_recipient', to.toLowerCase());
  const limit = deps.config.mailsPerRecipientPerDay;
  return {
    take: hitUpsert(deps.db, key, now, nextJakartaMidnight(now), guard),
    left: sql`(SELECT ${rateLimits.hits} FROM ${rateLimits} WHERE ${rateLimits.key} = ${key}) <= ${limit}`,
    queued: (hit: Hit | undefined) => hit !== undefined && hit.hits <= limit,
  };
}

function wib(d: Date): string {
  return `${jakartaWallClock(d).replace('T', ' ')} WIB`;
}

/**
 * The link a citizen keeps: the tracking page, with the access key in the fragment. A fragment is
 * never sent to a server (no access log, proxy or Referer sees it); the page's script exchanges
 * it for a short-lived cookie and takes it out of the address bar and the history (issue 8.12).
 */
export function trackingLink(origin: string, trackingCode: string, accessKey?: string): string {
  const base = `${origin.replace(/\/+$/, '')}/lacak/${encodeURIComponent(trackingCode)}`;
  return accessKey ? `${base}#kunci=${encodeURIComponent(accessKey)}` : base;
}

/** What a kind's confirmation mail says around the facts (`{code}` stands for the tracking code). */
export interface ConfirmationWords {
  kind: string;
  subject: Msg;
  received: Msg;
  category: Msg;
  firstDue: Msg;
  finalDue: Msg;
  follow: Msg;
}

/** The confirmation mail of a case just made, in both languages, with the private link. */
export function confirmationMail(w: ConfirmationWords) {
  return (p: {
    to: string;
    caseId: string;
    trackingCode: string;
    link: string;
    title: string;
    serviceName: { id: string; en: string };
    firstResponseDueAt: Date;
    resolutionDueAt: Date;
  }): OutboxMessage => {
    const code = (m: string) => m.replaceAll('{code}', p.trackingCode);
    const subject = `${code(w.subject.id)} / ${code(w.subject.en)}`;
    const body = [
      w.received.id,
      '',
      `Kode pelacakan: ${p.trackingCode}`,
      `Judul: ${p.title}`,
      `${w.category.id}: ${p.serviceName.id}`,
      `${w.firstDue.id}: ${wib(p.firstResponseDueAt)}`,
      `${w.finalDue.id}: ${wib(p.resolutionDueAt)}`,
      '',
      w.follow.id,
      'Jangan teruskan tautan ini kepada orang lain: tautan ini berisi kunci akses Anda.',
      p.link,
      '',
      '---',
      '',
      w.received.en,
      '',
      `Tracking code: ${p.trackingCode}`,
      `Title: ${p.title}`,
      `${w.category.en}: ${p.serviceName.en}`,
      `${w.firstDue.en}: ${wib(p.firstResponseDueAt)}`,
      `${w.finalDue.en}: ${wib(p.resolutionDueAt)}`,
      '',
      w.follow.en,
      'Do not share it: it contains your access key.',
      p.link,
      '',
      'Pelita — Pemerintah Kota Surakarta',
    ].join('\n');
    return { to: p.to, subject, body, kind: w.kind, caseId: p.caseId, secret: true };
  };
}

export const complaintConfirmationMail = confirmationMail({
  kind: 'complaint_confirmation',
  subject: { id: 'Pengaduan {code} diterima', en: 'Complaint {code} received' },
  received: { id: 'Terima kasih, pengaduan Anda sudah kami terima.', en: 'Thank you, we have received your complaint.' },
  category: { id: 'Kategori', en: 'Category' },
  firstDue: { id: 'Tanggapan pertama paling lambat', en: 'First response due by' },
  finalDue: { id: 'Target penyelesaian', en: 'Target resolution' },
  follow: {
    id: 'Ikuti perkembangan, jawab permintaan informasi, dan beri penilaian melalui tautan pribadi berikut.',
    en: 'Follow it, answer requests for information and rate the service through this private link.',
  },
});
