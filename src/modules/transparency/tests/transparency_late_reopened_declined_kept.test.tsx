// Issue 10.2: a complaint resolved late, then reopened and declined, vanished from the published
// compliance (the reopen cleared its resolution, the decline took it out). The first episode's
// breach was decided when its deadline passed, and no later event rewrites it
// (docs/metrics.md §1.4): it stays counted as late; the declined second episode has no
// resolution outcome.
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
let k: DrivenCase;

beforeAll(async () => {
  h = await makeHarness();
  await writeSetting(h.deps.db, MIN_PUBLIC_CELL_KEY, '1');
  const d = caseDriver(h);
  // July 2026 has no holidays. Submitted Monday 6 July 09:00 WIB: resolution due Monday 13 July 09:00
  k = await d.submit('2026-07-06T09:00');
  await d.staff('2026-07-06T10:00', OFFICER, k, 'verify');
  await d.staff('2026-07-14T09:00', OFFICER, k, 'resolve'); // late
  await d.citizen('2026-07-15T09:00', k, 'reopen', { reason: 'Belum diperbaiki sama sekali.' });
  await d.staff('2026-07-15T11:00', OFFICER, k, 'decline'); // the reopen is declined, in 2 h
  await d.staff('2026-07-16T09:00', OFFICER, k, 'close');
  // before the reopened episode's own deadline (Wednesday 22 July 09:00) would have passed
  h.clock.set(wib('2026-07-20T10:00'));
});
afterAll(async () => h.close());

describe(`transparency_late_reopened_declined_kept on ${RUNTIME}`, () => {
  it('10.2 late → reopened → declined keeps the late resolution in the published compliance', async () => {
    const rows = await h.deps.db.select().from(caseSegments).where(eq(caseSegments.caseId, k.id)).orderBy(asc(caseSegments.seq));
    expect(rows.map((r) => [r.episode, r.resOutcome, r.outcome])).toEqual([
      [1, 'breached', 'resolved'],
      [2, null, 'declined'],
    ]);

    const s = await transparencyStats(h.deps.db, 'bulan-ini', h.clock.now());
    expect(s.resolution).toEqual({ shown: true, value: { met: 0, decided: 1, percent: 0 } });
    // both episodes were answered in time: the verify in 1 h, the decline of the reopen in 2 h
    expect(s.firstResponse).toEqual({ shown: true, value: { met: 2, decided: 2, percent: 100 } });

    const html = await (await h.request('/transparansi?periode=bulan-ini')).text();
    expect(html).toMatch(/data-compliance="resolution"><strong>0%<\/strong> <span class="muted">\(0 dari 1 tepat waktu\)/);
  });
});
