import { describe, it, expect } from 'vitest';
import {
  ACTION_LABELS,
  COMPLAINT_ACTIONS,
  COMPLAINT_STATUSES,
  COMPLAINT_TRANSITIONS,
  STATUS_LABELS,
  allowedActions,
  complaintMachine,
  defineCaseMachine,
  isComplaintAction,
  isComplaintStatus,
  transition,
  type Actor,
  type ComplaintAction,
  type ComplaintStatus,
  type TransitionInput,
} from './state-machine';

// The expected matrix, written out independently of the table.
// Columns:                    submitted verified in_progress info_requested resolved closed declined reopened withdrawn
const COLUMNS: ComplaintStatus[] = ['submitted', 'verified', 'in_progress', 'info_requested', 'resolved', 'closed', 'declined', 'reopened', 'withdrawn'];
const MATRIX: Record<ComplaintAction, string> = {
  verify: /*                */ 'Y . . . . . . Y .',
  decline: /*               */ 'Y . . . . . . Y .',
  claim: /*                 */ 'Y Y Y Y . . . Y .',
  assign: /*                */ 'Y Y Y Y . . . Y .',
  forward: /*               */ 'Y Y Y . . . . Y .',
  reply: /*                 */ '. Y Y . . . . Y .',
  note: /*                  */ 'Y Y Y Y Y . Y Y .',
  request_info: /*          */ '. Y Y . . . . Y .',
  withdraw_request: /*      */ '. . . Y . . . . .',
  resolve: /*               */ '. Y Y . . . . Y .',
  close_unanswered: /*      */ '. . Y . . . . . .',
  close: /*                 */ '. . . . Y . Y . .',
  provide_info: /*          */ '. . . Y . . . . .',
  withdraw: /*              */ 'Y Y Y Y . . . Y .',
  reopen: /*                */ '. . . . Y Y Y . .',
  rate: /*                  */ '. . . . Y Y . . .',
  info_request_expired: /*  */ '. . . Y . . . . .',
  due_recomputed: /*        */ 'Y Y Y Y . . . Y .',
  escalate: /*              */ 'Y Y Y Y . . . Y .',
  auto_close: /*            */ '. . . . Y . Y . .',
};
const DESTINATION: Record<ComplaintAction, ComplaintStatus | 'same'> = {
  verify: 'verified',
  decline: 'declined',
  claim: 'same',
  assign: 'same',
  forward: 'submitted',
  reply: 'in_progress',
  note: 'same',
  request_info: 'info_requested',
  withdraw_request: 'in_progress',
  resolve: 'resolved',
  close_unanswered: 'closed',
  close: 'closed',
  provide_info: 'in_progress',
  withdraw: 'withdrawn',
  reopen: 'reopened',
  rate: 'same',
  info_request_expired: 'in_progress',
  due_recomputed: 'same',
  escalate: 'same',
  auto_close: 'closed',
};
const ACTOR: Record<ComplaintAction, Actor> = {
  verify: 'staff',
  decline: 'staff',
  claim: 'staff',
  assign: 'staff',
  forward: 'staff',
  reply: 'staff',
  note: 'staff',
  request_info: 'staff',
  withdraw_request: 'staff',
  resolve: 'staff',
  close_unanswered: 'staff',
  close: 'staff',
  provide_info: 'citizen',
  withdraw: 'citizen',
  reopen: 'citizen',
  rate: 'citizen',
  info_request_expired: 'system',
  due_recomputed: 'system',
  escalate: 'system',
  auto_close: 'system',
};
const FIRST_RESPONSE: ComplaintAction[] = ['verify', 'decline', 'forward', 'reply', 'request_info', 'resolve'];

const allowedIn = (action: ComplaintAction, status: ComplaintStatus): boolean => {
  const cells = MATRIX[action].split(' ');
  return cells[COLUMNS.indexOf(status)] === 'Y';
};

