// A guarded insert of one row with its values as ONE JSON parameter:
//   INSERT INTO <table> (<every column>) SELECT json_extract(j.v, '$[0]'), … FROM (SELECT ? AS v) AS j WHERE <guard>
// The same row as `INSERT … SELECT <one SQL fragment per column> … WHERE <guard>` (src/modules/cases/
// commit.ts), but drizzle builds the select as three chunks instead of two or three per column: a
// new case is about a hundred columns in four tables, and building them was a tenth of a
// submission's CPU (issue 14.4: `is` from drizzle-orm/entity alone was 5%). The select's text is
// made once per table. Values go through each column's own mapping to the driver (a date to its
// milliseconds, a boolean to 0/1), as drizzle's insert does.
import { getTableColumns, SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './client';

interface Shape {
  columns: [string, SQLiteColumn][];
  select: SQL;
  from: SQL;
}

const shapes = new WeakMap<SQLiteTable, Shape>();

function shapeOf(table: SQLiteTable): Shape {
  let shape = shapes.get(table);
  if (!shape) {
    // the columns drizzle's insert names, in its order
    const columns = (Object.entries(getTableColumns(table)) as [string, SQLiteColumn][]).filter(([, c]) => c.generated === undefined);
    const items = columns.map((_, i) => `json_extract(j.v, '$[${i}]')`).join(', ');
    shape = { columns, select: sql.raw(`SELECT ${items} FROM (SELECT `), from: sql.raw(' AS v) AS j WHERE ') };
    shapes.set(table, shape);
  }
  return shape;
}

/** The value a column gets when the row leaves it out, as drizzle's own insert would give it. */
function defaultOf(column: SQLiteColumn): unknown {
  if (column.default !== undefined) {
    if (column.default instanceof SQL) throw new Error(`${column.name}: an SQL default cannot go in a JSON insert`);
    return column.default;
  }
  return column.defaultFn?.() ?? null;
}

/** The row as the driver stores it, in the table's column order. */
function driverValues(shape: Shape, values: Record<string, unknown>): unknown[] {
  return shape.columns.map(([key, column]) => {
    const v = values[key] === undefined ? defaultOf(column) : values[key];
    if (v instanceof SQL) throw new Error(`${column.name}: an SQL value cannot go in a JSON insert`);
    if (v === null || v === undefined) return null;
    const stored = column.mapToDriverValue(v) as unknown;
    // JSON carries text and numbers; a blob would arrive as an object
    if (typeof stored === 'object') throw new Error(`${column.name}: only text and numbers can go in a JSON insert`);
    return stored;
  });
}

/**
 * The row, written only while `guard` holds when the statement runs (it may name other tables
 * only in subqueries: `EXISTS (…)`, `(SELECT …) <= ?`). Every value must be a plain value, not
 * SQL. An insert builder: put it in a db.batch, or add `.returning(…)`.
 */
export function jsonInsert<T extends SQLiteTable>(db: Db, table: T, values: Record<string, unknown>, guard: SQL) {
  const shape = shapeOf(table);
  return db.insert(table).select(sql`${shape.select}${JSON.stringify(driverValues(shape, values))}${shape.from}${guard}`);
}

/** The whole row as a select would read it back: the values given, the columns' defaults for the rest. */
export function rowWithDefaults<T>(table: SQLiteTable, values: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [key, column] of shapeOf(table).columns) out[key] = values[key] === undefined ? defaultOf(column) : values[key];
  return out as T;
}
