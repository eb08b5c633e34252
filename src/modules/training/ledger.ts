// Appending to and reading the training ledger (append-only: there is no update or delete here).
//
// JP reach the ledger only through creditJp (and leave it only through voidCredit), which keeps
// the rules of src/domain/training/jp.ts in the database: the credit lands on the day and year of
// the learning, at most 10 JP a day per person across every source, once per learning activity.
// A credit is one db.batch (a transaction on D1 and libSQL): the ledger row, written only while
// the days it lands on still hold what the caller read (else it reads again and retries), and
// its JP per day. The activity key is unique, so a second credit of the same activity, however
// concurrent, writes nothing.
import { and, desc, eq, getTableColumns, gte, is, lte, SQL, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { staff } from '../../db/schema';
import { trainingCourses, trainingLedger, trainingLedgerDays } from '../../db/schema-training';
import { allocateDailyJp } from '../../domain/training/jp';
import { englishObjectName, type LedgerResult, type ObjectType, type Verb } from '../../domain/training/ledger';
import { jakartaDate } from '../../domain/time/jakarta';
import type { LedgerEntryView } from '../../domain/training/views';
import { ConflictError } from '../../platform/http/errors';

export interface Actor {
  id: number;
  nip: string;
  name: string;
}

/** A statement that credits nothing (registered, experienced, passed, failed …). */
export interface NewEntry {
  actor: Actor;
  verb: Verb;
  objectType: ObjectType;
  objectId: string;
  objectName: string;
  courseId?: number | null;
  result?: LedgerResult | null;
  at: Date;
  certificateId?: number | null;
}

type LedgerInsert = typeof trainingLedger.$inferInsert;

function rowValues(e: NewEntry, statementId: string, learnedOn: string): LedgerInsert {
  return {
    statementId,
    staffId: e.actor.id,
    actorNip: e.actor.nip,
    actorName: e.actor.name,
    verb: e.verb,
    objectType: e.objectType,
    objectId: e.objectId,
    objectName: e.objectName,
    courseId: e.courseId ?? null,
    result: e.result ? JSON.stringify(e.result) : null,
    jp: 0,
    at: e.at,
    year: Number(learnedOn.slice(0, 4)),
    learnedOn,
    certificateId: e.certificateId ?? null,
    creditKey: null,
    jpRequested: null,
  };
}

/** The insert statement for one statement that credits no JP, for use alone or inside db.batch(). */
export function ledgerInsert(db: Db, e: NewEntry) {
  return db.insert(trainingLedger).values(rowValues(e, crypto.randomUUID(), jakartaDate(e.at)));
}

/** `INSERT INTO training_ledger (every column) SELECT <values> FROM staff WHERE staff.id = <actor> AND <guard>`. */
function guardedLedgerInsert(db: Db, values: LedgerInsert, guard: SQL) {
  const selection: Record<string, SQL> = {};
  for (const [key, column] of Object.entries(getTableColumns(trainingLedger)) as [string, SQLiteColumn][]) {
    const v = (values as Record<string, unknown>)[key];
    selection[key] = v === undefined || v === null ? sql`null` : is(v, SQL) ? v : sql`${sql.param(v, column)}`;
  }
  const insert = db.insert(trainingLedger);
  // drizzle checks at run time that the selection names every column of the table in order
  const select = db
    .select(selection)
    .from(staff)
    .where(and(eq(staff.id, values.staffId), guard)) as unknown as Parameters<typeof insert.select>[0];
  return insert.select(select).onConflictDoNothing();
}

/** The JP already on each day from `first` to `last` for this person. */
async function jpPerDay(db: Db, staffId: number, first: string, last: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ day: trainingLedgerDays.day, jp: sql<number>`sum(${trainingLedgerDays.jp})` })
    .from(trainingLedgerDays)
    .where(and(eq(trainingLedgerDays.staffId, staffId), gte(trainingLedgerDays.day, first), lte(trainingLedgerDays.day, last)))
    .groupBy(trainingLedgerDays.day);
  return new Map(rows.map((r) => [r.day, Number(r.jp)]));
}

