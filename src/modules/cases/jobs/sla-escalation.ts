// SLA escalation: an open case of any kind whose first response or resolution is overdue (and
// not paused while waiting for the citizen) gets an 'escalate' event (internal) and an e-mail to
// each person it is escalated to — once per level per breach. Which statuses can be escalated is
// the kind's (open, not paused, and its machine lets the system escalate).
//
// Who is told (issue 10.6: a unit without a supervisor — Satpol PP, Disdukcapil in the demo —
// was escalated to nobody):
//   level 1  the supervisors of the case's unit; if it has none, of the nearest unit above it
//            (units.parent_id) that has some; if none has, the city's complaint coordinators
//            (the role complaint_coordinator);
//   level 2  when the breach still stands SECOND_LEVEL_AFTER_WORKING_DAYS after level 1: the next
//            unit above the one told at level 1 that has supervisors, else the coordinators.
//
// "Once per level per breach" is kept by cases.escalated_at and cases.escalation_level: a breached
// due instant is escalated at level 1 only when the case has not been escalated since that instant
// was due (escalated_at IS NULL or earlier than the due instant), and at level 2 only from level 1.
// A new due instant (the resolution after the first response, a forward, a reopen) therefore
// escalates again when it is breached; running the job twice does not. The change
// (commitCaseChange) is guarded on the version, escalated_at and level the job read, so two
// overlapping runs cannot both escalate; it keeps the version, because it changes nothing an
// officer acts on.
//
// The candidates are taken in chunks in the order of their ids, so cases that wait for their
// second level (a weekend in between) never hold back others; a run stops after a budget.
import { and, asc, eq, gt, isNull, lt, lte, or, type SQL } from 'drizzle-orm';
import type { Role } from '../../../domain/auth/roles';
import type { Db } from '../../../db/client';
import { cases, staff, staffRoles, units } from '../../../db/schema';
import { addWorkingDays, type HolidaySet } from '../../../domain/sla/calendar';
import { publicUrl } from '../../../platform/http/public-url';
import { formatDateTime } from '../../../platform/i18n/lang';
import type { AppConfig } from '../../../platform/runtime/deps';
import type { ScheduledJob } from '../../../jobs';
import { commitCaseChange, type CommitDeps } from '../commit';
import { loadHolidaySet } from '../holidays';
import { inKindStatuses, KERNEL_ACTIONS, kindOf } from '../kinds';

const CHUNK = 100;
/** Candidates one run examines; the rest wait for the next run (every 15 minutes). */
const BUDGET = 2000;

/**
 * A breach still standing this many working days after its first escalation goes one level up.
 * Two: the supervisor told has a working day to answer (the first-response SLA of a complaint,
 * and the 1×24 hours Perwali 8.1/2023 gives ULAS admins) and one more to have it handled.
 */
export const SECOND_LEVEL_AFTER_WORKING_DAYS = 2;

/** The role of the city's complaint coordinators, told when no unit above a case has a supervisor. */
export const COORDINATOR_ROLE: Role = 'complaint_coordinator';

type Breach = 'first_response' | 'resolution';

interface Candidate {
  id: string;
  kind: string;
  trackingCode: string;
  title: string;
  status: string;
  unitId: number;
  version: number;
  firstRespondedAt: Date | null;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  escalatedAt: Date | null;
  escalationLevel: number;
}

interface Person {
  id: number;
  email: string;
  name: string;
}

/** Who an escalation goes to: a unit's supervisors, or the coordinators (unit null). */
interface Recipients {
  unit: { id: number; code: string } | null;
  people: Person[];
}

/** The breach standing now, if any: the resolution's, else the first response's. */
function standingBreach(c: Candidate, now: Date): { breach: Breach; dueAt: Date } | null {
  if (c.resolutionDueAt.getTime() < now.getTime()) return { breach: 'resolution', dueAt: c.resolutionDueAt };
  if (!c.firstRespondedAt && c.firstResponseDueAt.getTime() < now.getTime()) return { breach: 'first_response', dueAt: c.firstResponseDueAt };
  return null;
}

/** What this run does to the case: escalate a new breach (level 1), a standing one further (2), or nothing. */
export function escalationOf(c: Candidate, now: Date, holidays: HolidaySet): { level: 1 | 2; breach: Breach; dueAt: Date } | null {
  const fresh = (due: Date) => c.escalatedAt === null || c.escalatedAt.getTime() < due.getTime();
  if (c.resolutionDueAt.getTime() < now.getTime() && fresh(c.resolutionDueAt)) return { level: 1, breach: 'resolution', dueAt: c.resolutionDueAt };
  if (!c.firstRespondedAt && c.firstResponseDueAt.getTime() < now.getTime() && fresh(c.firstResponseDueAt))
    return { level: 1, breach: 'first_response', dueAt: c.firstResponseDueAt };
  const standing = standingBreach(c, now);
  if (standing && c.escalationLevel === 1 && c.escalatedAt) {
    const again = addWorkingDays(c.escalatedAt, SECOND_LEVEL_AFTER_WORKING_DAYS, holidays);
    if (again.getTime() <= now.getTime()) return { level: 2, ...standing };
  }
  return null;
}

