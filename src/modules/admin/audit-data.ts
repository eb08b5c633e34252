// Reading the audit trail: newest first, filtered by event prefix and actor, 50 per page.
import { and, asc, desc, eq, exists, gte, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
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

/**
 * Entries counted, and so pages offered, at most: counting the whole log grew with it (issue
 * 14.2); older entries are reached through the filters.
 */
export const AUDIT_COUNT_CAP = 200 * AUDIT_PAGE_SIZE;

/** After the last of the prefix's names (the event names are [a-z0-9._]): "staff." → "staff/". */
function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/**
 * The filtered log's count (at most the cap and one) and one page of it, newest first; built, not
 * run. An event filter's entries are counted through the event index. When they are no more than
 * the cap, the page is sorted from them (a bounded sort); when they are more (`frequent`: a common
 * event such as sign-ins), the page walks the log newest first and stops after its rows, which
 * come soon for a common event (unary +: the event index is then left out).
 */
export function auditQueries(db: Db, f: AuditFilter, page: number, frequent = false) {
  const conds: SQL[] = [];
  // a range of names rather than LIKE 'prefix%': an index can search a range (LIKE is case-blind)
  if (f.event)
    conds.push(frequent ? sql`+${auditLog.event} >= ${f.event} AND +${auditLog.event} < ${prefixEnd(f.event)}` : and(gte(auditLog.event, f.event), lt(auditLog.event, prefixEnd(f.event)))!);
  if (f.actor === 'system') conds.push(isNull(auditLog.actorId));
  else if (f.actor !== null) conds.push(eq(auditLog.actorId, f.actor));
  const where = conds.length ? and(...conds) : undefined;
  const capped = db.select({ id: auditLog.id }).from(auditLog).where(where).limit(AUDIT_COUNT_CAP + 1).as('capped');
  return {
    count: db.select({ n: sql<number>`count(*)` }).from(capped),
    rows: db
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
      .offset((page - 1) * AUDIT_PAGE_SIZE),
  };
}

/** A page of the log; `more` when there are more entries than the cap counts. */
export async function listAudit(db: Db, f: AuditFilter): Promise<{ rows: AuditRow[]; total: number; more: boolean; page: number; pages: number }> {
  const [count] = await auditQueries(db, f, 1).count;
  const counted = Number(count?.n ?? 0);
  const total = Math.min(counted, AUDIT_COUNT_CAP);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(f.page, pages);
  const more = counted > AUDIT_COUNT_CAP;
  const rows = await auditQueries(db, f, page, more).rows;
  return { rows, total, more, page, pages };
}

/** Everyone who appears as an actor, for the actor filter: each staff member looked up in the actor index, not the log read whole. */
export function auditActorsQuery(db: Db) {
  return db
    .select({ id: staff.id, name: staff.name })
    .from(staff)
    .where(exists(db.select({ one: sql`1` }).from(auditLog).where(eq(auditLog.actorId, staff.id))))
    .orderBy(asc(staff.name));
}

export async function auditActors(db: Db): Promise<{ id: number; name: string }[]> {
  return auditActorsQuery(db);
}
