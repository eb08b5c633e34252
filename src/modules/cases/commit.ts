// One way to change a case, for every kind and every actor: staff actions, the citizen's actions
// (information, files, reopen, rating) and the scheduled jobs (escalation, auto-close).
//
// A change is its history events, its field updates, its attachments, its outbox mail and any
// row of another table that belongs to it (a rating). It is written in ONE db.batch — a single
// transaction on D1 and on libSQL — guarded by the version of the case the caller read:
//   1. every insert is `INSERT … SELECT <values> FROM cases WHERE id = ? AND version = ? [AND …]`,
//      so it writes a row only while the case is still as the caller read it;
//   2. last, `UPDATE cases SET …, version = version + 1 WHERE id = ? AND version = ? [AND …]
//      RETURNING id` reports whether the change applied.
// Inside the batch every statement sees the same case, so either all of them apply or none
// does. A change that lost the race (someone else changed the case first) is reported, never
// merged; each caller turns that into its own answer (staff: 409 with the changes since; the
// citizen: 409; a job: skip). Files are stored before the batch and removed again if it did not
// apply. The statements are built from the tables' column names, so a new column cannot shift
// a value into the wrong place. The citizen's notifications of the change (src/modules/cases/
// notices.ts) are written here too, with the change or not at all, whoever made it.
import { and, eq, getTableColumns, is, SQL, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { attachments, caseEvents, cases, outbox } from '../../db/schema';
import type { AppConfig, FileStore } from '../../platform/runtime/deps';
import { discardFiles, storeFiles, type PreparedAttachment } from './attachments';
import { keepSegmentsCurrent, markSegmentsPending } from '../metrics/segments';
import { caseEventValues, type CaseEventInput } from './events';
import { outboxRow, type OutboxMessage } from './mail';
import { findKind } from './kinds';
import { noticeMail, notifiesCitizen } from './notices';

export type CaseRow = typeof cases.$inferSelect;

/** Fields a change may set; the version and updated_at are the commit's. */
export type CaseUpdate = Partial<Omit<typeof cases.$inferInsert, 'id' | 'version' | 'updatedAt'>>;

/** A row of another table that is written with the change and only with it. */
export interface GuardedInsert {
  table: SQLiteTable;
  values: Record<string, unknown>;
}

/** A GuardedInsert, typed against its table. */
export function insertWith<T extends SQLiteTable>(table: T, values: T['$inferInsert']): GuardedInsert {
  return { table, values };
}

export interface CaseChange {
  /** when it happened: the events' time and the case's updated_at */
  at: Date;
  /** in order; attachments belong to the first */
  events: readonly CaseEventInput[];
  set?: CaseUpdate;
  /** prepared, not yet stored: the commit stores them, and removes them if the change loses */
  attachments?: readonly PreparedAttachment[];
  outbox?: readonly OutboxMessage[];
  /** more conditions the case must meet, e.g. eq(cases.status, 'resolved') */
  guard?: readonly SQL[];
  inserts?: readonly GuardedInsert[];
  /**
   * Statements of a kind's own that need SQL an insert cannot say (advancing a counter), built
   * with the same guard, so they apply with the change or not at all. After the inserts.
   */
  statements?: readonly ((db: Db, guard: SQL) => BatchItem<'sqlite'>)[];
  /**
   * Bookkeeping that changes nothing anyone acts on (the escalation mark): still guarded by the
   * version, but the version and updated_at stay, so forms open on the case stay valid.
   */
  keepVersion?: boolean;
}

export interface CommitDeps {
  db: Db;
  files: FileStore;
  /** baseUrl: the tracking link in the citizen's notifications */
  config: Pick<AppConfig, 'secret' | 'baseUrl'>;
}

export interface CommitResult {
  applied: boolean;
  /** the case's version after the change (unchanged when it did not apply) */
  version: number;
}

type Batch = [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]];

/** The value a column gets when an insert leaves it out, as drizzle's own insert would. */
function columnDefault(column: SQLiteColumn): SQL {
  const d = column.default ?? column.defaultFn?.();
  if (d === undefined) return sql`null`;
  return is(d, SQL) ? d : sql`${sql.param(d, column)}`;
}