/** A complete, valid input for an action: right actor, supervisor role, every field filled. */
const fullInput = (action: ComplaintAction): TransitionInput => ({
  actor: ACTOR[action],
  roles: ['supervisor'],
  message: 'Pesan / message',
  to_unit: 'DPUPR',
  assignee: 'officer-1',
});

describe('complaint transition matrix', () => {
  it('the test matrix covers every action and status exactly', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...COMPLAINT_ACTIONS].sort());
    expect([...COLUMNS].sort()).toEqual([...COMPLAINT_STATUSES].sort());
    for (const row of Object.values(MATRIX)) expect(row.split(' ')).toHaveLength(COLUMNS.length);
  });

  for (const action of COMPLAINT_ACTIONS) {
    for (const status of COMPLAINT_STATUSES) {
      const expected = allowedIn(action, status);
      it(`${action} from ${status}: ${expected ? 'allowed' : 'not_allowed'}`, () => {
        const r = transition(status, action, fullInput(action));
        if (expected) {
          expect(r.ok).toBe(true);
          if (r.ok) {
            const dest = DESTINATION[action];
            expect(r.to).toBe(dest === 'same' ? status : dest);
            expect(r.from).toBe(status);
            expect(r.action).toBe(action);
            expect(r.changed).toBe(r.to !== status);
          }
        } else {
          expect(r).toMatchObject({ ok: false, code: 'not_allowed', reason: 'status' });
          if (!r.ok) {
            expect(r.message.id).toContain(STATUS_LABELS[status].id);
            expect(r.message.en).toContain(STATUS_LABELS[status].en);
          }
        }
      });
    }
  }

  it('allowedActions agrees with the matrix for every status and actor', () => {
    for (const status of COMPLAINT_STATUSES) {
      for (const actor of ['staff', 'citizen', 'system'] as const) {
        const expected = COMPLAINT_ACTIONS.filter((a) => ACTOR[a] === actor && allowedIn(a, status));
        expect(allowedActions(status, actor, ['officer', 'supervisor'])).toEqual(expected);
      }
    }
  });
});

describe('actors and roles', () => {
  it('assign is for supervisors only', () => {
    const input = { actor: 'staff' as const, assignee: 'officer-2' };
    expect(transition('verified', 'assign', { ...input, roles: ['officer'] })).toMatchObject({ ok: false, code: 'not_allowed', reason: 'role' });
    expect(transition('verified', 'assign', { ...input, roles: ['supervisor'] })).toMatchObject({ ok: true, to: 'verified', changed: false });
    expect(transition('verified', 'assign', { ...input, roles: ['officer', 'supervisor'] }).ok).toBe(true);
    expect(allowedActions('verified', 'staff', ['officer'])).not.toContain('assign');
    expect(allowedActions('verified', 'staff', ['supervisor'])).toContain('assign');
  });
  it('officers can do every other staff action', () => {
    expect(allowedActions('verified', 'staff', ['officer'])).toEqual(['claim', 'forward', 'reply', 'note', 'request_info', 'resolve']);
    expect(transition('submitted', 'verify', { actor: 'staff', roles: ['officer'] }).ok).toBe(true);
  });
  it('staff without an officer or supervisor role can do nothing', () => {
    for (const status of COMPLAINT_STATUSES) expect(allowedActions(status, 'staff', [])).toEqual([]);
    expect(allowedActions('submitted', 'staff')).toEqual([]);
    expect(transition('submitted', 'verify', { actor: 'staff' })).toMatchObject({ ok: false, code: 'not_allowed', reason: 'role' });
  });
  it('each action belongs to one actor', () => {
    expect(transition('submitted', 'verify', { actor: 'citizen' })).toMatchObject({ ok: false, code: 'not_allowed', reason: 'actor' });
    expect(transition('info_requested', 'provide_info', { actor: 'staff', roles: ['supervisor'], message: 'x' })).toMatchObject({ ok: false, reason: 'actor' });
    expect(transition('resolved', 'auto_close', { actor: 'staff', roles: ['supervisor'] })).toMatchObject({ ok: false, reason: 'actor' });
    expect(transition('resolved', 'close', { actor: 'system' })).toMatchObject({ ok: false, reason: 'actor' });
    expect(transition('resolved', 'rate', { actor: 'system' })).toMatchObject({ ok: false, reason: 'actor' });
    const r = transition('submitted', 'verify', { actor: 'citizen' });
    if (!r.ok) {
      expect(r.message.id).toBe('Tindakan "Verifikasi" tidak dapat dilakukan oleh pelapor.');
      expect(r.message.en).toBe('The action "Verify" cannot be taken by the citizen.');
    }
  });
  it('citizens and the system act without roles', () => {
    expect(transition('resolved', 'rate', { actor: 'citizen' })).toMatchObject({ ok: true, to: 'resolved', changed: false });
    expect(transition('in_progress', 'escalate', { actor: 'system' })).toMatchObject({ ok: true, to: 'in_progress', visibility: 'internal' });
    expect(allowedActions('resolved', 'citizen')).toEqual(['reopen', 'rate']);
    expect(allowedActions('resolved', 'system')).toEqual(['auto_close']);
    expect(allowedActions('in_progress', 'citizen')).toEqual(['withdraw']);
  });
});