function sumOf(m: ReadonlyMap<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}

export interface Credit {
  entry: NewEntry;
  /** the JP asked for */
  jp: number;
  /** the Jakarta days of the learning, in order (one for a course or a session); the year is the last one's */
  days: readonly string[];
  /** the learning activity (src/domain/training/jp.ts): unique in the ledger */
  activityKey: string;
}

export type CreditOutcome =
  | { status: 'credited'; jp: number; requested: number }
  /** the activity was credited before: nothing new */
  | { status: 'duplicate'; jp: number; requested: number }
  /** the caller's guard did not hold (e.g. the evidence was decided meanwhile): nothing written */
  | { status: 'refused' };

const TRIES = 5;

/**
 * Credits JP for one learning activity, within the daily cap: the JP are spread over the days of
 * the learning, each day taking at most what it still holds (src/domain/training/jp.ts). `guard`
 * is a further condition for the credit to be written; `alongside(statementId)` are statements to
 * run in the same transaction (they run whether or not the credit is written: guard them
 * themselves, e.g. on the ledger row with that statement id existing).
 */
export async function creditJp(
  db: Db,
  credit: Credit,
  opts: { guard?: SQL; alongside?: (statementId: string) => BatchItem<'sqlite'>[] } = {},
): Promise<CreditOutcome> {
  const first = credit.days[0]!;
  const last = credit.days[credit.days.length - 1]!;
  const staffId = credit.entry.actor.id;
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const used = await jpPerDay(db, staffId, first, last);
    const allocation = allocateDailyJp(credit.jp, credit.days, used);
    const statementId = crypto.randomUUID();
    const values: LedgerInsert = {
      ...rowValues(credit.entry, statementId, last),
      jp: allocation.credited,
      creditKey: credit.activityKey,
      jpRequested: allocation.credited < allocation.requested ? allocation.requested : null,
    };
    const unchanged = sql`(SELECT coalesce(sum(${trainingLedgerDays.jp}), 0) FROM ${trainingLedgerDays} WHERE ${trainingLedgerDays.staffId} = ${staffId} AND ${trainingLedgerDays.day} >= ${first} AND ${trainingLedgerDays.day} <= ${last}) = ${sumOf(used)}`;
    const items: BatchItem<'sqlite'>[] = [guardedLedgerInsert(db, values, opts.guard ? sql`${unchanged} AND ${opts.guard}` : unchanged)];
    for (const d of allocation.days)
      items.push(
        db
          .insert(trainingLedgerDays)
          .select(
            db
              .select({ ledgerId: trainingLedger.id, staffId: trainingLedger.staffId, day: sql<string>`${d.day}`.as('day'), jp: sql<number>`${d.jp}`.as('jp') })
              .from(trainingLedger)
              .where(eq(trainingLedger.statementId, statementId)),
          ),
      );
    items.push(...(opts.alongside?.(statementId) ?? []));
    await db.batch(items as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
    const [mine] = await db.select({ jp: trainingLedger.jp }).from(trainingLedger).where(eq(trainingLedger.statementId, statementId));
    if (mine) return { status: 'credited', jp: mine.jp, requested: allocation.requested };
    const [earlier] = await db.select({ jp: trainingLedger.jp, requested: trainingLedger.jpRequested }).from(trainingLedger).where(eq(trainingLedger.creditKey, credit.activityKey));
    if (earlier) return { status: 'duplicate', jp: earlier.jp, requested: earlier.requested ?? earlier.jp };
    // not written: either another credit landed on these days meanwhile (read again and retry),
    // or the caller's guard does not hold
    if (sumOf(await jpPerDay(db, staffId, first, last)) === sumOf(used)) return { status: 'refused' };
  }
  throw new ConflictError({ id: 'Catatan JP sedang diperbarui oleh permintaan lain. Coba lagi.', en: 'The JP record is being updated by another request. Please try again.' });
}

