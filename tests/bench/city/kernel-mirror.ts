// The case kernel's writes, replayed in memory: what createCase, applyStaffAction, the citizen's
// actions and the scheduled jobs (src/modules/cases/*) would store for the same action at the same
// instant — the case row after it, and its events with the same `data` (the clock after the event
// in `data.clock`, the working time it ended in `data.durations`, docs/metrics.md §1.5). The clock
// arithmetic is the kernel's own exported functions (src/modules/cases/sla.ts,
// src/domain/sla/clock.ts, the kind's state machine); only the glue that reads and writes the
// database is written again here, without it. tests/bench/bench-data.test.ts drives the same
// lives through the real kernel and compares every event and the row, so the two cannot drift
// apart unnoticed.
import type { CaseRow, CaseUpdate } from '../../../src/modules/cases/commit';
import type { CaseEventInput } from '../../../src/modules/cases/events';
import { escalationOf, COORDINATOR_ROLE } from '../../../src/modules/cases/jobs/sla-escalation';
import type { CaseKind } from '../../../src/modules/cases/kinds';
import { caseDurations, clockAfter, newSegment, resumeClock } from '../../../src/modules/cases/sla';
import { reopenDeadline } from '../../../src/domain/cases/reopen-window';
import { addWorkingDays } from '../../../src/domain/sla/calendar';
import { submittedEvent } from '../../../src/modules/cases/create';
import type { Ending } from '../../../src/domain/sla/clock';
import { formatDateTime } from '../../../src/platform/i18n/lang';
import type { World, WorldService, WorldStaff } from './world';

/** One stored event: what caseEventValues writes, with the case and the instant. */
export interface SimEvent extends CaseEventInput {
  caseId: string;
  at: Date;
}

export interface SimRating {
  caseId: string;
  unitId: number;
  officerId: number | null;
  serviceId: number;
  elements: number[];
  comment: string | null;
  createdAt: Date;
}

/** What a staff member sends with an action (the fields of StaffActionRequest that matter here). */
export interface StaffFields {
  message?: string;
  toUnit?: string;
  service?: string;
  assignee?: number;
  privacy?: string;
  declineReason?: 'invalid' | 'outside_city';
}

export type NewCaseFields = Pick<
  CaseRow,
  | 'id'
  | 'trackingCode'
  | 'accessKeyHash'
  | 'title'
  | 'description'
  | 'address'
  | 'kelurahanCode'
  | 'latitude'
  | 'longitude'
  | 'incidentDate'
  | 'privacy'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
>;

// the texts the scheduled jobs write (src/modules/cases/jobs/info-request-expiry.ts, auto-close.ts)
const EXPIRED_MESSAGE =
  'Pelapor tidak menjawab permintaan informasi sampai batas waktunya; penanganan dilanjutkan dengan informasi yang ada. / The citizen did not answer the request for information by its deadline; handling continues with the information at hand.';

function closingMessage(since: 'resolvedAt' | 'declinedAt', days: number): string {
  return since === 'declinedAt'
    ? `Ditutup otomatis: tidak diajukan keberatan dalam ${days} hari kerja setelah ditolak. / Closed automatically: not appealed within ${days} working days of the decline.`
    : `Ditutup otomatis: tidak dibuka kembali dalam ${days} hari kerja setelah selesai. / Closed automatically: not reopened within ${days} working days of resolution.`;
}

/** What was done to the case, in order: enough to do it again through the real kernel. */
export type SimAction =
  | { do: 'staff'; at: Date; action: string; actorId: number; fields: StaffFields }
  | { do: 'provideInfo' | 'withdraw' | 'reopen'; at: Date; message: string }
  | { do: 'rate'; at: Date; elements: number[]; comment: string | null }
  | { do: 'job'; at: Date; job: 'info-request-expiry' | 'sla-escalation' | 'auto-close' };

/** One case as the kernel would hold it: its row and its history so far. */
export class SimCase {
  readonly events: SimEvent[] = [];
  readonly actions: SimAction[] = [];
  rating: SimRating | null = null;
  row: CaseRow;

