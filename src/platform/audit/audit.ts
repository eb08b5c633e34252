import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema';
import { honoContext, type AppContext } from '../http/context';

export type AuditEvent =
  | 'auth.sign_in'
  | 'auth.sign_in_failed'
  | 'auth.locked'
  | 'auth.sign_out'
  | 'auth.sign_out_everywhere'
  | 'auth.password_changed'
  | 'auth.password_rehashed'
  | 'token.created'
  | 'token.used'
  | 'token.revoked'
  | 'staff.created'
  | 'staff.updated'
  | 'staff.deactivated'
  | 'staff.reactivated'
  | 'staff.password_reset'
  | 'staff.roles_changed'
  | 'unit.created'
  | 'unit.updated'
  | 'service.created'
  | 'service.updated'
  | 'holiday.created'
  | 'holiday.updated'
  | 'holiday.deleted'
  | (string & {});

export interface AuditEntry {
  actorId: number | null;
  event: AuditEvent;
  target?: string | null;
  ip?: string | null;
  /** never a password, a token or a citizen's personal data */
  detail?: Record<string, unknown> | null;
}

export async function recordAudit(db: Db, at: Date, e: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    at,
    actorId: e.actorId,
    event: e.event,
    target: e.target ?? null,
    ip: e.ip ?? null,
    detail: e.detail ? JSON.stringify(e.detail) : null,
  });
}

/** `{field: {from, to}}` for every field whose value differs: the detail of an "updated" audit entry. */
export function auditChanges<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const [k, v] of Object.entries(after)) {
    if (v === undefined) continue;
    const b = before[k];
    if (JSON.stringify(b) !== JSON.stringify(v)) out[k] = { from: b ?? null, to: v ?? null };
  }
  return out;
}

/** The audit entry for the request at hand: actor, time and address come from the context. */
export function auditFromContext(c: AppContext, e: Omit<AuditEntry, 'actorId' | 'ip'> & { actorId?: number | null }) {
  const { db, clock, clientAddress } = c.var.deps;
  return recordAudit(db, clock.now(), {
    ...e,
    actorId: e.actorId !== undefined ? e.actorId : (c.var.principal?.id ?? null),
    ip: clientAddress(honoContext(c)),
  });
}
