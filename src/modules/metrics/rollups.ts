// The monthly roll-ups (metric_months, metric_hist, metric_places, metric_categories; docs/metrics.md §6.2) kept in step with the
// case_segments projection. A case's contribution is a pure function of its rows and its rating
// (src/domain/metrics/rollup.ts); when segments.ts rewrites a case, the difference between the
// contribution of the rows it replaces and of the rows it writes is added to the roll-ups in the
// same batch, under the same guard, so the roll-ups always equal the sum over the rows there are.
//
// The difference travels as one JSON parameter read with json_each: a statement per table
// whatever the number of cells, far under D1's 100 bound parameters.
import { and, eq, getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { caseSegments, metricCategories, metricHist, metricMonths, metricPlaces, ratings } from '../../db/schema';
import {
  COUNTERS,
  parseCategoryCellKey,
  parseHistCellKey,
  parseMonthCellKey,
  parsePlaceCellKey,
  type Contribution,
  type Counter,
  type RatingFacts,
  type RollupRow,
  SPOT_COUNTERS,
  type SpotCounts,
} from '../../domain/metrics/rollup';

type SegmentDbRow = typeof caseSegments.$inferSelect;
type RatingDbRow = typeof ratings.$inferSelect;

const ms = (d: Date | null) => (d === null ? null : d.getTime());

/** A stored row as the roll-ups read it. */
export function rollupRowOf(r: SegmentDbRow): RollupRow {
  return {
    kind: r.kind,
    privacy: r.privacy,
    kelurahanCode: r.kelurahanCode,
    episode: r.episode,
    unitId: r.unitId,
    serviceId: r.serviceId,
    startAt: r.startAt.getTime(),
    endAt: ms(r.endAt),
    submitted: r.submitted,
    firstResponseAt: ms(r.firstResponseAt),
    firstResponseBy: r.firstResponseBy,
    firstResponseMs: r.firstResponseMs,
    frOutcome: r.frOutcome,
    frOutcomeAt: ms(r.frOutcomeAt),
    frOutcomeBy: r.frOutcomeBy,
    resOutcome: r.resOutcome,
    resOutcomeAt: ms(r.resOutcomeAt),
    resOutcomeBy: r.resOutcomeBy,
    outcome: r.outcome,
    outcomeAt: ms(r.outcomeAt),
    outcomeBy: r.outcomeBy,
    outcomeSla: r.outcomeSla,
    resolutionMs: r.resolutionMs,
    heldMs: r.heldMs,
    reopenedAt: ms(r.reopenedAt),
    ratedAt: ms(r.ratedAt),
  };
}

/** A stored rating as the roll-ups read it. */
export function ratingFactsOf(r: RatingDbRow): RatingFacts {
  return {
    createdAt: r.createdAt.getTime(),
    unitId: r.unitId,
    serviceId: r.serviceId,
    officerId: r.officerId,
    answers: [r.u1, r.u2, r.u3, r.u4, r.u5, r.u6, r.u7, r.u8, r.u9],
  };
}

type RollupTable = typeof metricMonths | typeof metricHist | typeof metricPlaces | typeof metricCategories;

const item = (i: number) => sql.raw(`json_extract(value, '$[${i}]')`);

/**
 * The fixed parts of an upsert's select, around its JSON and its guard: made once per table and set
 * of columns (a few per table: a new case's, and those the kinds of change give a rewrite).
 */
const upsertTexts = new Map<string, { head: SQL; where: SQL; tail: SQL }>();

function upsertText(table: RollupTable, names: readonly string[], key: SQLiteColumn[], changed: readonly string[]) {
  const name = getTableName(table);
  const shape = `${name}:${changed.join(',')}`;
  let text = upsertTexts.get(shape);
  if (!text) {
    const q = (id: string) => `"${id}"`;
    const read = new Set([...key.map((col) => col.name), ...changed]);
    // drizzle's insert names every column, in the table's order: the unchanged counters get their default
    const items = (Object.values(getTableColumns(table)) as SQLiteColumn[]).map((col) => {
      if (read.has(col.name)) return `json_extract(value, '$[${names.indexOf(col.name)}]')`;
      if (typeof col.default !== 'number') throw new Error(`${name}.${col.name}: a counter left out of an upsert needs a numeric default`);
      return String(col.default);
    });
    const set = changed.map((col) => `${q(col)} = ${q(name)}.${q(col)} + excluded.${q(col)}`);
    text = {
      head: sql.raw(`SELECT ${items.join(', ')} FROM json_each(`),
      where: sql.raw(') WHERE '),
      // the conflict clause follows the select's WHERE (which SQLite needs there to read it as an upsert)
      tail: sql.raw(` ON CONFLICT (${key.map((col) => q(col.name)).join(', ')}) DO UPDATE SET ${set.join(', ')}`),
    };
    upsertTexts.set(shape, text);
  }
  return text;
}

/**
 * `INSERT INTO <table> SELECT <json items> FROM json_each(<json>) WHERE <guard> ON CONFLICT (<key>)
 * DO UPDATE SET <each changed column> = <column> + excluded.<column>`: each JSON array one row, its
 * items in `names` order. Only the counters some row changes are read and added (the others get
 * their default 0 in a new row, and keep their value in one there): a new case adds to one of
 * metric_months' 25, and its statement is that much shorter to build and to compile (issue 14.4).
 * Its text is built once per table and set of columns.
 */
function upsertFromJson(db: Db, table: RollupTable, names: readonly string[], json: string, guard: SQL, key: SQLiteColumn[], changed: readonly string[]) {
  const text = upsertText(table, names, key, changed);
  return db.insert(table).select(sql`${text.head}${json}${text.where}${guard}${text.tail}`);
}

/**
 * `DELETE FROM <table> WHERE (<key>) IN (<the rows the JSON names, each found by its key>) AND
 * <every added column> = 0`: driven from the JSON's few cells into the primary key. By the key's
 * values rather than rowid, since metric_hist is stored by its key without one (migration 0026);
 * the subquery answers the table's own key columns, whose type lets SQLite search the key with
 * all of them (JSON values, having none, would limit it to the first).
 */
function deleteZeroRows(db: Db, table: RollupTable, names: readonly string[], json: string, key: SQLiteColumn[], added: readonly string[]) {
  const columns = Object.values(getTableColumns(table)) as SQLiteColumn[];
  const on = sql.join(
    key.map((col) => sql`m.${sql.identifier(col.name)} = ${item(names.indexOf(col.name))}`),
    sql` AND `,
  );
  const keyColumns = sql.join(key.map((col) => sql.identifier(col.name)), sql`, `);
  const found = sql.join(key.map((col) => sql`m.${sql.identifier(col.name)}`), sql`, `);
  return db.delete(table).where(
    and(
      sql`(${keyColumns}) IN (SELECT ${found} FROM json_each(${json}) JOIN ${table} AS m ON ${on})`,
      ...columns.filter((col) => added.includes(col.name)).map((col) => eq(col, 0)),
    ),
  );
}

const MONTH_NAMES = ['scope', 'scope_id', 'month', 'kind', ...COUNTERS] as const;
const MONTH_KEY = [metricMonths.scope, metricMonths.scopeId, metricMonths.month, metricMonths.kind];
const HIST_NAMES = ['scope', 'scope_id', 'measure', 'month', 'kind', 'minutes', 'n'] as const;
const HIST_KEY = [metricHist.scope, metricHist.scopeId, metricHist.month, metricHist.kind, metricHist.measure, metricHist.minutes];
const PLACE_NAMES = ['unit_id', 'month', 'kind', 'kelurahan_code', ...SPOT_COUNTERS] as const;
const PLACE_KEY = [metricPlaces.unitId, metricPlaces.month, metricPlaces.kind, metricPlaces.kelurahanCode];
const CATEGORY_NAMES = ['unit_id', 'month', 'kind', 'service_id', ...SPOT_COUNTERS] as const;
const CATEGORY_KEY = [metricCategories.unitId, metricCategories.month, metricCategories.kind, metricCategories.serviceId];
const spotCounts = (c: SpotCounts) => SPOT_COUNTERS.map((k) => c[k] ?? 0);

/**
 * Whether adding these items can leave a row at zero: only an item none of whose counts is
 * positive can (the roll-ups are sums of counts, never below zero), e.g. a rewrite's removals.
 * A new case's contribution only adds, and its batch needs no deletes.
 */
const mayLeaveZero = (items: readonly (readonly number[])[]) => items.some((counts) => !counts.some((n) => n > 0));

/**
 * The statements that add `delta` to the roll-ups while `guard` holds, and then remove the rows
 * the addition left at zero (a zero row says nothing a missing row does not). Empty for no change.
 */
export function rollupDeltaStatements(db: Db, delta: Contribution, guard: SQL) {
  const out: (ReturnType<typeof upsertFromJson> | ReturnType<typeof deleteZeroRows>)[] = [];
  const add = (table: RollupTable, names: readonly string[], key: SQLiteColumn[], added: readonly string[], cells: [readonly unknown[], readonly number[]][]) => {
    const json = JSON.stringify(cells.map(([k, counts]) => [...k, ...counts]));
    // the counters some cell changes; none: the cells add nothing, and only the zero rows' removal is left
    const changed = added.filter((_, i) => cells.some(([, counts]) => counts[i] !== 0));
    if (changed.length) out.push(upsertFromJson(db, table, names, json, guard, key, changed));
    if (mayLeaveZero(cells.map(([, counts]) => counts))) out.push(deleteZeroRows(db, table, names, json, key, added));
  };
  if (delta.months.size)
    add(
      metricMonths,
      MONTH_NAMES,
      MONTH_KEY,
      COUNTERS,
      [...delta.months].map(([key, counters]) => {
        const c = parseMonthCellKey(key);
        return [[c.scope, c.scopeId, c.month, c.kind], COUNTERS.map((k) => counters[k] ?? 0)];
      }),
    );
  if (delta.hist.size)
    add(
      metricHist,
      HIST_NAMES,
      HIST_KEY,
      ['n'],
      [...delta.hist].map(([key, n]) => {
        const c = parseHistCellKey(key);
        return [[c.scope, c.scopeId, c.measure, c.month, c.kind, c.minutes], [n]];
      }),
    );
  if (delta.places.size)
    add(
      metricPlaces,
      PLACE_NAMES,
      PLACE_KEY,
      SPOT_COUNTERS,
      [...delta.places].map(([key, counts]) => {
        const c = parsePlaceCellKey(key);
        return [[c.unitId, c.month, c.kind, c.kelurahan], spotCounts(counts)];
      }),
    );
  if (delta.categories.size)
    add(
      metricCategories,
      CATEGORY_NAMES,
      CATEGORY_KEY,
      SPOT_COUNTERS,
      [...delta.categories].map(([key, counts]) => {
        const c = parseCategoryCellKey(key);
        return [[c.unitId, c.month, c.kind, c.serviceId], spotCounts(counts)];
      }),
    );
  return out;
}

/** Empties the roll-ups: a rebuild starts from nothing. */
export function clearRollupStatements(db: Db) {
  return [db.delete(metricMonths), db.delete(metricHist), db.delete(metricPlaces), db.delete(metricCategories)];
}

/** The metric_months column of each counter. */
export const COUNTER_COLUMNS: Readonly<Record<Counter, SQLiteColumn>> = (() => {
  const byName = new Map((Object.values(getTableColumns(metricMonths)) as SQLiteColumn[]).map((c) => [c.name, c]));
  return Object.fromEntries(COUNTERS.map((c) => [c, byName.get(c)!])) as Record<Counter, SQLiteColumn>;
})();
