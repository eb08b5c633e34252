// The hand-computed ASN and unit of the incentive score (docs/metrics.md §5.2): the score's unit
// tests (src/domain/incentives/score.test.ts) work every component out by hand from these numbers,
// and the TPP export's tests (src/modules/incentives/csv.test.ts) score the same ASN, so the cells
// they expect are those same hand-computed figures.
import type { OfficerInput, UnitInput } from '../../src/domain/incentives/score';

/** Unit 1: IKM 80 over 40 ratings; SLA 36 met, 4 breached (rate 0.9); 2 reopens of 40 resolutions (R 0.95). */
export const UNIT_1: UnitInput = { unitId: 1, ratings: { n: 40, ikm: 80 }, sla: { met: 36, breached: 4 }, reopens: 2, resolutions: 40 };

let nextId = 100;
/**
 * An ASN of unit 1 who handled 20 cases: IKM 88 over 10 ratings, SLA 18 met and 2 breached, 1 reopen
 * of 18 resolutions, 10 JP with a quarter of the year gone. A fresh id unless one is given.
 */
export function officerInput(o: Partial<OfficerInput> = {}): OfficerInput {
  const id = o.staffId ?? ++nextId;
  return {
    staffId: id,
    nip: `1990010120200110${String(id).padStart(2, '0')}`,
    name: `ASN ${id}`,
    unitId: 1,
    handled: 20,
    ratings: { n: 10, ikm: 88 },
    sla: { met: 18, breached: 2 },
    reopens: 1,
    resolutions: 18,
    jpYear: 10,
    yearShareElapsed: 0.25,
    ...o,
  };
}
