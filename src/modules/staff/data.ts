// Data the staff screens and the staff API read: one case with everything around it, and the
// lists the forms choose from (officers of the unit, units to forward to, reply templates). The
// same for every kind of case: what is done, and the labels, come from the case's kind.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { listAttachments } from '../cases/attachments';
import type { CaseRow } from '../cases/commit';
import { listEvents } from '../cases/events';
import { loadHolidaySet } from '../cases/holidays';
import { kindNames, kindOf, type CaseKind } from '../cases/kinds';
import { effectiveDue } from '../cases/sla';
import { canSeeContact, loadCase, staffAllowedActions } from '../cases/staff-actions';
import type { Db } from '../../db/client';
import { kelurahan, ratings, responseTemplates, services, staff, staffRoles, units } from '../../db/schema';
import type { CaseDetail, CaseRatingView, SlaView } from '../../domain/cases/views';
import { asnRecordHref } from '../../domain/metrics/record-access';
import { computeIkm, type SkmScore } from '../../domain/skm/ikm';
import { remainingWorkingMillis, slaStatus, type HolidaySet } from '../../domain/sla/calendar';
import type { StaffPrincipal } from '../../platform/http/context';

function parseData(s: string | null): Record<string, unknown> | null {
  if (!s) return null;
  try {
    const v = JSON.parse(s) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** SLA of first response and resolution as known now (an open pause stops the clock). */
export function slaViews(kind: CaseKind, row: CaseRow, holidays: HolidaySet, now: Date): { firstResponse: SlaView; resolution: SlaView } {
  const due = effectiveDue(row, holidays, now);
  const open = !kind.done.includes(row.status);
  const paused = row.pausedSince !== null && open;
  const resolutionDone = row.resolvedAt ?? (open ? null : (row.closedAt ?? row.updatedAt ?? now));
  const view = (dueAt: Date, doneAt: Date | null): SlaView => ({
    dueAt,
    doneAt,
    status: doneAt === null && paused ? 'paused' : slaStatus(dueAt, doneAt, now),
    remainingMs: doneAt === null ? remainingWorkingMillis(now, dueAt, holidays) : null,
  });
  return {
    firstResponse: view(due.firstResponseDueAt, row.firstRespondedAt ?? resolutionDone),
    resolution: view(due.resolutionDueAt, resolutionDone),
  };
}

export async function loadCaseDetail(db: Db, p: StaffPrincipal, id: string, now: Date): Promise<CaseDetail> {
  const row = await loadCase(db, id);
  const kind = kindOf(row.kind);
  const [meta] = await db
    .select({
      serviceCode: services.code,
      serviceNameId: services.nameId,
      serviceNameEn: services.nameEn,
    })
    .from(services)
    .where(eq(services.id, row.serviceId));
  const [unit] = await db.select({ code: units.code, name: units.name, nameEn: units.nameEn }).from(units).where(eq(units.id, row.unitId));
  const [kel] = row.kelurahanCode
    ? await db.select({ name: kelurahan.name }).from(kelurahan).where(eq(kelurahan.code, row.kelurahanCode))
    : [];
  const events = await listEvents(db, row.id, 'internal');
  const ids = new Set(events.map((e) => e.actorId).filter((x): x is number => x !== null));
  if (row.assigneeId) ids.add(row.assigneeId);
  if (row.resolvedById) ids.add(row.resolvedById);
  const people = ids.size ? await db.select({ id: staff.id, name: staff.name, unitId: staff.unitId }).from(staff).where(inArray(staff.id, [...ids])) : [];
  const names = new Map(people.map((s) => [s.id, s.name]));
  const recordHref = (id: number | null) => {
    const who = id === null ? undefined : people.find((s) => s.id === id);
    return who ? asnRecordHref(p, who) : null;
  };
  const holidays = await loadHolidaySet(db);
  return {
    row,
    kind: kind.summary,
    service: { id: row.serviceId, code: meta?.serviceCode ?? '', name: { id: meta?.serviceNameId ?? '', en: meta?.serviceNameEn ?? '' } },
    unit: { id: row.unitId, code: unit?.code ?? '', name: unit?.name ?? '', nameEn: unit?.nameEn ?? '' },
    kelurahanName: kel?.name ?? null,
    assigneeName: row.assigneeId ? (names.get(row.assigneeId) ?? null) : null,
    resolvedByName: row.resolvedById ? (names.get(row.resolvedById) ?? null) : null,
    assigneeHref: recordHref(row.assigneeId),
    resolvedByHref: recordHref(row.resolvedById),
    contactVisible: canSeeContact(p, row),
    kindFacts: kind.loadFacts ? await kind.loadFacts(db, row, now) : null,
    events: events.map((e) => ({
      id: e.id,
      at: e.at,
      type: e.type,
      actorKind: e.actorKind,
      actorName: e.actorId !== null ? (names.get(e.actorId) ?? null) : null,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      visibility: e.visibility,
      message: e.message,
      data: parseData(e.data),
    })),
    attachments: await listAttachments(db, row.id, 'internal'),
    sla: slaViews(kind, row, holidays, now),
    allowed: staffAllowedActions(p, row),
  };
}

/** Active officers and supervisors of a unit, for the assign form. */
export async function unitOfficers(db: Db, unitId: number): Promise<{ id: number; name: string; roles: string[] }[]> {
  const rows = await db
    .select({ id: staff.id, name: staff.name, role: staffRoles.role })
    .from(staff)
    .innerJoin(staffRoles, eq(staffRoles.staffId, staff.id))
    .where(and(eq(staff.unitId, unitId), eq(staff.active, true), inArray(staffRoles.role, ['officer', 'supervisor'])))
    .orderBy(asc(staff.name));
  const by = new Map<number, { id: number; name: string; roles: string[] }>();
  for (const r of rows) {
    const x = by.get(r.id) ?? { id: r.id, name: r.name, roles: [] };
    x.roles.push(r.role);
    by.set(r.id, x);
  }
  return [...by.values()];
}

export async function activeUnits(db: Db): Promise<{ id: number; code: string; name: string; nameEn: string }[]> {
  return db
    .select({ id: units.id, code: units.code, name: units.name, nameEn: units.nameEn })
    .from(units)
    .where(eq(units.active, true))
    .orderBy(asc(units.name));
}

export async function templatesFor(db: Db, serviceId: number): Promise<{ id: number; title: string; body: string }[]> {
  return db
    .select({ id: responseTemplates.id, title: responseTemplates.title, body: responseTemplates.body })
    .from(responseTemplates)
    .where(eq(responseTemplates.serviceId, serviceId))
    .orderBy(asc(responseTemplates.id));
}

/** The active categories (services) of a kind with their unit, for choosing one when forwarding. */
export async function categoriesOfKind(db: Db, kind: string): Promise<{ code: string; nameId: string; nameEn: string; unitCode: string }[]> {
  return db
    .select({ code: services.code, nameId: services.nameId, nameEn: services.nameEn, unitCode: units.code })
    .from(services)
    .innerJoin(units, eq(units.id, services.unitId))
    .where(and(eq(services.kind, kind), eq(services.active, true), eq(units.active, true)))
    .orderBy(asc(units.name), asc(services.sortOrder), asc(services.nameId));
}

/** The services of every registered kind of case, for the queue's filter. */
export async function caseServices(db: Db): Promise<{ code: string; nameId: string; nameEn: string; unitId: number }[]> {
  return db
    .select({ code: services.code, nameId: services.nameId, nameEn: services.nameEn, unitId: services.unitId })
    .from(services)
    .where(inArray(services.kind, kindNames()))
    .orderBy(asc(services.sortOrder), asc(services.nameId));
}

export async function kelurahanList(db: Db): Promise<{ code: string; name: string }[]> {
  return db.select({ code: kelurahan.code, name: kelurahan.name }).from(kelurahan).orderBy(asc(kelurahan.name));
}

/**
 * The rating of one case, if its citizen gave one (issue 13.11: the scores and the comment reach
 * the staff who handle the case). The caller has checked that the reader may read the case.
 */
export async function caseRating(db: Db, caseId: string): Promise<CaseRatingView | null> {
  const [r] = await db.select().from(ratings).where(eq(ratings.caseId, caseId)).limit(1);
  if (!r) return null;
  const scores = [r.u1, r.u2, r.u3, r.u4, r.u5, r.u6, r.u7, r.u8, r.u9] as SkmScore[];
  return { scores, ikm: computeIkm([scores]).ikm!, comment: r.comment, createdAt: r.createdAt };
}
