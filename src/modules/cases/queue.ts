// The staff queue: a unit's cases of every registered kind, overdue first, then open ones by the
// next due instant (first response while unanswered, then resolution), then finished ones; with
// filters and counts per status. "Open", "paused" and the labels are each case's kind's own.
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { caseCounts, caseNextDue, cases, kelurahan, services, staff, units } from '../../db/schema';
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

const nextDueSql = caseNextDue(cases);

/**
 * open, its clock running, and the next due instant passed. The unary + keeps the planner from
 * reading "due before now" from the index on the due instant: that range holds nearly the whole
 * history, where the running statuses hold only the backlog (SQLite: "Manual Control Of Query
 * Plans Using Unary + Operators").
 */
function overdueCondition(now: Date): SQL {
  const running = inKindStatuses((k) => k.open.filter((s) => !k.paused.includes(s)));
  return sql`(${running} AND ${cases.pausedSince} IS NULL AND +${nextDueSql} < ${now.getTime()})`;
}

/**
 * The filters. The kind is kept out of index choice (unary +): the open backlog is found by status
 * (indexes that cover the overdue test), the city's finished cases by walking the due-instant
 * index; a search by kind would read every case of the kind or sort the city's history.
 */
function baseConditions(f: QueueFilters): SQL[] {
  const where: SQL[] = [sql`+${ofRegisteredKind()}`];
  if (f.unitIds) where.push(f.unitIds.length ? inArray(cases.unitId, f.unitIds) : sql`0`);
  // the service by its id (one lookup), so the cases are still found by the queue's indexes
  if (f.serviceCode) where.push(sql`${cases.serviceId} = (SELECT ${services.id} FROM ${services} WHERE ${services.code} = ${f.serviceCode})`);
  if (f.kelurahanCode) where.push(eq(cases.kelurahanCode, f.kelurahanCode));
  if (f.assignee === 'none') where.push(isNull(cases.assigneeId));
  else if (f.assignee === 'mine') where.push(eq(cases.assigneeId, f.viewerId));
  else if (typeof f.assignee === 'number') where.push(eq(cases.assigneeId, f.assignee));
  return where;
}

/** The statuses the filter asks for among `set` (a kind's open or finished ones). */
function wanted(s: StatusFilter, set: readonly string[]): readonly string[] {
  return s === 'all' || s === 'open' ? set : set.filter((x) => x === s);
}

/**
 * The queue's two parts, each read in its order through an index: the open cases (overdue first,
 * then by the next due instant) are the backlog, found by status and sorted, whatever the
 * history; the finished ones follow in the order of the next due instant, read from an index in
 * that order, so a page reads its own rows and not the unit's history.
 */
function openPart(f: QueueFilters): SQL | null {
  const picked = registeredKinds().some((k) => wanted(f.status, k.open).length > 0);
  return picked ? inKindStatuses((k) => wanted(f.status, k.open)) : null;
}

function finishedPart(f: QueueFilters): SQL | null {
  if (f.status === 'open' || f.overdueOnly) return null;
  // every finished case: not open (the cases of registered kinds are either); the index in the
  // queue's order is then walked, where a list of finished statuses would be sorted
  if (f.status === 'all') return sql`NOT ${inKindStatuses((k) => k.open)}`;
  const picked = registeredKinds().some((k) => wanted(f.status, k.done).length > 0);
  return picked ? inKindStatuses((k) => wanted(f.status, k.done)) : null;
}

/** Open rows after `key` in the queue order (a row value comparison over the sort columns). */
function openAfter(overdue: SQL<number>, key: QueueKey): SQL {
  return sql`(1 - (${overdue}), ${nextDueSql}, ${cases.submittedAt}, ${cases.id}) > (${key.overdue ? 0 : 1}, ${key.nextDue}, ${key.submitted}, ${key.id})`;
}

/** Finished rows after `key` in the queue order; the first term lets the index seek to the key. */
function finishedAfter(key: QueueKey): SQL {
  return sql`${nextDueSql} >= ${key.nextDue} AND (${nextDueSql}, ${cases.submittedAt}, ${cases.id}) > (${key.nextDue}, ${key.submitted}, ${key.id})`;
}

/**
 * One part's page: its cases are chosen and ordered on the cases table alone (the page's ids),
 * and only the page's rows are then joined with their unit, category, kelurahan and assignee — a
 * city's backlog is sorted by a few columns, not joined in full first.
 */
function rowsQuery(db: Db, where: SQL | undefined, overdue: SQL<number>, limit: number, open: boolean) {
  const chosen = db
    .select({
      id: cases.id,
      nextDue: sql<number>`${nextDueSql}`.as('next_due'),
      overdue: sql<number>`${overdue}`.as('overdue'),
      submittedAt: cases.submittedAt,
    })
    .from(cases)
    .where(where);
  const page = (
    open ? chosen.orderBy(desc(overdue), asc(nextDueSql), asc(cases.submittedAt), asc(cases.id)) : chosen.orderBy(asc(nextDueSql), asc(cases.submittedAt), asc(cases.id))
  )
    .limit(limit)
    .as('page');
  const assignee = alias(staff, 'assignee');
  return db
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
      nextDue: page.nextDue,
      overdue: page.overdue,
    })
    .from(page)
    .innerJoin(cases, eq(cases.id, page.id))
    .innerJoin(services, eq(services.id, cases.serviceId))
    .innerJoin(units, eq(units.id, cases.unitId))
    .leftJoin(kelurahan, eq(kelurahan.code, cases.kelurahanCode))
    .leftJoin(assignee, eq(assignee.id, cases.assigneeId))
    .orderBy(desc(page.overdue), asc(page.nextDue), asc(page.submittedAt), asc(page.id));
}

