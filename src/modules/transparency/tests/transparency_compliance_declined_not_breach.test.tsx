// Issue 10.2: /transparansi counted a complaint that was declined (and then closed) as a breach of
// the resolution SLA. A decline is an outcome without a resolution deadline (docs/metrics.md
// §1.4): declined in time, the segment has no resolution outcome at all; only a deadline that had
// already passed while the case was open is a breach, and a later decline does not undo it.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseSegments } from '../../../db/schema';
import { MIN_PUBLIC_CELL_KEY } from '../../../domain/transparency/small-numbers';
import { writeSetting } from '../../../platform/settings/settings';
import { transparencyStats } from '../stats';
import type { Harness } from '../../../../tests/harness/types';
import { caseDriver, wib, type DrivenCase } from '../../../../tests/helpers/case-driver';

let h: Harness;
const OFFICER = 'petugas.dpupr@demo.pelita.id';
let declinedInTime: DrivenCase;
let declinedLate: DrivenCase;

beforeAll(async () => {
  h = await makeHarness();
  await writeSetting(h.deps.db, MIN_PUBLIC_CELL_KEY, '1');
  const d = caseDriver(h);
  // July 2026 has no holidays; jalan-rusak: 1 working day to respond, 5 to resolve. All three are
  // submitted Monday 6 July 09:00 WIB: first response due Tue 7 July 09:00, resolution Mon 13 July 09:00.
  declinedInTime = await d.submit('2026-07-06T09:00');
  await d.staff('2026-07-06T11:00', OFFICER, declinedInTime, 'decline'); // first response in 2 h
  await d.staff('2026-07-07T09:00', OFFICER, declinedInTime, 'close');

  const resolved = await d.submit('2026-07-06T09:00');
  await d.staff('2026-07-06T10:00', OFFICER, resolved, 'verify');
  await d.staff('2026-07-08T09:00', OFFICER, resolved, 'resolve'); // in time: met

  declinedLate = await d.submit('2026-07-06T09:00');
  await d.staff('2026-07-14T09:00', OFFICER, declinedLate, 'decline'); // a day after both deadlines
  await d.staff('2026-07-14T10:00', OFFICER, declinedLate, 'close');
  h.clock.set(wib('2026-07-31T10:00'));
});
afterAll(async () => h.close());

async function segment(k: DrivenCase) {
  const [row] = await h.deps.db.select().from(caseSegments).where(and(eq(caseSegments.caseId, k.id), eq(caseSegments.seq, 1)));
  return row!;
}

describe(`transparency_compliance_declined_not_breach on ${RUNTIME}`, () => {
  it('10.2 a complaint declined in time and closed has no resolution outcome; one declined after its deadline stays breached', async () => {
    expect(await segment(declinedInTime)).toMatchObject({ outcome: 'declined', outcomeSla: false, resOutcome: null, frOutcome: 'met' });
    expect(await segment(declinedLate)).toMatchObject({ outcome: 'declined', resOutcome: 'breached', resOutcomeAt: wib('2026-07-13T09:00') });

    const s = await transparencyStats(h.deps.db, 'bulan-ini', h.clock.now());
    // resolution: the resolved one met, the one declined late breached; the one declined in time not counted
    expect(s.resolution).toEqual({ shown: true, value: { met: 1, decided: 2, percent: 50 } });
    // first response: the decline in 2 h and the verify in 1 h met; the decline a week late breached
    expect(s.firstResponse).toEqual({ shown: true, value: { met: 2, decided: 3, percent: (2 / 3) * 100 } });
    expect(s.total).toBe(3);

    const html = await (await h.request('/transparansi?periode=bulan-ini')).text();
    expect(html).toMatch(/data-compliance="resolution"><strong>50%<\/strong> <span class="muted">\(1 dari 2 tepat waktu\)/);
    expect(html).toMatch(/data-compliance="first-response"><strong>66,7%/);
  });
});
