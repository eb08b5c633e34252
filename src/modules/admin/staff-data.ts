// Staff accounts: listing and search, validation, temporary passwords, roles.
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { FormValues } from '../../../templates/_partials/form-fields';
import type { Db } from '../../db/client';
import { likeEscape } from '../../db/like';
import { staff, staffRoles, units } from '../../db/schema';
import type { StaffListRow } from '../../domain/admin/views';
import { ROLES, type Role } from '../../domain/auth/roles';
import type { FormInput } from '../../platform/http/form';
import { msg } from '../../platform/i18n/lang';
import { randomBytes } from '../../platform/security/crypto';
import { checkText, required, type FieldErrors } from './validation';

export const STAFF_PAGE_SIZE = 50;

export async function listStaff(
  db: Db,
  f: { q?: string; unitId?: number | null; page?: number },
): Promise<{ rows: StaffListRow[]; total: number; page: number; pages: number }> {
  const conds: SQL[] = [];
  const q = (f.q ?? '').trim();
  if (q) {
    const pat = `%${likeEscape(q.toLowerCase())}%`;
    conds.push(
      or(
        sql`lower(${staff.name}) like ${pat} escape '\\'`,
        sql`${staff.nip} like ${pat} escape '\\'`,
        sql`lower(${staff.email}) like ${pat} escape '\\'`,
      )!,
    );
  }
  if (f.unitId) conds.push(eq(staff.unitId, f.unitId));
  const where = conds.length ? and(...conds) : undefined;
  const [count] = await db.select({ n: sql<number>`count(*)` }).from(staff).where(where);
  const total = Number(count?.n ?? 0);
  const pages = Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE));
  const page = Math.min(Math.max(1, f.page ?? 1), pages);
  const rows = await db
    .select({
      id: staff.id,
      nip: staff.nip,
      name: staff.name,
      email: staff.email,
      position: staff.position,
      active: staff.active,
      unitId: staff.unitId,
      unitCode: units.code,
    })
    .from(staff)
    .innerJoin(units, eq(units.id, staff.unitId))
    .where(where)
    .orderBy(asc(staff.name))
    .limit(STAFF_PAGE_SIZE)
    .offset((page - 1) * STAFF_PAGE_SIZE);
  const roles = rows.length
    ? await db.select().from(staffRoles).where(inArray(staffRoles.staffId, rows.map((r) => r.id)))
    : [];
  return {
    rows: rows.map((r) => ({ ...r, roles: roles.filter((x) => x.staffId === r.id).map((x) => x.role) })),
    total,
    page,
    pages,
  };
}

export type StaffRecord = typeof staff.$inferSelect & { roles: string[]; unitCode: string };

export async function findStaff(db: Db, id: number): Promise<StaffRecord | null> {
  const [row] = await db
    .select({ s: staff, unitCode: units.code })
    .from(staff)
    .innerJoin(units, eq(units.id, staff.unitId))
    .where(eq(staff.id, id))
    .limit(1);
  if (!row) return null;
  const roles = (await db.select({ role: staffRoles.role }).from(staffRoles).where(eq(staffRoles.staffId, id))).map((r) => r.role);
  return { ...row.s, unitCode: row.unitCode, roles: sortRoles(roles) };
}

export function sortRoles(roles: readonly string[]): string[] {
  return [...roles].sort((a, b) => ROLES.indexOf(a as Role) - ROLES.indexOf(b as Role));
}

export interface StaffInput {
  nip: string;
  name: string;
  email: string;
  unitId: number;
  position: string;
  roles: Role[];
}

export const NIP_RE = /^\d{18}$/;
// Deliberately plain: one @, no spaces, a dot in the domain. Mail delivery is the real test.
export const EMAIL_RE = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[A-Za-z]{2,}$/;

/** The NIP as typed, without the spaces people put between its groups. */
export function staffNip(form: FormInput): string {
  return form.trimmed('nip').replace(/\s+/g, '');
}

/** The e-mail as stored: trimmed, lower case. */
export function staffEmail(form: FormInput): string {
  return form.trimmed('email').toLowerCase();
}

/**
 * Checks the staff form. `others` are the NIPs and e-mails already taken (by other accounts);
 * `unitIds` the active units one may be placed in (plus the current unit when editing).
 */
