// One form per staff action, chosen by the action's name. The kernel's actions have their own
// partials (fields, intro); an action a kind adds without one gets a message box when its rule
// requires a message, and a button otherwise.
import type { FC } from 'hono/jsx';
import { translator, type Msg } from '../../../../../src/platform/i18n/lang';
import { AssignFields } from './assign';
import { DeclineFields } from './decline';
import { ActionCard, MessageField, type ActionFormProps } from './form';
import { ForwardFields } from './forward';
import { ReplyFields } from './reply';
import { ResolveFields } from './resolve';
import { VerifyFields } from './verify';
import { ApprovalProposalFields, DecisionReasonFields, PaymentFields, PERMIT_ACTION_INTROS, ProposalFields, RequestRevisionFields, RevokeFields } from './permit';

interface ActionFormSpec {
  intro?: Msg;
  Fields?: FC<ActionFormProps>;
  /** sends files */
  multipart?: boolean;
  /** the button warns (the action says no to the citizen) */
  danger?: boolean;
}

function NoteFields(p: ActionFormProps) {
  return <MessageField form={p} label={translator(p.lang)('Catatan internal', 'Internal note')} />;
}

function RequestInfoFields(p: ActionFormProps) {
  return <MessageField form={p} label={translator(p.lang)('Informasi yang diminta dari pelapor', 'Information asked of the citizen')} />;
}

function WithdrawRequestFields(p: ActionFormProps) {
  const t = translator(p.lang);
  return <MessageField form={p} label={t('Pesan untuk pelapor (tidak wajib)', 'A message for the citizen (optional)')} />;
}

function CloseUnansweredFields(p: ActionFormProps) {
  const t = translator(p.lang);
  return (
    <MessageField
      form={p}
      label={t('Alasan penutupan untuk pelapor', 'Why it is closed, for the citizen')}
      hint={t('Pelapor membaca alasan ini; publik hanya melihat bahwa pengaduan ditutup.', 'The citizen reads this reason; the public sees only that the complaint was closed.')}
    />
  );
}

function MessageOnlyFields(p: ActionFormProps) {
  return <MessageField form={p} label={translator(p.lang)('Pesan', 'Message')} />;
}

const FORMS: Readonly<Record<string, ActionFormSpec>> = {
  verify: {
    intro: {
      id: 'Laporan lengkap dan menjadi kewenangan unit ini. Tingkat kerahasiaan dapat diperketat bila perlu.',
      en: 'The report is complete and within this unit’s authority. Privacy can be tightened if needed.',
    },
    Fields: VerifyFields,
  },
  decline: {
    intro: { id: 'Tolak laporan dengan alasan yang akan dibaca pelapor.', en: 'Decline the report with a reason the citizen will read.' },
    Fields: DeclineFields,
    danger: true,
  },
  claim: { intro: { id: 'Ambil kasus yang belum ditugaskan ini sebagai tugas Anda.', en: 'Take this unassigned case as your own.' } },
  assign: { intro: { id: 'Tugaskan kasus kepada petugas unit ini.', en: 'Assign the case to an officer of this unit.' }, Fields: AssignFields },
  forward: {
    intro: {
      id: 'Teruskan (disposisi) ke unit yang berwenang. Kasus pindah ke unit itu dengan status Diterima.',
      en: 'Forward to the responsible unit. The case moves there with the status Received.',
    },
    Fields: ForwardFields,
  },
  reply: {
    intro: { id: 'Balasan publik: dibaca pelapor dan tampil di halaman lacak.', en: 'Public reply: the citizen reads it on the tracking page.' },
    Fields: ReplyFields,
  },
  note: { intro: { id: 'Catatan internal: tidak pernah ditampilkan kepada pelapor.', en: 'Internal note: never shown to the citizen.' }, Fields: NoteFields },
  request_info: {
    intro: {
      id: 'Minta informasi tambahan dari pelapor. Jam SLA berhenti sampai pelapor menjawab, paling lama sampai batas waktu jawaban (pengaturan admin, bawaan 10 hari kerja); sesudahnya jam berjalan lagi.',
      en: 'Ask the citizen for more information. The SLA clock stops until they answer, at most until the answer deadline (an admin setting, 10 working days by default); then it runs again.',
    },
    Fields: RequestInfoFields,
  },
  withdraw_request: {
    intro: {
      id: 'Informasi itu tidak diperlukan lagi: batalkan permintaan, jam SLA berjalan lagi.',
      en: 'The information is no longer needed: withdraw the request, and the SLA clock runs again.',
    },
    Fields: WithdrawRequestFields,
  },
  close_unanswered: {
    intro: {
      id: 'Pelapor tidak menjawab permintaan informasi sampai batas waktunya. Bila pengaduan tidak dapat diselesaikan tanpa jawaban itu, tutup dengan alasannya.',
      en: 'The citizen did not answer the request for information by its deadline. If the complaint cannot be resolved without that answer, close it with the reason.',
    },
    Fields: CloseUnansweredFields,
    danger: true,
  },
  resolve: {
    intro: {
      id: 'Uraian penyelesaian untuk publik, dengan foto bukti bila ada (JPEG, PNG, WebP, atau PDF; maks. 5 berkas, 5 MB per berkas).',
      en: 'A public resolution text, with photo evidence if any (JPEG, PNG, WebP or PDF; at most 5 files, 5 MB each).',
    },
    Fields: ResolveFields,
    multipart: true,
  },
  close: { intro: { id: 'Tutup kasus yang sudah selesai atau ditolak.', en: 'Close a resolved or declined case.' } },
  // a permit application's own actions
  start_check: { intro: PERMIT_ACTION_INTROS.start_check },
  request_revision: { intro: PERMIT_ACTION_INTROS.request_revision, Fields: RequestRevisionFields },
  complete_check: { intro: PERMIT_ACTION_INTROS.complete_check },
  propose_approval: { intro: PERMIT_ACTION_INTROS.propose_approval, Fields: ApprovalProposalFields },
  propose_rejection: { intro: PERMIT_ACTION_INTROS.propose_rejection, Fields: ProposalFields, danger: true },
  return_proposal: { intro: PERMIT_ACTION_INTROS.return_proposal, Fields: MessageOnlyFields },
  approve: { intro: PERMIT_ACTION_INTROS.approve },
  reject: { intro: PERMIT_ACTION_INTROS.reject, Fields: DecisionReasonFields, danger: true },
  confirm_payment: { intro: PERMIT_ACTION_INTROS.confirm_payment, Fields: PaymentFields },
  issue: { intro: PERMIT_ACTION_INTROS.issue },
  revoke: { intro: PERMIT_ACTION_INTROS.revoke, Fields: RevokeFields, danger: true },
};

/** The form of one action the reader may take. */
export function ActionForm(p: ActionFormProps) {
  const needsMessage = p.detail.kind.machine.transitions[p.action]?.requires.includes('message') ?? false;
  const spec: ActionFormSpec = FORMS[p.action] ?? (needsMessage ? { Fields: MessageOnlyFields } : {});
  const Fields = spec.Fields;
  return (
    <ActionCard form={p} intro={spec.intro} multipart={spec.multipart ?? false} danger={spec.danger ?? false}>
      {Fields ? <Fields {...p} /> : null}
    </ActionCard>
  );
}
