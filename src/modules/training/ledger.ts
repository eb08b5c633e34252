// Appending to and reading the training ledger (append-only: there is no update or delete here).
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { trainingLedger } from '../../db/schema-training';
import type { LedgerResult, ObjectType, Verb } from '../../domain/training/ledger';
import { jakartaYear } from '../../domain/time/jakarta';
import type { LedgerEntryView } from '../../domain/training/views';

export interface Actor {
  id: number;
  nip: string;
  name: string;
}

export interface NewEntry {
  actor: Actor;
  verb: Verb;
  objectType: ObjectType;
  objectId: string;
  objectName: string;
  courseId?: number | null;
  result?: LedgerResult | null;
  jp?: number;
  at: Date;
  certificateId?: number | null;
  creditKey?: string | null;
  /** the record year, when it is not the year of `at` (e.g. evidence counts in the year the learning ended) */
  year?: number;
}

/** The insert statement for one ledger row, for use alone or inside db.batch(). */
export function ledgerInsert(db: Db, e: NewEntry) {
  return db.insert(trainingLedger).values({
    statementId: crypto.randomUUID(),
    staffId: e.actor.id,
    actorNip: e.actor.nip,
    actorName: e.actor.name,
    verb: e.verb,
    objectType: e.objectType,
    objectId: e.objectId,
    objectName: e.objectName,
    courseId: e.courseId ?? null,
    result: e.result ? JSON.stringify(e.result) : null,
    jp: e.jp ?? 0,
    at: e.at,
    year: e.year ?? jakartaYear(e.at),
    certificateId: e.certificateId ?? null,
    creditKey: e.creditKey ?? null,
  });
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
  const rows = await db
    .select()
    .from(trainingLedger)
    .where(and(eq(trainingLedger.staffId, staffId), opts.creditsOnly ? sql`${trainingLedger.jp} <> 0` : undefined))
    .orderBy(desc(trainingLedger.at), desc(trainingLedger.id))
    .limit(opts.limit ?? 500);
  return rows.map((r) => ({
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
    courseId: r.courseId,
    certificateId: r.certificateId,
  }));
}

/** JP of an Asia/Jakarta year = SUM(jp) over the ledger rows of that year. */
export async function jpInYear(db: Db, staffId: number, year: number): Promise<number> {
  const [r] = await db
    .select({ jp: sql<number>`coalesce(sum(${trainingLedger.jp}), 0)` })
    .from(trainingLedger)
    .where(and(eq(trainingLedger.staffId, staffId), eq(trainingLedger.year, year)));
  return Number(r?.jp ?? 0);
}
