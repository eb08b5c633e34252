// A permit application's facts for its views: the frozen form with the answers, the stage it is
// in and that stage's deadline, the fiktif-positif flag, the open revision items and the issued
// permit with its standing.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { permitApplications, permits } from '../../db/schema';
import { formFieldsSchema, parseStoredJson, requirementsSchema } from '../../domain/catalogue/service';
import type { AnswerValue } from '../../domain/permits/answers';
import type { PermitStatus } from '../../domain/permits/machine';
import { UNDECIDED_PERMIT_STATUSES } from '../../domain/permits/machine';
import { fiktifPositif, stageOffsets, type PermitStage } from '../../domain/permits/stages';
import { permitStanding } from '../../domain/permits/validity';
import type { PermitFacts } from '../../domain/permits/views';
import { dueWithPauses, type Pause } from '../../domain/sla/calendar';
import { parsePauses } from '../../domain/sla/clock';
import { jakartaDate } from '../../domain/time/jakarta';
import type { CaseRow } from '../cases/commit';
import { loadHolidaySet } from '../cases/holidays';
import { effectiveDue } from '../cases/sla';
import { stagePlanOf } from './intake';
import { permitFeeOf } from './steps';

/** The stage a status is in, before the decision. */
const STAGE_OF: Partial<Record<PermitStatus, PermitStage>> = {
  submitted: 'completeness',
  checking: 'completeness',
  revision_requested: 'completeness',
  resubmitted: 'completeness',
  technical_review: 'technical',
  decision_proposed: 'decision',
  approved: 'issuance',
  paid: 'issuance',
};

function parseAnswers(text: string | null): Record<string, AnswerValue> {
  try {
    const v: unknown = text ? JSON.parse(text) : {};
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, AnswerValue>) : {};
  } catch {
    return {};
  }
}

function parseItems(text: string): string[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export async function loadPermitFacts(db: Db, row: CaseRow, now: Date): Promise<PermitFacts | null> {
  const [app] = await db.select().from(permitApplications).where(eq(permitApplications.caseId, row.id)).limit(1);
  if (!app) return null;
  const [p] = await db.select().from(permits).where(eq(permits.caseId, row.id)).limit(1);
  const holidays = await loadHolidaySet(db);
  const plan = stagePlanOf(app.stagePlan, row.segmentSlaDays ?? 0);
  const status = row.status as PermitStatus;
  const stage = STAGE_OF[status] ?? null;
  const due = effectiveDue(row, holidays, now);
  // each stage's deadline counts from the start of the clock as the total does, pushed by the
  // time the applicant was revising before it (src/domain/sla/calendar.ts dueWithPauses)
  const start = row.episodeStartedAt ?? row.submittedAt;
  const pauses: Pause[] = [...parsePauses(row.episodePauses), ...(row.pausedSince ? [{ from: row.pausedSince, to: null }] : [])];
  const stageDue = stage ? dueWithPauses(start, stageOffsets(plan)[stage], holidays, pauses, now) : null;
  const undecided = (UNDECIDED_PERMIT_STATUSES as readonly string[]).includes(status);
  return {
    form: parseStoredJson(app.form, formFieldsSchema, []),
    answers: parseAnswers(row.formData),
    requirements: parseStoredJson(app.requirements, requirementsSchema, []),
    fee: permitFeeOf(app),
    stagePlan: plan,
    stage: stage && stageDue ? { stage, dueAt: stageDue } : null,
    fiktif: undecided ? fiktifPositif(now, due.resolutionDueAt, null, holidays) : 'none',
    revisionItems: status === 'revision_requested' ? parseItems(app.revisionItems) : [],
    permit: p
      ? {
          id: p.id,
          number: p.number,
          holderName: p.holderName,
          issuedAt: p.issuedAt,
          validFrom: p.validFrom,
          validUntil: p.validUntil,
          revokedAt: p.revokedAt,
          revokeReason: p.revokeReason,
          standing: permitStanding(p, jakartaDate(now)),
        }
      : null,
  };
}
