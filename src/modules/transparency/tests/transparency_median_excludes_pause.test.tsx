// Issue 10.3: the median resolution time on /transparansi counted the time the case waited for
// the citizen. A complaint handled in 2 hours of working time around a 3-working-day wait for the
// citizen's answer was published as 74 hours; the history records the working time without the
// pause (docs/metrics.md §2), and that is what is published: 2 hours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { writeSetting } from '../../../platform/settings/settings';
import { MIN_PUBLIC_CELL_KEY } from '../../../domain/transparency/small-numbers';
import { transparencyStats } from '../stats';
import type { Harness } from '../../../../tests/harness/types';
import { caseDriver, wib } from '../../../../tests/helpers/case-driver';

let h: Harness;
const HOUR = 3_600_000;
const OFFICER = 'petugas.dpupr@demo.pelita.id';

beforeAll(async () => {
  h = await makeHarness();
  // one complaint: a cell of one is shown only because the admin allows it here
  await writeSetting(h.deps.db, MIN_PUBLIC_CELL_KEY, '1');
  const d = caseDriver(h);
  // July 2026 has no holidays. Monday 6 July 09:00 WIB: submitted
  const k = await d.submit('2026-07-06T09:00');
  await d.staff('2026-07-06T10:00', OFFICER, k, 'verify'); // 1 h of staff time: the first response
  await d.staff('2026-07-06T10:00', OFFICER, k, 'request_info'); // the clock stops
  await d.citizen('2026-07-09T10:00', k, 'information', { message: 'Foto dari sisi utara terlampir.' }); // 3 working days later
  await d.staff('2026-07-09T11:00', OFFICER, k, 'resolve'); // 1 h more: 2 h in all
  h.clock.set(wib('2026-07-31T10:00'));
});
afterAll(async () => h.close());

describe(`transparency_median_excludes_pause on ${RUNTIME}`, () => {
  it('10.3 2 h of staff time around a 3-working-day wait for the citizen is a 2 h resolution, not 74 h', async () => {
    const s = await transparencyStats(h.deps.db, 'bulan-ini', h.clock.now());
    // Mon 09:00 → Thu 11:00 is 74 working hours, of which 72 (Mon 10:00 → Thu 10:00) were paused
    expect(s.medianResolutionMs).toEqual({ shown: true, value: 2 * HOUR });
    expect(s.medianFirstResponseMs).toEqual({ shown: true, value: 1 * HOUR });
    // resolved Thu 9 July 11:00, due Mon 13 July 09:00 moved by the 72 h pause to Thu 16 July 09:00: met
    expect(s.resolution).toEqual({ shown: true, value: { met: 1, decided: 1, percent: 100 } });
    const html = await (await h.request('/transparansi?periode=bulan-ini')).text();
    expect(html).toMatch(/data-stat="median-resolution">\s*2 jam\s*</);
    expect(html).not.toContain('3 hari 2 jam');
  });
});
