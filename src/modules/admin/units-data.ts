// Units (OPD, bagian, kecamatan): listing, validation and changes.
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { staff, units } from '../../db/schema';
import type { FormValues } from '../../../templates/_partials/form-fields';
import { UNIT_KINDS, type UnitKind } from '../../domain/admin/vocabulary';
import type { UnitListRow } from '../../domain/admin/views';
import type { FormInput } from '../../platform/http/form';
import { msg } from '../../platform/i18n/lang';
import { checkText, type FieldErrors } from './validation';

export type UnitRow = typeof units.$inferSelect;

export async function listUnits(db: Db): Promise<(UnitRow & UnitListRow)[]> {
  const all = await db.select().from(units).orderBy(asc(units.code));
  const counts = await db
    .select({ unitId: staff.unitId, n: sql<number>`count(*)` })
    .from(staff)
    .where(eq(staff.active, true))
    .groupBy(staff.unitId);
  const byId = new Map(all.map((u) => [u.id, u]));
  const countOf = new Map(counts.map((r) => [r.unitId, Number(r.n)]));
  return all.map((u) => {
    const parent = u.parentId ? byId.get(u.parentId) : undefined;
    return { ...u, parentCode: parent?.code ?? null, parentName: parent?.name ?? null, staffCount: countOf.get(u.id) ?? 0 };
  });
}

export async function findUnit(db: Db, id: number): Promise<UnitRow | null> {
  const [u] = await db.select().from(units).where(eq(units.id, id)).limit(1);
  return u ?? null;
}

/** Ids of `id` and every unit below it: a unit cannot be moved under one of these. */
export function selfAndDescendants(all: readonly { id: number; parentId: number | null }[], id: number): Set<number> {
  const out = new Set<number>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of all) {
      if (u.parentId !== null && out.has(u.parentId) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
    }
  }
  return out;
}

export interface UnitInput {
  code: string;
  name: string;
  nameEn: string;
  kind: UnitKind;
  parentId: number | null;
}

export const UNIT_CODE_RE = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;

/** Checks a unit form against the rules and the other units (pure; uniqueness included). */
export function validateUnit(
  form: FormInput,
  ctx: { all: readonly { id: number; code: string; parentId: number | null }[]; selfId: number | null },
): { input: UnitInput | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const code = form.trimmed('code');
  const codeErr = checkText(code, { min: 2, max: 30 });
  if (codeErr) errors['code'] = codeErr;
  else if (!UNIT_CODE_RE.test(code))
    errors['code'] = msg(
      'Hanya huruf besar A–Z, angka 0–9 dan tanda hubung di antaranya, misalnya DPUPR atau KEC-JEBRES.',
      'Only capital letters A–Z, digits 0–9 and hyphens between them, e.g. DPUPR or KEC-JEBRES.',
    );
  else if (ctx.all.some((u) => u.code === code && u.id !== ctx.selfId))
    errors['code'] = msg(`Kode ${code} sudah dipakai unit lain.`, `Code ${code} is already used by another unit.`);

  const name = form.trimmed('name');
  const nameErr = checkText(name, { min: 3, max: 200 });
  if (nameErr) errors['name'] = nameErr;
  const nameEn = form.trimmed('nameEn');
  const nameEnErr = checkText(nameEn, { min: 3, max: 200 });
  if (nameEnErr) errors['nameEn'] = nameEnErr;

  const kind = form.trimmed('kind');
  if (!(UNIT_KINDS as readonly string[]).includes(kind))
    errors['kind'] = msg(
      'Pilih jenis unit: sekretariat, dinas, badan, kecamatan atau bagian.',
      'Choose a kind: secretariat, office, agency, district or division.',
    );

  let parentId: number | null = null;
  const parentRaw = form.trimmed('parentId');
  if (parentRaw) {
    const id = /^\d+$/.test(parentRaw) ? Number(parentRaw) : NaN;
    if (!ctx.all.some((u) => u.id === id)) errors['parentId'] = msg('Unit induk tidak ditemukan.', 'Parent unit not found.');
    else if (ctx.selfId !== null && selfAndDescendants(ctx.all, ctx.selfId).has(id))
      errors['parentId'] = msg(
        'Unit induk tidak boleh unit ini sendiri atau salah satu unit di bawahnya.',
        'The parent cannot be this unit itself or one of the units below it.',
      );
    else parentId = id;
  }
  if (Object.keys(errors).length) return { input: null, errors };
  return { input: { code, name, nameEn, kind: kind as UnitKind, parentId }, errors };
}

export function unitToValues(u: UnitRow): FormValues {
  return { code: u.code, name: u.name, nameEn: u.nameEn, kind: u.kind, parentId: u.parentId ? String(u.parentId) : '' };
}
