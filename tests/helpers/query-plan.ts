// What SQLite plans for a query (EXPLAIN QUERY PLAN), and the steps of it that read a whole table
// or index: the query-plan tests of every module fail on those, so no hot query's cost grows with
// the history.
import { sql, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../../src/db/client';

export async function planOf(db: Db, q: SQLWrapper): Promise<string[]> {
  const rows = await db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${q.getSQL()}`);
  return rows.map((r) => r.detail);
}

/** Per query, its full scans ("SCAN t", not a search by an index; a constant row is fine). */
export async function scansOf(db: Db, queries: Record<string, SQLWrapper>): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const [name, q] of Object.entries(queries)) {
    const steps = await planOf(db, q);
    if (!steps.length) throw new Error(`${name}: no plan`);
    found[name] = steps.filter((s) => /^SCAN (?!CONSTANT ROW)/.test(s));
  }
  return found;
}
