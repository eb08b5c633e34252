// Reading the audit trail: newest first, filtered by event prefix and actor, 50 per page.
import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { likeEscape } from '../../db/like';
import { auditLog, staff } from '../../db/schema';
import type { AuditFilter, AuditRow } from '../../domain/admin/views';

export const AUDIT_PAGE_SIZE = 50;

export function parseAuditFilter(q: { event?: string | undefined; actor?: string | undefined; hal?: string | undefined }): AuditFilter {
  const event = (q.event ?? '').trim().toLowerCase();
  const actorRaw = (q.actor ?? '').trim();
  const pageRaw = q.hal ?? '';
  return {
    event: /^[a-z0-9._]{1,60}$/.test(event) ? event : '',
    actor: actorRaw === 'system' ? 'system' : /^[1-9]\d{0,9}$/.test(actorRaw) ? Number(actorRaw) : null,
    page: /^[1-9]\d{0,5}$/.test(pageRaw) ? Number(pageRaw) : 1,
  };
}

export async function listAudit(db: Db, f: AuditFilter): Promise<{ rows: AuditRow[]; total: number; page: number; pages: number }> {
  const conds: SQL[] = [];
  if (f.event) conds.push(sql`${auditLog.event} like ${`${likeEscape(f.event)}%`} escape '\\'`);
  if (f.actor === 'system') conds.push(isNull(auditLog.actorId));
  else if (f.actor !== null) conds.push(eq(auditLog.actorId, f.actor));
  const where = conds.length ? and(...conds) : undefined;
  const [count] = await db.select({ n: sql<number>`count(*)` }).from(auditLog).where(where);
  const total = Number(count?.n ?? 0);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(f.page, pages);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: staff.name,
      event: auditLog.event,
      target: auditLog.target,
      ip: auditLog.ip,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .leftJoin(staff, eq(staff.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  return { rows, total, page, pages };
}

/** Everyone who appears as an actor, for the actor filter. */
export async function auditActors(db: Db): Promise<{ id: number; name: string }[]> {
  return db
    .selectDistinct({ id: staff.id, name: staff.name })
    .from(auditLog)
    .innerJoin(staff, eq(staff.id, auditLog.actorId))
    .orderBy(asc(staff.name));
}
