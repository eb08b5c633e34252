// The permit application's states and transitions, as data for the one case machine
// (src/domain/cases/state-machine.ts). The stages follow risk-based licensing (PP 28/2025):
// registration, the completeness check, the technical review, the decision and issuance, each with
// its own deadline (src/domain/permits/stages.ts).
//
//   submitted ─start_check→ checking ─complete_check→ technical_review ─propose_*→ decision_proposed
//        ↑                    │   ↑                          │                  │        │
//   resubmitted ←─resubmit── revision_requested ←─request_revision┘      return_proposal  approve / reject
//                                                                                         ↓        ↓
//                                              issued ←─issue── paid ←─confirm_payment── approved  rejected
//                                                 │      ↖────────────issue (no fee)──────┘
//                                              revoked
//
// Rules the table cannot hold, which the permit kind's steps enforce (src/modules/permits):
//  - four eyes: approve and reject are never taken by whoever proposed the decision (`notBy`,
//    enforced by the kernel from the case's history);
//  - a type with a fee is issued only from `paid`; a free one from `approved`; an assessed fee
//    (src/domain/permits/fee.ts) is set with propose_approval, and approve refuses without it;
//  - request_revision names the items to fix, and resubmit must change each of them
//    (src/domain/permits/answers.ts unchangedItems).
import { defineCaseMachine, type Bilingual, type CaseMachine, type StaffRole, type TransitionTable } from '../cases/state-machine';

export const PERMIT_STATUSES = [
  'submitted',
  'checking',
  'revision_requested',
  'resubmitted',
  'technical_review',
  'decision_proposed',
  'approved',
  'paid',
  'rejected',
  'issued',
  'revoked',
  'withdrawn',
] as const;
export type PermitStatus = (typeof PERMIT_STATUSES)[number];

export const PERMIT_ACTIONS = [
  'start_check',
  'claim',
  'assign',
  'note',
  'request_revision',
  'complete_check',
  'propose_approval',
  'propose_rejection',
  'return_proposal',
  'approve',
  'reject',
  'confirm_payment',
  'issue',
  'revoke',
  'resubmit',
  'withdraw',
  'rate',
  'due_recomputed',
  'escalate',
] as const;
export type PermitAction = (typeof PERMIT_ACTIONS)[number];