describe('required fields', () => {
  const staff = { actor: 'staff' as const, roles: ['officer' as const] };
  it('every action that needs a message fails without one', () => {
    const needsMessage = COMPLAINT_ACTIONS.filter((a) => COMPLAINT_TRANSITIONS[a].requires.includes('message'));
    expect(needsMessage).toEqual(['decline', 'forward', 'reply', 'note', 'request_info', 'resolve', 'close_unanswered', 'provide_info', 'reopen']);
    for (const action of needsMessage) {
      const status = COLUMNS.find((s) => allowedIn(action, s))!;
      const r = transition(status, action, { ...fullInput(action), message: undefined });
      expect(r).toMatchObject({ ok: false, code: 'missing_field', field: 'message', fields: ['message'] });
    }
  });
  it('a blank or whitespace message counts as missing', () => {
    for (const message of ['', '   ', '\n\t', null]) {
      expect(transition('submitted', 'decline', { ...staff, message })).toMatchObject({ ok: false, code: 'missing_field', field: 'message' });
    }
    const r = transition('submitted', 'decline', { ...staff, message: ' ' });
    if (!r.ok) expect(r.message).toEqual({ id: 'Pesan wajib diisi.', en: 'A message is required.' });
  });
  it('forward needs the destination unit and a message; all missing fields are listed', () => {
    expect(transition('verified', 'forward', staff)).toMatchObject({ ok: false, code: 'missing_field', field: 'to_unit', fields: ['to_unit', 'message'] });
    expect(transition('verified', 'forward', { ...staff, message: 'Mohon ditindaklanjuti' })).toMatchObject({ field: 'to_unit', fields: ['to_unit'] });
    expect(transition('verified', 'forward', { ...staff, to_unit: 'DLH' })).toMatchObject({ field: 'message', fields: ['message'] });
    expect(transition('verified', 'forward', { ...staff, to_unit: 'DLH', message: 'Mohon ditindaklanjuti' })).toMatchObject({ ok: true, to: 'submitted' });
  });
  it('assign needs an assignee', () => {
    const r = transition('in_progress', 'assign', { actor: 'staff', roles: ['supervisor'] });
    expect(r).toMatchObject({ ok: false, code: 'missing_field', field: 'assignee' });
    if (!r.ok) expect(r.message.en).toBe('Choose the officer to assign.');
  });
  it('actions without requirements need no fields', () => {
    for (const a of ['verify', 'claim', 'withdraw_request', 'close', 'withdraw', 'rate', 'escalate', 'auto_close'] as const) {
      expect(COMPLAINT_TRANSITIONS[a].requires).toEqual([]);
    }
    expect(transition('submitted', 'verify', staff).ok).toBe(true);
  });
  it('not_allowed is reported before missing fields', () => {
    expect(transition('closed', 'decline', staff)).toMatchObject({ ok: false, code: 'not_allowed' });
    expect(transition('closed', 'reopen', { actor: 'staff', roles: ['supervisor'] })).toMatchObject({ ok: false, code: 'not_allowed', reason: 'actor' });
  });
});

