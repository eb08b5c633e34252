// The first administrator of an empty production database (see scripts/create-admin.ts):
// a random password shown once, which must be changed at first sign-in.
import { eq, or } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../db/client';
import { staff, staffRoles, units } from '../../db/schema';
import { randomBytes } from '../../platform/security/crypto';
import { hashPassword, type PasswordHash } from '../../platform/auth/password';
import { checkNewPassword } from '../../platform/auth/password-policy';

export interface NewAdmin {
  nip: string;
  email: string;
  name: string;
  unitCode: string;
  unitName: string;
  unitNameEn?: string | undefined;
  unitKind?: string | undefined;
  position?: string | undefined;
}

// no 0/O, 1/l/I: easy to read off a terminal and type once
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 4 groups of 5 characters from 56 symbols: about 116 bits, e.g. `Kq7mz-3HtPw-…`. */
export function generatePassword(): string {
  for (;;) {
    const bytes = randomBytes(64);
    const chars: string[] = [];
    for (const b of bytes) {
      if (b >= 224) continue; // 224 = 4 × 56: no modulo bias
      chars.push(ALPHABET[b % ALPHABET.length]!);
      if (chars.length === 20) break;
    }
    if (chars.length < 20) continue;
    const pw = [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
    if (!checkNewPassword(pw)) return pw;
  }
}

/** Problems with the arguments, in both languages; empty when fine. */
export function checkNewAdmin(a: Partial<NewAdmin>): string[] {
  const out: string[] = [];
  if (!a.nip || !/^\d{18}$/.test(a.nip)) out.push('--nip: NIP harus 18 angka / NIP must be 18 digits');
  if (!a.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a.email) || a.email.length > 254)
    out.push('--email: alamat e-mail tidak sah / not a valid e-mail address');
  if (!a.name || !a.name.trim() || a.name.length > 200) out.push('--name: nama wajib diisi / name is required');
  if (!a.unitCode || !/^[A-Z0-9][A-Z0-9-]{0,39}$/.test(a.unitCode))
    out.push('--unit-code: huruf besar, angka dan tanda hubung, misalnya DISKOMINFOSP / capitals, digits and dashes, e.g. DISKOMINFOSP');
  if (!a.unitName || !a.unitName.trim()) out.push('--unit-name: nama unit wajib diisi / unit name is required');
  return out;
}

export class AdminExistsError extends Error {}

/** Creates the unit when missing, the staff member with the admin role, and an audit entry. */
export async function createAdmin(db: Db, a: NewAdmin, now: Date): Promise<{ staffId: number; password: string; unitCreated: boolean }> {
  const email = a.email.toLowerCase();
  const clash = await db
    .select({ id: staff.id })
    .from(staff)
    .where(or(eq(staff.nip, a.nip), eq(staff.email, email)))
    .limit(1);
  if (clash.length) throw new AdminExistsError(`NIP atau e-mail sudah terdaftar / NIP or e-mail already registered (staff ${clash[0]!.id})`);

  let [unit] = await db.select({ id: units.id }).from(units).where(eq(units.code, a.unitCode)).limit(1);
  let unitCreated = false;
  if (!unit) {
    [unit] = await db
      .insert(units)
      .values({ code: a.unitCode, name: a.unitName, nameEn: a.unitNameEn ?? a.unitName, kind: a.unitKind ?? 'dinas' })
      .returning({ id: units.id });
    unitCreated = true;
  }
  const password = generatePassword();
  const hash = await hashPassword(password);
  const [row] = await db
    .insert(staff)
    .values({
      nip: a.nip,
      name: a.name.trim(),
      email,
      unitId: unit!.id,
      position: a.position ?? '',
      passwordHash: hash.hash,
      passwordParams: JSON.stringify(hash.params),
      mustChangePassword: true,
      createdAt: now,
    })
    .returning({ id: staff.id });
  await db.insert(staffRoles).values({ staffId: row!.id, role: 'admin' });
  await recordAudit(db, now, { actorId: null, event: 'staff.created', target: `staff:${row!.id}`, detail: { via: 'create-admin', roles: ['admin'] } });
  return { staffId: row!.id, password, unitCreated };
}

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The same as SQL for `wrangler d1 execute pelita --remote --command "…"`. */
export function adminInsertSql(a: NewAdmin, hash: PasswordHash, now: Date): string[] {
  const email = a.email.toLowerCase();
  const unitId = `(SELECT id FROM units WHERE code = ${q(a.unitCode)})`;
  const staffId = `(SELECT id FROM staff WHERE nip = ${q(a.nip)})`;
  return [
    `INSERT INTO units (code, name, name_en, kind) SELECT ${q(a.unitCode)}, ${q(a.unitName)}, ${q(a.unitNameEn ?? a.unitName)}, ${q(a.unitKind ?? 'dinas')} WHERE NOT EXISTS (SELECT 1 FROM units WHERE code = ${q(a.unitCode)});`,
    `INSERT INTO staff (nip, name, email, unit_id, position, password_hash, password_params, must_change_password, active, created_at) VALUES (${q(a.nip)}, ${q(a.name.trim())}, ${q(email)}, ${unitId}, ${q(a.position ?? '')}, ${q(hash.hash)}, ${q(JSON.stringify(hash.params))}, 1, 1, ${now.getTime()});`,
    `INSERT INTO staff_roles (staff_id, role) VALUES (${staffId}, 'admin');`,
    `INSERT INTO audit_log (at, actor_id, event, target, detail) VALUES (${now.getTime()}, NULL, 'staff.created', 'staff:' || ${staffId}, ${q(JSON.stringify({ via: 'create-admin', roles: ['admin'] }))});`,
  ];
}
