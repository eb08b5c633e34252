// The weekly report of a finished week is counted once by the scheduled job and read from
// weekly_reports (issue 11.7: the report costs one row, not the week's segments, at city scale),
// and what is read is what a recount gives (docs/metrics.md §2.1). On the hand-computed history of
// the metrics fixture: now is Monday 3 Aug 2026 09:00 WIB, so weeks 20–31 have ended.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { holidays, weeklyReports } from '../../../db/schema';
import { writeSetting } from '../../../platform/settings/settings';
import { BUILD_KEY, PROJECTION_VERSION } from '../../metrics/job';
import { countWeek, keepWeeklyReports, keptWeek, weeklyReport, WEEKS_PER_RUN } from '../weekly';
import type { Harness } from '../../../../tests/harness/types';
import { confirmation, submitComplaint, validFields } from '../../../../tests/helpers/complaints';
import { wib } from '../../../../tests/helpers/case-driver';
import { buildMetricsFixture, NOW_WIB } from '../../../../tests/helpers/metrics-fixture';

let h: Harness;
const W28 = { year: 2026, week: 28 };
const now = () => wib(NOW_WIB);
const keptWeeks = async () => (await h.deps.db.select({ week: weeklyReports.week }).from(weeklyReports)).map((r) => r.week).sort();

beforeAll(async () => {
  h = await makeHarness();
  await writeSetting(h.deps.db, BUILD_KEY, PROJECTION_VERSION);
  await buildMetricsFixture(h);
}, 120_000);
afterAll(async () => h.close());

describe(`weekly_report_kept on ${RUNTIME}`, () => {
  it('11.7 the job keeps the ended weeks a report offers, a few a run, newest first, never the running one', async () => {
    expect(await keepWeeklyReports(h.deps.db, now())).toEqual({ built: WEEKS_PER_RUN, waiting: 1 });
    expect(await keptWeeks()).toEqual(['2026-W30', '2026-W31']);
    while ((await keepWeeklyReports(h.deps.db, now())).waiting) {}
    const kept = await keptWeeks();
    expect(kept).toHaveLength(12);
    expect(kept[0]).toBe('2026-W20');
    expect(kept).not.toContain('2026-W32');
    expect(await keepWeeklyReports(h.deps.db, now())).toEqual({ built: 0, waiting: 0 });
  });

  it('11.7 a kept week reads the same report as a recount of its segments', async () => {
    const kept = await keptWeek(h.deps.db, W28);
    expect(kept).not.toBeNull();
    expect(kept).toEqual(JSON.parse(JSON.stringify(await countWeek(h.deps.db, W28, now()))));
    const report = await weeklyReport(h.deps.db, W28, now());
    expect(report.received).toBeGreaterThan(0);
    // the fixture's hand-computed week: unit A received 2, resolved 1 (dashboard_pages.test.tsx)
    expect(report.byUnit.map((u) => [u.received, u.resolved])).toContainEqual([2, 1]);
  });

  it('11.7 a finished week is read from what was kept, not counted again', async () => {
    const before = await weeklyReport(h.deps.db, W28, now());
    // a complaint dated inside week 28 (only a test's clock can do this): a recount sees it, the kept week does not
    h.clock.set(wib('2026-07-08T10:00'));
    confirmation(await (await submitComplaint(h, validFields({ service_code: 'uji-sampah' }))).text());
    h.clock.set(now());
    expect((await countWeek(h.deps.db, W28, now())).received.reduce((s, r) => s + Number(r.n), 0)).toBe(before.received + 1);
    expect((await weeklyReport(h.deps.db, W28, now())).received).toBe(before.received);
  });

  it('11.7 a holiday edit deletes the kept weeks; they are counted again', async () => {
    await h.deps.db.insert(holidays).values({ date: '2026-07-09', name: 'Uji', kind: 'libur_nasional' });
    expect(await keptWeeks()).toEqual([]);
    // the recount now holds the complaint added above
    const recount = await weeklyReport(h.deps.db, W28, now());
    await keepWeeklyReports(h.deps.db, now());
    await h.deps.db.update(holidays).set({ name: 'Uji 2' }).where(eq(holidays.date, '2026-07-09'));
    expect(await keptWeeks()).toEqual([]);
    for (let i = 0; i < 6; i++) await keepWeeklyReports(h.deps.db, now());
    expect((await weeklyReport(h.deps.db, W28, now())).received).toBe(recount.received);
    await h.deps.db.delete(holidays).where(eq(holidays.date, '2026-07-09'));
    expect(await keptWeeks()).toEqual([]);
  });

  it('11.7 nothing is kept while the roll-ups are rebuilt, and counts kept under another projection are not read', async () => {
    await writeSetting(h.deps.db, BUILD_KEY, `${PROJECTION_VERSION}:`);
    expect(await keepWeeklyReports(h.deps.db, now())).toEqual({ built: 0, waiting: 1 });
    expect(await keptWeeks()).toEqual([]);
    await writeSetting(h.deps.db, BUILD_KEY, PROJECTION_VERSION);
    await h.deps.db.insert(weeklyReports).values({ week: '2026-W28', basis: 'old', counts: '{"received":[]}', builtAt: now() });
    expect(await keptWeek(h.deps.db, W28)).toBeNull();
    expect((await weeklyReport(h.deps.db, W28, now())).received).toBeGreaterThan(0);
  });
});