export function validateStaff(
  form: FormInput,
  ctx: { nipTaken: boolean; emailTaken: boolean; unitIds: ReadonlySet<number>; editing: boolean },
): { input: StaffInput | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const nip = staffNip(form);
  if (!ctx.editing) {
    if (!nip) errors['nip'] = required;
    else if (!NIP_RE.test(nip))
      errors['nip'] = msg(
        `NIP harus tepat 18 angka (sekarang ${nip.length} karakter).`,
        `The NIP must be exactly 18 digits (now ${nip.length} characters).`,
      );
    else if (ctx.nipTaken) errors['nip'] = msg('NIP ini sudah terdaftar pada akun lain.', 'This NIP is already registered to another account.');
  }
  const name = form.trimmed('name');
  const nameErr = checkText(name, { min: 3, max: 120 });
  if (nameErr) errors['name'] = nameErr;

  const email = staffEmail(form);
  if (!email) errors['email'] = required;
  else if (email.length > 200 || !EMAIL_RE.test(email))
    errors['email'] = msg('Alamat e-mail tidak sah, contoh: nama@surakarta.go.id.', 'Not a valid e-mail address, e.g. name@surakarta.go.id.');
  else if (ctx.emailTaken) errors['email'] = msg('E-mail ini sudah dipakai akun lain.', 'This e-mail is already used by another account.');

  const unitRaw = form.trimmed('unitId');
  const unitId = /^\d+$/.test(unitRaw) ? Number(unitRaw) : NaN;
  if (!unitRaw) errors['unitId'] = msg('Pilih unit kerja.', 'Choose a unit.');
  else if (!ctx.unitIds.has(unitId)) errors['unitId'] = msg('Unit tidak ditemukan atau nonaktif.', 'Unit not found or inactive.');

  const position = form.trimmed('position');
  const posErr = checkText(position, { max: 200, required: false });
  if (posErr) errors['position'] = posErr;

  const roles = form.all('roles');
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length) errors['roles'] = msg(`Peran tidak dikenal: ${unknown.join(', ')}.`, `Unknown role: ${unknown.join(', ')}.`);

  if (Object.keys(errors).length) return { input: null, errors };
  return { input: { nip, name, email, unitId, position, roles: sortRoles([...new Set(roles)]) as Role[] }, errors };
}

export async function isTaken(db: Db, field: 'nip' | 'email', value: string, exceptId: number | null): Promise<boolean> {
  if (!value) return false;
  const col = field === 'nip' ? staff.nip : staff.email;
  const rows = await db.select({ id: staff.id }).from(staff).where(eq(col, value)).limit(2);
  return rows.some((r) => r.id !== exceptId);
}

export async function activeUnitIds(db: Db): Promise<Set<number>> {
  return new Set((await db.select({ id: units.id }).from(units).where(eq(units.active, true))).map((r) => r.id));
}

// No 0/O, 1/l/I: a temporary password is read aloud or copied from a screen.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 20 random characters in groups of five (about 115 bits), e.g. `k7Pqz-…`. */
export function generateTemporaryPassword(): string {
  const out: string[] = [];
  while (out.length < 20) {
    for (const b of randomBytes(32)) {
      // rejection sampling keeps every character equally likely
      if (b < 256 - (256 % ALPHABET.length) && out.length < 20) out.push(ALPHABET[b % ALPHABET.length]!);
    }
  }
  return [0, 5, 10, 15].map((i) => out.slice(i, i + 5).join('')).join('-');
}

export function staffToValues(s: StaffRecord): FormValues {
  return { nip: s.nip, name: s.name, email: s.email, unitId: String(s.unitId), position: s.position, roles: s.roles };
}

/** Staff with a given role, for the roles page. */
export async function staffByRole(db: Db): Promise<Map<string, { id: number; name: string; unitCode: string; active: boolean }[]>> {
  const rows = await db
    .select({ role: staffRoles.role, id: staff.id, name: staff.name, unitCode: units.code, active: staff.active })
    .from(staffRoles)
    .innerJoin(staff, eq(staff.id, staffRoles.staffId))
    .innerJoin(units, eq(units.id, staff.unitId))
    .orderBy(asc(staff.name));
  const out = new Map<string, { id: number; name: string; unitCode: string; active: boolean }[]>();
  for (const r of rows) {
    const list = out.get(r.role) ?? [];
    list.push({ id: r.id, name: r.name, unitCode: r.unitCode, active: r.active });
    out.set(r.role, list);
  }
  return out;
}
