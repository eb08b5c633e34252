// The reference data nearly every public request reads and admins change a few times a year: the
// catalogue (services), the units, the kelurahan and the holiday calendar (issue 14.4). Each Worker
// isolate and each Node process keeps one copy in memory per database and, on every use, reads one
// settings row, `reference_version`, which triggers on those four tables set to a new random value
// in the same transaction as any change (migrations/0022_reference_version.sql). A changed version
// reloads the copy, so an edit made through any isolate or process (or a script, or a console)
// shows on the next request everywhere: no TTL, nothing stale. (The Node server reads the row on a
// connection of its own, one read answering for the requests of the next millisecond: an edit
// shows to every request that starts a millisecond after its commit; src/node/node-deps.ts.) The
// copy is read in one batch with the version, so it is never newer or older than the version it
// is kept under.
//
// The objects are frozen: they are shared by every request, and a handler that changed one would
// change the page of every later visitor (in strict mode the attempt throws instead).
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { holidays, kelurahan, services, settings, units } from '../../db/schema';
import { feeTermsOf } from '../../domain/catalogue/fee';
import { formFieldsSchema, parseStoredJson, requirementsSchema, type ServiceView } from '../../domain/catalogue/service';
import { makeHolidaySet, type HolidaySet } from '../../domain/sla/calendar';

export const REFERENCE_VERSION_KEY = 'reference_version';

export interface UnitRef {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  active: boolean;
}

export interface AreaView {
  code: string;
  name: string;
  kecamatan: { code: string; name: string };
}

/** A service as the catalogue keeps it: the public view, its stored kind, and whether it is active. */
export interface CatalogueService extends ServiceView {
  storedKind: string;
  active: boolean;
  /** a permit type's stage plan as stored (JSON, or null: the default split) */
  storedStagePlan: string | null;
}

export interface ReferenceData {
  version: string;
  /** every service, active or not, complaints first, in the admin's order */
  services: readonly CatalogueService[];
  serviceById: ReadonlyMap<number, CatalogueService>;
  serviceByCode: ReadonlyMap<string, CatalogueService>;
  unitById: ReadonlyMap<number, UnitRef>;
  /** every unit, active or not, by name in SQLite's binary order (as ORDER BY name) */
  unitsByName: readonly UnitRef[];
  /** every kelurahan with its kecamatan, by kecamatan then name */
  areas: readonly AreaView[];
  areaByCode: ReadonlyMap<string, AreaView>;
  holidays: HolidaySet;
}

const kept = new WeakMap<Db, ReferenceData>();

