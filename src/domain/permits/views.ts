// What the permit's views show beyond the case row (the kind's facts, loaded by
// src/modules/permits/facts.ts for the staff case page and the applicant's tracking page).
import type { Bilingual, FormField } from '../catalogue/service';
import type { AnswerValue } from './answers';
import type { PermitFee } from './fee';
import type { FiktifPositif, PermitStage, StagePlan } from './stages';
import type { PermitStanding } from './validity';

export interface IssuedPermitView {
  id: number;
  number: string;
  holderName: string;
  issuedAt: Date;
  validFrom: string;
  validUntil: string | null;
  revokedAt: Date | null;
  revokeReason: string | null;
  standing: PermitStanding;
}

export interface PermitFacts {
  /** the form the application was made with, for the labels of its answers */
  form: FormField[];
  answers: Record<string, AnswerValue>;
  requirements: Bilingual[];
  /** the fee: fixed, or assessed (unknown until staff set it with the proposal to approve) */
  fee: PermitFee;
  stagePlan: StagePlan;
  /** the stage the application is in (null once decided) and that stage's deadline */
  stage: { stage: PermitStage; dueAt: Date } | null;
  fiktif: FiktifPositif;
  /** the items the open revision request names (field names of `form`) */
  revisionItems: string[];
  permit: IssuedPermitView | null;
}

/** Narrows a kind's facts to a permit's (the kernel hands every kind's views `unknown`). */
export function asPermitFacts(x: unknown): PermitFacts | null {
  return x && typeof x === 'object' && 'revisionItems' in x && 'form' in x ? (x as PermitFacts) : null;
}

/** An application at or past its legal deadline without a decision (the officials' dashboard). */
export interface PermitAtRisk {
  id: string;
  code: string;
  title: string;
  unitName: string;
  unitNameEn: string;
  dueAt: Date;
  state: Exclude<FiktifPositif, 'none'>;
}

/** What the public verification of a permit shows: holder, type, number, validity, status; nothing more. */
export interface VerifiedPermit {
  number: string;
  holderName: string;
  permitType: Bilingual;
  validFrom: string;
  validUntil: string | null;
  standing: PermitStanding;
  revokedAt: Date | null;
}
