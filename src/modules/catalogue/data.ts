// The catalogue as the public pages and the API read it: from the reference data each process
// keeps in memory (./reference.ts), checked against the version row on every request.
import type { Db } from '../../db/client';
import type { ServiceKind, ServiceView } from '../../domain/catalogue/service';
import { referenceData, type AreaView, type CatalogueService } from './reference';

export type { AreaView };

/** The public view of a kept service (without the catalogue's own fields). */
function toView({ storedKind: _k, active: _a, ...view }: CatalogueService): ServiceView {
  return view;
}

/** Active services, complaints first, in the admin's order. */
export async function listActiveServices(db: Db, kind?: ServiceKind): Promise<ServiceView[]> {
  const { services } = await referenceData(db);
  return services.filter((s) => s.active && (!kind || s.storedKind === kind)).map(toView);
}

export async function findActiveService(db: Db, code: string): Promise<ServiceView | null> {
  const s = (await referenceData(db)).serviceByCode.get(code);
  return s?.active ? toView(s) : null;
}

/** Every kelurahan with its kecamatan, by kecamatan then name: the codes a complaint's location takes. */
export async function listAreas(db: Db): Promise<AreaView[]> {
  return (await referenceData(db)).areas.slice();
}
