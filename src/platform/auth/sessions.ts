// Server-side sessions. The cookie holds 256 random bits; the table holds only their SHA-256,
// so a copy of the database does not yield live sessions. Idle and absolute timeouts are
// checked on every request; deactivating an account deletes its sessions at once.
import { and, desc, eq, lte, ne } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import type { Db } from '../../db/client';
import { sessions } from '../../db/schema';
import { recordAudit } from '../audit/audit';
import type { AppContext, AppEnv, StaffPrincipal } from '../http/context';
import { UnauthorizedError } from '../http/errors';
import type { AppConfig } from '../runtime/deps';
import { clearCookie, readCookie, writeCookie } from '../security/cookies';
import { randomToken, sha256Hex } from '../security/crypto';
import { loadPrincipal } from './principal';
import type { SessionView } from '../../domain/auth/principal';
import { scopesForRoles } from '../../domain/auth/roles';
import { resolveBearerToken } from './tokens';

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

/**
 * Deletes sessions that ended long ago. Recently ended ones stay a while, so a person coming
 * back is told their session ended rather than simply asked to sign in.
 */
export async function pruneSessions(db: Db, now: Date): Promise<void> {
  await db.delete(sessions).where(lte(sessions.expiresAt, new Date(now.getTime() - SESSION_KEEP_ENDED_MS)));
}
const SESSION_KEEP_ENDED_MS = 7 * 86_400_000;

export function setSessionCookie(c: AppContext, value: string): void {
  // no Max-Age: the cookie ends with the browser; the server enforces both timeouts anyway
  writeCookie(c, SESSION_COOKIE, value);
}

export function clearSessionCookie(c: AppContext): void {
  clearCookie(c, SESSION_COOKIE);
}

/** Why the last session ended, so the sign-in page can say so (expired vs signed out). */
export const SESSION_END_HEADER = 'X-Pelita-Session-End';

/** The staff member's live sessions, newest first (for the account page). */
export async function listSessions(db: Db, staffId: number, now: Date, config: AppConfig): Promise<SessionView[]> {
  const rows = await db
    .select({ idHash: sessions.idHash, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, userAgent: sessions.userAgent, expiresAt: sessions.expiresAt })
    .from(sessions)
    .where(eq(sessions.staffId, staffId))
    .orderBy(desc(sessions.lastSeenAt));
  const t = now.getTime();
  return rows
    .filter((r) => r.expiresAt.getTime() > t && t - r.lastSeenAt.getTime() < config.sessionIdleMinutes * 60_000)
    .map(({ expiresAt: _e, ...r }) => r);
}

const invalidToken = () =>
  new UnauthorizedError(
    {
      id: 'Token API tidak sah, sudah dicabut, atau sudah kedaluwarsa.',
      en: 'The API token is not valid, has been revoked, or has expired.',
    },
    'invalid_token',
  );

/**
 * Reads `Authorization: Bearer plt_…` or else the session cookie, and sets `c.var.principal`.
 * A bearer request ignores any cookie (so its CSRF exemption is safe). An unusable token is
 * refused outright with 401 `invalid_token`. An expired or revoked session clears the cookie;
 * why it ended is kept in `c.var.sessionEnd` for the sign-in page and the API.
 */
export function sessionAuth(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { db, clock, config } = c.var.deps;
    const authz = c.req.header('Authorization');
    if (authz !== undefined && /^Bearer\s/i.test(authz)) {
      const now = clock.now();
      const r = await resolveBearerToken(db, authz.replace(/^Bearer\s+/i, '').trim(), now);
      if (!r) throw invalidToken();
      c.set('principal', r.principal);
      if (r.touched)
        await recordAudit(db, now, {
          actorId: r.principal.id,
          event: 'token.used',
          target: `token:${r.tokenId}`,
          ip: c.var.deps.clientAddress(c),
        });
      return next();
    }
    const value = readCookie(c, SESSION_COOKIE);
    if (value) {
      const r = await resolveSession(db, value, clock.now(), config);
      if ('principal' in r) c.set('principal', r.principal);
      else {
        clearSessionCookie(c);
        c.set('sessionEnd', r.end);
      }
    }
    await next();
  };
}
