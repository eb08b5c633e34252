import type { Db } from '../../db/client';
import type { HolidaySet } from '../../domain/sla/calendar';
import { referenceData } from '../catalogue/reference';

/** The holiday calendar admins maintain, as the SLA clock needs it (kept in memory: ../catalogue/reference.ts). */
export async function loadHolidaySet(db: Db): Promise<HolidaySet> {
  return (await referenceData(db)).holidays;
}