/**
 * The queries of one queue page, built but not run (the query-plan test reads their plans): the
 * open rows, the finished rows, the cases per kind and status, and the open overdue cases.
 */
export function queueQueries(db: Db, f: QueueFilters, now: Date, limit = 200, after?: QueueKey) {
  const base = baseConditions(f);
  const overdueIf = overdueCondition(now);
  const overdue = sql<number>`CASE WHEN ${overdueIf} THEN 1 ELSE 0 END`;
  const open = openPart(f);
  const finished = finishedPart(f);
  const openRows =
    open && !(after && !after.open)
      ? rowsQuery(db, and(...base, open, ...(f.overdueOnly ? [overdueIf] : []), ...(after ? [openAfter(overdue, after)] : [])), overdue, limit, true)
      : null;
  const finishedRows = finished ? rowsQuery(db, and(...base, finished, ...(after && !after.open ? [finishedAfter(after)] : [])), sql<number>`0`, limit, false) : null;
  // Counts with only a unit and a service filter are the counters' (a few rows, whatever the
  // history); a person's or a kelurahan's cases are counted through their own index.
  const counted = f.kelurahanCode || f.assignee !== 'any';
  const counts = counted
    ? db
        .select({ kind: cases.kind, status: cases.status, n: sql<number>`count(*)` })
        .from(cases)
        .where(and(...base))
        .groupBy(cases.kind, cases.status)
    : db
        .select({ kind: caseCounts.kind, status: caseCounts.status, n: sql<number>`sum(${caseCounts.n})` })
        .from(caseCounts)
        .where(
          and(
            ...(f.unitIds ? [f.unitIds.length ? inArray(caseCounts.unitId, f.unitIds) : sql`0`] : []),
            ...(f.serviceCode ? [sql`${caseCounts.serviceId} = (SELECT ${services.id} FROM ${services} WHERE ${services.code} = ${f.serviceCode})`] : []),
          ),
        )
        .groupBy(caseCounts.kind, caseCounts.status);
  const overdueCount = db.select({ n: sql<number>`count(*)` }).from(cases).where(and(...base, overdueIf));
  // with the overdue filter and one status, the total is the overdue cases of that status
  const overdueTotal =
    f.overdueOnly && f.status !== 'open' && f.status !== 'all'
      ? db.select({ n: sql<number>`count(*)` }).from(cases).where(and(...base, open ?? sql`0`, overdueIf))
      : null;
  return { openRows, finishedRows, counts, overdueCount, overdueTotal };
}

/**
 * The queue as it stands at `now` (overdue is judged at that instant): at most `limit` rows, after
 * `after` when given (keyset paging: a page starts after the last row of the one before).
 */
export async function queryQueue(db: Db, f: QueueFilters, now: Date, limit = 200, after?: QueueKey): Promise<QueueResult> {
  const q = queueQueries(db, f, now, limit, after);
  const openRows = q.openRows ? await q.openRows : [];
  const finishedRows = q.finishedRows && openRows.length < limit ? (await q.finishedRows).slice(0, limit - openRows.length) : [];
  const countRows = await q.counts;
  const [overdueRow] = await q.overdueCount;
  const overdueCount = Number(overdueRow?.n ?? 0);

  const statuses: QueueStatusCount[] = knownStatuses().map((s) => ({ ...s, count: 0 }));
  const byStatus = new Map(statuses.map((s) => [s.status, s]));
  let openCount = 0;
  let total = 0;
  for (const r of countRows) {
    const kind = findKind(r.kind);
    const entry = byStatus.get(r.status);
    if (!kind || !entry) continue;
    const n = Number(r.n ?? 0);
    entry.count += n;
    const isOpen = kind.open.includes(r.status);
    if (isOpen) openCount += n;
    if (f.status === 'all' || (f.status === 'open' ? isOpen : r.status === f.status)) total += n;
  }
  if (f.overdueOnly) total = q.overdueTotal ? Number((await q.overdueTotal)[0]?.n ?? 0) : overdueCount;

  return {
    rows: [...openRows.map((r) => ({ r, open: true })), ...finishedRows.map((r) => ({ r, open: false }))].map(({ r, open }) => {
      const kind = findKind(r.kind);
      const overdue = Number(r.overdue) === 1;
      return {
        id: r.id,
        kind: r.kind,
        trackingCode: r.trackingCode,
        title: r.title,
        status: r.status,
        statusLabel: kind ? statusLabelOf(kind.summary, r.status) : { id: r.status, en: r.status },
        statusTone: kind?.summary.tones[r.status] ?? null,
        open,
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
        overdue,
        key: { overdue, open, nextDue: Number(r.nextDue), submitted: r.submittedAt.getTime(), id: r.id },
      };
    }),
    total,
    counts: Object.fromEntries(statuses.map((s) => [s.status, s.count])),
    statuses,
    openCount,
    overdueCount,
  };
}
