// SLA escalation: an open case of any kind whose first response or resolution is overdue (and
// not paused while waiting for the citizen) gets one 'escalate' event (internal) and one e-mail
// per supervisor of its unit in the outbox — once per breach. Which statuses can be escalated is
// the kind's (open, not paused, and its machine lets the system escalate).
//
// "Once per breach" is kept by cases.escalated_at: a case is escalated for a breached due instant
// only when it has not been escalated since that instant was due (escalated_at IS NULL or earlier
// than the due instant). A new due instant (the resolution after the first response, or a reopen
// that sets a new resolution due) therefore escalates again when it is breached; running the job
// twice does not. The change (commitCaseChange) is guarded on the version and the escalated_at
// value the job read, so two overlapping runs cannot both escalate the same breach; it keeps the
// version, because it changes nothing an officer acts on.
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { cases, staff, staffRoles, units } from '../../../db/schema';
import { publicUrl } from '../../../platform/http/public-url';
import { formatDateTime } from '../../../platform/i18n/lang';
import type { AppConfig } from '../../../platform/runtime/deps';
import type { ScheduledJob } from '../../../jobs';
import { commitCaseChange, type CommitDeps } from '../commit';
import { inKindStatuses, KERNEL_ACTIONS, kindOf } from '../kinds';

const BATCH_LIMIT = 100;

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
}

function breachOf(c: Candidate, now: Date): { breach: Breach; dueAt: Date } | null {
  const fresh = (due: Date) => c.escalatedAt === null || c.escalatedAt.getTime() < due.getTime();
  if (c.resolutionDueAt.getTime() < now.getTime() && fresh(c.resolutionDueAt)) return { breach: 'resolution', dueAt: c.resolutionDueAt };
  if (!c.firstRespondedAt && c.firstResponseDueAt.getTime() < now.getTime() && fresh(c.firstResponseDueAt))
    return { breach: 'first_response', dueAt: c.firstResponseDueAt };
  return null;
}

async function supervisorsOf(db: Db, unitId: number): Promise<{ id: number; email: string; name: string }[]> {
  return db
    .select({ id: staff.id, email: staff.email, name: staff.name })
    .from(staff)
    .innerJoin(staffRoles, eq(staffRoles.staffId, staff.id))
    .where(and(eq(staff.unitId, unitId), eq(staff.active, true), eq(staffRoles.role, 'supervisor')));
}

/** Finds and escalates the breaches due now; returns how many cases and messages. */
export async function escalateOverdue(
  deps: CommitDeps & { config: Pick<AppConfig, 'baseUrl' | 'secret'> },
  now: Date,
): Promise<{ escalated: number; messages: number; without_supervisor: number }> {
  const { db, config } = deps;
  const t = now;
  const candidates: Candidate[] = await db
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
    })
    .from(cases)
    .where(
      and(
        inKindStatuses((k) => k.escalatable),
        isNull(cases.pausedSince),
        or(
          and(lt(cases.resolutionDueAt, t), or(isNull(cases.escalatedAt), lt(cases.escalatedAt, cases.resolutionDueAt))),
          and(
            isNull(cases.firstRespondedAt),
            lt(cases.firstResponseDueAt, t),
            or(isNull(cases.escalatedAt), lt(cases.escalatedAt, cases.firstResponseDueAt)),
          ),
        ),
      ),
    )
    .limit(BATCH_LIMIT);

  let escalated = 0;
  let messages = 0;
  let withoutSupervisor = 0;
  const supervisorCache = new Map<number, { id: number; email: string; name: string }[]>();
  const unitCodes = new Map<number, string | null>();
  for (const c of candidates) {
    const b = breachOf(c, now);
    if (!b) continue;
    const kind = kindOf(c.kind);
    const r = kind.machine.transition(c.status, KERNEL_ACTIONS.escalate, { actor: 'system' });
    if (!r.ok) continue;
    let sups = supervisorCache.get(c.unitId);
    if (!sups) {
      sups = await supervisorsOf(db, c.unitId);
      supervisorCache.set(c.unitId, sups);
    }
    let unitCode = unitCodes.get(c.unitId);
    if (unitCode === undefined) {
      const [unit] = await db.select({ code: units.code }).from(units).where(eq(units.id, c.unitId));
      unitCode = unit?.code ?? null;
      unitCodes.set(c.unitId, unitCode);
    }
    const what =
      b.breach === 'first_response'
        ? { id: 'tanggapan pertama', en: 'first response' }
        : { id: 'penyelesaian', en: 'resolution' };
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
          message: `Tenggat ${what.id} terlampaui (${formatDateTime(b.dueAt, 'id')}); diteruskan ke kepala bidang. / The ${what.en} deadline passed (${formatDateTime(b.dueAt, 'en')}); escalated to the supervisor.`,
          data: { breach: b.breach, due_at: b.dueAt.toISOString(), unit: unitCode, notified: sups.map((s) => s.id) },
        },
      ],
      set: { escalatedAt: now },
      // nothing secret in these mails: no citizen's contact, no key
      outbox: sups.map((s) => ({
        to: s.email,
        subject: `[Pelita] Eskalasi SLA / SLA escalation: ${c.trackingCode}`,
        body: [
          `Yth. ${s.name},`,
          '',
          `${kind.label.id} ${c.trackingCode} "${c.title}" melewati tenggat ${what.id} (${formatDateTime(b.dueAt, 'id')}) dan belum ditangani.`,
          `${kind.label.en} ${c.trackingCode} "${c.title}" passed its ${what.en} deadline (${formatDateTime(b.dueAt, 'en')}) without being handled.`,
          '',
          `Buka kasus / Open the case: ${link}`,
        ].join('\n'),
        kind: 'sla_escalation',
        caseId: c.id,
      })),
      guard: [c.escalatedAt === null ? isNull(cases.escalatedAt) : eq(cases.escalatedAt, c.escalatedAt)],
      keepVersion: true,
    });
    if (res.applied) {
      escalated++;
      messages += sups.length;
      if (sups.length === 0) withoutSupervisor++;
    }
  }
  return { escalated, messages, without_supervisor: withoutSupervisor };
}

export const slaEscalation: ScheduledJob = {
  name: 'sla-escalation',
  run: (deps) => escalateOverdue(deps, deps.clock.now()),
};
