// The citizen is told when their case changes. Every change goes through commitCaseChange, so the
// rule lives here, once, for every kind, actor and route: an event of a machine action that the
// citizen may read (not internal), made by staff or the system — or by the citizen when it
// starts or ends a round of handling (a reopen, a withdrawal: the confirmation that it took) —
// queues a mail to the address the citizen left, in the language they used when submitting.
// The link is the plain tracking page: the access key is only ever in the confirmation mail.
import type { Lang } from '../../platform/i18n/lang';
import { formatDateTime, pick } from '../../platform/i18n/lang';
import { eventLabel, eventTitleOf } from '../../domain/cases/event-labels';
import type { CaseEventInput } from './events';
import type { CaseKind } from './kinds';
import { trackingLink, type OutboxMessage } from './mail';

/** The outbox kind of a notification, e.g. complaint_notice. */
export function noticeKind(kind: Pick<CaseKind, 'kind'>): string {
  return `${kind.kind}_notice`;
}

/** Whether this event tells the citizen something they should hear about by mail. */
export function notifiesCitizen(kind: CaseKind, e: CaseEventInput): boolean {
  const rule = kind.machine.transitions[e.type];
  if (!rule || e.visibility === 'internal') return false;
  if (e.actorKind !== 'citizen') return true;
  return rule.startsEpisode === true || rule.outcome !== undefined;
}

/** What the notice needs of the case. */
export interface NoticeCase {
  id: string;
  trackingCode: string;
  title: string;
  status: string;
  contactEmail: string;
  language: string;
}

function langOf(c: NoticeCase): Lang {
  return c.language === 'en' ? 'en' : 'id';
}

function dataOf(e: CaseEventInput): Record<string, unknown> | null {
  if (e.data == null) return null;
  if (typeof e.data !== 'string') return e.data;
  try {
    return JSON.parse(e.data) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/**
 * The mail about one event, in the citizen's language. `citizenDueAt` is the answer deadline a
 * request for information (or a revision) set: the mail says the clock stands still until then.
 */
export function noticeMail(kind: CaseKind, c: NoticeCase, e: CaseEventInput, origin: string, citizenDueAt: Date | null): OutboxMessage {
  const lang = langOf(c);
  const t = (id: string, en: string) => (lang === 'en' ? en : id);
  const rule = kind.machine.transitions[e.type];
  const status = e.toStatus ?? c.status;
  const statusLabel = kind.machine.statusLabels[status];
  // the history's past-tense name; a kind's own action without one (a permit's "Setujui") is
  // named by the status it led to ("Disetujui"), which reads as news rather than as a button
  const named = eventLabel(e.type).id !== e.type;
  const title = pick(named || !statusLabel || e.toStatus === e.fromStatus ? eventTitleOf(kind, e.type, dataOf(e)) : statusLabel, lang);
  const noun = pick(kind.label, lang);
  const lines = [
    t(`Ada kabar tentang ${noun.toLowerCase()} Anda "${c.title}" (${c.trackingCode}).`, `There is news about your ${noun.toLowerCase()} "${c.title}" (${c.trackingCode}).`),
    '',
    `${title}.`,
  ];
  if (statusLabel && pick(statusLabel, lang) !== title) lines.push(`${t('Status sekarang', 'Status now')}: ${pick(statusLabel, lang)}`);
  // the message goes only where the citizen may read it on the tracking page too
  const messageVisible = (rule?.messageVisibility ?? e.visibility) !== 'internal';
  if (e.message && messageVisible && e.actorKind !== 'citizen') lines.push('', `${t('Pesan petugas', 'Message from staff')}:`, e.message);
  if (rule?.pausesSla) {
    lines.push(
      '',
      t(
        'Target waktu penyelesaian dihentikan sementara sampai Anda menjawab. Jawab melalui halaman pelacakan.',
        'The time target is paused until you answer. Answer on the tracking page.',
      ),
    );
    if (citizenDueAt) lines.push(`${t('Jawab paling lambat', 'Answer by')}: ${formatDateTime(citizenDueAt, lang)}`);
  }
  lines.push(
    '',
    t('Lihat perkembangannya di:', 'Follow it at:'),
    trackingLink(origin, c.trackingCode),
    t(
      'Untuk membalas atau melihat berkas, buka tautan itu dengan kunci akses dari surel konfirmasi atau halaman konfirmasi Anda. Surel ini tidak memuat kunci.',
      'To answer or see files, open that link with the access key from your confirmation mail or page. This mail does not contain the key.',
    ),
    '',
    'Pelita — Pemerintah Kota Surakarta',
  );
  return {
    to: c.contactEmail,
    subject: `${noun} ${c.trackingCode}: ${title}`,
    body: lines.join('\n'),
    kind: noticeKind(kind),
    caseId: c.id,
  };
}
