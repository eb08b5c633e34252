import type { BatchItem, BatchResponse } from 'drizzle-orm/batch';
import { getTableColumns } from 'drizzle-orm';
import type { BaseSQLiteDatabase, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as core from './schema';
import * as training from './schema-training';

export const schema = { ...core, ...training };
export type Schema = typeof schema;

/**
 * The database as every data-access function sees it: drizzle over D1 (Workers) or libSQL
 * (Node). Both are async SQLite and both offer `batch()`, the one transaction form D1 has.
 */
export type Db = BaseSQLiteDatabase<'async', unknown, Schema> & {
  batch<U extends BatchItem<'sqlite'>, T extends Readonly<[U, ...U[]]>>(
    batch: T,
  ): Promise<BatchResponse<T>>;
};

/** D1 allows at most 100 bound parameters per statement: bulk inserts go in chunks. */
export const D1_MAX_PARAMS = 100;

export function chunkForParams<T>(rows: readonly T[], columnsPerRow: number, limit = 100): T[][] {
  const size = Math.max(1, Math.floor(limit / Math.max(1, columnsPerRow)));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Inserts many rows in statements that stay under D1's parameter limit. Drizzle binds every
 * column of the table (defaults included), so the chunk size is counted from the table itself.
 */
export async function insertChunked<T extends SQLiteTable>(
  db: Db,
  table: T,
  rows: readonly T['$inferInsert'][],
  onConflict: 'nothing' | 'fail' = 'nothing',
): Promise<void> {
  const columns = Object.keys(getTableColumns(table)).length;
  for (const chunk of chunkForParams(rows, columns, D1_MAX_PARAMS)) {
    const q = db.insert(table).values(chunk as T['$inferInsert'][]);
    await (onConflict === 'nothing' ? q.onConflictDoNothing() : q);
  }
}
