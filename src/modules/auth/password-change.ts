// Changing one's own password, for the form and the JSON API alike. It is not subject to the
// sign-in budgets (a guesser locking the account must not stop the owner from changing the
// password being guessed); a wrong current password counts against this session's own small
// budget instead, so a borrowed session cannot be used to guess the password (throttle.ts).
// Success ends every session of the account and gives this browser a brand-new one, revokes
// the account's API tokens (one made by someone who knew the old password must not outlive
// it), and remembers this browser as a known device under the new password.
import { eq } from 'drizzle-orm';
import { auditFromContext } from '../../platform/audit/audit';
import { rememberDevice } from './devices';
import { PASSWORD_MAX_LENGTH } from '../../domain/auth/password-rules';
import { hashPassword, parseParams, verifyPassword } from '../../platform/auth/password';
import { checkNewPassword } from '../../platform/auth/password-policy';
import { SESSION_COOKIE, createSession, destroyAllSessions, setSessionCookie } from '../../platform/auth/sessions';
import { rotateCsrf } from './sign-in';
import { bookSessionGuess, budgetsJustSpent, forgiveGuess } from './throttle';
import { revokeAllTokens } from '../../platform/auth/tokens';
import { staff as staffTable } from '../../db/schema';
import type { StaffContext } from '../../platform/http/context';
import type { Msg } from '../../platform/i18n/lang';
import { readCookie } from '../../platform/security/cookies';
import { sha256Hex } from '../../platform/security/crypto';
import type { FieldMsgs } from './input';

export function sessionGuessesMessage(seconds: number): Msg {
  const m = Math.max(1, Math.ceil(seconds / 60));
  return {
    id: `Terlalu banyak percobaan kata sandi saat ini yang salah di sesi ini. Coba lagi dalam ${m} menit.`,
    en: `Too many wrong current passwords in this session. Try again in ${m} minute${m === 1 ? '' : 's'}.`,
  };
}

export type PasswordChangeResult =
  | { ok: true }
  | { ok: false; fields: FieldMsgs }
  | { ok: false; lockedSeconds: number };

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export async function changeOwnPassword(
  c: StaffContext,
  raw: { current: unknown; next: unknown; confirm: unknown },
): Promise<PasswordChangeResult> {
  const me = c.var.staff;
  const { db, clock, config, clientAddress } = c.var.deps;
  const now = clock.now();

  const fields: FieldMsgs = {};
  const current = text(raw.current);
  const next = text(raw.next);
  const confirm = text(raw.confirm);
  for (const [name, v] of [['current', raw.current], ['new_password', raw.next], ['confirm', raw.confirm]] as const)
    if (v !== undefined && v !== null && typeof v !== 'string')
      fields[name] = { id: 'Isian ini harus berupa teks.', en: 'This field must be a string.' };

  if (!fields['current']) {
    if (!current) fields['current'] = { id: 'Kata sandi saat ini wajib diisi.', en: 'The current password is required.' };
    else {
      const guess = await bookSessionGuess(db, me.id, await sha256Hex(readCookie(c, SESSION_COOKIE) ?? ''), now);
      if (!('id' in guess)) {
        await auditFromContext(c, {
          event: 'auth.sign_in_failed',
          target: `staff:${me.id}`,
          detail: { reason: 'session_budget_spent', via: 'password_change' },
        });
        return { ok: false, lockedSeconds: guess.retryAfterSeconds };
      }
      const [row] = await db
        .select({ hash: staffTable.passwordHash, params: staffTable.passwordParams })
        .from(staffTable)
        .where(eq(staffTable.id, me.id))
        .limit(1);
      const params = parseParams(row?.params ?? null);
      const ok =
        current.length <= PASSWORD_MAX_LENGTH &&
        !!row?.hash &&
        !!params &&
        (await verifyPassword(current, { hash: row.hash, params }).catch(() => false));
      if (ok) await forgiveGuess(db, guess);
      else {
        fields['current'] = { id: 'Kata sandi saat ini salah.', en: 'The current password is wrong.' };
        await auditFromContext(c, {
          event: 'auth.sign_in_failed',
          target: `staff:${me.id}`,
          detail: { reason: 'wrong_current_password', via: 'password_change' },
        });
        if ((await budgetsJustSpent(db, guess, now)).length)
          await auditFromContext(c, { event: 'auth.locked', target: `staff:${me.id}`, detail: { by: 'session', via: 'password_change' } });
      }
    }
  }
  if (!fields['new_password']) {
    if (!next) fields['new_password'] = { id: 'Kata sandi baru wajib diisi.', en: 'The new password is required.' };
    else {
      const problem = checkNewPassword(next, { nip: me.nip, email: me.email });
      if (problem) fields['new_password'] = problem;
      else if (next === current)
        fields['new_password'] = {
          id: 'Kata sandi baru harus berbeda dari kata sandi saat ini.',
          en: 'The new password must differ from the current one.',
        };
    }
  }
  if (!fields['new_password'] && !fields['confirm'] && next !== confirm)
    fields['confirm'] = { id: 'Kedua isian kata sandi baru tidak sama.', en: 'The two new passwords do not match.' };
  if (Object.keys(fields).length) return { ok: false, fields };

  const fresh = await hashPassword(next);
  await db
    .update(staffTable)
    .set({ passwordHash: fresh.hash, passwordParams: JSON.stringify(fresh.params), mustChangePassword: false, updatedAt: now })
    .where(eq(staffTable.id, me.id));
  await destroyAllSessions(db, me.id);
  const tokensRevoked = await revokeAllTokens(db, me.id, now);
  const value = await createSession(db, me.id, now, config, { userAgent: c.req.header('User-Agent') ?? null, ip: clientAddress(c) });
  setSessionCookie(c, value);
  await rotateCsrf(c);
  await rememberDevice(c, { id: me.id, passwordHash: fresh.hash }, now);
  const updated = { ...me, mustChangePassword: false };
  c.set('principal', updated);
  c.set('staff', updated);
  await auditFromContext(c, { event: 'auth.password_changed', target: `staff:${me.id}`, detail: { sessionsEnded: true, tokensRevoked } });
  return { ok: true };
}