/** Who is told, with what each run learns of the unit tree cached. */
class Directory {
  private supervisors = new Map<number, Person[]>();
  private parents = new Map<number, { code: string; parentId: number | null } | null>();
  private coordinatorList: Person[] | null = null;

  constructor(private readonly db: Db) {}

  private async unit(id: number) {
    if (!this.parents.has(id)) {
      const [u] = await this.db.select({ code: units.code, parentId: units.parentId }).from(units).where(eq(units.id, id));
      this.parents.set(id, u ?? null);
    }
    return this.parents.get(id) ?? null;
  }

  private async supervisorsOf(unitId: number): Promise<Person[]> {
    let found = this.supervisors.get(unitId);
    if (!found) {
      found = await this.db
        .select({ id: staff.id, email: staff.email, name: staff.name })
        .from(staff)
        .innerJoin(staffRoles, eq(staffRoles.staffId, staff.id))
        .where(and(eq(staff.unitId, unitId), eq(staff.active, true), eq(staffRoles.role, 'supervisor')));
      this.supervisors.set(unitId, found);
    }
    return found;
  }

  async coordinators(): Promise<Recipients> {
    this.coordinatorList ??= await this.db
      .select({ id: staff.id, email: staff.email, name: staff.name })
      .from(staff)
      .innerJoin(staffRoles, eq(staffRoles.staffId, staff.id))
      .where(and(eq(staff.active, true), eq(staffRoles.role, COORDINATOR_ROLE)));
    return { unit: null, people: this.coordinatorList };
  }

  /** The nearest unit from `unitId` upwards (itself included) with supervisors; a cycle ends the walk. */
  async supervisorsFrom(unitId: number | null): Promise<Recipients | null> {
    const seen = new Set<number>();
    for (let id = unitId; id !== null && !seen.has(id); ) {
      seen.add(id);
      const u = await this.unit(id);
      if (!u) return null;
      const people = await this.supervisorsOf(id);
      if (people.length) return { unit: { id, code: u.code }, people };
      id = u.parentId;
    }
    return null;
  }

  async parentOf(unitId: number): Promise<number | null> {
    return (await this.unit(unitId))?.parentId ?? null;
  }

  async unitCode(unitId: number): Promise<string | null> {
    return (await this.unit(unitId))?.code ?? null;
  }

  /** Level 1: up from the case's unit; level 2: up from above the unit told at level 1. */
  async recipients(caseUnitId: number, level: 1 | 2): Promise<Recipients> {
    const first = await this.supervisorsFrom(caseUnitId);
    if (level === 1) return first ?? this.coordinators();
    if (!first) return this.coordinators();
    return (await this.supervisorsFrom(await this.parentOf(first.unit!.id))) ?? this.coordinators();
  }
}

function whoText(r: Recipients, caseUnitId: number): { id: string; en: string } {
  if (!r.unit) return { id: 'koordinator pengaduan kota', en: 'the city’s complaint coordinators' };
  if (r.unit.id === caseUnitId) return { id: 'kepala bidang', en: 'the supervisor' };
  return { id: `kepala bidang ${r.unit.code}`, en: `the supervisors of ${r.unit.code}` };
}

/** SQL: a case the job may have to escalate now (checked again, exactly, per case). */
export function candidateSql(now: Date): SQL {
  const t = now;
  // n working days are always at least n calendar days: a cheap prefilter for level 2 (inclusive:
  // a run exactly n days after level 1, as the 15-minute cron lands, must still find the case)
  const secondFrom = new Date(now.getTime() - SECOND_LEVEL_AFTER_WORKING_DAYS * 24 * 3600_000);
  const breached = or(lt(cases.resolutionDueAt, t), and(isNull(cases.firstRespondedAt), lt(cases.firstResponseDueAt, t)));
  return and(
    inKindStatuses((k) => k.escalatable),
    isNull(cases.pausedSince),
    or(
      and(lt(cases.resolutionDueAt, t), or(isNull(cases.escalatedAt), lt(cases.escalatedAt, cases.resolutionDueAt))),
      and(isNull(cases.firstRespondedAt), lt(cases.firstResponseDueAt, t), or(isNull(cases.escalatedAt), lt(cases.escalatedAt, cases.firstResponseDueAt))),
      and(eq(cases.escalationLevel, 1), lte(cases.escalatedAt, secondFrom), breached),
    ),
  ) as SQL;
}

