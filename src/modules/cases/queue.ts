// The staff queue: a unit's cases of every registered kind, overdue first, then open ones by the
// next due instant (first response while unanswered, then resolution), then finished ones; with
// filters and counts per status. "Open", "paused" and the labels are each case's kind's own.
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { cases, kelurahan, services, staff, units } from '../../db/schema';
import type { Bilingual } from '../../domain/cases/state-machine';
import {
  statusLabelOf,
  type AssigneeFilter,
  type QueueKey,
  type QueueResult,
  type QueueStatusCount,
  type StatusFilter,
} from '../../domain/cases/views';
import { findKind, inKindStatuses, ofRegisteredKind, registeredKinds } from './kinds';

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

/** Every status of every registered kind, once, in the kinds' order, with its first label. */
function knownStatuses(): { status: string; label: Bilingual }[] {
  const seen = new Map<string, Bilingual>();
  for (const k of registeredKinds())
    for (const s of k.machine.statuses) if (!seen.has(s)) seen.set(s, statusLabelOf(k.summary, s));
  return [...seen].map(([status, label]) => ({ status, label }));
}

export function isKnownStatus(v: unknown): v is string {
  return typeof v === 'string' && registeredKinds().some((k) => k.machine.isStatus(v));
}

export function parseStatusFilter(v: string | undefined | null): StatusFilter {
  if (v === 'all') return 'all';
  if (isKnownStatus(v)) return v;
  return 'open';
}

export function parseAssigneeFilter(v: string | undefined | null): AssigneeFilter {
  if (v === 'none' || v === 'mine') return v;
  if (v && /^\d{1,9}$/.test(v)) return Number(v);
  return 'any';
}

const nextDueSql = sql<number>`CASE WHEN ${cases.firstRespondedAt} IS NULL THEN ${cases.firstResponseDueAt} ELSE ${cases.resolutionDueAt} END`;

/** open for its kind */
function openSql(): SQL {
  return inKindStatuses((k) => k.open);
}

/** open, its clock running, and the next due instant passed */
function overdueSql(now: Date): SQL<number> {
  const running = inKindStatuses((k) => k.open.filter((s) => !k.paused.includes(s)));
  return sql<number>`CASE WHEN ${running} AND ${cases.pausedSince} IS NULL AND (${nextDueSql}) < ${now.getTime()} THEN 1 ELSE 0 END`;
}

function baseConditions(f: QueueFilters): SQL[] {
  const where: SQL[] = [ofRegisteredKind()];
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
  if (s === 'open') return openSql();
  return eq(cases.status, s);
}

/** Rows after `key` in the queue order (a row value comparison over the sort columns). */
function afterKey(overdue: SQL<number>, open: SQL<number>, key: QueueKey): SQL {
  return sql`(1 - (${overdue}), 1 - (${open}), ${nextDueSql}, ${cases.submittedAt}, ${cases.id}) > (${key.overdue ? 0 : 1}, ${key.open ? 0 : 1}, ${key.nextDue}, ${key.submitted}, ${key.id})`;
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
  const open = sql<number>`CASE WHEN ${openSql()} THEN 1 ELSE 0 END`;
  const where = and(...base, ...(st ? [st] : []), ...(f.overdueOnly ? [sql`(${overdue}) = 1`] : []));

  const rows = await db
    .select({
      id: cases.id,
      kind: cases.kind,
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
      assigneeUnitId: assignee.unitId,
      submittedAt: cases.submittedAt,
      firstResponseDueAt: cases.firstResponseDueAt,
      firstRespondedAt: cases.firstRespondedAt,
      resolutionDueAt: cases.resolutionDueAt,
      pausedSince: cases.pausedSince,
      citizenDueAt: cases.citizenDueAt,
      nextDue: nextDueSql,
      overdue,
      open,
    })
    .from(cases)
    .innerJoin(services, eq(services.id, cases.serviceId))
    .innerJoin(units, eq(units.id, cases.unitId))
    .leftJoin(kelurahan, eq(kelurahan.code, cases.kelurahanCode))
    .leftJoin(assignee, eq(assignee.id, cases.assigneeId))
    .where(after ? and(where, afterKey(overdue, open, after)) : where)
    .orderBy(desc(overdue), desc(open), asc(nextDueSql), asc(cases.submittedAt), asc(cases.id))
    .limit(limit);

  const [totalRow] = await db
    .select({ n: sql<number>`count(*)` })
    .from(cases)
    .innerJoin(services, eq(services.id, cases.serviceId))
    .where(where);

  const countRows = await db
    .select({
      status: cases.status,
      n: sql<number>`count(*)`,
      open: sql<number>`sum(${open})`,
      overdue: sql<number>`sum(${overdue})`,
    })
    .from(cases)
    .innerJoin(services, eq(services.id, cases.serviceId))
    .where(and(...base))
    .groupBy(cases.status);

  const statuses: QueueStatusCount[] = knownStatuses().map((s) => ({ ...s, count: 0 }));
  const byStatus = new Map(statuses.map((s) => [s.status, s]));
  let openCount = 0;
  let overdueCount = 0;
  for (const r of countRows) {
    const entry = byStatus.get(r.status);
    if (entry) entry.count = Number(r.n);
    openCount += Number(r.open ?? 0);
    overdueCount += Number(r.overdue ?? 0);
  }

  return {
    rows: rows.map((r) => {
      const kind = findKind(r.kind);
      return {
        id: r.id,
        kind: r.kind,
        trackingCode: r.trackingCode,
        title: r.title,
        status: r.status,
        statusLabel: kind ? statusLabelOf(kind.summary, r.status) : { id: r.status, en: r.status },
        statusTone: kind?.summary.tones[r.status] ?? null,
        open: Number(r.open) === 1,
        privacy: r.privacy,
        unitCode: r.unitCode,
        unitName: r.unitName,
        serviceCode: r.serviceCode,
        serviceName: { id: r.serviceNameId, en: r.serviceNameEn },
        kelurahanName: r.kelurahanName,
        assigneeId: r.assigneeId,
        assigneeName: r.assigneeName,
        assigneeUnitId: r.assigneeUnitId,
        submittedAt: r.submittedAt,
        firstResponseDueAt: r.firstResponseDueAt,
        firstRespondedAt: r.firstRespondedAt,
        resolutionDueAt: r.resolutionDueAt,
        pausedSince: r.pausedSince,
        citizenDueAt: r.citizenDueAt,
        nextDueAt: new Date(Number(r.nextDue)),
        overdue: Number(r.overdue) === 1,
        key: {
          overdue: Number(r.overdue) === 1,
          open: Number(r.open) === 1,
          nextDue: Number(r.nextDue),
          submitted: r.submittedAt.getTime(),
          id: r.id,
        },
      };
    }),
    total: Number(totalRow?.n ?? 0),
    counts: Object.fromEntries(statuses.map((s) => [s.status, s.count])),
    statuses,
    openCount,
    overdueCount,
  };
}
