import { describe, expect, it } from 'vitest';
import { permitMachine, UNDECIDED_PERMIT_STATUSES } from './machine';

const staff = { actor: 'staff' as const, roles: ['officer' as const] };
const sup = { actor: 'staff' as const, roles: ['supervisor' as const] };

describe('the permit machine', () => {
  it('walks the stages: check, revision asked and made, review, proposal, approval, payment, issue', () => {
    const steps: [string, string, object, string][] = [
      ['submitted', 'start_check', staff, 'checking'],
      ['checking', 'request_revision', { ...staff, message: 'Gambar denah belum ditandatangani.' }, 'revision_requested'],
      ['revision_requested', 'resubmit', { actor: 'citizen' }, 'resubmitted'],
      ['resubmitted', 'start_check', staff, 'checking'],
      ['checking', 'complete_check', staff, 'technical_review'],
      ['technical_review', 'propose_approval', { ...staff, message: 'Sesuai KRK.' }, 'decision_proposed'],
      ['decision_proposed', 'approve', sup, 'approved'],
      ['approved', 'confirm_payment', staff, 'paid'],
      ['paid', 'issue', staff, 'issued'],
      ['issued', 'revoke', { ...sup, message: 'Bangunan tidak sesuai izin.' }, 'revoked'],
    ];
    for (const [from, action, input, to] of steps) {
      const r = permitMachine.transition(from as never, action as never, input as never);
      expect(r.ok && r.to, `${from} --${action}→`).toBe(to);
    }
  });

  it('the revision pauses the clock and the resubmission resumes it; the decision is the judged outcome', () => {
    expect(permitMachine.transitions.request_revision.pausesSla).toBe(true);
    expect(permitMachine.transitions.resubmit.resumesSla).toBe(true);
    expect(permitMachine.transitions.approve.outcome).toEqual({ outcome: 'resolved', sla: true });
    expect(permitMachine.transitions.reject.outcome).toEqual({ outcome: 'declined', sla: true });
    expect(permitMachine.transitions.approve.notBy).toEqual(['propose_approval', 'propose_rejection']);
  });

  it('only a supervisor decides; an officer cannot approve, reject or revoke', () => {
    expect(permitMachine.allowedActions('decision_proposed', 'staff', ['officer'])).not.toContain('approve');
    expect(permitMachine.allowedActions('decision_proposed', 'staff', ['supervisor'])).toEqual(
      expect.arrayContaining(['approve', 'reject', 'return_proposal']),
    );
    const r = permitMachine.transition('decision_proposed', 'reject', { ...sup });
    expect(!r.ok && r.code).toBe('missing_field'); // a rejection carries its reasons
  });

  it('revoking twice is refused: a revoked permit has no revoke', () => {
    const r = permitMachine.transition('revoked', 'revoke', { ...sup, message: 'lagi' });
    expect(!r.ok && r.reason).toBe('status');
  });

  it('the applicant may withdraw only before the decision', () => {
    expect(UNDECIDED_PERMIT_STATUSES).not.toContain('approved');
    expect(permitMachine.allowedActions('technical_review', 'citizen')).toContain('withdraw');
    expect(permitMachine.allowedActions('approved', 'citizen')).not.toContain('withdraw');
  });
});
