// Staff actions on a complaint: one function that loads the case, checks who may act, asks the
// state machine whether the action is allowed, checks the version the officer saw, and writes the
// change and its history events in ONE db.batch.
//
// Concurrency: the form (or API call) carries the case `version` the officer last saw. The batch
// first appends the events *only if the case is still at that version* (INSERT … SELECT … WHERE
// EXISTS), then updates the case `WHERE id = ? AND version = ?` to version + 1. A batch is one
// transaction on D1 and on libSQL, so the events and the update either both happen or neither
// does. If the update hit no row, another officer won the race: the caller gets the same 409 as
// for a stale version, with the changes made since that version.
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { actsForUnit, hasAnyRole } from '../../platform/auth/guard';
import type { Db } from '../../db/client';
import { attachments, caseEvents, cases, staff, staffRoles, units } from '../../db/schema';
import {
  allowedActions,
  isComplaintAction,
  isComplaintStatus,
  transition,
  type ComplaintAction,
  type ComplaintStatus,
  type StaffRole,
} from '../../domain/cases/state-machine';
import { checkText, normaliseLineBreaks } from '../../domain/text/input-text';
import type { StaffPrincipal } from '../../platform/http/context';
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors';
import type { Msg } from '../../platform/i18n/lang';
import type { FileStore } from '../../platform/runtime/deps';
import { checkFiles, discardFiles, prepareAttachments, storeFiles, type PreparedAttachment } from './attachments';
import { eventJson, type CaseEventInput, type EventRecord } from './events';

export type CaseRow = typeof cases.$inferSelect;
export type Privacy = 'publik' | 'anonim' | 'rahasia';
export const PRIVACY_LEVELS: readonly Privacy[] = ['publik', 'anonim', 'rahasia'];
export const MAX_MESSAGE_LENGTH = 4000;

/** The actions staff take from the case page and the API, in the state machine's order. */
export const STAFF_ACTIONS = [
  'verify',
  'decline',
  'claim',
  'assign',
  'forward',
  'reply',
  'note',
  'request_info',
  'resolve',
  'close',
] as const satisfies readonly ComplaintAction[];
export type StaffAction = (typeof STAFF_ACTIONS)[number];

export function isStaffAction(x: unknown): x is StaffAction {
  return typeof x === 'string' && (STAFF_ACTIONS as readonly string[]).includes(x);
}

export interface EvidenceFile {
  filename: string;
  data: Uint8Array;
}

export interface StaffActionRequest {
  action: string;
  /** the case version the officer saw; null when missing or not a number */
  version: number | null;
  message?: string | null;
  /** unit code for forward */
  toUnit?: string | null;
  /** staff id (or e-mail) for assign */
  assignee?: string | number | null;
  /** verify only: tighten privacy (publik → anonim → rahasia, never looser) */
  privacy?: string | null;
  /** resolve only: photo or document evidence */
  evidence?: EvidenceFile[];
  /** decline only: 'invalid' | 'outside_city' (kept in the event's data) */
  declineReason?: string | null;
}

export interface StaffActionResult {
  caseId: string;
  action: StaffAction;
  fromStatus: ComplaintStatus;
  status: ComplaintStatus;
  version: number;
}

export type ChangeSince = EventRecord;

export interface StaleDetails {
  yourVersion: number | null;
  currentVersion: number;
  currentStatus: string;
  changes: ChangeSince[];
}

/** A 409 for a stale version: `details` lists what changed (JSON-friendly). */
export class StaleVersionError extends ConflictError {
  constructor(readonly stale: StaleDetails) {
    super(
      {
        id: 'Kasus ini sudah diubah orang lain sejak Anda membukanya. Periksa perubahan di bawah ini, lalu kirim lagi bila masih perlu.',
        en: 'This case was changed by someone else since you opened it. Review the changes below, then submit again if still needed.',
      },
      'stale_version',
      {
        your_version: stale.yourVersion,
        current_version: stale.currentVersion,
        current_status: stale.currentStatus,
        changes: stale.changes.map(eventJson),
      },
    );
  }
}

/** 422: the action exists but this state (or this case) does not allow it. */
export class ActionNotAllowedError extends AppError {
  constructor(m: Msg) {
    super('action_not_allowed', m);
  }
}