describe('terminal and done states', () => {
  it('closed: staff and system can do nothing; the citizen can only reopen or rate', () => {
    expect(allowedActions('closed', 'staff', ['officer', 'supervisor'])).toEqual([]);
    expect(allowedActions('closed', 'system')).toEqual([]);
    expect(allowedActions('closed', 'citizen')).toEqual(['reopen', 'rate']);
  });
  it('declined: staff can only note or close it; the citizen may appeal (reopen); the system closes it after the window', () => {
    expect(allowedActions('declined', 'staff', ['supervisor'])).toEqual(['note', 'close']);
    expect(allowedActions('declined', 'citizen')).toEqual(['reopen']);
    expect(allowedActions('declined', 'system')).toEqual(['auto_close']);
  });
  it('withdrawn: nobody can do anything any more', () => {
    for (const actor of ['staff', 'citizen', 'system'] as const) expect(allowedActions('withdrawn', actor, ['officer', 'supervisor'])).toEqual([]);
  });
  it('resolved: no more substantive staff work until the citizen reopens', () => {
    expect(allowedActions('resolved', 'staff', ['supervisor'])).toEqual(['note', 'close']);
  });
  it('info_requested: staff wait for the citizen (claim, assign, note, or withdraw the request)', () => {
    expect(allowedActions('info_requested', 'staff', ['supervisor'])).toEqual(['claim', 'assign', 'note', 'withdraw_request']);
    expect(allowedActions('info_requested', 'citizen')).toEqual(['provide_info', 'withdraw']);
    expect(allowedActions('info_requested', 'system')).toEqual(['info_request_expired', 'due_recomputed', 'escalate']);
  });
});

