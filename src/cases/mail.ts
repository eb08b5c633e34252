// Outgoing messages about cases, written to the outbox (a sender delivers them later). Mails are
// bilingual (Indonesian first) because a citizen's language is not known when they are sent.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { outbox } from '../db/schema';
import { jakartaDate, jakartaMidnight } from '../domain/sla/calendar';
import type { AppDeps } from '../runtime/deps';
import { countHit, rateKey } from '../security/rate-limits';

export interface OutboxMessage {
  to: string;
  subject: string;
  body: string;
  kind: string;
  caseId?: string | null;
}

/** An outbox insert, not yet executed: await it or put it in db.batch([...]). */
export function outboxInsert(db: Db, at: Date, m: OutboxMessage) {
  return db.insert(outbox).values({
    to: m.to,
    subject: m.subject,
    body: m.body,
    kind: m.kind,
    caseId: m.caseId ?? null,
    createdAt: at,
  });
}

/**
 * Takes one confirmation mail from the recipient's allowance for today (WIB); false when it is
 * used up. Anyone can type anyone's address into the complaint form, so without this the form
 * is a free way to flood a stranger's mailbox from the city's mail server.
 */
export async function takeMailAllowance(deps: Pick<AppDeps, 'db' | 'config'>, to: string, now: Date): Promise<boolean> {
  const key = await rateKey(deps.config.secret, 'mail_recipient', to.toLowerCase());
  const tomorrow = jakartaMidnight(jakartaDate(new Date(now.getTime() + 24 * 3600_000)));
  const hit = await countHit(deps.db, key, now, tomorrow);
  return hit.hits <= deps.config.mailsPerRecipientPerDay;
}

/** Whether a complaint's confirmation mail was queued (for showing a repeated confirmation). */
export async function confirmationQueued(db: Db, caseId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.caseId, caseId), eq(outbox.kind, 'complaint_confirmation')))
    .limit(1);
  return row !== undefined;
}

function wib(d: Date): string {
  const local = new Date(d.getTime() + 7 * 3600 * 1000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)} WIB`;
}

/** The link a citizen keeps: the tracking page with the access key. */
export function trackingLink(origin: string, trackingCode: string, accessKey?: string): string {
  const base = `${origin.replace(/\/+$/, '')}/lacak/${encodeURIComponent(trackingCode)}`;
  return accessKey ? `${base}?kunci=${encodeURIComponent(accessKey)}` : base;
}

export function complaintConfirmationMail(p: {
  to: string;
  caseId: string;
  trackingCode: string;
  link: string;
  title: string;
  serviceName: { id: string; en: string };
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
}): OutboxMessage {
  const subject = `Pengaduan ${p.trackingCode} diterima / Complaint ${p.trackingCode} received`;
  const body = [
    'Terima kasih, pengaduan Anda sudah kami terima.',
    '',
    `Kode pelacakan: ${p.trackingCode}`,
    `Judul: ${p.title}`,
    `Kategori: ${p.serviceName.id}`,
    `Tanggapan pertama paling lambat: ${wib(p.firstResponseDueAt)}`,
    `Target penyelesaian: ${wib(p.resolutionDueAt)}`,
    '',
    'Ikuti perkembangan, jawab permintaan informasi, dan beri penilaian melalui tautan pribadi berikut.',
    'Jangan teruskan tautan ini kepada orang lain: tautan ini berisi kunci akses Anda.',
    p.link,
    '',
    '---',
    '',
    'Thank you, we have received your complaint.',
    '',
    `Tracking code: ${p.trackingCode}`,
    `Title: ${p.title}`,
    `Category: ${p.serviceName.en}`,
    `First response due by: ${wib(p.firstResponseDueAt)}`,
    `Target resolution: ${wib(p.resolutionDueAt)}`,
    '',
    'Follow it, answer requests for information and rate the service through this private link.',
    'Do not share it: it contains your access key.',
    p.link,
    '',
    'Pelita — Pemerintah Kota Surakarta',
  ].join('\n');
  return { to: p.to, subject, body, kind: 'complaint_confirmation', caseId: p.caseId };
}
