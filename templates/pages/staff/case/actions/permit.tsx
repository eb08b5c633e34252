// The staff forms of a permit application's own actions: a revision names the items to fix
// (fields and documents of the application's form); decisions and revocation carry their reasons.
import { asPermitFacts } from '../../../../../src/domain/permits/views';
import { formatRupiah, pick, translator, type Msg } from '../../../../../src/platform/i18n/lang';
import { FieldError, fieldClass, fieldId, MessageField, stateOf, type ActionFormProps } from './form';

export function RequestRevisionFields(p: ActionFormProps) {
  const t = translator(p.lang);
  const facts = asPermitFacts(p.detail.kindFacts);
  const chosen = new Set((stateOf(p)?.values['items'] ?? '').split(',').filter(Boolean));
  return (
    <>
      <fieldset class={fieldClass(p, 'items')} id={fieldId(p, 'items')}>
        <legend>{t('Yang harus diperbaiki pemohon', 'What the applicant must fix')}</legend>
        <FieldError form={p} field="items" />
        {(facts?.form ?? []).map((f, i) => (
          <div class="radio-row">
            <input type="checkbox" id={`${fieldId(p, 'items')}-${i}`} name="items" value={f.name} checked={chosen.has(f.name)} />
            <label for={`${fieldId(p, 'items')}-${i}`}>
              {pick(f.label, p.lang)}
              {f.type === 'file' ? <span class="muted"> ({t('dokumen', 'document')})</span> : null}
            </label>
          </div>
        ))}
      </fieldset>
      <MessageField form={p} label={t('Penjelasan untuk pemohon', 'Explanation for the applicant')} />
    </>
  );
}

export function ProposalFields(p: ActionFormProps) {
  const t = translator(p.lang);
  return <MessageField form={p} label={t('Pertimbangan (internal, dibaca pemutus)', 'Considerations (internal, for the decider)')} />;
}

/** Proposing approval sets an assessed fee: the levy the technical review found (issue 13.9). */
export function ApprovalProposalFields(p: ActionFormProps) {
  const t = translator(p.lang);
  const facts = asPermitFacts(p.detail.kindFacts);
  const assessed = facts?.fee.kind === 'assessed';
  const typed = stateOf(p)?.values['fee'];
  const current = facts?.fee.setAt ? String(facts.fee.amount) : '';
  return (
    <>
      {assessed ? (
        <div class={fieldClass(p, 'fee')}>
          <label for={fieldId(p, 'fee')}>{t('Retribusi hasil pemeriksaan (rupiah)', 'Levy set by the review (rupiah)')}</label>
          <span class="hint">
            {t(
              'Diberitahukan kepada pemohon bersama persetujuan dan dibayar sebelum izin diterbitkan; 0 bila dibebaskan.',
              'The applicant is told it with the approval and pays it before the permit is issued; 0 if waived.',
            )}
            {facts?.fee.basis ? ` ${t('Dasar', 'Basis')}: ${facts.fee.basis}` : ''}
          </span>
          <FieldError form={p} field="fee" />
          <input
            id={fieldId(p, 'fee')}
            name="fee"
            inputmode="numeric"
            autocomplete="off"
            value={typed ?? current}
            aria-describedby={stateOf(p)?.errors['fee'] ? fieldId(p, 'fee-error') : undefined}
          />
        </div>
      ) : null}
      <ProposalFields {...p} />
    </>
  );
}

export function DecisionReasonFields(p: ActionFormProps) {
  const t = translator(p.lang);
  return <MessageField form={p} label={t('Alasan penolakan untuk pemohon', 'Reasons for the applicant')} />;
}

export function RevokeFields(p: ActionFormProps) {
  const t = translator(p.lang);
  return (
    <MessageField
      form={p}
      label={t('Alasan pencabutan', 'Reason for revoking')}
      hint={t('Halaman verifikasi publik menyatakan izin DICABUT sejak saat ini.', 'The public verification page says REVOKED from this moment.')}
    />
  );
}

export function PaymentFields(p: ActionFormProps) {
  const t = translator(p.lang);
  const facts = asPermitFacts(p.detail.kindFacts);
  return facts ? <p>{t(`Retribusi: ${formatRupiah(facts.fee.amount, 'id')}`, `Fee: ${formatRupiah(facts.fee.amount, 'en')}`)}</p> : null;
}

/** Intros of the permit's actions: what each does, in a sentence. */
export const PERMIT_ACTION_INTROS: Readonly<Record<string, Msg>> = {
  start_check: { id: 'Mulai memeriksa kelengkapan berkas. Pemohon melihat bahwa permohonannya sedang diperiksa.', en: 'Start checking the documents. The applicant sees that the application is being checked.' },
  request_revision: {
    id: 'Minta pemohon memperbaiki isian atau dokumen tertentu. Jam SLA berhenti sampai perbaikan dikirim.',
    en: 'Ask the applicant to fix particular answers or documents. The SLA clock stops until the revision is sent.',
  },
  complete_check: { id: 'Berkas lengkap: lanjut ke pemeriksaan teknis.', en: 'The documents are complete: on to the technical review.' },
  propose_approval: { id: 'Usulkan agar izin disetujui. Keputusan diambil oleh kepala bidang lain daripada pengusul.', en: 'Propose approval. The decision is taken by a supervisor other than the proposer.' },
  propose_rejection: { id: 'Usulkan agar permohonan ditolak. Keputusan diambil oleh kepala bidang lain daripada pengusul.', en: 'Propose rejection. The decision is taken by a supervisor other than the proposer.' },
  return_proposal: { id: 'Kembalikan usulan ke pemeriksaan teknis, dengan catatan.', en: 'Return the proposal to the technical review, with a note.' },
  approve: { id: 'Setujui permohonan (prinsip empat mata: bukan pengusulnya).', en: 'Approve the application (four eyes: not its proposer).' },
  reject: { id: 'Tolak permohonan dengan alasan yang dibaca pemohon.', en: 'Reject the application with reasons the applicant reads.' },
  confirm_payment: { id: 'Retribusi sudah dibayar: izin dapat diterbitkan.', en: 'The fee has been paid: the permit can be issued.' },
  issue: { id: 'Terbitkan izin: nomor izin diberikan berurutan, dokumen izin dengan kode QR siap diunduh.', en: 'Issue the permit: it gets the next number, and the permit document with its QR code is ready.' },
  revoke: { id: 'Cabut izin yang sudah terbit, dengan alasan.', en: 'Revoke an issued permit, with a reason.' },
};