export async function loadCase(db: Db, id: string): Promise<CaseRow> {
  const [row] = id.length <= 64 ? await db.select().from(cases).where(eq(cases.id, id)).limit(1) : [];
  if (!row || row.kind !== 'complaint')
    throw new NotFoundError({ id: 'Kasus tidak ditemukan.', en: 'Case not found.' });
  return row;
}

export function staffRolesOf(p: StaffPrincipal): StaffRole[] {
  return (['officer', 'supervisor'] as const).filter((r) => p.roles.includes(r));
}

/** Actions this staff member may take on this case now (none outside their unit). */
export function staffAllowedActions(p: StaffPrincipal, c: Pick<CaseRow, 'unitId' | 'status' | 'assigneeId'>): StaffAction[] {
  if (!actsForUnit(p, c.unitId) || !isComplaintStatus(c.status)) return [];
  return allowedActions(c.status, 'staff', staffRolesOf(p)).filter(
    (a): a is StaffAction => isStaffAction(a) && !(a === 'claim' && c.assigneeId !== null),
  );
}

const outsideUnit: Msg = {
  id: 'Kasus ini milik unit lain. Anda hanya dapat menangani kasus unit Anda sendiri.',
  en: 'This case belongs to another unit. You can only act on your own unit’s cases.',
};

/** Who may read a case page at all: the responsible unit's officers/supervisors, officials, admins. */
export function assertCanRead(p: StaffPrincipal, c: Pick<CaseRow, 'unitId'>): void {
  if (!(hasAnyRole(p, ['official', 'admin']) || actsForUnit(p, c.unitId))) throw new ForbiddenError(outsideUnit);
}

/** Who may change a case: the responsible unit's officers and supervisors only. */
export function assertCanAct(p: StaffPrincipal, c: Pick<CaseRow, 'unitId'>): void {
  if (actsForUnit(p, c.unitId)) return;
  if (hasAnyRole(p, ['official', 'admin']))
    throw new ForbiddenError({
      id: 'Pimpinan dan administrator dapat membaca kasus tetapi tidak mengubahnya.',
      en: 'Officials and administrators can read cases but not change them.',
    });
  throw new ForbiddenError(outsideUnit);
}

/**
 * Contact details (name, e-mail, phone) of the complainant. Perpres 76/2013 asks for
 * confidentiality; Pelita's rule:
 *  - publik: the responsible unit's officers and supervisors, officials and admins;
 *  - anonim and rahasia: only the responsible unit's supervisor (who must be able to verify a
 *    report or answer to a legal request); everybody else works with the case through the
 *    citizen's tracking page (request information, replies), never with the identity.
 */
export function canSeeContact(p: StaffPrincipal, c: Pick<CaseRow, 'unitId' | 'privacy'>): boolean {
  const supervisorOfUnit = p.unitId === c.unitId && p.roles.includes('supervisor');
  if (c.privacy === 'publik') return supervisorOfUnit || actsForUnit(p, c.unitId) || hasAnyRole(p, ['official', 'admin']);
  return supervisorOfUnit;
}

// ---- what changed since a version -------------------------------------------------------------

/**
 * The events recorded after the case was at `version`. Staff events carry the version they
 * produced in data.version; the boundary is the last event stamped with a version at or below the
 * one the officer saw (or the submission, for version 1).
 */
export async function changesSince(db: Db, caseId: string, version: number | null): Promise<ChangeSince[]> {
  const v = version ?? 0;
  const [b] = await db
    .select({ id: sql<number | null>`max(${caseEvents.id})` })
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.caseId, caseId),
        sql`CASE WHEN json_valid(${caseEvents.data}) THEN CAST(json_extract(${caseEvents.data}, '$.version') AS INTEGER) END <= ${v}`,
      ),
    );
  let boundary = b?.id ?? null;
  if (boundary === null && v >= 1) {
    const [first] = await db
      .select({ id: sql<number | null>`min(${caseEvents.id})` })
      .from(caseEvents)
      .where(eq(caseEvents.caseId, caseId));
    boundary = first?.id ?? null;
  }
  const rows = await db
    .select({
      id: caseEvents.id,
      at: caseEvents.at,
      type: caseEvents.type,
      actorKind: caseEvents.actorKind,
      actorName: staff.name,
      fromStatus: caseEvents.fromStatus,
      toStatus: caseEvents.toStatus,
      visibility: caseEvents.visibility,
      message: caseEvents.message,
    })
    .from(caseEvents)
    .leftJoin(staff, eq(staff.id, caseEvents.actorId))
    .where(boundary === null ? eq(caseEvents.caseId, caseId) : and(eq(caseEvents.caseId, caseId), gt(caseEvents.id, boundary)))
    .orderBy(asc(caseEvents.id));
  return rows;
}

