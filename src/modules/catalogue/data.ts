// The catalogue as the public pages and the API read it: from the reference data each process
// keeps in memory (./reference.ts), checked against the version row on every request.
import type { Db } from '../../db/client';
import type { ServiceKind, ServiceView } from '../../domain/catalogue/service';
import { referenceData, type AreaView, type ReferenceData } from './reference';

export type { AreaView };

/** Active services, complaints first, in the admin's order. */
export async function listActiveServices(db: Db, kind?: ServiceKind): Promise<ServiceView[]> {
  return activeServices(await referenceData(db), kind);
}

/** The same, from reference data in hand (a page that is kept under its version). */
export function activeServices(ref: ReferenceData, kind?: ServiceKind): ServiceView[] {
  // the kept objects themselves (frozen, shared): a CatalogueService is a ServiceView
  return ref.services.filter((s) => s.active && (!kind || s.storedKind === kind));
}

export async function findActiveService(db: Db, code: string): Promise<ServiceView | null> {
  return activeService(await referenceData(db), code);
}

export function activeService(ref: ReferenceData, code: string): ServiceView | null {
  const s = ref.serviceByCode.get(code);
  return s?.active ? s : null;
}
