// Seeds the Surakarta demo data set. Idempotent: rows are matched by their stable codes, so
// running it again (every start in demo mode) adds what is missing and changes nothing else;
// an admin's edits to seeded rows survive. Kept apart from migrations on purpose: production
// starts empty. Everything dated (classroom sessions, the needs assessment's year) is placed
// from `now`, the app's clock, so a demo started on any date looks current.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { insertChunked, type Db } from '../db/client';
import { holidays, kelurahan, responseTemplates, services, settings, staff, staffRoles, units } from '../db/schema';
import { hashPassword } from '../platform/auth/password';
import {
  DEMO_HOLIDAYS,
  DEMO_KELURAHAN,
  DEMO_RESPONSE_TEMPLATES,
  DEMO_REVISIONS,
  DEMO_SERVICES,
  DEMO_STAFF,
  DEMO_UNITS,
} from './demo-data';
import { seedDemoTraining } from './demo-training';
import { seedDemoHistory, type HistoryReport } from './history';
import { runImpactPass } from '../modules/impact/job';
import type { AppDeps } from '../platform/runtime/deps';

/** The password of every demo account (listed in the README). Demo mode only. */
export const DEMO_PASSWORD = 'pelita-demo-2026';
const SEED_MARK = 'demo_seed_version';
/** bump when the demo data set grows, so existing demo databases receive the additions */
export const DEMO_SEED_VERSION = '5';

export interface SeedReport {
  skipped: boolean;
  units: number;
  kelurahan: number;
  services: number;
  staff: number;
  holidays: number;
}

async function codeToId(db: Db): Promise<Map<string, number>> {
  const rows = await db.select({ id: units.id, code: units.code }).from(units);
  return new Map(rows.map((r) => [r.code, r.id]));
}

function must<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`demo data refers to unknown ${what}`);
  return v;
}

/**
 * Corrections to rows an earlier seed version wrote, each applied only where the row still holds
 * the value that version wrote: an admin's own edit is never overwritten.
 */
async function reviseSeededRows(db: Db): Promise<void> {
  for (const r of DEMO_REVISIONS.holidays) {
    const current = must(DEMO_HOLIDAYS.find((h) => h.date === r.date), `holiday ${r.date}`);
    await db.update(holidays).set({ name: current.name }).where(and(eq(holidays.date, r.date), eq(holidays.name, r.was)));
  }
  for (const r of DEMO_REVISIONS.services) {
    const current = must(DEMO_SERVICES.find((s) => s.code === r.code), `service ${r.code}`);
    // all or nothing: an SLA and the description that states it change together
    await db
      .update(services)
      .set({ slaDays: current.slaDays, descriptionId: current.description.id, descriptionEn: current.description.en })
      .where(
        and(
          eq(services.code, r.code),
          eq(services.slaDays, r.was.slaDays),
          eq(services.descriptionId, r.was.description.id),
          eq(services.descriptionEn, r.was.description.en),
        ),
      );
  }
}

