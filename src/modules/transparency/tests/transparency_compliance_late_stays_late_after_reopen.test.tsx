// Issue 10.2: a complaint resolved late, reopened by the citizen and resolved again in time was
// published as on time: the reopen reset the due date and cleared the first resolution. Each
// episode's outcome is decided at its own instant from the history (docs/metrics.md §1.4, §2):
// the first resolution stays late, the second is on time.
import { asc, eq } from 'drizzle-orm';
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
const HOUR = 3_600_000;
let k: DrivenCase;

beforeAll(async () => {
  h = await makeHarness();
  await writeSetting(h.deps.db, MIN_PUBLIC_CELL_KEY, '1');
  const d = caseDriver(h);
  // July 2026 has no holidays. Submitted Monday 6 July 09:00 WIB: resolution due Monday 13 July 09:00
  k = await d.submit('2026-07-06T09:00');
  await d.staff('2026-07-06T10:00', OFFICER, k, 'verify');
  await d.staff('2026-07-14T09:00', OFFICER, k, 'resolve'); // a working day late
  // reopened Wednesday 15 July 09:00: a fresh clock, resolution due Wednesday 22 July 09:00
  await d.citizen('2026-07-15T09:00', k, 'reopen', { reason: 'Lubangnya terbuka lagi setelah hujan.' });
  await d.staff('2026-07-15T10:00', OFFICER, k, 'verify');
  await d.staff('2026-07-16T09:00', OFFICER, k, 'resolve'); // in time
  h.clock.set(wib('2026-07-31T10:00'));
});
afterAll(async () => h.close());

describe(`transparency_compliance_late_stays_late_after_reopen on ${RUNTIME}`, () => {
  it('10.2 the late first resolution stays late after a reopen and a second resolution in time', async () => {
    const rows = await h.deps.db.select().from(caseSegments).where(eq(caseSegments.caseId, k.id)).orderBy(asc(caseSegments.seq));
    expect(rows.map((r) => [r.episode, r.resOutcome, r.resOutcomeAt?.toISOString(), r.outcome])).toEqual([
      [1, 'breached', wib('2026-07-13T09:00').toISOString(), 'resolved'],
      [2, 'met', wib('2026-07-16T09:00').toISOString(), 'resolved'],
    ]);
    expect(rows[0]!.reopenedAt).toEqual(wib('2026-07-15T09:00'));

    const s = await transparencyStats(h.deps.db, 'bulan-ini', h.clock.now());
    expect(s.resolution).toEqual({ shown: true, value: { met: 1, decided: 2, percent: 50 } });
    expect(s.firstResponse).toEqual({ shown: true, value: { met: 2, decided: 2, percent: 100 } });
    // a reopen is not a new complaint
    expect(s.total).toBe(1);
    // resolution times: Mon 6 → Tue 14 July 09:00 is 6 working days (144 h); Wed 15 → Thu 16 July 09:00 is 24 h
    expect(s.medianResolutionMs).toEqual({ shown: true, value: ((144 + 24) / 2) * HOUR });

    const html = await (await h.request('/transparansi?periode=bulan-ini')).text();
    expect(html).toMatch(/data-compliance="resolution"><strong>50%<\/strong> <span class="muted">\(1 dari 2 tepat waktu\)/);
  });
});