async function staleError(db: Db, caseId: string, yourVersion: number | null): Promise<StaleVersionError> {
  const current = await loadCase(db, caseId);
  return new StaleVersionError({
    yourVersion,
    currentVersion: current.version,
    currentStatus: current.status,
    changes: await changesSince(db, caseId, yourVersion),
  });
}

// ---- the action -------------------------------------------------------------------------------

/** An event insert that happens only while the case is still at `expectVersion` (see top). */
function guardedEventInsert(db: Db, caseId: string, expectVersion: number, at: Date, e: CaseEventInput) {
  const data = e.data == null ? null : typeof e.data === 'string' ? e.data : JSON.stringify(e.data);
  // drizzle inserts every column in table order: id (NULL = next rowid), case_id, at, actor_kind,
  // actor_id, type, from_status, to_status, visibility, message, data
  return db.insert(caseEvents).select(
    sql`SELECT NULL, ${caseId}, ${at.getTime()}, ${e.actorKind}, ${e.actorId ?? null}, ${e.type}, ${e.fromStatus ?? null},
           ${e.toStatus ?? null}, ${e.visibility}, ${e.message ?? null}, ${data}
    WHERE EXISTS (SELECT 1 FROM cases WHERE id = ${caseId} AND version = ${expectVersion})`,
  );
}

async function resolveAssignee(db: Db, c: CaseRow, value: string): Promise<{ id: number; name: string }> {
  const v = value.trim();
  const where = /^\d+$/.test(v) ? eq(staff.id, Number(v)) : eq(staff.email, v.toLowerCase());
  const [row] = await db
    .select({ id: staff.id, name: staff.name, unitId: staff.unitId, active: staff.active })
    .from(staff)
    .where(where)
    .limit(1);
  const ok =
    row &&
    row.active &&
    row.unitId === c.unitId &&
    (await db
      .select({ role: staffRoles.role })
      .from(staffRoles)
      .where(and(eq(staffRoles.staffId, row.id), inArray(staffRoles.role, ['officer', 'supervisor'])))).length > 0;
  if (!row || !ok)
    throw new ValidationError({
      assignee: {
        id: 'Pilih petugas aktif dari unit yang menangani kasus ini.',
        en: 'Choose an active officer of the unit handling this case.',
      },
    });
  return { id: row.id, name: row.name };
}

async function resolveUnit(db: Db, c: CaseRow, value: string): Promise<{ id: number; code: string; name: string }> {
  const code = value.trim().toUpperCase();
  const [row] = await db
    .select({ id: units.id, code: units.code, name: units.name, active: units.active })
    .from(units)
    .where(eq(units.code, code))
    .limit(1);
  if (!row || !row.active)
    throw new ValidationError({
      to_unit: {
        id: `Unit tujuan "${value.slice(0, 40)}" tidak dikenal. Pilih unit dari daftar.`,
        en: `Unknown destination unit "${value.slice(0, 40)}". Choose a unit from the list.`,
      },
    });
  if (row.id === c.unitId)
    throw new ValidationError({
      to_unit: {
        id: 'Kasus ini sudah berada di unit tersebut. Pilih unit lain.',
        en: 'The case is already with that unit. Choose another unit.',
      },
    });
  return { id: row.id, code: row.code, name: row.name };
}

function fieldMsgFor(field: string, m: Msg): Record<string, Msg> {
  return { [field]: m };
}

/**
 * Applies one staff action. Throws NotFoundError (unknown case), ForbiddenError (outside the
 * caller's unit, or an official), ValidationError (missing/invalid field, 422),
 * ActionNotAllowedError (422) or StaleVersionError (409).
 */
