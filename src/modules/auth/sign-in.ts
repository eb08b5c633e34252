// Signing in, the same for the HTML form and the JSON API. Wrong password, unknown account,
// deactivated account and missing password all give one answer, and the guessing budgets treat
// unknown usernames like known ones, so the answers cannot be used to find out who has an
// account. The budgets, and why they cannot lock the owner out, are explained in throttle.ts.
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { auditFromContext } from '../../platform/audit/audit';
import { staff } from '../../db/schema';
import type { AppEnv, SettableContext, StaffPrincipal } from '../../platform/http/context';
import type { Msg } from '../../platform/i18n/lang';
import { readCookie, writeCookie } from '../../platform/security/cookies';
import { CSRF_COOKIE } from '../../platform/security/csrf';
import { hmacSign, randomToken } from '../../platform/security/crypto';
import { knownDevice, rememberDevice } from './devices';
import { hashPassword, needsRehash, parseParams, verifyPassword, type PasswordHash } from '../../platform/auth/password';
import { loadPrincipal } from '../../platform/auth/principal';
import { scopesForRoles } from '../../domain/auth/roles';
import { SESSION_COOKIE, createSession, destroySession, setSessionCookie } from '../../platform/auth/sessions';
import { addressKey, bookSignInGuess, budgetsJustSpent, forgiveGuess, nameAccountKey, staffAccountKey } from './throttle';

export const USERNAME_MAX = 254;

export const INVALID_CREDENTIALS: Msg = {
  id: 'NIP/e-mail atau kata sandi salah.',
  en: 'The NIP/e-mail or the password is wrong.',
};

const inMinutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/**
 * Why a sign-in was not looked at. The account message must not say whether the account
 * exists (an unknown name gets it too), and tells a real owner their ways in.
 */