/** One chunk of candidates after the id `after`, in the order of their ids. */
export function candidatesQuery(db: Db, where: SQL, after: string | null) {
  return db
    .select({
      id: cases.id,
      kind: cases.kind,
      trackingCode: cases.trackingCode,
      title: cases.title,
      status: cases.status,
      unitId: cases.unitId,
      version: cases.version,
      firstRespondedAt: cases.firstRespondedAt,
      firstResponseDueAt: cases.firstResponseDueAt,
      resolutionDueAt: cases.resolutionDueAt,
      escalatedAt: cases.escalatedAt,
      escalationLevel: cases.escalationLevel,
    })
    .from(cases)
    .where(after === null ? where : and(where, gt(cases.id, after)))
    .orderBy(asc(cases.id))
    .limit(CHUNK);
}

/** Finds and escalates the breaches due now; returns how many cases and messages. */
export async function escalateOverdue(
  deps: CommitDeps & { config: Pick<AppConfig, 'baseUrl' | 'secret'> },
  now: Date,
): Promise<{ escalated: number; second_level: number; messages: number; without_recipient: number }> {
  const { db, config } = deps;
  const holidays = await loadHolidaySet(db);
  const directory = new Directory(db);
  let escalated = 0;
  let secondLevel = 0;
  let messages = 0;
  let withoutRecipient = 0;
  let examined = 0;
  let after: string | null = null;
  const where = candidateSql(now);
  while (examined < BUDGET) {
    const page: Candidate[] = await candidatesQuery(db, where, after);
    for (const c of page) {
      examined++;
      after = c.id;
      const e = escalationOf(c, now, holidays);
      if (!e) continue;
      const kind = kindOf(c.kind);
      const r = kind.machine.transition(c.status, KERNEL_ACTIONS.escalate, { actor: 'system' });
      if (!r.ok) continue;
      const to = await directory.recipients(c.unitId, e.level);
      const who = whoText(to, c.unitId);
      const what = e.breach === 'first_response' ? { id: 'tanggapan pertama', en: 'first response' } : { id: 'penyelesaian', en: 'resolution' };
      const levelText = e.level === 2 ? { id: ' (eskalasi tingkat 2)', en: ' (second-level escalation)' } : { id: '', en: '' };
      const link = publicUrl(config, `/staf/kasus/${c.id}`);
      const res = await commitCaseChange(deps, c, {
        at: now,
        events: [
          {
            actorKind: 'system',
            type: KERNEL_ACTIONS.escalate,
            fromStatus: c.status,
            toStatus: r.to,
            visibility: r.visibility,
            message: `Tenggat ${what.id} terlampaui (${formatDateTime(e.dueAt, 'id')}); diteruskan ke ${who.id}${levelText.id}. / The ${what.en} deadline passed (${formatDateTime(e.dueAt, 'en')}); escalated to ${who.en}${levelText.en}.`,
            data: {
              level: e.level,
              breach: e.breach,
              due_at: e.dueAt.toISOString(),
              unit: await directory.unitCode(c.unitId),
              to_unit: to.unit?.code ?? null,
              to_role: to.unit ? 'supervisor' : COORDINATOR_ROLE,
              notified: to.people.map((s) => s.id),
            },
          },
        ],
        set: { escalatedAt: now, escalationLevel: e.level },
        // nothing secret in these mails: no citizen's contact, no key
        outbox: to.people.map((s) => ({
          to: s.email,
          subject: `[Pelita] Eskalasi SLA${e.level === 2 ? ' tingkat 2' : ''} / SLA escalation${e.level === 2 ? ' (level 2)' : ''}: ${c.trackingCode}`,
          body: [
            `Yth. ${s.name},`,
            '',
            `${kind.label.id} ${c.trackingCode} "${c.title}" melewati tenggat ${what.id} (${formatDateTime(e.dueAt, 'id')}) dan belum ditangani${levelText.id}.`,
            `${kind.label.en} ${c.trackingCode} "${c.title}" passed its ${what.en} deadline (${formatDateTime(e.dueAt, 'en')}) without being handled${levelText.en}.`,
            '',
            `Buka kasus / Open the case: ${link}`,
          ].join('\n'),
          kind: 'sla_escalation',
          caseId: c.id,
        })),
        guard: [
          c.escalatedAt === null ? isNull(cases.escalatedAt) : eq(cases.escalatedAt, c.escalatedAt),
          eq(cases.escalationLevel, c.escalationLevel),
        ],
        keepVersion: true,
      });
      if (res.applied) {
        escalated++;
        if (e.level === 2) secondLevel++;
        messages += to.people.length;
        if (to.people.length === 0) withoutRecipient++;
      }
    }
    if (page.length < CHUNK) break;
  }
  return { escalated, second_level: secondLevel, messages, without_recipient: withoutRecipient };
}

export const slaEscalation: ScheduledJob = {
  name: 'sla-escalation',
  run: (deps) => escalateOverdue(deps, deps.clock.now()),
};