export async function applyStaffAction(
  deps: { db: Db; files: FileStore; clock: { now(): Date } },
  actor: StaffPrincipal,
  caseId: string,
  req: StaffActionRequest,
): Promise<StaffActionResult> {
  const { db, files } = deps;
  const c = await loadCase(db, caseId);
  assertCanAct(actor, c);
  if (!isStaffAction(req.action) || !isComplaintAction(req.action)) {
    throw new ActionNotAllowedError({
      id: `Tindakan tidak dikenal: "${String(req.action).slice(0, 40)}".`,
      en: `Unknown action: "${String(req.action).slice(0, 40)}".`,
    });
  }
  const action = req.action;
  if (req.version === null || !Number.isInteger(req.version)) {
    throw new ValidationError({
      version: { id: 'Versi kasus wajib dikirim (angka bulat).', en: 'The case version is required (an integer).' },
    });
  }
  if (req.version !== c.version) throw await staleError(db, c.id, req.version);
  if (!isComplaintStatus(c.status)) throw new ActionNotAllowedError({ id: 'Status kasus tidak dikenal.', en: 'Unknown case status.' });

  const rawMessage = typeof req.message === 'string' ? req.message : '';
  const message = normaliseLineBreaks(rawMessage).trim();
  const toUnit = req.toUnit == null ? '' : String(req.toUnit).trim();
  const assigneeRaw = req.assignee == null ? '' : String(req.assignee).trim();
  const r = transition(c.status, action, {
    actor: 'staff',
    roles: staffRolesOf(actor),
    message,
    to_unit: toUnit,
    assignee: assigneeRaw,
  });
  if (!r.ok) {
    if (r.code === 'missing_field') {
      const fields: Record<string, Msg> = {};
      for (const f of r.fields ?? [r.field!]) {
        fields[f] =
          f === 'message' && action === 'decline'
            ? { id: 'Alasan penolakan wajib diisi.', en: 'A reason for declining is required.' }
            : f === 'message' && action === 'forward'
              ? { id: 'Alasan atau instruksi disposisi wajib diisi.', en: 'A reason or instruction for forwarding is required.' }
              : f === 'message' && action === 'resolve'
                ? { id: 'Uraian penyelesaian untuk publik wajib diisi.', en: 'A public resolution text is required.' }
                : r.message;
      }
      throw new ValidationError(fields);
    }
    if (r.reason === 'role' && action === 'assign')
      throw new ForbiddenError({
        id: 'Hanya kepala bidang/seksi yang dapat menugaskan petugas.',
        en: 'Only a supervisor can assign officers.',
      });
    throw new ActionNotAllowedError(r.message);
  }
  const checked = checkText(rawMessage, { id: 'Pesan', en: 'The message' }, { max: MAX_MESSAGE_LENGTH, required: false });
  if (!checked.ok) throw new ValidationError(fieldMsgFor('message', checked.error));

  const now = deps.clock.now();
  const newVersion = c.version + 1;
  const set: Partial<typeof cases.$inferInsert> = { status: r.to, version: newVersion, updatedAt: now };
  if (r.firstResponse && !c.firstRespondedAt) set.firstRespondedAt = now;
  if (r.pausesSla && !c.pausedSince) set.pausedSince = now;
  const data: Record<string, unknown> = { version: newVersion };
  const extraEvents: CaseEventInput[] = [];

  // privacy may only be tightened, and only while verifying
  const privacy = req.privacy == null ? '' : String(req.privacy).trim();
  if (privacy && privacy !== c.privacy) {
    if (action !== 'verify')
      throw new ValidationError({
        privacy: {
          id: 'Tingkat kerahasiaan hanya dapat diubah saat verifikasi.',
          en: 'Privacy can only be changed during verification.',
        },
      });
    const from = PRIVACY_LEVELS.indexOf(c.privacy as Privacy);
    const to = PRIVACY_LEVELS.indexOf(privacy as Privacy);
    if (to < 0)
      throw new ValidationError({
        privacy: { id: 'Pilih publik, anonim, atau rahasia.', en: 'Choose publik, anonim or rahasia.' },
      });
    if (to < from)
      throw new ValidationError({
        privacy: {
          id: 'Kerahasiaan hanya boleh diperketat (publik → anonim → rahasia), tidak pernah dilonggarkan.',
          en: 'Privacy can only be tightened (publik → anonim → rahasia), never loosened.',
        },
      });
    set.privacy = privacy;
    extraEvents.push({
      actorKind: 'staff',
      actorId: actor.id,
      type: 'privacy_changed',
      visibility: 'internal',
      data: { version: newVersion, from: c.privacy, to: privacy },
    });
  }

  let pendingFiles: PreparedAttachment[] = [];
  switch (action) {
    case 'claim':
      if (c.assigneeId !== null)
        throw new ActionNotAllowedError(
          c.assigneeId === actor.id
            ? { id: 'Kasus ini sudah menjadi tugas Anda.', en: 'This case is already assigned to you.' }
            : {
                id: 'Kasus ini sudah ditugaskan kepada petugas lain. Minta kepala bidang untuk menugaskan ulang.',
                en: 'This case is already assigned to another officer. Ask your supervisor to reassign it.',
              },
        );
      set.assigneeId = actor.id;
      data.assignee_id = actor.id;
      data.assignee_name = actor.name;
      break;
    case 'assign': {
      const a = await resolveAssignee(db, c, assigneeRaw);
      set.assigneeId = a.id;
      data.assignee_id = a.id;
      data.assignee_name = a.name;
      data.previous_assignee_id = c.assigneeId;
      break;
    }
    case 'forward': {
      const u = await resolveUnit(db, c, toUnit);
      const [from] = await db.select({ code: units.code, name: units.name }).from(units).where(eq(units.id, c.unitId));
      set.unitId = u.id;
      set.assigneeId = null;
      // a breach that is still open is escalated again to the receiving unit's supervisors
      set.escalatedAt = null;
      data.from_unit = from?.code ?? null;
      data.from_unit_name = from?.name ?? null;
      data.to_unit = u.code;
      data.to_unit_name = u.name;
      break;
    }
    case 'resolve': {
      set.resolvedAt = now;
      set.resolvedById = actor.id;
      set.pausedSince = null;
      const check = checkFiles((req.evidence ?? []).map((f) => ({ name: f.filename, bytes: f.data })));
      if (!check.ok) throw new ValidationError({ evidence: check.error });
      pendingFiles = await prepareAttachments(c.id, check.files, { uploadedBy: 'staff', visibility: 'public', at: now });
      await storeFiles(files, pendingFiles);
      if (pendingFiles.length) data.attachments = pendingFiles.map((p) => p.row.id);
      break;
    }
    case 'decline':
      if (req.declineReason === 'invalid' || req.declineReason === 'outside_city') data.reason_kind = req.declineReason;
      break;
    case 'close':
      set.closedAt = now;
      break;
    default:
      break;
  }

  const stmts: BatchItem<'sqlite'>[] = [
    guardedEventInsert(db, c.id, c.version, now, {
      actorKind: 'staff',
      actorId: actor.id,
      type: action,
      fromStatus: c.status,
      toStatus: r.to,
      visibility: r.visibility,
      message: message || null,
      data,
    }),
    ...extraEvents.map((e) => guardedEventInsert(db, c.id, c.version, now, e)),
    ...pendingFiles.map((p) => {
      const a = p.row;
      // columns in table order: id, case_id, event_id, storage_key, filename, content_type, size,
      // sha256, uploaded_by, visibility, created_at
      return db.insert(attachments).select(
        sql`SELECT ${a.id}, ${c.id}, (SELECT max(id) FROM case_events WHERE case_id = ${c.id} AND type = 'resolve'),
               ${a.storageKey}, ${a.filename}, ${a.contentType}, ${a.size}, ${a.sha256}, 'staff', 'public', ${now.getTime()}
        WHERE EXISTS (SELECT 1 FROM cases WHERE id = ${c.id} AND version = ${c.version})`,
      );
    }),
    db
      .update(cases)
      .set(set)
      .where(and(eq(cases.id, c.id), eq(cases.version, c.version)))
      .returning({ id: cases.id }),
  ];
  const results = await db.batch(stmts as unknown as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  const updated = results[results.length - 1] as unknown as { id: string }[];
  if (!Array.isArray(updated) || updated.length === 0) {
    await discardFiles(files, pendingFiles);
    throw await staleError(db, c.id, req.version);
  }
  return { caseId: c.id, action, fromStatus: c.status, status: r.to, version: newVersion };
}
