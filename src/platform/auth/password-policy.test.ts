import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from './common-passwords';
import { PASSWORD_MESSAGES, checkNewPassword, isCommonPassword } from './password-policy';

const owner = { nip: '199007152015031002', email: 'rizky.ananda@surakarta.go.id' };

describe('password policy', () => {
  it('ships a list of about 200 common passwords including Indonesian ones', () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThanOrEqual(200);
    for (const p of ['indonesia123', 'password123', 'qwertyuiop12', 'bismillah123']) expect(COMMON_PASSWORDS).toContain(p);
  });

  it('needs at least 12 characters and accepts up to 128', () => {
    expect(checkNewPassword('short-pass1', owner)).toEqual(PASSWORD_MESSAGES.tooShort);
    expect(checkNewPassword('kopi tubruk di pasar gede', owner)).toBeNull();
    const long64 = 'kereta-api-prameks-'.repeat(4).slice(0, 64);
    expect(checkNewPassword(long64, owner)).toBeNull();
    const long128 = 'batik laweyan sore hari '.repeat(6).slice(0, 128);
    expect(long128.length).toBe(128);
    expect(checkNewPassword(long128, owner)).toBeNull();
    expect(checkNewPassword(long128 + 'x', owner)).toEqual(PASSWORD_MESSAGES.tooLong);
  });

  it('refuses common passwords and their obvious variants', () => {
    for (const p of [
      'indonesia123',
      'Indonesia12345',
      'password1234',
      'P@ssw0rd2026!',
      'qwertyuiop12',
      'bismillah123',
      'Bismillah 2026',
      'surakarta2026',
      'passwordpassword',
      '123456789012',
      'aaaaaaaaaaaa',
      'abababababab',
      'poiuytrewqpo',
    ]) {
      expect(isCommonPassword(p), p).toBe(true);
      expect(checkNewPassword(p.padEnd(12, '1'), owner), p).not.toBeNull();
    }
    expect(isCommonPassword('serabi notosuman enak')).toBe(false);
  });

  it('refuses passwords containing the NIP or the e-mail name', () => {
    expect(checkNewPassword('x199007152015031002', owner)).toEqual(PASSWORD_MESSAGES.personal);
    expect(checkNewPassword('rizky.ananda-solo-2026', owner)).toEqual(PASSWORD_MESSAGES.personal);
    expect(checkNewPassword('RizkyAnanda pasar klewer', owner)).toEqual(PASSWORD_MESSAGES.personal);
  });
});
