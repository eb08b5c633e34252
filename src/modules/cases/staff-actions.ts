// Staff actions on a case of any kind, as a pipeline of named steps:
//
//   load → authorise → parse the request → check the version → check the transition (the kind's
//   machine) → check the text → privacy → the action's own step → commit → result
//
// The action's own step (claim, assign, forward, request_info, resolve, decline, close,
// close_unanswered) comes from a table keyed by action; an action without one (reply, note,
// verify, withdraw_request) is its event and the machine's status change alone. A kind uses the
// steps of the actions its machine has, and brings its own for actions only it has (`steps` in
// its definition). An action whose rule names `notBy` actions is refused to whoever took the
// latest of them (four eyes).
//
// The clock (docs/metrics.md §1) follows the marks of the action's rule, whatever the action: the
// first first-response of a segment records its working time; a rule that pauses the clock starts
// the wait for the citizen (with the citizen's answer deadline), one that resumes it ends the
// wait; a hand-over (forward) ends the segment and the receiving unit gets its own clock; an
// outcome ends the episode. The event stores the clock after it (`data.clock`) when it changed
// it, and the working time of what it ended (`data.durations`).
//
// Concurrency: the form (or API call) carries the case `version` the officer last saw. A version
// that is already old is refused before anything else is checked; the change itself is written by
// commitCaseChange, guarded by that same version, so an officer who lost a race inside the batch
// gets the same 409 as for a stale version, with the changes made since that version.
import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { actsForUnit, hasAnyRole } from '../../platform/auth/guard';
import type { Db } from '../../db/client';
import { caseEvents, cases, services, staff, staffRoles, units } from '../../db/schema';
import { CITY_WIDE_CASE_READERS } from '../../domain/auth/roles';
import { INFO_REQUEST_DAYS_KEY, infoRequestDaysOf } from '../../domain/cases/info-request';
import { isPrivacy, isTightening } from '../../domain/cases/privacy';
import type { StaffRole, TransitionOk } from '../../domain/cases/state-machine';
import type { EventRecord, StaleDetails } from '../../domain/cases/views';
import { addWorkingDays } from '../../domain/sla/calendar';
import type { Ending } from '../../domain/sla/clock';
import { checkText, normaliseLineBreaks } from '../../domain/text/input-text';
import type { StaffPrincipal } from '../../platform/http/context';
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors';
import type { Msg } from '../../platform/i18n/lang';
import { readSetting } from '../../platform/settings/settings';
import { checkFiles, prepareAttachments } from './attachments';
import { commitCaseChange, type CaseRow, type CaseUpdate } from './commit';
import { eventJson } from './events';
import { loadHolidaySet } from './holidays';
import { findKind, kindOf, type CaseKind } from './kinds';
import { caseDurations, clockAfter, newSegment, resumeClock } from './sla';
import type { ActionContext, ActionStep, EvidenceFile, ParsedRequest, StaffActionDeps } from './action-step';
export type { ActionStep, EvidenceFile, StaffActionDeps } from './action-step';

export const MAX_MESSAGE_LENGTH = 4000;

export interface StaffActionRequest {
  action: string;
  /** the case version the officer saw; null when missing or not a number */
  version: number | null;
  message?: string | null;
  /** unit code for forward */
  toUnit?: string | null;
  /** forward only, optional: the category (service code) it has in the receiving unit */
  service?: string | null;
  /** staff id (or e-mail) for assign */
  assignee?: string | number | null;
  /** verify only: tighten privacy (publik → anonim → rahasia, never looser) */
  privacy?: string | null;
  /** resolve only: photo or document evidence */
  evidence?: EvidenceFile[];
  /** decline only: 'invalid' | 'outside_city' (kept in the event's data) */
  declineReason?: string | null;
  /** the kind's own fields for its own steps (a permit's revision items), as sent */
  fields?: Readonly<Record<string, unknown>>;
}

