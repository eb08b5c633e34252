// Issue 10, item 18: a demo seeded after the last year of the data set (here Tuesday 4 July
// 2028) invents no holidays: the calendar of 2028 stays empty and /admin says so, while the
// classroom sessions still fall on working days in the coming weeks.
import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { holidays } from '../../src/db/schema';
import { trainingSessions } from '../../src/db/schema-training';
import { jakartaWeekday } from '../../src/domain/sla/calendar';
import { jakartaDate } from '../../src/domain/time/jakarta';
import { testClock, type Harness } from '../harness/types';
import { signInAs } from '../helpers/session';

const SEEDED_AT = new Date('2028-07-04T03:00:00Z');
let h: Harness;
beforeAll(async () => {
  h = await makeHarness({ clock: testClock(SEEDED_AT) });
});
afterAll(async () => h.close());

describe(`18 the demo seeded in 2028, past its holiday data, on ${RUNTIME}`, () => {
  it('18 no holiday is invented for 2028, and sessions are still 1–6 weeks ahead on weekdays', async () => {
    expect(await h.deps.db.select().from(holidays).where(like(holidays.date, '2028-%'))).toEqual([]);
    const sessions = await h.deps.db.select().from(trainingSessions);
    expect(sessions).toHaveLength(4);
    for (const s of sessions) {
      const ahead = s.startsAt.getTime() - SEEDED_AT.getTime();
      expect(ahead).toBeGreaterThan(7 * 24 * 3600_000);
      expect(ahead).toBeLessThan(42 * 24 * 3600_000);
      expect([1, 2, 3, 4]).toContain(jakartaWeekday(jakartaDate(s.startsAt)));
    }
  });

  it('18 /admin warns that the 2028 calendar is empty now and the 2029 one too, with links to fill them in', async () => {
    const admin = await signInAs(h, 'admin@demo.pelita.id');
    const html = await (await h.request('/admin', { headers: { Cookie: admin.cookie } })).text();
    expect(html).toContain('Kalender libur 2028 belum diisi: tenggat SLA sekarang menghitung hari libur nasional dan cuti bersama sebagai hari kerja.');
    expect(html).toContain('Kalender libur 2029 belum diisi: tenggat SLA akan menghitung hari libur sebagai hari kerja.');
    expect(html).toContain('href="/admin/libur?tahun=2028"');
    expect(html).toContain('href="/admin/libur?tahun=2029"');
  });
});
