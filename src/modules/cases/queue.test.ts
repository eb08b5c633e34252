import { beforeAll, describe, expect, it } from 'vitest';
import { registerCaseKinds } from '../../kinds';
import { parseAssigneeFilter, parseStatusFilter } from './queue';

beforeAll(() => registerCaseKinds());

describe('queue filter parsing', () => {
  it('status: open by default, all, or a status of a registered kind', () => {
    expect(parseStatusFilter(undefined)).toBe('open');
    expect(parseStatusFilter('')).toBe('open');
    expect(parseStatusFilter('all')).toBe('all');
    expect(parseStatusFilter('info_requested')).toBe('info_requested');
    expect(parseStatusFilter('DROP TABLE')).toBe('open');
  });

  it('assignee: anyone, none, mine or a staff id', () => {
    expect(parseAssigneeFilter(undefined)).toBe('any');
    expect(parseAssigneeFilter('none')).toBe('none');
    expect(parseAssigneeFilter('mine')).toBe('mine');
    expect(parseAssigneeFilter('42')).toBe(42);
    expect(parseAssigneeFilter('4.2')).toBe('any');
    expect(parseAssigneeFilter('1234567890')).toBe('any');
  });
});