export interface StaffActionResult {
  caseId: string;
  action: string;
  fromStatus: string;
  status: string;
  version: number;
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

/** The case with this id, of a registered kind; anything else is the one 404. */
export async function loadCase(db: Db, id: string): Promise<CaseRow> {
  const [row] = id.length <= 64 ? await db.select().from(cases).where(eq(cases.id, id)).limit(1) : [];
  if (!row || !findKind(row.kind)) throw new NotFoundError({ id: 'Kasus tidak ditemukan.', en: 'Case not found.' });
  return row;
}

export function staffRolesOf(p: StaffPrincipal): StaffRole[] {
  return (['officer', 'supervisor'] as const).filter((r) => p.roles.includes(r));
}

export function isStaffAction(kind: Pick<CaseKind, 'staffActions'>, x: unknown): x is string {
  return typeof x === 'string' && kind.staffActions.includes(x);
}

/** Actions this staff member may take on this case now, in the machine's order (none outside their unit). */
export function staffAllowedActions(p: StaffPrincipal, c: Pick<CaseRow, 'kind' | 'unitId' | 'status' | 'assigneeId' | 'infoExpiredAt'>): string[] {
  const kind = findKind(c.kind);
  if (!kind || !actsForUnit(p, c.unitId) || !kind.machine.isStatus(c.status)) return [];
  return kind.machine
    .allowedActions(c.status, 'staff', staffRolesOf(p))
    .filter((a) => isStaffAction(kind, a) && (stepOf(kind, a)?.offered?.(c) ?? true));
}

const outsideUnit: Msg = {
  id: 'Kasus ini milik unit lain. Anda hanya dapat menangani kasus unit Anda sendiri.',
  en: 'This case belongs to another unit. You can only act on your own unit’s cases.',
};

/**
 * Who may read a case page at all: the responsible unit's officers/supervisors, officials, admins,
 * and the complaint coordinators escalations reach when no supervisor can take them.
 */
export function assertCanRead(p: StaffPrincipal, c: Pick<CaseRow, 'unitId'>): void {
  if (!(hasAnyRole(p, CITY_WIDE_CASE_READERS) || actsForUnit(p, c.unitId))) throw new ForbiddenError(outsideUnit);
}

/** Who may change a case: the responsible unit's officers and supervisors only. */
export function assertCanAct(p: StaffPrincipal, c: Pick<CaseRow, 'unitId'>): void {
  if (actsForUnit(p, c.unitId)) return;
  if (hasAnyRole(p, CITY_WIDE_CASE_READERS))
    throw new ForbiddenError({
      id: 'Pimpinan, administrator dan koordinator pengaduan dapat membaca kasus unit lain tetapi tidak mengubahnya.',
      en: 'Officials, administrators and complaint coordinators can read other units’ cases but not change them.',
    });
  throw new ForbiddenError(outsideUnit);
}

/**
 * Contact details (name, e-mail, phone) of the citizen. Perpres 76/2013 asks for
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
export async function changesSince(db: Db, caseId: string, version: number | null): Promise<EventRecord[]> {
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
  return db
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
}

async function staleError(db: Db, caseId: string, yourVersion: number | null): Promise<StaleVersionError> {
  const current = await loadCase(db, caseId);
  return new StaleVersionError({
    yourVersion,
    currentVersion: current.version,
    currentStatus: current.status,
    kind: kindOf(current.kind).summary,
    changes: await changesSince(db, caseId, yourVersion),
  });
}

// ---- the pipeline's steps ---------------------------------------------------------------------

function unknownAction(action: string): ActionNotAllowedError {
  return new ActionNotAllowedError({
    id: `Tindakan tidak dikenal: "${action.slice(0, 40)}".`,
    en: `Unknown action: "${action.slice(0, 40)}".`,
  });
}

/** parse the request: a staff action of this kind, a version, and the fields as text */
function parseRequest(kind: CaseKind, req: StaffActionRequest): ParsedRequest {
  if (!isStaffAction(kind, req.action)) throw unknownAction(String(req.action));
  if (req.version === null || !Number.isInteger(req.version)) {
    throw new ValidationError({
      version: { id: 'Versi kasus wajib dikirim (angka bulat).', en: 'The case version is required (an integer).' },
    });
  }
  const rawMessage = typeof req.message === 'string' ? req.message : '';
  return {
    action: req.action,
    version: req.version,
    rawMessage,
    message: normaliseLineBreaks(rawMessage).trim(),
    toUnit: req.toUnit == null ? '' : String(req.toUnit).trim(),
    service: req.service == null ? '' : String(req.service).trim(),
    assignee: req.assignee == null ? '' : String(req.assignee).trim(),
    privacy: req.privacy == null ? '' : String(req.privacy).trim(),
    evidence: req.evidence ?? [],
    declineReason: req.declineReason ?? null,
    fields: req.fields ?? {},
  };
}

/** A missing message is named for what it is in that action. */
const MISSING_MESSAGE: Readonly<Record<string, Msg>> = {
  decline: { id: 'Alasan penolakan wajib diisi.', en: 'A reason for declining is required.' },
  forward: { id: 'Alasan atau instruksi disposisi wajib diisi.', en: 'A reason or instruction for forwarding is required.' },
  resolve: { id: 'Uraian penyelesaian untuk publik wajib diisi.', en: 'A public resolution text is required.' },
};

/** A role refusal that deserves its own words (403 instead of "not allowed"). */
const ROLE_REFUSAL: Readonly<Record<string, Msg>> = {
  assign: { id: 'Hanya kepala bidang/seksi yang dapat menugaskan petugas.', en: 'Only a supervisor can assign officers.' },
};

/** check the transition: the kind's machine decides whether this actor may, here and now */
function checkTransition(kind: CaseKind, row: CaseRow, actor: StaffPrincipal, req: ParsedRequest): TransitionOk<string, string> {
  if (!kind.machine.isStatus(row.status)) throw new ActionNotAllowedError({ id: 'Status kasus tidak dikenal.', en: 'Unknown case status.' });
  const r = kind.machine.transition(row.status, req.action, {
    actor: 'staff',
    roles: staffRolesOf(actor),
    message: req.message,
    to_unit: req.toUnit,
    assignee: req.assignee,
  });
  if (r.ok) return r;
  if (r.code === 'missing_field') {
    const fields: Record<string, Msg> = {};
    for (const f of r.fields ?? [r.field!]) fields[f] = (f === 'message' ? MISSING_MESSAGE[req.action] : undefined) ?? r.message;
    throw new ValidationError(fields);
  }
  const refusal = r.reason === 'role' ? ROLE_REFUSAL[req.action] : undefined;
  if (refusal) throw new ForbiddenError(refusal);
  throw new ActionNotAllowedError(r.message);
}

/** check the text: what the officer typed fits (length, characters) */
function checkMessageText(req: ParsedRequest): void {
  const checked = checkText(req.rawMessage, { id: 'Pesan', en: 'The message' }, { max: MAX_MESSAGE_LENGTH, required: false });
  if (!checked.ok) throw new ValidationError({ message: checked.error });
}

/** privacy may only be tightened, and only while verifying */
function changePrivacy(ctx: ActionContext): void {
  const { row, req } = ctx;
  if (!req.privacy || req.privacy === row.privacy) return;
  if (req.action !== 'verify')
    throw new ValidationError({
      privacy: {
        id: 'Tingkat kerahasiaan hanya dapat diubah saat verifikasi.',
        en: 'Privacy can only be changed during verification.',
      },
    });
  if (!isPrivacy(req.privacy))
    throw new ValidationError({
      privacy: { id: 'Pilih publik, anonim, atau rahasia.', en: 'Choose publik, anonim or rahasia.' },
    });
  if (isPrivacy(row.privacy) && !isTightening(row.privacy, req.privacy))
    throw new ValidationError({
      privacy: {
        id: 'Kerahasiaan hanya boleh diperketat (publik → anonim → rahasia), tidak pernah dilonggarkan.',
        en: 'Privacy can only be tightened (publik → anonim → rahasia), never loosened.',
      },
    });
  ctx.set.privacy = req.privacy;
  ctx.events.push({
    actorKind: 'staff',
    actorId: ctx.actor.id,
    type: 'privacy_changed',
    visibility: 'internal',
    data: { version: ctx.version, from: row.privacy, to: req.privacy },
  });
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

async function resolveUnit(db: Db, c: CaseRow, value: string): Promise<{ id: number; code: string; name: string; nameEn: string }> {
  const code = value.trim().toUpperCase();
  const [row] = await db
    .select({ id: units.id, code: units.code, name: units.name, nameEn: units.nameEn, active: units.active })
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
  return { id: row.id, code: row.code, name: row.name, nameEn: row.nameEn };
}

/** Take an unassigned case as one's own. */
const claim: ActionStep = {
  offered: (c) => c.assigneeId === null,
  run({ row, actor, set, data }) {
    if (row.assigneeId !== null)
      throw new ActionNotAllowedError(
        row.assigneeId === actor.id
          ? { id: 'Kasus ini sudah menjadi tugas Anda.', en: 'This case is already assigned to you.' }
          : {
              id: 'Kasus ini sudah ditugaskan kepada petugas lain. Minta kepala bidang untuk menugaskan ulang.',
              en: 'This case is already assigned to another officer. Ask your supervisor to reassign it.',
            },
      );
    set.assigneeId = actor.id;
    data.assignee_id = actor.id;
    data.assignee_name = actor.name;
  },
};

/** Give the case to an officer of its unit. */
const assign: ActionStep = {
  async run({ deps, row, req, set, data }) {
    const a = await resolveAssignee(deps.db, row, req.assignee);
    set.assigneeId = a.id;
    data.assignee_id = a.id;
    data.assignee_name = a.name;
    data.previous_assignee_id = row.assigneeId;
  },
};

/**
 * The category the case has in the receiving unit: the one named (an active category of the case's
 * kind that the receiving unit handles), or the case's own when none is named.
 */
async function resolveCategory(
  db: Db,
  c: CaseRow,
  unit: { id: number },
  value: string,
): Promise<{ id: number; code: string; slaDays: number; firstResponseDays: number }> {
  const which = value ? eq(services.code, value) : eq(services.id, c.serviceId);
  const [row] = await db
    .select({ id: services.id, code: services.code, unitId: services.unitId, kind: services.kind, active: services.active, slaDays: services.slaDays, firstResponseDays: services.firstResponseDays })
    .from(services)
    .where(which)
    .limit(1);
  if (value && (!row || !row.active || row.kind !== c.kind || row.unitId !== unit.id))
    throw new ValidationError({
      service: {
        id: 'Pilih kategori yang ditangani unit tujuan, atau biarkan kategorinya tetap.',
        en: 'Choose a category the destination unit handles, or keep the category as it is.',
      },
    });
  if (!row) throw new Error(`case ${c.id} has no category ${c.serviceId}`);
  return row;
}

/**
 * Disposisi: the case moves to another unit, unassigned, with that unit's own clock from now:
 * first response and resolution due after the (possibly changed) category's days. The forwarding
 * unit's time ends here and is recorded with the event (docs/metrics.md §1.1).
 */
const forward: ActionStep = {
  async run(ctx) {
    const { deps, row, req, set, data, now, holidays } = ctx;
    const u = await resolveUnit(deps.db, row, req.toUnit);
    const category = await resolveCategory(deps.db, row, u, req.service);
    const [from] = await deps.db.select({ code: units.code, name: units.name }).from(units).where(eq(units.id, row.unitId));
    Object.assign(set, newSegment(now, category, holidays));
    set.unitId = u.id;
    set.serviceId = category.id;
    set.assigneeId = null;
    data.from_unit = from?.code ?? null;
    data.from_unit_name = from?.name ?? null;
    data.to_unit = u.code;
    data.to_unit_name = u.name;
    data.to_unit_name_en = u.nameEn;
    if (category.id !== row.serviceId) data.to_service = category.code;
  },
};

/** Asking the citizen: the clock stands still until their answer, or their answer deadline. */
const requestInfo: ActionStep = {
  async run({ deps, now, holidays, set }) {
    const days = infoRequestDaysOf(await readSetting(deps.db, INFO_REQUEST_DAYS_KEY));
    set.citizenDueAt = addWorkingDays(now, days, holidays);
    set.infoExpiredAt = null;
  },
};

/** After a request for information expired unanswered, staff may close the complaint, saying why. */
const closeUnanswered: ActionStep = {
  offered: (c) => c.infoExpiredAt !== null,
  run({ row, now, set }) {
    if (row.infoExpiredAt === null)
      throw new ActionNotAllowedError({
        id: 'Kasus hanya dapat ditutup tanpa jawaban setelah batas waktu jawaban pelapor atas permintaan informasi lewat.',
        en: 'A case can be closed unanswered only after the citizen’s deadline to answer a request for information has passed.',
      });
    set.closedAt = now;
  },
};

/** The answer: who resolved it (a rating is credited to them), when, and public evidence. */
const resolve: ActionStep = {
  async run(ctx) {
    const { row, actor, req, now, set, data } = ctx;
    set.resolvedAt = now;
    set.resolvedById = actor.id;
    set.pausedSince = null;
    const check = checkFiles(req.evidence.map((f) => ({ name: f.filename, bytes: f.data })));
    if (!check.ok) throw new ValidationError({ evidence: check.error });
    ctx.attachments = await prepareAttachments(row.id, check.files, { uploadedBy: 'staff', visibility: 'public', at: now });
    if (ctx.attachments.length) data.attachments = ctx.attachments.map((p) => p.row.id);
  },
};

/** Declined as invalid or outside the city (kept for the statistics); the citizen may appeal from now. */
const decline: ActionStep = {
  run({ req, data, now, set }) {
    set.declinedAt = now;
    if (req.declineReason === 'invalid' || req.declineReason === 'outside_city') data.reason_kind = req.declineReason;
  },
};

const close: ActionStep = {
  run({ now, set }) {
    set.closedAt = now;
  },
};

/** The steps of the actions that do more than their event and status change. */
const STEPS: Readonly<Record<string, ActionStep | undefined>> = {
  claim,
  assign,
  forward,
  request_info: requestInfo,
  resolve,
  decline,
  close,
  close_unanswered: closeUnanswered,
};

/** The action's own step: the kind's, else the kernel's, else none (its event is all it does). */
function stepOf(kind: CaseKind, action: string): ActionStep | undefined {
  return kind.steps?.[action] ?? STEPS[action];
}

const FOUR_EYES: Msg = {
  id: 'Keputusan harus diambil oleh orang lain daripada pengusulnya (prinsip empat mata).',
  en: 'The decision must be taken by someone other than whoever proposed it (four eyes).',
};

/**
 * four eyes: an action whose rule names `notBy` actions is refused to whoever took the latest of
 * them on this case (a permit's approver is never its proposer). Read from the history, so no
 * column can drift from it; the version guard makes the check and the commit one.
 */
async function checkFourEyes(db: Db, kind: CaseKind, row: CaseRow, actor: StaffPrincipal, action: string): Promise<void> {
  const barred = kind.machine.transitions[action]?.notBy;
  if (!barred?.length) return;
  const [last] = await db
    .select({ actorId: caseEvents.actorId })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, row.id), inArray(caseEvents.type, [...barred])))
    .orderBy(desc(caseEvents.id))
    .limit(1);
  if (last && last.actorId === actor.id) throw new ForbiddenError(FOUR_EYES);
}

