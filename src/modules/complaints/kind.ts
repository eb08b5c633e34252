// The complaint (pengaduan) as a kind of case: its state machine and status sets, its intake and
// its views. Registered with the other kinds in src/kinds.ts.
import {
  ComplaintCitizenFacts,
  ComplaintPublicFacts,
  ComplaintStaffFacts,
} from '../../../templates/pages/complaints/case-facts';
import { REOPEN_WINDOW_WORKING_DAYS } from '../../domain/cases/reopen-window';
import { complaintMachine, OPEN_COMPLAINT_STATUSES } from '../../domain/cases/state-machine';
import type { ComplaintDraft } from '../../domain/complaints/draft';
import { defineCaseKind } from '../cases/kinds';
import { complaintConfirmationMail } from '../cases/mail';
import { COMPLAINT, complaintCase, validateComplaint, type ValidComplaint } from './intake';

// A resolved complaint may be reopened, and a declined one appealed, by its citizen for
// REOPEN_WINDOW_WORKING_DAYS; after that the system closes it (the rule and its source:
// src/domain/cases/reopen-window.ts).
export const complaintKind = defineCaseKind<ComplaintDraft, ValidComplaint>({
  kind: COMPLAINT,
  trackingPrefix: 'ADU',
  label: { id: 'Pengaduan', en: 'Complaint' },
  machine: complaintMachine,
  initialStatus: 'submitted',
  open: OPEN_COMPLAINT_STATUSES,
  paused: ['info_requested'],
  tones: { resolved: 'ok', closed: 'ok' },
  reopen: { windowWorkingDays: REOPEN_WINDOW_WORKING_DAYS },
  autoClose: [
    { from: 'resolved', since: 'resolvedAt', action: 'auto_close', afterWorkingDays: REOPEN_WINDOW_WORKING_DAYS },
    { from: 'declined', since: 'declinedAt', action: 'auto_close', afterWorkingDays: REOPEN_WINDOW_WORKING_DAYS },
  ],
  intake: { validate: validateComplaint, toCase: complaintCase },
  views: { StaffFacts: ComplaintStaffFacts, PublicFacts: ComplaintPublicFacts, CitizenFacts: ComplaintCitizenFacts },
  confirmationMail: complaintConfirmationMail,
});
