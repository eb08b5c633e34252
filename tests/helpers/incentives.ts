// A published incentive ranking for tests that need one: one ASN, scored under the scheme given.
import { eq } from 'drizzle-orm';
import { staff } from '../../src/db/schema';
import { parsePeriod } from '../../src/domain/incentives/period';
import { scoreOfficers } from '../../src/domain/incentives/score';
import { schemeOf, type SchemeRow } from '../../src/modules/incentives/schemes';
import { publishSnapshot } from '../../src/modules/incentives/snapshots';
import type { Harness } from '../harness/types';

export async function publishOneAsn(h: Harness, scheme: SchemeRow, staffId: number, actorId: number): Promise<void> {
  const [s] = await h.deps.db.select().from(staff).where(eq(staff.id, staffId));
  const none = { ratings: { n: 0, ikm: null }, sla: { met: 0, breached: 0 }, reopens: 0, resolutions: 0 };
  const result = scoreOfficers(
    {
      officers: [{ ...none, staffId, nip: s!.nip, name: s!.name, unitId: s!.unitId, handled: 12, jpYear: 10, yearShareElapsed: 1 }],
      units: [{ ...none, unitId: s!.unitId }],
    },
    schemeOf(scheme),
  );
  await publishSnapshot(h.deps.db, { period: parsePeriod(scheme.period)!, scheme, result, actorId, ip: null, at: h.clock.now() });
}
