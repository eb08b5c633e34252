// Personal API tokens: `plt_` + 32 random bytes (base64url). Only the SHA-256 is stored, with
// a short prefix so a person can tell their tokens apart. A token acts for its owner with at
// most the scopes it was given, and never more than the owner's roles allow today.
import { and, desc, eq, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { apiTokens } from '../../db/schema';
import type { StaffPrincipal } from '../../domain/auth/principal';
import type { TokenView } from '../../domain/auth/tokens';
import { randomToken, sha256Hex } from '../security/crypto';
import { loadPrincipal } from './principal';
import { SCOPES, scopesForRoles, type Scope } from '../../domain/auth/roles';

export const TOKEN_PREFIX = 'plt_';
/** last-used time (and the 'token.used' audit entry) is written at most this often */
export const TOKEN_TOUCH_INTERVAL_MS = 3600_000;
const TOKEN_RE = /^plt_[A-Za-z0-9_-]{43}$/;

function parseScopes(json: string): Scope[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((s): s is Scope => (SCOPES as readonly string[]).includes(s as string)) : [];
  } catch {
    return [];
  }
}

export async function createApiToken(
  db: Db,
  staffId: number,
  input: { name: string; scopes: readonly Scope[]; days: number },
  now: Date,
): Promise<{ token: string; view: TokenView }> {
  const token = TOKEN_PREFIX + randomToken(32);
  const [row] = await db
    .insert(apiTokens)
    .values({
      staffId,
      name: input.name,
      tokenHash: await sha256Hex(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      scopes: JSON.stringify([...input.scopes]),
      expiresAt: new Date(now.getTime() + input.days * 86_400_000),
      createdAt: now,
    })
    .returning();
  return { token, view: toView(row!) };
}

function toView(r: typeof apiTokens.$inferSelect): TokenView {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    scopes: parseScopes(r.scopes),
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    lastUsedAt: r.lastUsedAt,
    revokedAt: r.revokedAt,
  };
}

export async function listApiTokens(db: Db, staffId: number): Promise<TokenView[]> {
  const rows = await db.select().from(apiTokens).where(eq(apiTokens.staffId, staffId)).orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  return rows.map(toView);
}

/** Revokes one of the staff member's own tokens; false when there is no such live token. */
export async function revokeApiToken(db: Db, staffId: number, id: number, now: Date): Promise<TokenView | null> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.staffId, staffId), isNull(apiTokens.revokedAt)))
    .returning();
  return row ? toView(row) : null;
}

/**
 * Revokes every live token of an account: when it is deactivated, and when its password is
 * changed or reset (a token made by someone who knew the old password must not outlive it).
 * Returns how many were revoked, for the audit log.
 */
export async function revokeAllTokens(db: Db, staffId: number, now: Date): Promise<number> {
  const revoked = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.staffId, staffId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return revoked.length;
}

export async function findOwnToken(db: Db, staffId: number, id: number): Promise<TokenView | null> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.staffId, staffId)))
    .limit(1);
  return row ? toView(row) : null;
}

/**
 * The principal a bearer token stands for, or null when the token is malformed, unknown,
 * revoked, expired, or its owner is deactivated. `touched` is true when this use was recorded
 * (at most once an hour per token), so the caller audits it once.
 */
export async function resolveBearerToken(
  db: Db,
  token: string,
  now: Date,
): Promise<{ principal: StaffPrincipal; tokenId: number; touched: boolean } | null> {
  if (!TOKEN_RE.test(token)) return null;
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, await sha256Hex(token)))
    .limit(1);
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now.getTime()) return null;
  const base = await loadPrincipal(db, row.staffId, 'token', null);
  if (!base) return null;
  const allowed = new Set<string>(scopesForRoles(base.roles));
  const scopes = parseScopes(row.scopes).filter((s) => allowed.has(s));
  const touchedRows = await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiTokens.id, row.id),
        or(isNull(apiTokens.lastUsedAt), lte(apiTokens.lastUsedAt, new Date(now.getTime() - TOKEN_TOUCH_INTERVAL_MS))),
      ),
    )
    .returning({ id: apiTokens.id });
  return { principal: { ...base, scopes }, tokenId: row.id, touched: touchedRows.length > 0 };
}