/** Seeds the demo data set as of `now` (the app's clock: tests seed on their own date). */
export async function seedDemoData(db: Db, now: Date, opts: { force?: boolean } = {}): Promise<SeedReport> {
  const [mark] = await db.select().from(settings).where(eq(settings.key, SEED_MARK));
  if (mark?.value === DEMO_SEED_VERSION && !opts.force) {
    return { skipped: true, units: 0, kelurahan: 0, services: 0, staff: 0, holidays: 0 };
  }

  // Units first (parents resolved in a second pass, so order in the data does not matter).
  await insertChunked(db, units, DEMO_UNITS.map((u) => ({ code: u.code, name: u.name, nameEn: u.nameEn, kind: u.kind })));
  let ids = await codeToId(db);
  const parentUpdates = DEMO_UNITS.filter((u) => u.parentCode).map((u) =>
    db
      .update(units)
      .set({ parentId: must(ids.get(u.parentCode!), `unit ${u.parentCode}`) })
      .where(eq(units.code, u.code)),
  );
  if (parentUpdates.length) await db.batch(parentUpdates as [typeof parentUpdates[number], ...typeof parentUpdates]);
  ids = await codeToId(db);

  await insertChunked(
    db,
    kelurahan,
    DEMO_KELURAHAN.map((k) => ({ code: k.code, name: k.name, kecamatanUnitId: must(ids.get(k.kecamatanCode), `kecamatan ${k.kecamatanCode}`) })),
  );

  const serviceRows = DEMO_SERVICES.map((s, i) => ({
    kind: s.kind,
    code: s.code,
    nameId: s.name.id,
    nameEn: s.name.en,
    descriptionId: s.description.id,
    descriptionEn: s.description.en,
    unitId: must(ids.get(s.unitCode), `unit ${s.unitCode}`),
    slaDays: s.slaDays,
    firstResponseDays: s.firstResponseDays,
    fee: s.fee,
    feeKind: s.feeKind ?? 'fixed',
    feeBasis: s.feeBasis ?? null,
    feeOtherId: s.feeOther?.id ?? '',
    feeOtherEn: s.feeOther?.en ?? '',
    legalBasis: s.legalBasis ?? null,
    validityMonths: s.validityMonths ?? null,
    requirements: JSON.stringify(s.requirements),
    formFields: JSON.stringify(s.formFields),
    sortOrder: i,
  }));
  await insertChunked(db, services, serviceRows);

  await insertChunked(db, holidays, DEMO_HOLIDAYS);
  await reviseSeededRows(db);

  // Response templates only for services that have none yet (an admin may have edited them).
  const serviceIds = new Map(
    (await db.select({ id: services.id, code: services.code }).from(services)).map((r) => [r.code, r.id]),
  );
  const withTemplates = new Set(
    (await db.select({ serviceId: responseTemplates.serviceId }).from(responseTemplates)).map((r) => r.serviceId),
  );
  const newTemplates = DEMO_RESPONSE_TEMPLATES.filter((t) => {
    const id = serviceIds.get(t.serviceCode);
    return id !== undefined && !withTemplates.has(id);
  }).map((t) => ({ serviceId: serviceIds.get(t.serviceCode)!, title: t.title, body: t.body }));
  await insertChunked(db, responseTemplates, newTemplates, 'fail');

  // Staff: existing accounts (matched by e-mail) keep their password and edits.
  const existing = new Set(
    (
      await db
        .select({ email: staff.email })
        .from(staff)
        .where(inArray(staff.email, DEMO_STAFF.map((s) => s.email)))
    ).map((r) => r.email),
  );
  const newcomers = DEMO_STAFF.filter((s) => !existing.has(s.email));
  const hashes = await Promise.all(newcomers.map(() => hashPassword(DEMO_PASSWORD)));
  const staffRows = newcomers.map((s, i) => ({
    nip: s.nip,
    name: s.name,
    email: s.email.toLowerCase(),
    unitId: must(ids.get(s.unitCode), `unit ${s.unitCode}`),
    position: s.position,
    passwordHash: hashes[i]!.hash,
    passwordParams: JSON.stringify(hashes[i]!.params),
  }));
  await insertChunked(db, staff, staffRows);
  const staffIds = new Map(
    (await db.select({ id: staff.id, email: staff.email }).from(staff)).map((r) => [r.email, r.id]),
  );
  const roleRows = newcomers.flatMap((s) => s.roles.map((role) => ({ staffId: staffIds.get(s.email.toLowerCase())!, role })));
  await insertChunked(db, staffRoles, roleRows);

  await seedDemoTraining(db, now);

  await db
    .insert(settings)
    .values({ key: SEED_MARK, value: DEMO_SEED_VERSION })
    .onConflictDoUpdate({ target: settings.key, set: { value: sql`excluded.value` } });

  return {
    skipped: false,
    units: DEMO_UNITS.length,
    kelurahan: DEMO_KELURAHAN.length,
    services: DEMO_SERVICES.length,
    staff: newcomers.length,
    holidays: DEMO_HOLIDAYS.length,
  };
}

export interface DemoSeedReport extends SeedReport {
  /** the year of history made now; null when the database had it already */
  history: HistoryReport | null;
}

/** One line on what the history holds, for the start-up log. */
export function historySummary(h: HistoryReport): string {
  return `${h.cases} complaints (${h.events} events, ${h.ratings} ratings, ${h.forwards} forwards, ${h.reopens} reopens, ${h.declines} declines, ${h.withdrawals} withdrawals, ${h.escalations} escalations), ${h.enrolments} enrolments, ${h.certificates} certificates, ${h.evidence} pieces of evidence, ${h.jp} JP, in ${(h.ms / 1000).toFixed(1)} s`;
}

/**
 * The demo as `npm start` and `npm run start:node` seed it in demo mode: the data set as of `now`,
 * then, once per database, the year of history up to `now` (src/seed/history.ts) unless
 * `history` is false (DEMO_HISTORY=false: a quicker start, and the tests of the entry points).
 */
export async function seedDemo(deps: AppDeps, now: Date, opts: { history: boolean }): Promise<DemoSeedReport> {
  const base = await seedDemoData(deps.db, now);
  const history = opts.history ? await seedDemoHistory(deps, now) : null;
  if (history) {
    console.log(`[pelita] demo history seeded: ${historySummary(history)}`);
    // the training impact is computed once a day by the scheduled job: compute today's now, so
    // /dasbor/dampak-pelatihan shows the year's estimates on the first start, not 15 minutes later
    for (let run = 0; run < 20 && (await runImpactPass(deps.db, now)).courses > 0; run++);
  }
  return { ...base, history };
}
