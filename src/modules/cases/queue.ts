// The staff queue: a unit's complaints, overdue first, then open ones by the next due instant
// (first response while unanswered, then resolution), then finished ones; with filters and
// counts per status.
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { cases, kelurahan, services, staff, units } from '../../db/schema';
import {
  COMPLAINT_STATUSES,
  OPEN_COMPLAINT_STATUSES,
  isComplaintStatus,
  type ComplaintStatus,
} from '../../domain/cases/state-machine';

export type StatusFilter = 'open' | 'all' | ComplaintStatus;
export type AssigneeFilter = 'any' | 'none' | 'mine' | number;

export interface QueueFilters {
  /** unit ids in scope; null = every unit (officials and admins without a unit filter) */
  unitIds: number[] | null;
  status: StatusFilter;
  serviceCode?: string | null;
  kelurahanCode?: string | null;
  assignee: AssigneeFilter;
  overdueOnly: boolean;
  /** the signed-in staff member, for assignee 'mine' */
  viewerId: number;
}

export interface QueueRow {
  id: string;
  trackingCode: string;
  title: string;
  status: string;
  privacy: string;
  unitCode: string;
  unitName: string;
  serviceCode: string;
  serviceName: { id: string; en: string };
  kelurahanName: string | null;
  assigneeId: number | null;
  assigneeName: string | null;
  submittedAt: Date;
  firstResponseDueAt: Date;
  firstRespondedAt: Date | null;
  resolutionDueAt: Date;
  pausedSince: Date | null;
  /** the due instant that matters now */
  nextDueAt: Date;
  overdue: boolean;
  /** where the row stands in the queue order, for the next page to start after it */
  key: QueueKey;
}

/**
 * A row's place in the queue order: overdue first, then open before finished, then by the next
 * due instant, then by submission; the case id breaks ties, so every row has its own place.
 */
export interface QueueKey {
  overdue: boolean;
  open: boolean;
  nextDue: number;
  submitted: number;
  id: string;
}

export interface QueueResult {
  rows: QueueRow[];
  /** rows matching every filter (rows may be capped at `limit`) */
  total: number;
  /** per status, with every filter except the status filter */
  counts: Record<ComplaintStatus, number>;
  /** open, overdue cases with every filter except status and overdue */
  overdueCount: number;
}

export function parseStatusFilter(v: string | undefined | null): StatusFilter {
  if (v === 'all') return 'all';
  if (isComplaintStatus(v)) return v;
  return 'open';
}

export function parseAssigneeFilter(v: string | undefined | null): AssigneeFilter {
  if (v === 'none' || v === 'mine') return v;
  if (v && /^\d{1,9}$/.test(v)) return Number(v);
  return 'any';
}

const nextDueSql = sql<number>`CASE WHEN ${cases.firstRespondedAt} IS NULL THEN ${cases.firstResponseDueAt} ELSE ${cases.resolutionDueAt} END`;

function overdueSql(now: Date): SQL<number> {
  const open = OPEN_COMPLAINT_STATUSES.filter((s) => s !== 'info_requested');
  return sql<number>`CASE WHEN ${inArray(cases.status, open as ComplaintStatus[])} AND ${cases.pausedSince} IS NULL AND (${nextDueSql}) < ${now.getTime()} THEN 1 ELSE 0 END`;
}

function baseConditions(f: QueueFilters): SQL[] {
  const where: SQL[] = [eq(cases.kind, 'complaint')];
  if (f.unitIds) where.push(f.unitIds.length ? inArray(cases.unitId, f.unitIds) : sql`0`);
  if (f.serviceCode) where.push(eq(services.code, f.serviceCode));
  if (f.kelurahanCode) where.push(eq(cases.kelurahanCode, f.kelurahanCode));
  if (f.assignee === 'none') where.push(isNull(cases.assigneeId));
  else if (f.assignee === 'mine') where.push(eq(cases.assigneeId, f.viewerId));
  else if (typeof f.assignee === 'number') where.push(eq(cases.assigneeId, f.assignee));
  return where;
}

function statusCondition(s: StatusFilter): SQL | null {
  if (s === 'all') return null;
  if (s === 'open') return inArray(cases.status, OPEN_COMPLAINT_STATUSES as ComplaintStatus[]);
  return eq(cases.status, s);
}

