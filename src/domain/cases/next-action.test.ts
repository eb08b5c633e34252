import { describe, expect, it } from 'vitest';
import { permitMachine } from '../permits/machine';
import { actionsForTask } from './next-action';
import { complaintMachine, defineCaseMachine } from './state-machine';

const complaint = (status: string, roles: ('officer' | 'supervisor')[] = ['officer'], assigned = false) =>
  actionsForTask(
    complaintMachine,
    status,
    // the claim step offers claim only while nobody owns the case (src/modules/cases/staff-actions.ts)
    complaintMachine.allowedActions(status as never, 'staff', roles).filter((a) => a !== 'claim' || !assigned),
  );

describe('13.10 the case page offers the task at hand first, as the machine says', () => {
  it('an unassigned new complaint: verify and claim first; decline, forward and the note behind the disclosure', () => {
    expect(complaint('submitted')).toEqual({ next: ['verify', 'claim'], more: ['decline', 'forward', 'note'] });
  });

  it('once someone owns it, claiming is no longer offered and verify alone is next', () => {
    expect(complaint('submitted', ['officer'], true)).toEqual({ next: ['verify'], more: ['decline', 'forward', 'note'] });
  });

  it('verified but not yet answered: reply first', () => {
    expect(complaint('verified', ['officer'], true).next).toEqual(['reply']);
  });

  it('answered (in progress): resolve first, the reply and the request for information behind the disclosure', () => {
    const s = complaint('in_progress', ['officer'], true);
    expect(s.next).toEqual(['resolve']);
    expect(s.more).toEqual(['forward', 'reply', 'note', 'request_info', 'close_unanswered']);
  });

  it('a reopened complaint is triaged again: verify first', () => {
    expect(complaint('reopened', ['supervisor'], true).next).toEqual(['verify']);
  });

  it('waiting for the citizen or resolved: nothing is pressing, every action is one of the rest', () => {
    expect(complaint('info_requested', ['officer'], true)).toEqual({ next: [], more: ['note', 'withdraw_request'] });
    expect(complaint('resolved', ['officer'], true)).toEqual({ next: [], more: ['note', 'close'] });
  });

  it('a permit: the stage’s step forward; after approval the payment and the issue side by side', () => {
    const permit = (status: string, roles: ('officer' | 'supervisor')[]) =>
      actionsForTask(permitMachine, status, permitMachine.allowedActions(status as never, 'staff', roles).filter((a) => a !== 'claim')).next;
    expect(permit('submitted', ['officer'])).toEqual(['start_check']);
    expect(permit('checking', ['officer'])).toEqual(['complete_check']);
    expect(permit('technical_review', ['officer'])).toEqual(['propose_approval']);
    expect(permit('decision_proposed', ['supervisor'])).toEqual(['approve']);
    // an officer cannot decide: no next step for them
    expect(permit('decision_proposed', ['officer'])).toEqual([]);
    expect(permit('approved', ['officer'])).toEqual(['confirm_payment', 'issue']);
    expect(permit('paid', ['officer'])).toEqual(['issue']);
    // revoking is never the task at hand
    expect(permit('issued', ['supervisor'])).toEqual([]);
  });

  it('keeps the order offered and puts an action the machine does not know among the rest', () => {
    expect(actionsForTask(complaintMachine, 'submitted', ['note', 'claim', 'mystery', 'verify'])).toEqual({ next: ['claim', 'verify'], more: ['note', 'mystery'] });
  });

  it('a machine refuses a rule that is next in a status it is not allowed in', () => {
    expect(() =>
      defineCaseMachine({
        statuses: ['a', 'b'] as const,
        actions: ['go'] as const,
        transitions: { go: { from: ['a'], to: 'b', actor: 'staff', requires: [], visibility: 'public', next: ['b'] } },
        statusLabels: { a: { id: 'A', en: 'A' }, b: { id: 'B', en: 'B' } },
        actionLabels: { go: { id: 'Go', en: 'Go' } },
      }),
    ).toThrow(/next in b/);
  });
});