/** The change every action makes: the machine's status, and what its rule's marks do to the clock. */
async function startChange(
  deps: StaffActionDeps,
  actor: StaffPrincipal,
  kind: CaseKind,
  row: CaseRow,
  req: ParsedRequest,
  rule: TransitionOk<string, string>,
): Promise<ActionContext> {
  const now = deps.clock.now();
  const holidays = await loadHolidaySet(deps.db);
  const version = row.version + 1;
  const set: CaseUpdate = { status: rule.to };
  const marks = kind.machine.transitions[rule.action];
  const ending: Ending = { segment: marks?.handsOver === true, episode: marks?.outcome !== undefined };
  if (rule.firstResponse && !row.firstRespondedAt) {
    set.firstRespondedAt = now;
    ending.firstResponse = true;
  }
  if (rule.pausesSla && !row.pausedSince) set.pausedSince = now;
  if (rule.resumesSla) Object.assign(set, resumeClock(row, now, holidays));
  return { deps, actor, kind, row, req, rule, now, holidays, ending, version, set, data: { version }, events: [], attachments: [], inserts: [], statements: [] };
}

/** The event's record of the clock after it (when the action changed it) and of what it ended. */
function recordClockData(ctx: ActionContext): void {
  const { kind, rule, row, now, holidays, set, data } = ctx;
  const marks = kind.machine.transitions[rule.action];
  if (rule.pausesSla || rule.resumesSla || marks?.handsOver || marks?.startsEpisode) data.clock = clockAfter(row, set);
  const durations = caseDurations(row, now, ctx.ending, holidays);
  if (durations) data.durations = durations;
}

