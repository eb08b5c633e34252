import { describe, expect, it } from 'vitest';
import { checkNewAdmin, generatePassword } from './create-admin';
import { checkNewPassword } from '../../platform/auth/password-policy';
import { normaliseUsername } from './sign-in';

describe('sign-in helpers', () => {
  it('normalises NIP and e-mail usernames', () => {
    expect(normaliseUsername(' 19900715 201503 1 002 ')).toEqual({ kind: 'nip', value: '199007152015031002' });
    expect(normaliseUsername('Admin@Demo.Pelita.ID ')).toEqual({ kind: 'email', value: 'admin@demo.pelita.id' });
    expect(normaliseUsername('12345').kind).toBe('other');
    expect(normaliseUsername('x'.repeat(400)).value.length).toBe(254);
  });
});

describe('first administrator', () => {
  it('generates strong, readable, unique passwords that pass the policy', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const pw = generatePassword();
      expect(pw).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{5}(-[a-km-zA-HJ-NP-Z2-9]{5}){3}$/);
      expect(checkNewPassword(pw)).toBeNull();
      seen.add(pw);
    }
    expect(seen.size).toBe(50);
  });

  it('checks its arguments', () => {
    expect(checkNewAdmin({ nip: '198001012005011001', email: 'a@b.id', name: 'A', unitCode: 'DISKOMINFOSP', unitName: 'D' })).toEqual([]);
    expect(checkNewAdmin({ nip: '1980', email: 'nope', name: '', unitCode: 'lower', unitName: '' })).toHaveLength(5);
  });
});
