// The permit application (perizinan) as a kind of case: its state machine and status sets, its
// intake, its own staff steps and its views. Registered with the other kinds in src/kinds.ts.
import { PermitCitizenFacts, PermitCitizenForms, PermitPublicFacts, PermitStaffFacts } from '../../../templates/pages/permits/case-facts';
import { OPEN_PERMIT_STATUSES, permitMachine, UNDECIDED_PERMIT_STATUSES } from '../../domain/permits/machine';
import { FIKTIF_SHORT, fiktifPositif } from '../../domain/permits/stages';
import { defineCaseKind } from '../cases/kinds';
import { confirmationMail } from '../cases/mail';
import { loadPermitFacts } from './facts';
import { PERMIT, permitCase, validatePermit, type PermitDraft, type ValidPermit } from './intake';
import { revisionAction } from './resubmit';
import { PERMIT_STEPS } from './steps';

export const permitKind = defineCaseKind<PermitDraft, ValidPermit>({
  kind: PERMIT,
  trackingPrefix: 'IZN',
  label: { id: 'Permohonan izin', en: 'Permit application' },
  machine: permitMachine,
  initialStatus: 'submitted',
  open: OPEN_PERMIT_STATUSES,
  paused: ['revision_requested'],
  tones: { approved: 'ok', paid: 'ok', issued: 'ok' },
  // an objection to a decision is an administrative appeal (UU 30/2014), not a reopened case
  reopen: null,
  autoClose: [],
  intake: { validate: (db, draft) => validatePermit(db, draft), toCase: permitCase },
  steps: PERMIT_STEPS,
  citizenActions: { perbaikan: revisionAction },
  confirmationMail: confirmationMail({
    kind: 'permit_confirmation',
    subject: { id: 'Permohonan izin {code} diterima', en: 'Permit application {code} received' },
    received: { id: 'Terima kasih, permohonan izin Anda sudah kami terima.', en: 'Thank you, we have received your permit application.' },
    category: { id: 'Jenis izin', en: 'Permit type' },
    firstDue: { id: 'Pemeriksaan dimulai paling lambat', en: 'The check starts by' },
    finalDue: { id: 'Batas waktu keputusan', en: 'Decision due by' },
    follow: {
      id: 'Ikuti perkembangan, kirim perbaikan bila diminta, unduh izin yang terbit dan beri penilaian melalui tautan pribadi berikut.',
      en: 'Follow it, send a revision when asked, download the issued permit and rate the service through this private link.',
    },
  }),
  loadFacts: loadPermitFacts,
  queueFlag: (c, now, holidays) => {
    if (!(UNDECIDED_PERMIT_STATUSES as readonly string[]).includes(c.status)) return null;
    const f = fiktifPositif(now, c.resolutionDueAt, null, holidays);
    return f === 'none' ? null : { label: FIKTIF_SHORT[f], tone: f === 'deemed' ? 'overdue' : 'warn' };
  },
  views: { StaffFacts: PermitStaffFacts, PublicFacts: PermitPublicFacts, CitizenFacts: PermitCitizenFacts, CitizenForms: PermitCitizenForms },
});
