// SLA escalation: an open complaint whose first response or resolution is overdue (and not paused
// while waiting for the citizen) gets one 'escalate' event (internal) and one e-mail per
// supervisor of its unit in the outbox — once per breach.
//
// "Once per breach" is kept by cases.escalated_at: a case is escalated for a breached due instant
// only when it has not been escalated since that instant was due (escalated_at IS NULL or earlier
// than the due instant). A new due instant (the resolution after the first response, or a reopen
// that sets a new resolution due) therefore escalates again when it is breached; running the job
// twice does not. The writes are one batch guarded on the escalated_at value the job read, so two
// overlapping runs cannot both escalate the same breach.
import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../../../db/client';
import { caseEvents, cases, outbox, staff, staffRoles, units } from '../../../db/schema';
import { transition, type ComplaintStatus } from '../../../domain/cases/state-machine';
import { publicUrl } from '../../../platform/http/public-url';
import { formatDateTime } from '../../../platform/i18n/lang';
import type { AppConfig } from '../../../platform/runtime/deps';
import type { ScheduledJob } from '../../../jobs';

const ESCALATABLE: ComplaintStatus[] = ['submitted', 'verified', 'in_progress', 'reopened'];
const BATCH_LIMIT = 100;

type Breach = 'first_response' | 'resolution';

interface Candidate {
  id: string;
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
export async function escalateOverdue(db: Db, now: Date, config: Pick<AppConfig, 'baseUrl'>): Promise<{ escalated: number; messages: number; without_supervisor: number }> {
  const t = now;
  const candidates: Candidate[] = await db
    .select({
      id: cases.id,
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
        eq(cases.kind, 'complaint'),
        inArray(cases.status, ESCALATABLE),
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
    const r = transition(c.status as ComplaintStatus, 'escalate', { actor: 'system' });
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
    const prev = c.escalatedAt ? c.escalatedAt.getTime() : null;
    const guard = sql`EXISTS (SELECT 1 FROM cases WHERE id = ${c.id} AND version = ${c.version} AND escalated_at IS ${prev})`;
    const what =
      b.breach === 'first_response'
        ? { id: 'tanggapan pertama', en: 'first response' }
        : { id: 'penyelesaian', en: 'resolution' };
    const message = `Tenggat ${what.id} terlampaui (${formatDateTime(b.dueAt, 'id')}); diteruskan ke kepala bidang. / The ${what.en} deadline passed (${formatDateTime(b.dueAt, 'en')}); escalated to the supervisor.`;
    const data = JSON.stringify({ breach: b.breach, due_at: b.dueAt.toISOString(), unit: unitCode, notified: sups.map((s) => s.id) });
    const link = publicUrl(config, `/staf/kasus/${c.id}`);
    const stmts: BatchItem<'sqlite'>[] = [
      // columns in table order: id, case_id, at, actor_kind, actor_id, type, from_status, to_status, visibility, message, data
      db.insert(caseEvents).select(
        sql`SELECT NULL, ${c.id}, ${now.getTime()}, 'system', NULL, 'escalate', ${c.status}, ${c.status}, ${r.visibility}, ${message}, ${data} WHERE ${guard}`,
      ),
      ...sups.map((s) =>
        // columns: id, to, subject, body, kind, case_id, created_at, sent_at, sealed (nothing secret here)
        db.insert(outbox).select(
          sql`SELECT NULL, ${s.email}, ${`[Pelita] Eskalasi SLA / SLA escalation: ${c.trackingCode}`}, ${[
            `Yth. ${s.name},`,
            '',
            `Pengaduan ${c.trackingCode} "${c.title}" melewati tenggat ${what.id} (${formatDateTime(b.dueAt, 'id')}) dan belum ditangani.`,
            `Complaint ${c.trackingCode} "${c.title}" passed its ${what.en} deadline (${formatDateTime(b.dueAt, 'en')}) without being handled.`,
            '',
            `Buka kasus / Open the case: ${link}`,
          ].join('\n')}, 'sla_escalation', ${c.id}, ${now.getTime()}, NULL, 0 WHERE ${guard}`,
        ),
      ),
      db
        .update(cases)
        .set({ escalatedAt: now })
        .where(and(eq(cases.id, c.id), eq(cases.version, c.version), prev === null ? isNull(cases.escalatedAt) : eq(cases.escalatedAt, new Date(prev))))
        .returning({ id: cases.id }),
    ];
    const res = await db.batch(stmts as unknown as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
    const updated = res[res.length - 1] as unknown as { id: string }[];
    if (Array.isArray(updated) && updated.length > 0) {
      escalated++;
      messages += sups.length;
      if (sups.length === 0) withoutSupervisor++;
    }
  }
  return { escalated, messages, without_supervisor: withoutSupervisor };
}

export const slaEscalation: ScheduledJob = {
  name: 'sla-escalation',
  async run({ db, clock, config }) {
    return escalateOverdue(db, clock.now(), config);
  },
};