  constructor(
    readonly world: World,
    readonly kind: CaseKind,
    /** what the citizen sent */
    readonly submitted: NewCaseFields,
    /** the category it was sent in */
    readonly service: WorldService,
    at: Date,
  ) {
    const fields = submitted;
    // createCase: the first segment and episode begin now
    const clock = newSegment(at, service, world.holidays);
    this.row = {
      ...fields,
      channel: 'web',
      language: 'id',
      kind: kind.kind,
      serviceId: service.id,
      unitId: service.unitId,
      status: kind.initialStatus,
      formData: null,
      pageMark: null,
      assigneeId: null,
      resolvedById: null,
      submittedAt: at,
      firstResponseDueAt: clock.firstResponseDueAt,
      firstRespondedAt: null,
      resolutionDueAt: clock.resolutionDueAt,
      resolvedAt: null,
      closedAt: null,
      pausedSince: null,
      citizenDueAt: null,
      infoExpiredAt: null,
      segmentStartedAt: clock.segmentStartedAt!,
      segmentFirstResponseDays: clock.segmentFirstResponseDays!,
      segmentSlaDays: clock.segmentSlaDays!,
      episodeStartedAt: at,
      episodePauses: null,
      declinedAt: null,
      escalatedAt: null,
      escalationLevel: 0,
      reopenCount: 0,
      version: 1,
      idempotencyKey: null,
      idempotencyRequestHash: null,
      accessKeySealed: null,
      createdAt: at,
      updatedAt: at,
    };
    this.push(at, submittedEvent(kind, service, clock, []));
  }

  get lastAt(): Date {
    return this.events[this.events.length - 1]!.at;
  }

  private push(at: Date, e: CaseEventInput): void {
    this.events.push({
      caseId: this.row.id,
      at,
      actorKind: e.actorKind,
      actorId: e.actorId ?? null,
      type: e.type,
      fromStatus: e.fromStatus ?? null,
      toStatus: e.toStatus ?? null,
      visibility: e.visibility,
      message: e.message ?? null,
      data: e.data ?? null,
    });
  }

  /** commitCaseChange: the events, then the row updated (version and updated_at unless kept). */
  private commit(at: Date, events: readonly CaseEventInput[], set: CaseUpdate, keepVersion = false): void {
    for (const e of events) this.push(at, e);
    Object.assign(this.row, set);
    if (!keepVersion) {
      this.row.version += 1;
      this.row.updatedAt = at;
    }
  }

  private transition(action: string, input: Parameters<CaseKind['machine']['transition']>[2]) {
    const r = this.kind.machine.transition(this.row.status, action, input);
    if (!r.ok) throw new Error(`case ${this.row.id}: ${action} not allowed in ${this.row.status} (${r.message.en})`);
    return r;
  }

  // ---- staff (applyStaffAction) ----------------------------------------------------------------

  staff(action: string, actor: WorldStaff, at: Date, f: StaffFields = {}): void {
    const { world, row } = this;
    const holidays = world.holidays;
    this.actions.push({ do: 'staff', at, action, actorId: actor.id, fields: f });
    if (!(actor.unitId === row.unitId && (actor.roles.includes('officer') || actor.roles.includes('supervisor'))))
      throw new Error(`${actor.id} does not act for unit ${row.unitId}`);
    const message = (f.message ?? '').trim();
    const assignee = f.assignee === undefined ? '' : String(f.assignee);
    const rule = this.transition(action, {
      actor: 'staff',
      roles: (['officer', 'supervisor'] as const).filter((r) => actor.roles.includes(r)),
      message,
      to_unit: f.toUnit ?? '',
      assignee,
    });
    // startChange: the machine's status, and what the rule's marks do to the clock
    const version = row.version + 1;
    const set: CaseUpdate = { status: rule.to };
    const marks = this.kind.machine.transitions[action]!;
    const ending: Ending = { segment: marks.handsOver === true, episode: marks.outcome !== undefined };
    if (rule.firstResponse && !row.firstRespondedAt) {
      set.firstRespondedAt = at;
      ending.firstResponse = true;
    }
    if (rule.pausesSla && !row.pausedSince) set.pausedSince = at;
    if (rule.resumesSla) Object.assign(set, resumeClock(row, at, holidays));
    const data: Record<string, unknown> = { version };
    const more: CaseEventInput[] = [];
    // changePrivacy: tightened while verifying
    if (f.privacy && f.privacy !== row.privacy) {
      if (action !== 'verify') throw new Error('privacy changes only while verifying');
      set.privacy = f.privacy;
      more.push({ actorKind: 'staff', actorId: actor.id, type: 'privacy_changed', visibility: 'internal', data: { version, from: row.privacy, to: f.privacy } });
    }
    // the action's own step
    switch (action) {
      case 'claim':
        if (row.assigneeId !== null) throw new Error('claim of an assigned case');
        set.assigneeId = actor.id;
        data.assignee_id = actor.id;
        data.assignee_name = actor.name;
        break;
      case 'assign': {
        const a = (world.officers.get(row.unitId) ?? []).concat(world.supervisors.get(row.unitId) ?? []).find((s) => s.id === f.assignee);
        if (!a) throw new Error(`assignee ${f.assignee} does not work for unit ${row.unitId}`);
        set.assigneeId = a.id;
        data.assignee_id = a.id;
        data.assignee_name = a.name;
        data.previous_assignee_id = row.assigneeId;
        break;
      }
      case 'forward': {
        const u = world.unitByCode.get((f.toUnit ?? '').toUpperCase());
        if (!u || u.id === row.unitId) throw new Error(`forward to ${f.toUnit}`);
        const category = f.service ? world.serviceByCode.get(f.service) : world.serviceById.get(row.serviceId);
        if (!category || (f.service && category.unitId !== u.id)) throw new Error(`forward with category ${f.service}`);
        const from = world.units.get(row.unitId);
        Object.assign(set, newSegment(at, category, holidays));
        set.unitId = u.id;
        set.serviceId = category.id;
        set.assigneeId = null;
        data.from_unit = from?.code ?? null;
        data.from_unit_name = from?.name ?? null;
        data.to_unit = u.code;
        data.to_unit_name = u.name;
        data.to_unit_name_en = u.nameEn;
        if (category.id !== row.serviceId) data.to_service = category.code;
        break;
      }
      case 'request_info':
        set.citizenDueAt = addWorkingDays(at, world.infoRequestDays, holidays);
        set.infoExpiredAt = null;
        break;
      case 'close_unanswered':
        if (row.infoExpiredAt === null) throw new Error('close_unanswered before the answer deadline passed');
        set.closedAt = at;
        break;
      case 'resolve':
        set.resolvedAt = at;
        set.resolvedById = actor.id;
        set.pausedSince = null;
        break;
      case 'decline':
        set.declinedAt = at;
        if (f.declineReason) data.reason_kind = f.declineReason;
        break;
      case 'close':
        set.closedAt = at;
        break;
    }
    // recordClockData
    if (rule.pausesSla || rule.resumesSla || marks.handsOver || marks.startsEpisode) data.clock = clockAfter(row, set);
    const durations = caseDurations(row, at, ending, holidays);
    if (durations) data.durations = durations;
    this.commit(
      at,
      [{ actorKind: 'staff', actorId: actor.id, type: action, fromStatus: row.status, toStatus: rule.to, visibility: rule.visibility, message: message || null, data }, ...more],
      set,
    );
  }

