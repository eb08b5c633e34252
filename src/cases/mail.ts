// Outgoing messages about cases, written to the outbox (a sender delivers them later). Mails are
// bilingual (Indonesian first) because a citizen's language is not known when they are sent.
import type { Db } from '../db/client';
import { outbox } from '../db/schema';

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
