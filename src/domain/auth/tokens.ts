// Personal API tokens as their owner sees them, and the limits of the form that makes one.
// Making, checking and revoking tokens is src/platform/auth/tokens.ts's work.
import type { Scope } from './roles';

export const TOKEN_NAME_MAX = 80;
export const TOKEN_MAX_DAYS = 365;

export interface TokenView {
  id: number;
  name: string;
  prefix: string;
  scopes: Scope[];
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export function tokenStatus(t: TokenView, now: Date): 'active' | 'revoked' | 'expired' {
  if (t.revokedAt) return 'revoked';
  if (t.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}