  // ---- the citizen (citizen-actions.ts) --------------------------------------------------------

  provideInfo(at: Date, message: string): void {
    this.actions.push({ do: 'provideInfo', at, message });
    const t = this.transition('provide_info', { actor: 'citizen', message });
    const set = { status: t.to, ...resumeClock(this.row, at, this.world.holidays) };
    this.commit(at, [{ actorKind: 'citizen', type: 'provide_info', fromStatus: this.row.status, toStatus: t.to, visibility: t.visibility, message, data: { attachments: [], clock: clockAfter(this.row, set) } }], set);
  }

  withdraw(at: Date, reason: string): void {
    this.actions.push({ do: 'withdraw', at, message: reason });
    const t = this.transition('withdraw', { actor: 'citizen', message: reason });
    const durations = caseDurations(this.row, at, { episode: true }, this.world.holidays);
    this.commit(
      at,
      [{ actorKind: 'citizen', type: 'withdraw', fromStatus: this.row.status, toStatus: t.to, visibility: t.visibility, message: reason || null, data: durations ? { durations } : null }],
      { status: t.to, closedAt: at, pausedSince: null, citizenDueAt: null },
    );
  }

  rate(at: Date, elements: number[], comment: string | null): void {
    if (this.rating) throw new Error('rated twice');
    this.actions.push({ do: 'rate', at, elements, comment });
    const t = this.transition('rate', { actor: 'citizen' });
    const row = this.row;
    this.rating = { caseId: row.id, unitId: row.unitId, officerId: row.resolvedAt ? row.resolvedById : null, serviceId: row.serviceId, elements, comment, createdAt: at };
    this.commit(at, [{ actorKind: 'citizen', type: 'rate', fromStatus: row.status, toStatus: t.to, visibility: t.visibility, message: null, data: { elements } }], {});
  }

  reopen(at: Date, reason: string): void {
    this.actions.push({ do: 'reopen', at, message: reason });
    const t = this.transition('reopen', { actor: 'citizen', message: reason });
    const row = this.row;
    // reopenCase: only within the kind's window after the answer
    const answered = row.resolvedAt ?? row.declinedAt;
    if (!answered || !this.kind.reopen || at.getTime() > reopenDeadline(answered, this.world.holidays, this.kind.reopen.windowWorkingDays).getTime())
      throw new Error(`case ${row.id}: reopen outside its window`);
    const svc = this.world.serviceById.get(row.serviceId) ?? { slaDays: 5, firstResponseDays: 1 };
    const set = {
      status: t.to,
      reopenCount: row.reopenCount + 1,
      ...newSegment(at, svc, this.world.holidays),
      episodeStartedAt: at,
      episodePauses: null,
      resolvedAt: null,
      resolvedById: null,
      declinedAt: null,
      closedAt: null,
    };
    this.commit(at, [{ actorKind: 'citizen', type: 'reopen', fromStatus: row.status, toStatus: t.to, visibility: t.visibility, message: reason, data: { reopen_count: row.reopenCount + 1, clock: clockAfter(row, set) } }], set);
  }

