import { describe, expect, it } from 'vitest';
import { defineCaseMachine } from '../../domain/cases/state-machine';
import { complaintKind } from '../complaints/kind';
import { defineCaseKind, findKind, findKindByCode, registerKind, trackingPrefixes, type CaseKindDefinition } from './kinds';

const views = { StaffFacts: () => null, PublicFacts: () => null, CitizenFacts: () => null } as unknown as CaseKindDefinition['views'];

const machine = defineCaseMachine({
  statuses: ['new', 'waiting', 'done'] as const,
  actions: ['answer', 'ask', 'rate', 'escalate', 'reply_back'] as const,
  transitions: {
    answer: { from: ['new', 'waiting'], to: 'done', actor: 'staff', requires: [], visibility: 'public' },
    ask: { from: ['new'], to: 'waiting', actor: 'staff', requires: ['message'], visibility: 'citizen', pausesSla: true },
    reply_back: { from: ['waiting'], to: 'new', actor: 'citizen', requires: ['message'], visibility: 'citizen' },
    rate: { from: ['done'], to: 'same', actor: 'citizen', requires: [], visibility: 'citizen' },
    escalate: { from: ['new', 'waiting'], to: 'same', actor: 'system', requires: [], visibility: 'internal' },
  },
  statusLabels: { new: { id: 'Baru', en: 'New' }, waiting: { id: 'Menunggu', en: 'Waiting' }, done: { id: 'Selesai', en: 'Done' } },
  actionLabels: {
    answer: { id: 'Jawab', en: 'Answer' },
    ask: { id: 'Tanya', en: 'Ask' },
    reply_back: { id: 'Balas', en: 'Reply' },
    rate: { id: 'Nilai', en: 'Rate' },
    escalate: { id: 'Eskalasi', en: 'Escalate' },
  },
});

function def(over: Partial<CaseKindDefinition> = {}): CaseKindDefinition {
  return {
    kind: 'sample',
    trackingPrefix: 'SMP',
    label: { id: 'Contoh', en: 'Sample' },
    machine,
    initialStatus: 'new',
    open: ['new', 'waiting'],
    paused: ['waiting'],
    reopen: null,
    autoClose: [],
    staffActions: ['answer', 'ask'],
    intake: { validate: async () => ({ ok: false, errors: {} }), toCase: () => ({}) as never },
    views,
    ...over,
  };
}

describe('a kind of case, derived from its machine', () => {
  it('the complaint: done, rateable, reopenable and escalatable statuses', () => {
    expect(complaintKind.done).toEqual(['resolved', 'closed', 'declined', 'withdrawn']);
    expect(complaintKind.rateable).toEqual(['resolved', 'closed']);
    expect(complaintKind.reopenable).toEqual(['resolved', 'declined', 'closed']);
    expect(complaintKind.withdrawable).toEqual(['submitted', 'verified', 'in_progress', 'info_requested', 'reopened']);
    // open, not waiting for the citizen
    expect(complaintKind.escalatable).toEqual(['submitted', 'verified', 'in_progress', 'reopened']);
    expect(complaintKind.summary.tones).toEqual({ info_requested: 'warn', resolved: 'ok', closed: 'ok' });
  });

  it('a small kind: everything not open is done; paused statuses are warned about', () => {
    const k = defineCaseKind(def());
    expect(k.done).toEqual(['done']);
    expect(k.rateable).toEqual(['done']);
    expect(k.reopenable).toEqual([]);
    expect(k.escalatable).toEqual(['new']);
    expect(k.summary.tones).toEqual({ waiting: 'warn' });
  });

  it('offers every staff rule of the machine, in its order, unless the kind names fewer', () => {
    expect(defineCaseKind(def({ staffActions: undefined })).staffActions).toEqual(['answer', 'ask']);
    expect(defineCaseKind(def({ staffActions: ['ask'] })).staffActions).toEqual(['ask']);
    expect(complaintKind.staffActions).toEqual(['verify', 'decline', 'claim', 'assign', 'forward', 'reply', 'note', 'request_info', 'withdraw_request', 'resolve', 'close_unanswered', 'close']);
  });

  it('refuses a definition that disagrees with its machine, when it is defined', () => {
    expect(() => defineCaseKind(def({ trackingPrefix: 'sm' }))).toThrow(/three capital letters/);
    expect(() => defineCaseKind(def({ trackingPrefix: 'IZN' }))).toThrow(/reserved for permit/);
    expect(() => defineCaseKind(def({ open: ['new', 'nope'] }))).toThrow(/unknown status nope/);
    expect(() => defineCaseKind(def({ initialStatus: 'done' }))).toThrow(/initial status must be open/);
    expect(() => defineCaseKind(def({ paused: ['done'] }))).toThrow(/paused status done must be open/);
    expect(() => defineCaseKind(def({ staffActions: ['answer', 'reply_back'] }))).toThrow(/reply_back is not a staff action/);
    expect(() => defineCaseKind(def({ autoClose: [{ from: 'done', since: 'resolvedAt', action: 'archive', afterWorkingDays: 5 }] }))).toThrow(/auto-close/);
  });
});

describe('the registry', () => {
  it('knows a registered kind by name and by its code prefix; registering it again changes nothing', () => {
    const k = defineCaseKind(def({ kind: 'sample_a', trackingPrefix: 'SMA' }));
    registerKind(k);
    registerKind(k);
    expect(findKind('sample_a')).toBe(k);
    expect(findKindByCode('SMA-1234-5678-9ABC')).toBe(k);
    expect(trackingPrefixes()).toContain('SMA');
    expect(findKind('nothing')).toBeNull();
  });

  it('refuses a second definition under a name or a prefix already taken', () => {
    registerKind(defineCaseKind(def({ kind: 'sample_b', trackingPrefix: 'SMB' })));
    expect(() => registerKind(defineCaseKind(def({ kind: 'sample_b', trackingPrefix: 'SMX' })))).toThrow(/registered twice/);
    expect(() => registerKind(defineCaseKind(def({ kind: 'sample_c', trackingPrefix: 'SMB' })))).toThrow(/already sample_b/);
  });
});
