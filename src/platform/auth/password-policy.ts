// What a new password must be: long (12–128 characters), not a common password or a common
// word dressed up with digits, and not built from the person's own NIP or e-mail name.
// Length beats complexity rules (NIST SP 800-63B), so there are no "one capital, one symbol" rules.
import type { Msg } from '../i18n/lang';
import { COMMON_BASE_WORDS, COMMON_PASSWORDS } from './common-passwords';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/auth/password-rules';

const COMMON = new Set(COMMON_PASSWORDS);
const BASES = new Set(COMMON_BASE_WORDS);
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

export const PASSWORD_MESSAGES = {
  tooShort: {
    id: `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter. Gabungan beberapa kata mudah diingat dan sulit ditebak.`,
    en: `The password must have at least ${PASSWORD_MIN_LENGTH} characters. A few words together are easy to remember and hard to guess.`,
  },
  tooLong: {
    id: `Kata sandi paling panjang ${PASSWORD_MAX_LENGTH} karakter.`,
    en: `The password may have at most ${PASSWORD_MAX_LENGTH} characters.`,
  },
  common: {
    id: 'Kata sandi ini terlalu umum dan mudah ditebak. Pilih gabungan beberapa kata yang tidak saling berhubungan.',
    en: 'This password is too common and easy to guess. Choose a few unrelated words together.',
  },
  personal: {
    id: 'Kata sandi tidak boleh memuat NIP atau nama e-mail Anda.',
    en: 'The password must not contain your NIP or the name part of your e-mail address.',
  },
} satisfies Record<string, Msg>;

/** A walk along one keyboard row or the digits, forwards or backwards: "1234567890123", "poiuytrewq". */
function isSequence(s: string): boolean {
  if (s.length < 6) return false;
  return KEYBOARD_ROWS.some((row) =>
    [1, -1].some((dir) => {
      for (let i = 1; i < s.length; i++) {
        const a = row.indexOf(s[i - 1]!);
        if (a < 0 || s[i] !== row[(a + dir + row.length) % row.length]) return false;
      }
      return row.includes(s[0]!);
    }),
  );
}

/** True when the password is (or is obviously made from) a common password or pattern. */
export function isCommonPassword(password: string): boolean {
  const lower = password.normalize('NFKC').toLowerCase();
  if (COMMON.has(lower)) return true;
  const compact = lower.replace(/[\s._\-+*#]/g, '');
  if (COMMON.has(compact)) return true;
  if (new Set(compact).size <= 3) return true;
  if (isSequence(compact)) return true;
  const deLeet = [...compact].map((ch) => LEET[ch] ?? ch).join('');
  const letters = compact.replace(/[^a-z]/g, '');
  const letters2 = deLeet.replace(/[^a-z]/g, '');
  for (const w of [letters, letters2]) {
    if (!w) continue;
    if (BASES.has(w) || COMMON.has(w)) return true;
    // the same base word repeated: "passwordpassword", "solosolosolo"
    for (const b of BASES) if (w.length % b.length === 0 && b.repeat(w.length / b.length) === w) return true;
  }
  // nothing but a common password followed by digits or symbols: "qwertyuiop12!"
  const head = compact.replace(/[^a-z]+$/, '');
  if (head !== compact && head.length > 0 && (COMMON.has(head) || BASES.has(head))) return true;
  return false;
}

export interface PasswordOwner {
  nip?: string | null;
  email?: string | null;
}

/** The first rule a new password breaks, or null when it is acceptable. */
export function checkNewPassword(password: string, owner: PasswordOwner = {}): Msg | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return PASSWORD_MESSAGES.tooShort;
  if (length > PASSWORD_MAX_LENGTH) return PASSWORD_MESSAGES.tooLong;
  const lower = password.normalize('NFKC').toLowerCase();
  const nip = owner.nip?.replace(/\s+/g, '');
  if (nip && nip.length >= 6 && lower.replace(/\s+/g, '').includes(nip)) return PASSWORD_MESSAGES.personal;
  const local = owner.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 3) {
    const strip = (s: string) => s.replace(/[^a-z0-9]/g, '');
    if (lower.includes(local) || (strip(local).length >= 3 && strip(lower).includes(strip(local)))) return PASSWORD_MESSAGES.personal;
  }
  if (isCommonPassword(password)) return PASSWORD_MESSAGES.common;
  return null;
}
