// What a case history calls each event, for citizens (tracking page) and staff (case page) alike:
// what happened, in the past tense. The state machine's ACTION_LABELS are the imperative names of
// the buttons ("Teruskan"); these are the entries they leave behind ("Diteruskan").
import { formatRupiah } from '../../platform/i18n/lang';
import type { Actor, Bilingual, ComplaintAction } from './state-machine';

/** Events that are no action of the state machine. */
export type CaseEventExtra = 'submitted' | 'privacy_changed' | 'attachment_added';
export type CaseEventType = ComplaintAction | CaseEventExtra;

export const EVENT_LABELS: Readonly<Record<CaseEventType, Bilingual>> = {
  submitted: { id: 'Pengaduan diterima', en: 'Complaint received' },
  verify: { id: 'Diverifikasi', en: 'Verified' },
  decline: { id: 'Ditolak', en: 'Declined' },
  claim: { id: 'Diambil alih petugas', en: 'Taken up by an officer' },
  assign: { id: 'Ditugaskan ke petugas', en: 'Assigned to an officer' },
  forward: { id: 'Diteruskan (disposisi)', en: 'Forwarded' },
  reply: { id: 'Balasan petugas', en: 'Reply from staff' },
  note: { id: 'Catatan internal', en: 'Internal note' },
  request_info: { id: 'Petugas meminta informasi', en: 'Staff asked for information' },
  withdraw_request: { id: 'Permintaan informasi dibatalkan petugas', en: 'Staff withdrew the request for information' },
  resolve: { id: 'Diselesaikan', en: 'Resolved' },
  close_unanswered: { id: 'Ditutup: pelapor tidak menjawab permintaan informasi', en: 'Closed: the citizen did not answer the request for information' },
  close: { id: 'Ditutup', en: 'Closed' },
  provide_info: { id: 'Pelapor mengirim informasi', en: 'The citizen sent information' },
  withdraw: { id: 'Dicabut oleh pelapor', en: 'Withdrawn by the citizen' },
  reopen: { id: 'Dibuka kembali oleh pelapor', en: 'Reopened by the citizen' },
  rate: { id: 'Pelapor memberi penilaian', en: 'The citizen rated the service' },
  info_request_expired: {
    id: 'Batas waktu jawaban pelapor lewat; penanganan dilanjutkan',
    en: 'The citizen’s answer deadline passed; handling continues',
  },
  due_recomputed: { id: 'Tenggat dihitung ulang (kalender hari libur berubah)', en: 'Deadlines recomputed (the holiday calendar changed)' },
  escalate: { id: 'Eskalasi (SLA terlampaui)', en: 'Escalated (SLA breached)' },
  auto_close: { id: 'Ditutup otomatis', en: 'Closed automatically' },
  privacy_changed: { id: 'Kerahasiaan diperketat', en: 'Privacy tightened' },
  attachment_added: { id: 'Berkas ditambahkan', en: 'Files added' },
};

/** Who an event's actor was, as the history names them. */
export const ACTOR_NAMES: Readonly<Record<Actor, Bilingual>> = {
  citizen: { id: 'Pelapor', en: 'Citizen' },
  staff: { id: 'Petugas', en: 'Staff' },
  system: { id: 'Sistem', en: 'System' },
};

/** The history's name for who acted; an unknown kind of actor is the system. */
export function actorName(actorKind: string): Bilingual {
  return (ACTOR_NAMES as Readonly<Record<string, Bilingual>>)[actorKind] ?? ACTOR_NAMES.system;
}

/** The history's name of a stored event type; an unknown type is shown as it is. */
export function eventLabel(type: string): Bilingual {
  return (EVENT_LABELS as Readonly<Record<string, Bilingual>>)[type] ?? { id: type, en: type };
}

/**
 * The name of an event in a case of a given kind: its submission in the kind's own word
 * ("Pengaduan diterima"), the shared past-tense names above, else the kind's own action label.
 */
export function eventLabelOf(kind: { label: Bilingual; machine: { actionLabels: Readonly<Record<string, Bilingual>> } }, type: string): Bilingual {
  if (type === 'submitted') return { id: `${kind.label.id} diterima`, en: `${kind.label.en} received` };
  return (EVENT_LABELS as Readonly<Record<string, Bilingual>>)[type] ?? kind.machine.actionLabels[type] ?? { id: type, en: type };
}

/**
 * The name of an event with what its data adds: a forward names the unit it went to ("Diteruskan
 * ke Dinas Lingkungan Hidup"), which anyone following the case may read (its instruction is the
 * citizen's and staff's only).
 */
export function eventTitleOf(
  kind: { label: Bilingual; machine: { actionLabels: Readonly<Record<string, Bilingual>> } },
  type: string,
  data: Readonly<Record<string, unknown>> | null,
): Bilingual {
  const to = data?.['to_unit_name'];
  if (type === 'forward' && typeof to === 'string' && to) {
    const toEn = data?.['to_unit_name_en'];
    return { id: `Diteruskan ke ${to}`, en: `Forwarded to ${typeof toEn === 'string' && toEn ? toEn : to}` };
  }
  // a permit's approval says what the applicant now pays (issue 13.9)
  const fee = data?.['fee'];
  if (type === 'approve' && typeof fee === 'number') {
    const label = eventLabelOf(kind, type);
    return { id: `${label.id} — retribusi ${formatRupiah(fee, 'id')}`, en: `${label.en} — fee ${formatRupiah(fee, 'en')}` };
  }
  return eventLabelOf(kind, type);
}