/** Rows after `key` in the queue order (a row value comparison over the sort columns). */
function afterKey(overdue: SQL<number>, openRank: SQL<number>, key: QueueKey): SQL {
  return sql`(1 - (${overdue}), ${openRank}, ${nextDueSql}, ${cases.submittedAt}, ${cases.id}) > (${key.overdue ? 0 : 1}, ${key.open ? 0 : 1}, ${key.nextDue}, ${key.submitted}, ${key.id})`;
}

/**
 * The queue as it stands at `now` (overdue is judged at that instant): at most `limit` rows, after
 * `after` when given (keyset paging: a page starts after the last row of the one before).
 */
export async function queryQueue(db: Db, f: QueueFilters, now: Date, limit = 200, after?: QueueKey): Promise<QueueResult> {
  const assignee = alias(staff, 'assignee');
  const base = baseConditions(f);
  const st = statusCondition(f.status);
  const overdue = overdueSql(now);
  const openRank = sql<number>`CASE WHEN ${inArray(cases.status, OPEN_COMPLAINT_STATUSES as ComplaintStatus[])} THEN 0 ELSE 1 END`;
  const where = and(...base, ...(st ? [st] : []), ...(f.overdueOnly ? [sql`(${overdue}) = 1`] : []));
  const pageWhere = after ? and(where, afterKey(overdue, openRank, after)) : where;

  const rows = await db
    .select({
      id: cases.id,
      trackingCode: cases.trackingCode,
      title: cases.title,
      status: cases.status,
      privacy: cases.privacy,
      unitCode: units.code,
      unitName: units.name,
      serviceCode: services.code,
      serviceNameId: services.nameId,
      serviceNameEn: services.nameEn,
      kelurahanName: kelurahan.name,
      assigneeId: cases.assigneeId,
      assigneeName: assignee.name,
      submittedAt: cases.submittedAt,
      firstResponseDueAt: cases.firstResponseDueAt,
      firstRespondedAt: cases.firstRespondedAt,
      resolutionDueAt: cases.resolutionDueAt,
      pausedSince: cases.pausedSince,
      nextDue: nextDueSql,
      overdue,
      openRank,
    })
    .from(cases)
    .innerJoin(services, eq(services.id, cases.serviceId))
    .innerJoin(units, eq(units.id, cases.unitId))
    .leftJoin(kelurahan, eq(kelurahan.code, cases.kelurahanCode))
    .leftJoin(assignee, eq(assignee.id, cases.assigneeId))
    .where(pageWhere)
    .orderBy(desc(overdue), asc(openRank), asc(nextDueSql), asc(cases.submittedAt), asc(cases.id))
    .limit(limit);

  const [totalRow] = await db
    .select({ n: sql<number>`count(*)` })
    .from(cases)
    .innerJoin(services, eq(services.id, cases.serviceId))
    .where(where);

  const countRows = await db
    .select({ status: cases.status, n: sql<number>`count(*)`, overdue: sql<number>`sum(${overdue})` })
    .from(cases)
    .innerJoin(services, eq(services.id, cases.serviceId))
    .where(and(...base))
    .groupBy(cases.status);

  const counts = Object.fromEntries(COMPLAINT_STATUSES.map((s) => [s, 0])) as Record<ComplaintStatus, number>;
  let overdueCount = 0;
  for (const r of countRows) {
    if (isComplaintStatus(r.status)) counts[r.status] = Number(r.n);
    overdueCount += Number(r.overdue ?? 0);
  }

  return {
    rows: rows.map((r) => ({
      id: r.id,
      trackingCode: r.trackingCode,
      title: r.title,
      status: r.status,
      privacy: r.privacy,
      unitCode: r.unitCode,
      unitName: r.unitName,
      serviceCode: r.serviceCode,
      serviceName: { id: r.serviceNameId, en: r.serviceNameEn },
      kelurahanName: r.kelurahanName,
      assigneeId: r.assigneeId,
      assigneeName: r.assigneeName,
      submittedAt: r.submittedAt,
      firstResponseDueAt: r.firstResponseDueAt,
      firstRespondedAt: r.firstRespondedAt,
      resolutionDueAt: r.resolutionDueAt,
      pausedSince: r.pausedSince,
      nextDueAt: new Date(Number(r.nextDue)),
      overdue: Number(r.overdue) === 1,
      key: {
        overdue: Number(r.overdue) === 1,
        open: Number(r.openRank) === 0,
        nextDue: Number(r.nextDue),
        submitted: r.submittedAt.getTime(),
        id: r.id,
      },
    })),
    total: Number(totalRow?.n ?? 0),
    counts,
    overdueCount,
  };
}
