import { beforeAll, describe, expect, it } from 'vitest';
import { registerCaseKinds } from '../../kinds';
import { complaintKind } from '../complaints/kind';
import type { StaffPrincipal } from '../../platform/http/context';
import { canSeeContact, isStaffAction, staffAllowedActions } from './staff-actions';

beforeAll(() => registerCaseKinds());

const who = (roles: string[], unitId = 3): StaffPrincipal => ({
  id: 10,
  nip: '1',
  name: 'X',
  email: 'x@demo',
  unitId,
  unitCode: 'U',
  unitName: 'Unit',
  roles,
  mustChangePassword: false,
  via: 'session',
  scopes: null,
});

const complaint = (status: string, assigneeId: number | null = null, infoExpiredAt: Date | null = null) => ({ kind: 'complaint', unitId: 3, status, assigneeId, infoExpiredAt });

describe('who sees the complainant’s contact', () => {
  it('publik: the unit’s officers and supervisors, officials and admins; not another unit', () => {
    const c = { unitId: 3, privacy: 'publik' };
    expect(canSeeContact(who(['officer']), c)).toBe(true);
    expect(canSeeContact(who(['supervisor']), c)).toBe(true);
    expect(canSeeContact(who(['official'], 1), c)).toBe(true);
    expect(canSeeContact(who(['admin'], 1), c)).toBe(true);
    expect(canSeeContact(who(['officer'], 4), c)).toBe(false);
    expect(canSeeContact(who(['course_author']), c)).toBe(false);
  });

  it('anonim and rahasia: only the responsible unit’s supervisor', () => {
    for (const privacy of ['anonim', 'rahasia']) {
      const c = { unitId: 3, privacy };
      expect(canSeeContact(who(['supervisor']), c)).toBe(true);
      expect(canSeeContact(who(['officer']), c)).toBe(false);
      expect(canSeeContact(who(['official'], 1), c)).toBe(false);
      expect(canSeeContact(who(['admin'], 1), c)).toBe(false);
      expect(canSeeContact(who(['supervisor'], 4), c)).toBe(false);
    }
  });
});

describe('actions offered to a staff member', () => {
  it('officers of the unit: the state machine’s staff actions, claim only while unassigned', () => {
    expect(staffAllowedActions(who(['officer']), complaint('submitted'))).toEqual(['verify', 'decline', 'claim', 'forward', 'note']);
    expect(staffAllowedActions(who(['officer']), complaint('submitted', 99))).not.toContain('claim');
    expect(staffAllowedActions(who(['supervisor']), complaint('verified', 99))).toContain('assign');
    expect(staffAllowedActions(who(['officer']), complaint('closed'))).toEqual([]);
  });

  it('10.1 waiting for the citizen, staff may withdraw the request; closing unanswered only after it expired', () => {
    expect(staffAllowedActions(who(['officer']), complaint('info_requested', 10))).toEqual(['note', 'withdraw_request']);
    expect(staffAllowedActions(who(['officer']), complaint('in_progress', 10))).not.toContain('close_unanswered');
    expect(staffAllowedActions(who(['officer']), complaint('in_progress', 10, new Date()))).toEqual([
      'forward',
      'reply',
      'note',
      'request_info',
      'resolve',
      'close_unanswered',
    ]);
  });

  it('nothing outside the unit, for officials, for an unknown status or an unregistered kind', () => {
    expect(staffAllowedActions(who(['officer'], 4), complaint('submitted'))).toEqual([]);
    expect(staffAllowedActions(who(['official']), complaint('submitted'))).toEqual([]);
    expect(staffAllowedActions(who(['officer']), complaint('weird'))).toEqual([]);
    expect(staffAllowedActions(who(['officer']), { ...complaint('submitted'), kind: 'not_registered' })).toEqual([]);
  });

  it('citizen and system actions are not staff actions', () => {
    expect(isStaffAction(complaintKind, 'reply')).toBe(true);
    for (const a of ['rate', 'reopen', 'provide_info', 'escalate', 'auto_close', 'x']) expect(isStaffAction(complaintKind, a)).toBe(false);
  });
});
