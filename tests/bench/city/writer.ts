// Bulk inserts for the benchmark data set on a libSQL file: multi-row INSERTs, many to a
// transaction (one `client.batch` per flush), never a round trip per row. Rows are written with
// the schema's own column names (drizzle's table definitions), so a renamed column fails here
// instead of writing garbage; Dates become epoch milliseconds and booleans 0/1, as drizzle
// stores them.
import type { Client, InStatement } from '@libsql/client';
import type { Db } from '../../../src/db/client';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

/** SQLite binds at most 32,766 parameters per statement; stay well under it. */
const MAX_PARAMS = 30_000;
const MAX_ROWS_PER_STATEMENT = 500;
/** rows per transaction */
const FLUSH_ROWS = 25_000;

type Value = string | number | null;

function toValue(v: unknown): Value {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' || typeof v === 'string') return v;
  throw new Error(`cannot store ${typeof v}`);
}

interface Pending {
  table: SQLiteTable;
  keys: string[] | null;
  rows: Value[][];
}

export class BulkWriter {
  private pending = new Map<SQLiteTable, Pending>();
  private rowsPending = 0;
  /** rows written so far, per table name */
  readonly written = new Map<string, number>();

  /**
   * `order`: tables whose rows are written before the others' in a flush, in this order (the
   * database checks foreign keys: a row's parent goes first). Other tables follow in the order of
   * their first rows.
   */
  constructor(
    private readonly client: Client,
    order: readonly SQLiteTable[] = [],
  ) {
    for (const table of order) this.pending.set(table, { table, keys: null, rows: [] });
  }

  /** Queues rows of `table`; every row must have the same properties (those of the first row of the table). */
  async insert<T extends SQLiteTable>(table: T, rows: readonly T['$inferInsert'][]): Promise<void> {
    for (const row of rows) {
      let p = this.pending.get(table);
      if (!p) {
        p = { table, keys: null, rows: [] };
        this.pending.set(table, p);
      }
      const keys = (p.keys ??= Object.keys(row));
      const r = row as Record<string, unknown>;
      p.rows.push(keys.map((k) => toValue(r[k])));
      this.rowsPending++;
    }
    if (this.rowsPending >= FLUSH_ROWS) await this.flush();
  }

  /** Writes everything queued, in one transaction. */
  async flush(): Promise<void> {
    if (!this.rowsPending) return;
    const statements: InStatement[] = [];
    for (const p of this.pending.values()) {
      if (!p.rows.length) continue;
      statements.push(...insertStatements(p));
      const name = getTableName(p.table);
      this.written.set(name, (this.written.get(name) ?? 0) + p.rows.length);
      p.rows = [];
    }
    this.rowsPending = 0;
    await this.client.batch(statements, 'write');
    await turnOfTheEventLoop();
  }
}

/**
 * Lets the event loop turn. The local libSQL client prepares every statement anew and frees its
 * native half in a finalizer that runs only when the event loop turns; a loop of awaited
 * statements (each resolved at once: the client is synchronous underneath) never lets it, and
 * the generation of 500,000 cases grew past 14 GB resident. Yielding after each transaction keeps
 * memory flat (tursodatabase/libsql-js#153 reports the same growth).
 */
export function turnOfTheEventLoop(): Promise<void> {
  return new Promise((done) => setImmediate(done));
}

/**
 * `db` whose every batch first lets the event loop turn (see turnOfTheEventLoop): for the real
 * rebuild, which writes a batch per few cases in one long loop.
 */
export function yieldingDb(db: Db): Db {
  return new Proxy(db, {
    get(target, key, receiver) {
      if (key !== 'batch') return Reflect.get(target, key, receiver);
      return async (...args: Parameters<Db['batch']>) => {
        await turnOfTheEventLoop();
        return target.batch(...args);
      };
    },
  });
}

function insertStatements(p: Pending): InStatement[] {
  const columns = getTableColumns(p.table) as Record<string, { name: string }>;
  const names = p.keys!.map((k) => {
    const c = columns[k];
    if (!c) throw new Error(`${getTableName(p.table)} has no column ${k}`);
    return `"${c.name}"`;
  });
  const perRow = names.length;
  const rowsPerStatement = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMS / perRow)));
  const one = `(${names.map(() => '?').join(',')})`;
  const head = `INSERT INTO "${getTableName(p.table)}" (${names.join(',')}) VALUES `;
  const out: InStatement[] = [];
  for (let i = 0; i < p.rows.length; i += rowsPerStatement) {
    const chunk = p.rows.slice(i, i + rowsPerStatement);
    out.push({ sql: head + chunk.map(() => one).join(','), args: chunk.flat() });
  }
  return out;
}