function versionQuery(db: Db) {
  return db.select({ value: settings.value }).from(settings).where(eq(settings.key, REFERENCE_VERSION_KEY)).limit(1);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function load(db: Db): Promise<ReferenceData> {
  const [version, unitRows, serviceRows, areaRows, holidayRows] = await db.batch([
    versionQuery(db),
    db.select({ id: units.id, code: units.code, name: units.name, nameEn: units.nameEn, active: units.active }).from(units),
    db.select().from(services).orderBy(asc(services.kind), asc(services.sortOrder), asc(services.nameId)),
    // no join: D1's batch answers rows keyed by column name, and both tables have code and name
    db.select({ code: kelurahan.code, name: kelurahan.name, kecamatanUnitId: kelurahan.kecamatanUnitId }).from(kelurahan),
    db.select({ date: holidays.date }).from(holidays),
  ]);
  const unitById = new Map(unitRows.map((u) => [u.id, deepFreeze(u)]));
  const catalogue = serviceRows.flatMap((s): CatalogueService[] => {
    const unit = unitById.get(s.unitId);
    // a service's unit is a foreign key; a row without one is left out, as the join did
    if (!unit) return [];
    const view: CatalogueService = {
      id: s.id,
      kind: s.kind === 'permit' ? 'permit' : 'complaint',
      storedKind: s.kind,
      active: s.active,
      storedStagePlan: s.stagePlan,
      code: s.code,
      name: { id: s.nameId, en: s.nameEn },
      description: { id: s.descriptionId, en: s.descriptionEn },
      unit: { id: s.unitId, code: unit.code, name: unit.name, nameEn: unit.nameEn },
      slaDays: s.slaDays,
      firstResponseDays: s.firstResponseDays,
      fee: s.fee,
      feeTerms: feeTermsOf(s),
      legalBasis: s.legalBasis,
      validityMonths: s.validityMonths,
      requirements: parseStoredJson(s.requirements, requirementsSchema, []),
      formFields: parseStoredJson(s.formFields, formFieldsSchema, []),
    };
    return [deepFreeze(view)];
  });
  const areas = areaRows
    .flatMap((r) => {
      const k = unitById.get(r.kecamatanUnitId);
      return k ? [deepFreeze({ code: r.code, name: r.name, kecamatan: { code: k.code, name: k.name } })] : [];
    })
    // by kecamatan, then name, in SQLite's binary order (as ORDER BY did)
    .sort((a, b) => binary(a.kecamatan.name, b.kecamatan.name) || binary(a.name, b.name));
  return Object.freeze({
    version: version[0]?.value ?? '0',
    services: Object.freeze(catalogue),
    serviceById: new Map(catalogue.map((s) => [s.id, s])),
    serviceByCode: new Map(catalogue.map((s) => [s.code, s])),
    unitById,
    unitsByName: Object.freeze([...unitById.values()].sort((a, b) => binary(a.name, b.name) || a.id - b.id)),
    areas: Object.freeze(areas),
    areaByCode: new Map(areas.map((a) => [a.code, a])),
    holidays: makeHolidaySet(holidayRows.map((h) => h.date)),
  });
}

/**
 * The read of the version row, for a caller that sends it in one batch with reads of its own (one
 * round trip instead of two; issue 14.6) and then passes its rows to referenceDataAt.
 */
export const referenceVersionQuery = versionQuery;

/**
 * The reference data as of now: the kept copy when the version row has not moved since it was
 * read (one primary-key read), else a fresh copy.
 */
export async function referenceData(db: Db): Promise<ReferenceData> {
  return referenceDataAt(db, await versionRows(db));
}

/** The version the reference tables are at now (what a page rendered from them is kept under). */
export async function referenceVersion(db: Db): Promise<string> {
  return (await versionRows(db))[0]?.value ?? '0';
}

// On Node, a local file's version row is read synchronously on a connection of its own
// (src/db/libsql.ts nativeReader: ~5 µs rather than ~20 through the client's promises), with this SQL.
export const REFERENCE_VERSION_SQL = 'SELECT value FROM settings WHERE key = ?';
const syncVersionReads = new WeakMap<Db, () => string | undefined>();

/** Reads this database's version with `read` from now on (the Node server, for a local file). */
export function readReferenceVersionWith(db: Db, read: () => string | undefined): void {
  syncVersionReads.set(db, read);
}

async function versionRows(db: Db): Promise<readonly { value: string }[]> {
  const read = syncVersionReads.get(db);
  if (!read) return preparedVersionQuery(db).all();
  const value = read();
  return value === undefined ? [] : [{ value }];
}

// The version read is the one query nearly every request makes: its SQL is built once per
// database rather than by drizzle on every request (issue 14.6). It has no parameters that vary.
const preparedVersion = new WeakMap<Db, ReturnType<ReturnType<typeof versionQuery>['prepare']>>();

function preparedVersionQuery(db: Db) {
  let q = preparedVersion.get(db);
  if (!q) {
    q = versionQuery(db).prepare();
    preparedVersion.set(db, q);
  }
  return q;
}

/** The reference data for the version row as just read (referenceVersionQuery's rows). */
export async function referenceDataAt(db: Db, versionRows: readonly { value: string }[]): Promise<ReferenceData> {
  const [row] = versionRows;
  const data = kept.get(db);
  if (data && data.version === (row?.value ?? '0')) return data;
  // Each request that finds the version moved reads the tables itself: a load is not shared
  // between requests, because a Worker must not await another request's I/O (edits are rare, so
  // the few requests in flight at an edit read them a few times, once). Whichever ends last is
  // kept; a copy older than the row is read again on the next use.
  const fresh = await load(db);
  kept.set(db, fresh);
  return fresh;
}
