// Ending the caller's session: the sign-out button (POST /keluar) and POST /api/v1/auth/logout.
import { auditFromContext } from '../../platform/audit/audit';
import { SESSION_COOKIE, clearSessionCookie, destroySession } from '../../platform/auth/sessions';
import type { AppContext } from '../../platform/http/context';
import { readCookie } from '../../platform/security/cookies';

export async function endSession(c: AppContext) {
  // a bearer-token call has nothing to sign out of, and must not touch a cookie session
  if (c.var.principal?.via === 'token') return;
  const value = readCookie(c, SESSION_COOKIE);
  if (value) await destroySession(c.var.deps.db, value);
  clearSessionCookie(c);
  if (c.var.principal && c.var.principal.via === 'session') await auditFromContext(c, { event: 'auth.sign_out', target: `staff:${c.var.principal.id}` });
}
