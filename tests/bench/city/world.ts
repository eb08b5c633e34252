// What the case simulation needs to know of the city, read from the database it writes into: the
// unit tree, the complaint categories, who may act on which unit's cases, who is told of an
// escalation, the holiday calendar and the admin's settings. The same reader serves the generator
// (the city of 8,000 ASN) and the test that replays generated lives through the real kernel (the
// demo city).
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../src/db/client';
import { kelurahan, services, staff, staffRoles, units } from '../../../src/db/schema';
import { INFO_REQUEST_DAYS_KEY, infoRequestDaysOf } from '../../../src/domain/cases/info-request';
import { makeHolidaySet, type HolidaySet } from '../../../src/domain/sla/calendar';
import { holidays } from '../../../src/db/schema';
import { readSetting } from '../../../src/platform/settings/settings';

export interface WorldUnit {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  parentId: number | null;
}

export interface WorldService {
  id: number;
  code: string;
  nameId: string;
  unitId: number;
  slaDays: number;
  firstResponseDays: number;
}

export interface WorldStaff {
  id: number;
  name: string;
  unitId: number;
  roles: readonly string[];
}

export interface World {
  units: ReadonlyMap<number, WorldUnit>;
  unitByCode: ReadonlyMap<string, WorldUnit>;
  /** active complaint categories */
  services: readonly WorldService[];
  serviceById: ReadonlyMap<number, WorldService>;
  serviceByCode: ReadonlyMap<string, WorldService>;
  /** active officers of a unit (who work its queue) */
  officers: ReadonlyMap<number, readonly WorldStaff[]>;
  /** active supervisors of a unit (who assign, and are told of its breaches) */
  supervisors: ReadonlyMap<number, readonly WorldStaff[]>;
  /** the city's complaint coordinators */
  coordinators: readonly WorldStaff[];
  holidays: HolidaySet;
  infoRequestDays: number;
  kelurahan: readonly string[];
}

function group(rows: readonly WorldStaff[], role: string): Map<number, WorldStaff[]> {
  const m = new Map<number, WorldStaff[]>();
  for (const s of rows)
    if (s.roles.includes(role)) {
      const list = m.get(s.unitId);
      if (list) list.push(s);
      else m.set(s.unitId, [s]);
    }
  return m;
}

export async function loadWorld(db: Db): Promise<World> {
  const unitRows = await db.select({ id: units.id, code: units.code, name: units.name, nameEn: units.nameEn, parentId: units.parentId }).from(units).where(eq(units.active, true));
  const serviceRows = await db
    .select({ id: services.id, code: services.code, nameId: services.nameId, unitId: services.unitId, slaDays: services.slaDays, firstResponseDays: services.firstResponseDays })
    .from(services)
    .where(and(eq(services.kind, 'complaint'), eq(services.active, true)));
  const people = await db.select({ id: staff.id, name: staff.name, unitId: staff.unitId }).from(staff).where(eq(staff.active, true)).orderBy(staff.id);
  const roleRows = await db.select({ staffId: staffRoles.staffId, role: staffRoles.role }).from(staffRoles);
  const rolesOf = new Map<number, string[]>();
  for (const r of roleRows) rolesOf.set(r.staffId, [...(rolesOf.get(r.staffId) ?? []), r.role]);
  const withRoles: WorldStaff[] = people.map((p) => ({ ...p, roles: rolesOf.get(p.id) ?? [] }));
  const kel = await db.select({ code: kelurahan.code }).from(kelurahan);
  const days = await db.select({ date: holidays.date }).from(holidays);
  return {
    units: new Map(unitRows.map((u) => [u.id, u])),
    unitByCode: new Map(unitRows.map((u) => [u.code, u])),
    services: serviceRows,
    serviceById: new Map(serviceRows.map((s) => [s.id, s])),
    serviceByCode: new Map(serviceRows.map((s) => [s.code, s])),
    officers: group(withRoles, 'officer'),
    supervisors: group(withRoles, 'supervisor'),
    coordinators: withRoles.filter((s) => s.roles.includes('complaint_coordinator')),
    holidays: makeHolidaySet(days.map((d) => d.date)),
    infoRequestDays: infoRequestDaysOf(await readSetting(db, INFO_REQUEST_DAYS_KEY)),
    kelurahan: kel.map((k) => k.code),
  };
}