export const PERMIT_STATUS_LABELS: Readonly<Record<PermitStatus, Bilingual>> = {
  submitted: { id: 'Diterima', en: 'Received' },
  checking: { id: 'Pemeriksaan kelengkapan', en: 'Completeness check' },
  revision_requested: { id: 'Menunggu perbaikan pemohon', en: 'Waiting for the applicant’s revision' },
  resubmitted: { id: 'Perbaikan diterima', en: 'Revision received' },
  technical_review: { id: 'Pemeriksaan teknis', en: 'Technical review' },
  decision_proposed: { id: 'Usulan keputusan', en: 'Decision proposed' },
  approved: { id: 'Disetujui', en: 'Approved' },
  paid: { id: 'Retribusi dibayar', en: 'Fee paid' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
  issued: { id: 'Izin terbit', en: 'Permit issued' },
  revoked: { id: 'Izin dicabut', en: 'Permit revoked' },
  withdrawn: { id: 'Dicabut pemohon', en: 'Withdrawn by the applicant' },
};

export const PERMIT_ACTION_LABELS: Readonly<Record<PermitAction, Bilingual>> = {
  start_check: { id: 'Mulai periksa kelengkapan', en: 'Start the completeness check' },
  claim: { id: 'Ambil alih', en: 'Claim' },
  assign: { id: 'Tugaskan', en: 'Assign' },
  note: { id: 'Catatan internal', en: 'Internal note' },
  request_revision: { id: 'Minta perbaikan', en: 'Request a revision' },
  complete_check: { id: 'Berkas lengkap', en: 'Documents complete' },
  propose_approval: { id: 'Usulkan setuju', en: 'Propose approval' },
  propose_rejection: { id: 'Usulkan tolak', en: 'Propose rejection' },
  return_proposal: { id: 'Kembalikan usulan', en: 'Return the proposal' },
  approve: { id: 'Setujui', en: 'Approve' },
  reject: { id: 'Tolak', en: 'Reject' },
  confirm_payment: { id: 'Konfirmasi pembayaran retribusi', en: 'Confirm the fee payment' },
  issue: { id: 'Terbitkan izin', en: 'Issue the permit' },
  revoke: { id: 'Cabut izin', en: 'Revoke the permit' },
  resubmit: { id: 'Kirim perbaikan', en: 'Send the revision' },
  withdraw: { id: 'Cabut permohonan', en: 'Withdraw the application' },
  rate: { id: 'Beri penilaian', en: 'Rate' },
  due_recomputed: { id: 'Hitung ulang tenggat', en: 'Recompute the deadlines' },
  escalate: { id: 'Eskalasi', en: 'Escalate' },
};

/** Waiting for work by staff or the applicant: the authority has not finished with it. */
export const OPEN_PERMIT_STATUSES: readonly PermitStatus[] = [
  'submitted',
  'checking',
  'revision_requested',
  'resubmitted',
  'technical_review',
  'decision_proposed',
  'approved',
  'paid',
];
/** Before the decision: the legal deadline (fiktif positif) runs. */
export const UNDECIDED_PERMIT_STATUSES: readonly PermitStatus[] = OPEN_PERMIT_STATUSES.filter((s) => s !== 'approved' && s !== 'paid');

const STAFF: readonly StaffRole[] = ['officer', 'supervisor'];
const SUPERVISOR: readonly StaffRole[] = ['supervisor'];
const PROPOSALS = ['propose_approval', 'propose_rejection'] as const;

/**
 * The permit table.
 *  - start_check answers the applicant first (the first response); request_revision pauses the
 *    clock until resubmit (the applicant's time is not the authority's, as for complaints).
 *  - propose_* and return_proposal are internal; approve and reject are the supervisor's, never
 *    the proposer's (`notBy`), and they are the decision: the episode's outcome, judged against
 *    the legal deadline whether it grants or refuses (a late refusal is as late as a late grant).
 *  - confirm_payment and issue follow the decision; revoke ends an issued permit with a reason
 *    the public verification page shows at once.
 *  - next (the task at hand): claim while nobody owns it; the stage's step forward (start the
 *    check, documents complete, propose approval, approve); after approval the payment and the
 *    issue side by side (a type with a fee is issued only once paid, a free one at once).
 *  - withdraw: the applicant, before a decision. rate: the applicant, once the permit is issued or
 *    refused. No reopen: an objection to a decision is an administrative appeal (UU 30/2014),
 *    outside this case.
 */
export const PERMIT_TRANSITIONS: TransitionTable<PermitStatus, PermitAction> = {
  start_check: { from: ['submitted', 'resubmitted'], to: 'checking', actor: 'staff', requires: [], roles: STAFF, visibility: 'public', firstResponse: true, next: ['submitted', 'resubmitted'] },
  claim: { from: OPEN_PERMIT_STATUSES, to: 'same', actor: 'staff', requires: [], roles: STAFF, visibility: 'internal', next: OPEN_PERMIT_STATUSES },
  assign: { from: OPEN_PERMIT_STATUSES, to: 'same', actor: 'staff', requires: ['assignee'], roles: SUPERVISOR, visibility: 'internal' },
  note: { from: [...OPEN_PERMIT_STATUSES, 'issued', 'rejected'], to: 'same', actor: 'staff', requires: ['message'], roles: STAFF, visibility: 'internal' },
  request_revision: {
    from: ['checking', 'technical_review'],
    to: 'revision_requested',
    actor: 'staff',
    requires: ['message'],
    roles: STAFF,
    visibility: 'citizen',
    pausesSla: true,
    firstResponse: true,
  },
  complete_check: { from: ['checking'], to: 'technical_review', actor: 'staff', requires: [], roles: STAFF, visibility: 'public', next: ['checking'] },
  propose_approval: { from: ['technical_review'], to: 'decision_proposed', actor: 'staff', requires: ['message'], roles: STAFF, visibility: 'internal', next: ['technical_review'] },
  propose_rejection: { from: ['checking', 'technical_review'], to: 'decision_proposed', actor: 'staff', requires: ['message'], roles: STAFF, visibility: 'internal' },
  return_proposal: { from: ['decision_proposed'], to: 'technical_review', actor: 'staff', requires: ['message'], roles: SUPERVISOR, visibility: 'internal' },
  approve: {
    from: ['decision_proposed'],
    to: 'approved',
    actor: 'staff',
    requires: [],
    roles: SUPERVISOR,
    visibility: 'public',
    notBy: PROPOSALS,
    outcome: { outcome: 'resolved', sla: true },
    next: ['decision_proposed'],
  },
  reject: {
    from: ['decision_proposed'],
    to: 'rejected',
    actor: 'staff',
    requires: ['message'],
    roles: SUPERVISOR,
    visibility: 'public',
    notBy: PROPOSALS,
    outcome: { outcome: 'declined', sla: true },
  },
  confirm_payment: { from: ['approved'], to: 'paid', actor: 'staff', requires: [], roles: STAFF, visibility: 'public', next: ['approved'] },
  issue: { from: ['approved', 'paid'], to: 'issued', actor: 'staff', requires: [], roles: STAFF, visibility: 'public', next: ['approved', 'paid'] },
  revoke: { from: ['issued'], to: 'revoked', actor: 'staff', requires: ['message'], roles: SUPERVISOR, visibility: 'public' },
  resubmit: { from: ['revision_requested'], to: 'resubmitted', actor: 'citizen', requires: [], visibility: 'citizen', resumesSla: true },
  withdraw: {
    from: UNDECIDED_PERMIT_STATUSES,
    to: 'withdrawn',
    actor: 'citizen',
    requires: [],
    visibility: 'public',
    messageVisibility: 'citizen',
    outcome: { outcome: 'withdrawn', sla: false },
  },
  rate: { from: ['issued', 'rejected'], to: 'same', actor: 'citizen', requires: [], visibility: 'citizen' },
  due_recomputed: { from: OPEN_PERMIT_STATUSES, to: 'same', actor: 'system', requires: [], visibility: 'internal' },
  escalate: { from: UNDECIDED_PERMIT_STATUSES, to: 'same', actor: 'system', requires: [], visibility: 'internal' },
};

export const permitMachine: CaseMachine<PermitStatus, PermitAction> = defineCaseMachine({
  statuses: PERMIT_STATUSES,
  actions: PERMIT_ACTIONS,
  transitions: PERMIT_TRANSITIONS,
  statusLabels: PERMIT_STATUS_LABELS,
  actionLabels: PERMIT_ACTION_LABELS,
});