  // ---- the scheduled jobs ----------------------------------------------------------------------

  /** info-request-expiry: the citizen's answer deadline passed. */
  expireInfoRequest(at: Date): void {
    this.actions.push({ do: 'job', at, job: 'info-request-expiry' });
    const row = this.row;
    const t = this.transition('info_request_expired', { actor: 'system' });
    const set = { status: t.to, ...resumeClock(row, at, this.world.holidays), infoExpiredAt: row.citizenDueAt };
    this.commit(
      at,
      [{ actorKind: 'system', type: 'info_request_expired', fromStatus: row.status, toStatus: t.to, visibility: t.visibility, message: EXPIRED_MESSAGE, data: { citizen_due_at: row.citizenDueAt!.toISOString(), clock: clockAfter(row, set) } }],
      set,
    );
  }

  /** auto-close: the reopen window after the answer passed. */
  autoClose(at: Date, since: 'resolvedAt' | 'declinedAt', days: number): void {
    this.actions.push({ do: 'job', at, job: 'auto-close' });
    const t = this.transition('auto_close', { actor: 'system' });
    this.commit(at, [{ actorKind: 'system', type: 'auto_close', fromStatus: this.row.status, toStatus: t.to, visibility: t.visibility, message: closingMessage(since, days) }], { status: t.to, closedAt: at });
  }

  /** sla-escalation at `at`: what escalationOf decides, told to whom the directory finds; null when nothing is due. */
  escalate(at: Date): boolean {
    const row = this.row;
    const e = escalationOf(row, at, this.world.holidays);
    if (!e) return false;
    this.actions.push({ do: 'job', at, job: 'sla-escalation' });
    const t = this.transition('escalate', { actor: 'system' });
    const to = recipients(this.world, row.unitId, e.level);
    const caseUnit = this.world.units.get(row.unitId);
    const who = to.unit
      ? to.unit.id === row.unitId
        ? { id: 'kepala bidang', en: 'the supervisor' }
        : { id: `kepala bidang ${to.unit.code}`, en: `the supervisors of ${to.unit.code}` }
      : { id: 'koordinator pengaduan kota', en: 'the city’s complaint coordinators' };
    const what = e.breach === 'first_response' ? { id: 'tanggapan pertama', en: 'first response' } : { id: 'penyelesaian', en: 'resolution' };
    const levelText = e.level === 2 ? { id: ' (eskalasi tingkat 2)', en: ' (second-level escalation)' } : { id: '', en: '' };
    this.commit(
      at,
      [
        {
          actorKind: 'system',
          type: 'escalate',
          fromStatus: row.status,
          toStatus: t.to,
          visibility: t.visibility,
          message: `Tenggat ${what.id} terlampaui (${formatDateTime(e.dueAt, 'id')}); diteruskan ke ${who.id}${levelText.id}. / The ${what.en} deadline passed (${formatDateTime(e.dueAt, 'en')}); escalated to ${who.en}${levelText.en}.`,
          data: {
            level: e.level,
            breach: e.breach,
            due_at: e.dueAt.toISOString(),
            unit: caseUnit?.code ?? null,
            to_unit: to.unit?.code ?? null,
            to_role: to.unit ? 'supervisor' : COORDINATOR_ROLE,
            notified: to.people.map((s) => s.id),
          },
        },
      ],
      { escalatedAt: at, escalationLevel: e.level },
      true,
    );
    return true;
  }
}

/** The escalation directory (sla-escalation.ts): supervisors from the unit upwards, else the coordinators. */
function recipients(world: World, caseUnitId: number, level: 1 | 2): { unit: { id: number; code: string } | null; people: readonly WorldStaff[] } {
  const from = (unitId: number | null) => {
    const seen = new Set<number>();
    for (let id = unitId; id !== null && !seen.has(id); ) {
      seen.add(id);
      const u = world.units.get(id);
      if (!u) return null;
      const people = world.supervisors.get(id) ?? [];
      if (people.length) return { unit: { id, code: u.code }, people };
      id = u.parentId;
    }
    return null;
  };
  const coordinators = { unit: null, people: world.coordinators };
  const first = from(caseUnitId);
  if (level === 1) return first ?? coordinators;
  if (!first) return coordinators;
  return from(world.units.get(first.unit.id)?.parentId ?? null) ?? coordinators;
}