/** commit: the action's event first, then the steps' events, all guarded by the version seen */
async function commit(ctx: ActionContext): Promise<void> {
  const { deps, row, req, rule, actor } = ctx;
  const r = await commitCaseChange(deps, row, {
    at: ctx.now,
    events: [
      {
        actorKind: 'staff',
        actorId: actor.id,
        type: req.action,
        fromStatus: row.status,
        toStatus: rule.to,
        visibility: rule.visibility,
        message: req.message || null,
        data: ctx.data,
      },
      ...ctx.events,
    ],
    set: ctx.set,
    attachments: ctx.attachments,
    inserts: ctx.inserts,
    statements: ctx.statements,
  });
  if (!r.applied) throw await staleError(deps.db, row.id, req.version);
}

/**
 * Applies one staff action. Throws NotFoundError (unknown case), ForbiddenError (outside the
 * caller's unit, or an official), ValidationError (missing/invalid field, 422),
 * ActionNotAllowedError (422) or StaleVersionError (409).
 */
export async function applyStaffAction(
  deps: StaffActionDeps,
  actor: StaffPrincipal,
  caseId: string,
  request: StaffActionRequest,
): Promise<StaffActionResult> {
  const row = await loadCase(deps.db, caseId);
  const kind = kindOf(row.kind);
  assertCanAct(actor, row);
  const req = parseRequest(kind, request);
  if (req.version !== row.version) throw await staleError(deps.db, row.id, req.version);
  const rule = checkTransition(kind, row, actor, req);
  checkMessageText(req);
  await checkFourEyes(deps.db, kind, row, actor, req.action);
  const ctx = await startChange(deps, actor, kind, row, req, rule);
  changePrivacy(ctx);
  await stepOf(kind, req.action)?.run(ctx);
  recordClockData(ctx);
  await commit(ctx);
  return { caseId: row.id, action: req.action, fromStatus: row.status, status: rule.to, version: ctx.version };
}
