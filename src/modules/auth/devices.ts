// Device cookies (OWASP "Slow Down Online Guessing Attacks with Device Cookies"): after a
// successful sign-in the browser gets a signed, HttpOnly cookie that names the account. With it
// the browser's guesses count against the device's own budget, not the account's, so a person
// guessing elsewhere cannot lock the owner out of their usual browser (see throttle.ts).
//
// One cookie holds up to MAX_DEVICE_ENTRIES accounts (a shared office computer), each entry
// `<staffId>.<issued, base 36>.<nonce>.<HMAC>`. The HMAC covers the account's current password
// hash, so changing or resetting the password retires every device an old password enrolled.
import type { AppContext } from '../../platform/http/context';
import { readCookie, writeCookie } from '../../platform/security/cookies';
import { hmacSign, hmacVerify, randomToken } from '../../platform/security/crypto';

export const DEVICE_COOKIE = 'pelita_device';
export const DEVICE_DAYS = 90;
const MAX_DEVICE_ENTRIES = 5;
const ENTRY_RE = /^(\d{1,12})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

interface Entry {
  staffId: number;
  issued: number;
  nonce: string;
  sig: string;
}

const message = (e: Omit<Entry, 'sig'>, passwordHash: string) => `device:${e.staffId}:${e.issued}:${e.nonce}:${passwordHash}`;

function entries(c: AppContext): Entry[] {
  const raw = readCookie(c, DEVICE_COOKIE) ?? '';
  const out: Entry[] = [];
  for (const part of raw.split('~').slice(0, MAX_DEVICE_ENTRIES)) {
    const m = ENTRY_RE.exec(part);
    if (m) out.push({ staffId: Number(m[1]), issued: parseInt(m[2]!, 36), nonce: m[3]!, sig: m[4]! });
  }
  return out;
}

const format = (e: Entry) => `${e.staffId}.${e.issued.toString(36)}.${e.nonce}.${e.sig}`;

/**
 * The budget key of this browser for the account ('device:<nonce>'), when it carries a valid,
 * unexpired device entry for it signed over the account's current password hash; else null.
 */
export async function knownDevice(c: AppContext, account: { id: number; passwordHash: string | null }, now: Date): Promise<string | null> {
  if (!account.passwordHash) return null;
  const e = entries(c).find((x) => x.staffId === account.id);
  if (!e || now.getTime() - e.issued > DEVICE_DAYS * 86_400_000 || e.issued > now.getTime()) return null;
  const ok = await hmacVerify(c.var.deps.config.secret, message(e, account.passwordHash), e.sig);
  return ok ? `device:${e.nonce}` : null;
}

/** Remembers this browser for the account (a fresh entry; the account's older entry is replaced). */
export async function rememberDevice(c: AppContext, account: { id: number; passwordHash: string }, now: Date): Promise<void> {
  const fresh = { staffId: account.id, issued: now.getTime(), nonce: randomToken(16) };
  const entry: Entry = { ...fresh, sig: await hmacSign(c.var.deps.config.secret, message(fresh, account.passwordHash)) };
  const others = entries(c).filter((x) => x.staffId !== account.id);
  const value = [entry, ...others].slice(0, MAX_DEVICE_ENTRIES).map(format).join('~');
  writeCookie(c, DEVICE_COOKIE, value, { maxAgeSeconds: DEVICE_DAYS * 86_400 });
}