describe('effects', () => {
  it('request_info pauses the SLA; the answer, a withdrawn request or the passed deadline resume it; nothing else does', () => {
    for (const a of COMPLAINT_ACTIONS) {
      expect(COMPLAINT_TRANSITIONS[a].pausesSla === true).toBe(a === 'request_info');
      expect(COMPLAINT_TRANSITIONS[a].resumesSla === true, a).toBe(['provide_info', 'withdraw_request', 'info_request_expired'].includes(a));
    }
    expect(transition('in_progress', 'request_info', { actor: 'staff', roles: ['officer'], message: 'Mohon foto lokasi' })).toMatchObject({
      ok: true,
      to: 'info_requested',
      pausesSla: true,
      resumesSla: false,
      firstResponse: true,
      visibility: 'citizen',
    });
    expect(transition('info_requested', 'provide_info', { actor: 'citizen', message: 'Foto terlampir' })).toMatchObject({
      ok: true,
      to: 'in_progress',
      pausesSla: false,
      resumesSla: true,
      firstResponse: false,
    });
  });
  it('exactly verify, decline, forward, reply, request_info and resolve count as a first response', () => {
    for (const a of COMPLAINT_ACTIONS) {
      expect(COMPLAINT_TRANSITIONS[a].firstResponse === true, a).toBe(FIRST_RESPONSE.includes(a));
    }
    expect(transition('submitted', 'verify', { actor: 'staff', roles: ['officer'] })).toMatchObject({ firstResponse: true });
    expect(transition('submitted', 'claim', { actor: 'staff', roles: ['officer'] })).toMatchObject({ firstResponse: false });
  });
  it('internal actions are internal; staff answers are public', () => {
    const vis = Object.fromEntries(COMPLAINT_ACTIONS.map((a) => [a, COMPLAINT_TRANSITIONS[a].visibility]));
    expect(vis).toEqual({
      verify: 'public',
      decline: 'public',
      claim: 'internal',
      assign: 'internal',
      forward: 'public',
      reply: 'public',
      note: 'internal',
      request_info: 'citizen',
      withdraw_request: 'citizen',
      resolve: 'public',
      close_unanswered: 'public',
      close: 'public',
      provide_info: 'citizen',
      withdraw: 'public',
      reopen: 'citizen',
      rate: 'citizen',
      info_request_expired: 'citizen',
      due_recomputed: 'internal',
      escalate: 'internal',
      auto_close: 'public',
    });
  });
  it('10.5 a forward is public, its instruction is the citizen’s and staff’s; so are the reasons of a withdrawal and an unanswered close', () => {
    const narrower = COMPLAINT_ACTIONS.filter((a) => COMPLAINT_TRANSITIONS[a].messageVisibility !== undefined);
    expect(narrower).toEqual(['forward', 'close_unanswered', 'withdraw']);
    for (const a of narrower) expect(COMPLAINT_TRANSITIONS[a].messageVisibility).toBe('citizen');
  });
  it('the metrics’ marks: reopen starts an episode, forward hands over, outcomes end an episode', () => {
    const marked = (m: 'startsEpisode' | 'handsOver') => COMPLAINT_ACTIONS.filter((a) => COMPLAINT_TRANSITIONS[a][m] === true);
    expect(marked('startsEpisode')).toEqual(['reopen']);
    expect(marked('handsOver')).toEqual(['forward']);
    expect(Object.fromEntries(COMPLAINT_ACTIONS.flatMap((a) => (COMPLAINT_TRANSITIONS[a].outcome ? [[a, COMPLAINT_TRANSITIONS[a].outcome]] : [])))).toEqual({
      decline: { outcome: 'declined', sla: false },
      resolve: { outcome: 'resolved', sla: true },
      close_unanswered: { outcome: 'closed_unanswered', sla: false },
      withdraw: { outcome: 'withdrawn', sla: false },
    });
  });
  it('a whole life: submitted → … → closed, with a reopen', () => {
    const officer = { actor: 'staff' as const, roles: ['officer' as const] };
    const steps: [ComplaintAction, TransitionInput, ComplaintStatus][] = [
      ['verify', officer, 'verified'],
      ['reply', { ...officer, message: 'Sedang kami tinjau' }, 'in_progress'],
      ['request_info', { ...officer, message: 'Di RT berapa?' }, 'info_requested'],
      ['provide_info', { actor: 'citizen', message: 'RT 03' }, 'in_progress'],
      ['forward', { ...officer, to_unit: 'DPUPR', message: 'Kewenangan DPUPR' }, 'submitted'],
      ['verify', officer, 'verified'],
      ['resolve', { ...officer, message: 'Jalan sudah diperbaiki' }, 'resolved'],
      ['reopen', { actor: 'citizen', message: 'Masih berlubang' }, 'reopened'],
      ['resolve', { ...officer, message: 'Sudah ditambal ulang' }, 'resolved'],
      ['rate', { actor: 'citizen' }, 'resolved'],
      ['auto_close', { actor: 'system' }, 'closed'],
    ];
    let status: ComplaintStatus = 'submitted';
    for (const [action, input, expected] of steps) {
      const r = transition(status, action, input);
      expect(r, `${action} from ${status}`).toMatchObject({ ok: true, to: expected });
      if (r.ok) status = r.to;
    }
    expect(status).toBe('closed');
  });
});

