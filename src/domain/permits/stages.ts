// The stages of a permit application and their deadlines. Risk-based licensing (PP 28/2025,
// which replaced PP 5/2021) puts a service-level deadline on every stage and deems a permit
// granted when the authority lets its deadline pass without a decision (*fiktif positif*,
// DESIGN.md "Permits"). Each permit type sets its working days per stage and in total as data
// (src/domain/catalogue/service.ts: slaDays is the total); this file says how they combine.
//
// Working days follow the city's calendar (src/domain/sla/calendar.ts); time waiting for the
// applicant to revise does not count against the authority, as for complaints waiting for the
// citizen (the kernel's pausedSla).
import { DAY_MS, remainingWorkingMillis, type HolidaySet } from '../sla/calendar';
import type { Msg } from '../../platform/i18n/lang';

export const PERMIT_STAGES = ['completeness', 'technical', 'decision', 'issuance'] as const;
export type PermitStage = (typeof PERMIT_STAGES)[number];

export const STAGE_LABELS: Readonly<Record<PermitStage, Msg>> = {
  completeness: { id: 'Pemeriksaan kelengkapan', en: 'Completeness check' },
  technical: { id: 'Pemeriksaan teknis', en: 'Technical review' },
  decision: { id: 'Keputusan', en: 'Decision' },
  issuance: { id: 'Penerbitan', en: 'Issuance' },
};

/** Working days per stage. */
export type StagePlan = Readonly<Record<PermitStage, number>>;

export const STAGE_DAYS_MAX = 365;

/**
 * A type's stage plan is whole working days, at least 1 each, whose sum is the type's total
 * (its legal deadline): a plan that added up to more would promise the applicant a deadline the
 * stages themselves overrun. Returns the problems, each on its stage.
 */
export function checkStagePlan(plan: Readonly<Record<string, unknown>>, totalDays: number): Partial<Record<PermitStage | 'total', Msg>> {
  const errors: Partial<Record<PermitStage | 'total', Msg>> = {};
  let sum = 0;
  for (const s of PERMIT_STAGES) {
    const d = plan[s];
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > STAGE_DAYS_MAX) {
      errors[s] = {
        id: `${STAGE_LABELS[s].id}: hari kerja bilangan bulat 1–${STAGE_DAYS_MAX}.`,
        en: `${STAGE_LABELS[s].en}: whole working days, 1–${STAGE_DAYS_MAX}.`,
      };
    } else sum += d;
  }
  if (Object.keys(errors).length === 0 && sum !== totalDays)
    errors.total = {
      id: `Jumlah hari tahapan (${sum}) harus sama dengan batas waktu layanan (${totalDays} hari kerja).`,
      en: `The stages' days (${sum}) must add up to the service deadline (${totalDays} working days).`,
    };
  return errors;
}

/** A permit type's total is at least one working day per stage. */
export const PERMIT_TOTAL_MIN_DAYS = PERMIT_STAGES.length;

/**
 * A plan for a type that has only its total: one working day each for completeness, decision and
 * issuance (the clerical stages), the rest to the technical review — the stage that takes the time.
 */
export function defaultStagePlan(totalDays: number): StagePlan {
  if (!Number.isInteger(totalDays) || totalDays < PERMIT_TOTAL_MIN_DAYS) throw new RangeError(`a permit needs at least ${PERMIT_TOTAL_MIN_DAYS} working days, not ${totalDays}`);
  return { completeness: 1, technical: totalDays - 3, decision: 1, issuance: 1 };
}

/** Working days from the start of the clock to the end of each stage: the stage deadlines. */
export function stageOffsets(plan: StagePlan): Record<PermitStage, number> {
  let acc = 0;
  const out = {} as Record<PermitStage, number>;
  for (const s of PERMIT_STAGES) {
    acc += plan[s];
    out[s] = acc;
  }
  return out;
}

export type FiktifPositif = 'none' | 'at_risk' | 'deemed';

/**
 * Within one working day of the legal deadline without a decision, the case is at risk (a working
 * day counts whole, as everywhere in the SLA calendar).
 */
export const AT_RISK_WORKING_MS = DAY_MS;

/**
 * Whether the authority is about to miss, or has missed, the legal deadline for a decision.
 * `due` already carries the paused time (revisions); a decision (approved or rejected) ends the
 * risk, whenever it came — a late decision is still a breach, which the SLA figures count.
 */
export function fiktifPositif(now: Date, due: Date, decidedAt: Date | null, holidays: HolidaySet): FiktifPositif {
  if (decidedAt !== null) return 'none';
  if (now.getTime() >= due.getTime()) return 'deemed';
  // a weekend before a Monday deadline is no time at all: still at risk, not yet deemed
  return remainingWorkingMillis(now, due, holidays) <= AT_RISK_WORKING_MS ? 'at_risk' : 'none';
}

export const FIKTIF_LABELS: Readonly<Record<Exclude<FiktifPositif, 'none'>, Msg>> = {
  at_risk: {
    id: 'Risiko fiktif positif: batas waktu keputusan tinggal kurang dari 1 hari kerja.',
    en: 'Deemed-approval risk: less than 1 working day left for a decision.',
  },
  deemed: {
    id: 'Fiktif positif: batas waktu keputusan terlewati; permohonan dianggap dikabulkan (PP 28/2025).',
    en: 'Deemed approved: the decision deadline has passed; the application is deemed granted (PP 28/2025).',
  },
};

/** The same, in the few words a queue row has room for. */
export const FIKTIF_SHORT: Readonly<Record<Exclude<FiktifPositif, 'none'>, Msg>> = {
  at_risk: { id: 'Risiko fiktif positif', en: 'Deemed-approval risk' },
  deemed: { id: 'Fiktif positif', en: 'Deemed approved' },
};