export function lockedMessage(by: 'account' | 'address', seconds: number): Msg {
  if (by === 'address')
    return {
      id: `Terlalu banyak percobaan masuk yang gagal dari jaringan Anda. Coba lagi dalam ${seconds} detik.`,
      en: `Too many failed sign-in attempts from your network. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
    };
  const m = inMinutes(seconds);
  return {
    id:
      `Terlalu banyak percobaan masuk yang gagal untuk NIP/e-mail ini, sehingga masuk dari perangkat baru ditahan. ` +
      `Coba lagi dalam ${m} menit, masuk dari perangkat yang biasa Anda pakai, atau minta administrator membuka kuncinya.`,
    en:
      `Too many failed sign-in attempts for this NIP/e-mail, so signing in from a new device is on hold. ` +
      `Try again in ${m} minute${m === 1 ? '' : 's'}, sign in from the device you usually use, or ask an administrator to unlock it.`,
  };
}

/** NIP (18 digits, spaces and dots allowed when typed) or e-mail (lower-cased). */
export function normaliseUsername(raw: string): { kind: 'nip' | 'email' | 'other'; value: string } {
  const v = raw.normalize('NFKC').trim();
  const digits = v.replace(/[\s.]/g, '');
  if (/^\d{18}$/.test(digits)) return { kind: 'nip', value: digits };
  if (/^[^\s@]+@[^\s@]+$/.test(v)) return { kind: 'email', value: v.toLowerCase() };
  return { kind: 'other', value: v.toLowerCase().slice(0, USERNAME_MAX) };
}

// Verified when no account matches, so an unknown username takes as long as a wrong password.
const DUMMY_HASH: PasswordHash = {
  hash: 'bm90LWEtcmVhbC1oYXNoLWJ1dC1zYW1lLWNvc3QtdG8tdmVyaWZ5',
  params: { alg: 'pbkdf2', hash: 'SHA-256', iterations: 100_000, keyBits: 256, salt: 'cGVsaXRhLWR1bW15LXNhbHQ' },
};

/** A fresh CSRF visitor cookie at sign-in, so a token seen before signing in is worthless after. */
export async function rotateCsrf(c: SettableContext): Promise<void> {
  // no usable cookie came with the request: the CSRF middleware has just issued a fresh one
  const presented = readCookie(c, CSRF_COOKIE);
  if (!presented || presented.length < 32) return;
  const visitor = randomToken(32);
  writeCookie(c, CSRF_COOKIE, visitor, { maxAgeSeconds: 60 * 60 * 24 * 7 });
  c.set('csrfToken', await hmacSign(c.var.deps.config.secret, `csrf:${visitor}`));
}

export type SignInResult =
  | { ok: true; principal: StaffPrincipal }
  | { ok: false; locked: false }
  | { ok: false; locked: true; by: 'account' | 'address'; retryAfterSeconds: number };

/**
 * Checks the credentials and, when they are right, starts a new session (new id, new CSRF
 * cookie) and remembers the browser as a known device of the account. A guess is booked
 * before the password is checked; a right password un-books it.
 */
export async function signIn(
  c: Context<AppEnv>,
  input: { username: string; password: string; via: 'form' | 'api' },
): Promise<SignInResult> {
  const { db, clock, config, clientAddress } = c.var.deps;
  const now = clock.now();
  const user = normaliseUsername(input.username);
  const [row] =
    user.kind === 'other'
      ? []
      : await db
          .select({ id: staff.id, active: staff.active, passwordHash: staff.passwordHash, passwordParams: staff.passwordParams })
          .from(staff)
          .where(user.kind === 'nip' ? eq(staff.nip, user.value) : eq(staff.email, user.value))
          .limit(1);
  const target = row ? `staff:${row.id}` : null;
  const guess = await bookSignInGuess(
    db,
    {
      account: row ? staffAccountKey(row.id) : await nameAccountKey(config.secret, user.value),
      address: addressKey(clientAddress(c)),
      device: row ? await knownDevice(c, row, now) : null,
    },
    now,
  );
  if (!('id' in guess)) {
    const by = guess.by === 'address' ? 'address' : 'account';
    await auditFromContext(c, {
      actorId: null,
      event: 'auth.sign_in_failed',
      target,
      detail: { reason: by === 'address' ? 'address_slowed' : 'account_locked', via: input.via },
    });
    return { ok: false, locked: true, by, retryAfterSeconds: guess.retryAfterSeconds };
  }

  const params = row ? parseParams(row.passwordParams) : null;
  const stored = row?.passwordHash && params ? { hash: row.passwordHash, params } : null;
  const passwordOk = await verifyPassword(input.password, stored ?? DUMMY_HASH).catch(() => false);
  const verified = !!stored && passwordOk;

  if (!row || !verified || !row.active) {
    const reason = !row ? 'unknown_user' : !stored ? 'no_password' : !verified ? 'wrong_password' : 'inactive';
    await auditFromContext(c, {
      actorId: null,
      event: 'auth.sign_in_failed',
      target,
      detail: { reason, via: input.via, ...(guess.client ? { known_device: true } : {}) },
    });
    for (const by of await budgetsJustSpent(db, guess, now))
      await auditFromContext(c, { actorId: null, event: 'auth.locked', target: by === 'address' ? 'address' : (target ?? 'account'), detail: { by } });
    return { ok: false, locked: false };
  }

  await forgiveGuess(db, guess);
  let passwordHash = stored.hash;
  if (needsRehash(stored.params)) {
    const fresh = await hashPassword(input.password);
    passwordHash = fresh.hash;
    await db
      .update(staff)
      .set({ passwordHash: fresh.hash, passwordParams: JSON.stringify(fresh.params), updatedAt: now })
      .where(eq(staff.id, row.id));
    await auditFromContext(c, {
      actorId: row.id,
      event: 'auth.password_rehashed',
      target: `staff:${row.id}`,
      detail: { from_iterations: stored.params.iterations, to_iterations: fresh.params.iterations },
    });
  }

  const principal = await loadPrincipal(db, row.id, 'session', null);
  if (!principal) return { ok: false, locked: false };
  const previous = readCookie(c, SESSION_COOKIE);
  if (previous) await destroySession(db, previous);
  const value = await createSession(db, row.id, now, config, {
    userAgent: c.req.header('User-Agent') ?? null,
    ip: clientAddress(c),
  });
  setSessionCookie(c, value);
  await rotateCsrf(c);
  await rememberDevice(c, { id: row.id, passwordHash }, now);
  const full = { ...principal, scopes: scopesForRoles(principal.roles) };
  c.set('principal', full);
  await auditFromContext(c, { actorId: row.id, event: 'auth.sign_in', target: `staff:${row.id}`, detail: { via: input.via } });
  return { ok: true, principal: full };
}
