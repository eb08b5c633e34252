// The kinds of case this portal handles, assembled in one place. The case kernel
// (src/modules/cases) knows kinds only through its registry; createApp and the scheduled jobs
// register these before they serve anything.
import { registerKind, type CaseKind } from './modules/cases/kinds';
import { complaintKind } from './modules/complaints/kind';
import { permitKind } from './modules/permits/kind';

export const CASE_KINDS: readonly CaseKind[] = [complaintKind as CaseKind, permitKind as CaseKind];

/** Registers the portal's kinds; calling it again changes nothing. */
export function registerCaseKinds(): void {
  for (const k of CASE_KINDS) registerKind(k);
}
