// Server-side sessions. The cookie holds 256 random bits; the table holds only their SHA-256,
// so a copy of the database does not yield live sessions. Idle and absolute timeouts are
// checked on every request; deactivating an account deletes its sessions at once.
import { and, eq, ne } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import type { Db } from '../db/client';
import { sessions } from '../db/schema';
import type { AppEnv, StaffPrincipal } from '../http/context';
import type { AppConfig } from '../runtime/deps';
import { clearCookie, readCookie, writeCookie } from '../security/cookies';
import { randomToken, sha256Hex } from '../security/crypto';
import { loadPrincipal } from './principal';
import { scopesForRoles } from './roles';

export const SESSION_COOKIE = 'pelita_session';
/** last-seen is written at most this often, to keep reads cheap */
const TOUCH_INTERVAL_MS = 60_000;

export type SessionEnd = 'none' | 'idle_timeout' | 'absolute_timeout' | 'inactive';

export async function createSession(
  db: Db,
  staffId: number,
  now: Date,
  config: AppConfig,
  meta: { userAgent?: string | null; ip?: string | null } = {},
): Promise<string> {
  const value = randomToken(32);
  await db.insert(sessions).values({
    idHash: await sha256Hex(value),
    staffId,
    csrfToken: randomToken(16),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + config.sessionAbsoluteHours * 3600_000),
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    ip: meta.ip ?? null,
  });
  return value;
}

export async function resolveSession(
  db: Db,
  value: string,
  now: Date,
  config: AppConfig,
): Promise<{ principal: StaffPrincipal; idHash: string } | { end: SessionEnd }> {
  const idHash = await sha256Hex(value);
  const [s] = await db.select().from(sessions).where(eq(sessions.idHash, idHash)).limit(1);
  if (!s) return { end: 'none' };
  const t = now.getTime();
  if (t >= s.expiresAt.getTime()) {
    await db.delete(sessions).where(eq(sessions.idHash, idHash));
    return { end: 'absolute_timeout' };
  }
  if (t - s.lastSeenAt.getTime() >= config.sessionIdleMinutes * 60_000) {
    await db.delete(sessions).where(eq(sessions.idHash, idHash));
    return { end: 'idle_timeout' };
  }
  const base = await loadPrincipal(db, s.staffId, 'session', null);
  if (!base) {
    await destroyAllSessions(db, s.staffId);
    return { end: 'inactive' };
  }
  if (t - s.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash));
  }
  return { principal: { ...base, scopes: scopesForRoles(base.roles) }, idHash };
}

export async function destroySession(db: Db, value: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, await sha256Hex(value)));
}

export async function destroyAllSessions(db: Db, staffId: number, exceptIdHash?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(exceptIdHash ? and(eq(sessions.staffId, staffId), ne(sessions.idHash, exceptIdHash)) : eq(sessions.staffId, staffId));
}

export function setSessionCookie(c: Context<AppEnv>, value: string): void {
  // no Max-Age: the cookie ends with the browser; the server enforces both timeouts anyway
  writeCookie(c, SESSION_COOKIE, value);
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  clearCookie(c, SESSION_COOKIE);
}

/** Why the last session ended, so the sign-in page can say so (expired vs signed out). */
export const SESSION_END_HEADER = 'X-Pelita-Session-End';

/**
 * Reads the session cookie and sets `c.var.staff`. An expired or revoked session clears the
 * cookie; the reason travels in a response header for the sign-in page and the API.
 */
export function sessionAuth(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const value = readCookie(c, SESSION_COOKIE);
    if (value) {
      const { db, clock, config } = c.var.deps;
      const r = await resolveSession(db, value, clock.now(), config);
      if ('principal' in r) c.set('staff', r.principal);
      else {
        clearSessionCookie(c);
        c.set('sessionEnd', r.end);
      }
    }
    await next();
  };
}
