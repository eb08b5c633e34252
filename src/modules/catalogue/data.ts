import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { kelurahan, services, units } from '../../db/schema';
import {
  formFieldsSchema,
  parseStoredJson,
  requirementsSchema,
  type ServiceKind,
  type ServiceView,
} from '../../domain/catalogue/service';
import { feeTermsOf } from '../../domain/catalogue/fee';

const serviceColumns = {
  service: services,
  unitCode: units.code,
  unitName: units.name,
  unitNameEn: units.nameEn,
};

function toView(row: { service: typeof services.$inferSelect; unitCode: string; unitName: string; unitNameEn: string }): ServiceView {
  const s = row.service;
  return {
    id: s.id,
    kind: s.kind === 'permit' ? 'permit' : 'complaint',
    code: s.code,
    name: { id: s.nameId, en: s.nameEn },
    description: { id: s.descriptionId, en: s.descriptionEn },
    unit: { id: s.unitId, code: row.unitCode, name: row.unitName, nameEn: row.unitNameEn },
    slaDays: s.slaDays,
    firstResponseDays: s.firstResponseDays,
    fee: s.fee,
    feeTerms: feeTermsOf(s),
    legalBasis: s.legalBasis,
    validityMonths: s.validityMonths,
    requirements: parseStoredJson(s.requirements, requirementsSchema, []),
    formFields: parseStoredJson(s.formFields, formFieldsSchema, []),
  };
}

/** Active services, complaints first, in the admin's order. */
export async function listActiveServices(db: Db, kind?: ServiceKind): Promise<ServiceView[]> {
  const rows = await db
    .select(serviceColumns)
    .from(services)
    .innerJoin(units, eq(units.id, services.unitId))
    .where(kind ? and(eq(services.active, true), eq(services.kind, kind)) : eq(services.active, true))
    .orderBy(asc(services.kind), asc(services.sortOrder), asc(services.nameId));
  return rows.map(toView);
}

export async function findActiveService(db: Db, code: string): Promise<ServiceView | null> {
  const [row] = await db
    .select(serviceColumns)
    .from(services)
    .innerJoin(units, eq(units.id, services.unitId))
    .where(and(eq(services.code, code), eq(services.active, true)))
    .limit(1);
  return row ? toView(row) : null;
}

export interface AreaView {
  code: string;
  name: string;
  kecamatan: { code: string; name: string };
}

/** Every kelurahan with its kecamatan, by kecamatan then name: the codes a complaint's location takes. */
export async function listAreas(db: Db): Promise<AreaView[]> {
  const rows = await db
    .select({ code: kelurahan.code, name: kelurahan.name, kecamatanCode: units.code, kecamatanName: units.name })
    .from(kelurahan)
    .innerJoin(units, eq(units.id, kelurahan.kecamatanUnitId))
    .orderBy(asc(units.name), asc(kelurahan.name));
  return rows.map((r) => ({ code: r.code, name: r.name, kecamatan: { code: r.kecamatanCode, name: r.kecamatanName } }));
}
