import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { staff, staffRoles, units } from '../../db/schema';
import type { StaffPrincipal } from '../../domain/auth/principal';

/** Loads an active staff member with unit and roles; null when missing or deactivated. */
export async function loadPrincipal(
  db: Db,
  staffId: number,
  via: StaffPrincipal['via'],
  scopes: readonly string[] | null,
): Promise<StaffPrincipal | null> {
  const [row] = await db
    .select({
      id: staff.id,
      nip: staff.nip,
      name: staff.name,
      email: staff.email,
      unitId: staff.unitId,
      unitCode: units.code,
      unitName: units.name,
      active: staff.active,
      mustChangePassword: staff.mustChangePassword,
    })
    .from(staff)
    .innerJoin(units, eq(units.id, staff.unitId))
    .where(eq(staff.id, staffId))
    .limit(1);
  if (!row || !row.active) return null;
  const roles = (await db.select({ role: staffRoles.role }).from(staffRoles).where(eq(staffRoles.staffId, staffId))).map(
    (r) => r.role,
  );
  return {
    id: row.id,
    nip: row.nip,
    name: row.name,
    email: row.email,
    unitId: row.unitId,
    unitCode: row.unitCode,
    unitName: row.unitName,
    roles,
    mustChangePassword: row.mustChangePassword,
    via,
    scopes,
  };
}