describe('labels and guards', () => {
  it('every status and action has an Indonesian and an English label', () => {
    expect(STATUS_LABELS).toEqual({
      submitted: { id: 'Diterima', en: 'Received' },
      verified: { id: 'Terverifikasi', en: 'Verified' },
      in_progress: { id: 'Diproses', en: 'In progress' },
      info_requested: { id: 'Menunggu informasi', en: 'Waiting for information' },
      resolved: { id: 'Selesai', en: 'Resolved' },
      closed: { id: 'Ditutup', en: 'Closed' },
      declined: { id: 'Ditolak', en: 'Declined' },
      reopened: { id: 'Dibuka kembali', en: 'Reopened' },
      withdrawn: { id: 'Dicabut pelapor', en: 'Withdrawn by the citizen' },
    });
    for (const a of COMPLAINT_ACTIONS) {
      expect(ACTION_LABELS[a].id.length).toBeGreaterThan(0);
      expect(ACTION_LABELS[a].en.length).toBeGreaterThan(0);
    }
  });
  it('guards recognise only known statuses and actions', () => {
    expect(isComplaintStatus('in_progress')).toBe(true);
    expect(isComplaintStatus('done')).toBe(false);
    expect(isComplaintStatus('toString')).toBe(false);
    expect(isComplaintAction('verify')).toBe(true);
    expect(isComplaintAction('__proto__')).toBe(false);
    expect(isComplaintAction(7)).toBe(false);
  });
  it('unknown statuses or actions from untyped input are refused, not thrown', () => {
    expect(transition('done' as ComplaintStatus, 'verify', { actor: 'staff', roles: ['officer'] })).toMatchObject({ ok: false, code: 'not_allowed', reason: 'unknown_status' });
    expect(transition('submitted', 'toString' as ComplaintAction, { actor: 'staff', roles: ['officer'] })).toMatchObject({ ok: false, code: 'not_allowed', reason: 'unknown_action' });
    expect(allowedActions('done' as ComplaintStatus, 'staff', ['officer'])).toEqual([]);
  });
  it('the machine exposes its table for other uses (e.g. rendering buttons)', () => {
    expect(complaintMachine.transitions).toBe(COMPLAINT_TRANSITIONS);
    expect(complaintMachine.statuses).toEqual(COMPLAINT_STATUSES);
  });
});

describe('defineCaseMachine', () => {
  const base = {
    statuses: ['draft', 'done'] as const,
    actions: ['finish'] as const,
    statusLabels: { draft: { id: 'Draf', en: 'Draft' }, done: { id: 'Selesai', en: 'Done' } },
    actionLabels: { finish: { id: 'Selesaikan', en: 'Finish' } },
  };
  it('works for another table (e.g. permits later)', () => {
    const m = defineCaseMachine({
      ...base,
      transitions: { finish: { from: ['draft'], to: 'done', actor: 'staff', requires: [], visibility: 'public' } },
    });
    expect(m.transition('draft', 'finish', { actor: 'staff' })).toMatchObject({ ok: true, to: 'done' });
    expect(m.transition('done', 'finish', { actor: 'staff' })).toMatchObject({ ok: false, code: 'not_allowed' });
  });
  it('rejects a table that names an unknown status', () => {
    expect(() =>
      defineCaseMachine({
        ...base,
        transitions: { finish: { from: ['draft'], to: 'archived' as 'done', actor: 'staff', requires: [], visibility: 'public' } },
      }),
    ).toThrow(/unknown to-status/);
    expect(() =>
      defineCaseMachine({
        ...base,
        transitions: { finish: { from: ['drafted' as 'draft'], to: 'done', actor: 'staff', requires: [], visibility: 'public' } },
      }),
    ).toThrow(/unknown from-status/);
  });
  it('rejects roles on non-staff actions', () => {
    expect(() =>
      defineCaseMachine({
        ...base,
        transitions: { finish: { from: ['draft'], to: 'done', actor: 'citizen', roles: ['officer'], requires: [], visibility: 'public' } },
      }),
    ).toThrow(/roles only apply to staff/);
  });
});
