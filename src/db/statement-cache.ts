// Prepared statements kept per connection on the Node server's local libSQL file (issue 14.4).
//
// @libsql/client prepares every statement anew on every call (`executeStmt`: `db.prepare(sql)`,
// run once, dropped). SQLite compiles an INSERT into `cases` together with every trigger and
// foreign key it fires, so a submission's seven statements spent ~1.0 ms of its ~5 ms in the
// compiler alone (V8 profile of 1,500 submissions on the 50k data set, `.prof/submit.ts`), and
// every page's reads paid the same on each request. The client has no option for a cache, so the
// one place every statement passes through — the `libsql` driver's `Database.prototype.prepare`,
// which @libsql/client calls — keeps them: one map per connection, keyed by the SQL text.
//
// Why reuse is safe here: the client runs each statement to its end at once (`all()` or `run()`,
// both synchronous), so one statement is never in use twice; the driver resets a statement before
// binding it again; a statement that ran to its end holds no lock or snapshot, so a kept read sees
// every commit made after it. What is kept is what the drivers prepare for data (SELECT, INSERT,
// UPDATE, DELETE, WITH, REPLACE); a schema change on the connection (CREATE, ALTER, DROP, or any
// script through `exec`) empties its map, so no kept `SELECT *` outlives the columns it named.
// A schema change by another connection is caught by SQLite itself, which prepares a kept
// statement again at its next step.
import Database from 'libsql';

/** At most this many statements a connection (the least recently used goes first). */
export const STATEMENTS_KEPT_PER_CONNECTION = 400;

type Connection = Database.Database;
type Statement = Database.Statement;

const kept = new WeakMap<Connection, Map<string, Statement>>();
const counts = { prepared: 0, reused: 0 };
let installed = false;

/** Statements that read or write data; all else (PRAGMA, BEGIN, COMMIT, DDL) is prepared anew. */
const DATA_STATEMENT = /^\s*(select|insert|update|delete|with|replace)\b/i;
/** A statement that selects `*` (not `count(*)`): its columns are whatever the table has now. */
const selectsEveryColumn = (sql: string) => sql.replace(/count\(\*\)/gi, '').includes('*');
/** Statements that change the schema: the connection's kept statements are dropped. */
const SCHEMA_STATEMENT = /^\s*(create|alter|drop|vacuum|attach|detach|reindex)\b/i;

/** Installs the cache on the driver once per process; later calls do nothing. */
export function keepPreparedStatements(): void {
  if (installed) return;
  installed = true;
  const proto = Database.prototype as unknown as {
    prepare(this: Connection, sql: string): Statement;
    exec(this: Connection, sql: string): unknown;
    close(this: Connection): unknown;
  };
  const prepare = proto.prepare;
  const exec = proto.exec;
  const close = proto.close;
  proto.prepare = function (this: Connection, sql: string): Statement {
    if (!DATA_STATEMENT.test(sql)) {
      if (SCHEMA_STATEMENT.test(sql)) kept.delete(this);
      counts.prepared++;
      return prepare.call(this, sql);
    }
    let statements = kept.get(this);
    if (!statements) kept.set(this, (statements = new Map()));
    const statement = statements.get(sql);
    if (statement) {
      // most recently used last: the map's first key is the one to drop
      statements.delete(sql);
      statements.set(sql, statement);
      counts.reused++;
      return statement;
    }
    const fresh = prepare.call(this, sql);
    counts.prepared++;
    if (!fresh.reader) notAReader(fresh);
    else if (!selectsEveryColumn(sql)) keepColumns(fresh);
    statements.set(sql, fresh);
    if (statements.size > STATEMENTS_KEPT_PER_CONNECTION) statements.delete(statements.keys().next().value as string);
    return fresh;
  };
  proto.exec = function (this: Connection, sql: string): unknown {
    kept.delete(this);
    return exec.call(this, sql);
  };
  // a closed connection's statements are let go, as the client lets each go after its one run
  proto.close = function (this: Connection): unknown {
    kept.delete(this);
    return close.call(this);
  };
}

/**
 * @libsql/client asks every statement for raw rows to learn whether it returns any: the driver
 * throws for one that does not, a new error with its stack each time (~10 µs; a submission's seven
 * writes spent ~0.09 ms on them). A kept statement that returns nothing throws one error made once,
 * with the driver's message.
 */
const NOT_A_READER = new Error('The raw() method is only for statements that return data');
function notAReader(statement: Statement): void {
  statement.raw = () => {
    throw NOT_A_READER;
  };
}

/**
 * @libsql/client asks a statement for its columns twice on every run (names, then types), and the
 * driver builds them anew from SQLite each time (~3% of a dashboard's time). A kept statement that
 * names its columns answers with the ones it had at its first run: its columns change only with
 * the schema, and a schema change on its connection lets it go. One that selects `*` asks each
 * time: after another connection adds a column, SQLite prepares it again at its next step.
 */
function keepColumns(statement: Statement): void {
  const columns = statement.columns.bind(statement);
  let known: ReturnType<Statement['columns']> | undefined;
  statement.columns = () => (known ??= columns());
}

/** How many statements the driver compiled, and how many it answered from what was kept, so far. */
export function statementCounts(): { prepared: number; reused: number } {
  return { ...counts };
}