/**
 * Voids the credit of an activity (a revoked certificate): a 'voided' statement with the negated
 * JP on the same learning days, so the year's total and the daily cap both give them back. Once
 * only (its own unique key). `alongside` runs in the same transaction.
 */
export async function voidCredit(db: Db, activityKey: string, at: Date, alongside: BatchItem<'sqlite'>[] = []): Promise<void> {
  const [original] = await db.select().from(trainingLedger).where(eq(trainingLedger.creditKey, activityKey));
  const items: BatchItem<'sqlite'>[] = [];
  if (original) {
    const statementId = crypto.randomUUID();
    items.push(
      db
        .insert(trainingLedger)
        .values({
          ...original,
          id: undefined,
          statementId,
          verb: 'voided',
          result: null,
          jp: -original.jp,
          at,
          creditKey: `void:${activityKey}`,
          jpRequested: null,
        })
        .onConflictDoNothing(),
      db
        .insert(trainingLedgerDays)
        .select(
          db
            .select({
              ledgerId: sql<number>`(SELECT v.id FROM ${trainingLedger} v WHERE v.statement_id = ${statementId})`.as('ledger_id'),
              staffId: trainingLedgerDays.staffId,
              day: trainingLedgerDays.day,
              jp: sql<number>`-${trainingLedgerDays.jp}`.as('jp'),
            })
            .from(trainingLedgerDays)
            .where(
              and(
                eq(trainingLedgerDays.ledgerId, original.id),
                sql`EXISTS (SELECT 1 FROM ${trainingLedger} v WHERE v.statement_id = ${statementId})`,
              ),
            ),
        ),
    );
  }
  items.push(...alongside);
  if (items.length) await db.batch(items as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
}

function parseResult(s: string | null): LedgerResult | null {
  if (!s) return null;
  try {
    return JSON.parse(s) as LedgerResult;
  } catch {
    return null;
  }
}

export async function ledgerOf(db: Db, staffId: number, opts: { creditsOnly?: boolean; limit?: number } = {}): Promise<LedgerEntryView[]> {
  const found = await db
    .select({ r: trainingLedger, titleId: trainingCourses.titleId, titleEn: trainingCourses.titleEn })
    .from(trainingLedger)
    .leftJoin(trainingCourses, eq(trainingCourses.id, trainingLedger.courseId))
    .where(and(eq(trainingLedger.staffId, staffId), opts.creditsOnly ? sql`${trainingLedger.jp} <> 0` : undefined))
    .orderBy(desc(trainingLedger.at), desc(trainingLedger.id))
    .limit(opts.limit ?? 500);
  return found.map(({ r, titleId, titleEn }) => ({
    id: r.id,
    statementId: r.statementId,
    actorNip: r.actorNip,
    actorName: r.actorName,
    verb: r.verb,
    objectType: r.objectType,
    objectId: r.objectId,
    objectName: r.objectName,
    result: parseResult(r.result),
    jp: r.jp,
    at: r.at,
    year: r.year,
    learnedOn: r.learnedOn ?? jakartaDate(r.at),
    jpRequested: r.jpRequested,
    courseId: r.courseId,
    certificateId: r.certificateId,
    objectNameEn: englishObjectName(r, titleId !== null && titleEn !== null ? { titleId, titleEn } : null),
  }));
}

/** JP of an Asia/Jakarta year = SUM(jp) over the ledger rows of that year (the year of the learning). */
export async function jpInYear(db: Db, staffId: number, year: number): Promise<number> {
  const [r] = await db
    .select({ jp: sql<number>`coalesce(sum(${trainingLedger.jp}), 0)` })
    .from(trainingLedger)
    .where(and(eq(trainingLedger.staffId, staffId), eq(trainingLedger.year, year)));
  return Number(r?.jp ?? 0);
}