/** INSERT INTO table (every column) SELECT <values> FROM cases WHERE <guard>: a row only while the guard holds. */
export function guardedInsert(db: Db, table: SQLiteTable, values: Record<string, unknown>, guard: SQL) {
  const selection: Record<string, SQL> = {};
  for (const [key, column] of Object.entries(getTableColumns(table)) as [string, SQLiteColumn][]) {
    const v = values[key];
    selection[key] = v === undefined ? columnDefault(column) : is(v, SQL) ? v : sql`${sql.param(v, column)}`;
  }
  // drizzle checks at run time that the selection names every column of the table in order
  const select = db.select(selection).from(cases).where(guard) as unknown as Parameters<ReturnType<Db['insert']>['select']>[0];
  return db.insert(table).select(select);
}

type NoticeField = 'id' | 'kind' | 'trackingCode' | 'title' | 'status' | 'contactEmail' | 'language';
const noticeColumns = { id: cases.id, kind: cases.kind, trackingCode: cases.trackingCode, title: cases.title, status: cases.status, contactEmail: cases.contactEmail, language: cases.language };

/** The case as the caller read it: its id and version, and the rest when the caller has it. */
export type CommitRow = Pick<CaseRow, 'id' | 'version'> & Partial<CaseRow>;

function hasNoticeFields(row: CommitRow): row is Pick<CaseRow, NoticeField | 'version'> {
  return (Object.keys(noticeColumns) as NoticeField[]).every((k) => row[k] !== undefined);
}

/**
 * The mails that tell the citizen of this change: one per event that notifies (notices.ts), to the
 * address they left. The case is read only when an event could notify (one the citizen may read).
 */
async function citizenNotices(db: Db, origin: string, row: CommitRow, change: CaseChange): Promise<OutboxMessage[]> {
  if (!change.events.some((e) => e.visibility !== 'internal')) return [];
  // the caller's row when it is the whole case (staff and citizen actions), else one read
  const c: Pick<CaseRow, NoticeField> | undefined = hasNoticeFields(row)
    ? row
    : (await db.select(noticeColumns).from(cases).where(eq(cases.id, row.id)).limit(1))[0];
  const kind = c ? findKind(c.kind) : null;
  if (!c?.contactEmail || !kind) return [];
  const citizenDueAt = change.set?.citizenDueAt ?? null;
  return change.events.filter((e) => notifiesCitizen(kind, e)).map((e) => noticeMail(kind, { ...c, contactEmail: c.contactEmail! }, e, origin, citizenDueAt));
}

/** Writes the change if the case is still at `row.version` (and meets `change.guard`). */
export async function commitCaseChange(deps: CommitDeps, row: CommitRow, change: CaseChange): Promise<CommitResult> {
  const { db } = deps;
  const at = change.at;
  const guard = and(eq(cases.id, row.id), eq(cases.version, row.version), ...(change.guard ?? [])) as SQL;
  const [first, ...more] = change.events;
  const files = change.attachments ?? [];
  // the first event's id, once it is inserted: the newest event of the case
  const firstEventId = sql`(SELECT max(${caseEvents.id}) FROM ${caseEvents} WHERE ${caseEvents.caseId} = ${row.id})`;

  const items: BatchItem<'sqlite'>[] = [];
  if (first) items.push(guardedInsert(db, caseEvents, caseEventValues(row.id, at, first), guard));
  for (const f of files) items.push(guardedInsert(db, attachments, { ...f.row, eventId: first ? firstEventId : null }, guard));
  for (const e of more) items.push(guardedInsert(db, caseEvents, caseEventValues(row.id, at, e), guard));
  for (const m of [...(change.outbox ?? []), ...(await citizenNotices(db, deps.config.baseUrl, row, change))])
    items.push(guardedInsert(db, outbox, await outboxRow(deps.config.secret, at, m), guard));
  for (const i of change.inserts ?? []) items.push(guardedInsert(db, i.table, i.values, guard));
  for (const st of change.statements ?? []) items.push(st(db, guard));
  // the case's metrics rows are rewritten after the change; the mark stays if that fails
  items.push(markSegmentsPending(db, row.id, at, guard));
  const version = change.keepVersion ? row.version : row.version + 1;
  const set = change.keepVersion ? { ...change.set } : { ...change.set, version, updatedAt: at };
  items.push(db.update(cases).set(set).where(guard).returning({ id: cases.id }));

  await storeFiles(deps.files, files);
  let applied = false;
  try {
    const results = await db.batch(items as Batch);
    const updated = results[results.length - 1] as unknown;
    applied = Array.isArray(updated) && updated.length === 1;
  } catch (err) {
    await discardFiles(deps.files, files);
    throw err;
  }
  if (!applied) await discardFiles(deps.files, files);
  else await keepSegmentsCurrent(db, row.id, at);
  return { applied, version: applied ? version : row.version };
}
