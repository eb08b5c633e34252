import type { Db } from '../../db/client';
import { holidays } from '../../db/schema';
import { makeHolidaySet, type HolidaySet } from '../../domain/sla/calendar';

/** The holiday calendar admins maintain, as the SLA clock needs it. */
export async function loadHolidaySet(db: Db): Promise<HolidaySet> {
  const rows = await db.select({ date: holidays.date }).from(holidays);
  return makeHolidaySet(rows.map((r) => r.date));
}
