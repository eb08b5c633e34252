// Issue 14.4: the `libsql` driver keeps each connection's prepared statements (statement-cache.ts).
// What keeping them must not change: every read sees the latest commit of any connection, a
// statement that failed runs again, a schema change is seen, a closed connection lets go.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibsql, useWriteAheadLog } from './libsql';
import { STATEMENTS_KEPT_PER_CONNECTION, statementCounts } from './statement-cache';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
async function file() {
  const dir = mkdtempSync(join(tmpdir(), 'pelita-stmt-'));
  dirs.push(dir);
  const url = `file:${join(dir, 'pelita.db')}`;
  const a = openLibsql(url, undefined, 1);
  await useWriteAheadLog(a.client, url);
  await a.client.execute('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)');
  return { url, a };
}
const values = (r: { rows: ArrayLike<Record<string, unknown>> }) => Array.from(r.rows, (row) => row['v']);

describe('14.4 statement_cache: prepared statements kept per connection', () => {
  it('statement_cache_reuses: the same SQL run again is not compiled again', async () => {
    const { a } = await file();
    await a.client.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['a'] });
    const before = statementCounts();
    for (const v of ['b', 'c', 'd']) await a.client.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: [v] });
    await a.client.batch([{ sql: 'INSERT INTO t (v) VALUES (?)', args: ['e'] }, { sql: 'INSERT INTO t (v) VALUES (?)', args: ['f'] }], 'write');
    const after = statementCounts();
    // five inserts answered from what was kept; the batch's BEGIN and COMMIT are compiled each time
    expect(after.reused - before.reused).toBe(5);
    expect(after.prepared - before.prepared).toBe(2);
    expect(values(await a.client.execute('SELECT v FROM t ORDER BY id'))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    a.client.close();
  });

  it('statement_cache_sees_other_commits: a kept read sees what another connection committed after it', async () => {
    const { url, a } = await file();
    const b = openLibsql(url, undefined, 1);
    const read = 'SELECT v FROM t ORDER BY id';
    expect(values(await a.client.execute(read))).toEqual([]);
    await b.client.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['from b'] });
    expect(values(await a.client.execute(read))).toEqual(['from b']);
    // and the kept read holds nothing that stops the other connection writing again
    await b.client.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['again'] });
    expect(values(await a.client.execute(read))).toEqual(['from b', 'again']);
    a.client.close();
    b.client.close();
  });

  it('statement_cache_after_failure: a statement that failed runs again, and a failed batch leaves nothing', async () => {
    const { a } = await file();
    const insert = 'INSERT INTO t (v) VALUES (?)';
    await a.client.execute({ sql: insert, args: ['x'] });
    await expect(a.client.execute({ sql: insert, args: ['x'] })).rejects.toThrow(/UNIQUE/);
    await a.client.execute({ sql: insert, args: ['y'] });
    await expect(a.client.batch([{ sql: insert, args: ['z'] }, { sql: insert, args: ['x'] }], 'write')).rejects.toThrow(/UNIQUE/);
    expect(values(await a.client.execute('SELECT v FROM t ORDER BY id'))).toEqual(['x', 'y']);
    a.client.close();
  });

  it('statement_cache_schema_change: a kept SELECT * sees a column added on its connection', async () => {
    const { a } = await file();
    await a.client.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['a'] });
    expect((await a.client.execute('SELECT * FROM t')).columns).toEqual(['id', 'v']);
    await a.client.execute("ALTER TABLE t ADD COLUMN w TEXT NOT NULL DEFAULT 'w'");
    expect((await a.client.execute('SELECT * FROM t')).columns).toEqual(['id', 'v', 'w']);
    await a.client.executeMultiple("ALTER TABLE t ADD COLUMN z TEXT NOT NULL DEFAULT 'z';");
    const r = await a.client.execute('SELECT * FROM t');
    expect(r.columns).toEqual(['id', 'v', 'w', 'z']);
    expect(r.rows[0]?.['z']).toBe('z');
    a.client.close();
  });

  it('statement_cache_columns: kept columns stay right, and a SELECT * sees a column another connection added', async () => {
    const { url, a } = await file();
    const b = openLibsql(url, undefined, 1);
    await a.client.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: ['a'] });
    const named = 'SELECT id, v AS value, count(*) AS n FROM t GROUP BY id';
    for (let i = 0; i < 3; i++) {
      const r = await a.client.execute(named);
      expect(r.columns).toEqual(['id', 'value', 'n']);
      expect(r.rows[0]).toMatchObject({ id: 1, value: 'a', n: 1 });
    }
    expect((await a.client.execute('SELECT * FROM t')).columns).toEqual(['id', 'v']);
    await b.client.execute("ALTER TABLE t ADD COLUMN w TEXT NOT NULL DEFAULT 'w'");
    // SQLite (kept or not) names the new column once the statement has stepped on the new schema
    await a.client.execute('SELECT * FROM t');
    const r = await a.client.execute('SELECT * FROM t');
    expect(r.columns).toEqual(['id', 'v', 'w']);
    expect(r.rows[0]?.['w']).toBe('w');
    a.client.close();
    b.client.close();
  });

  it('statement_cache_bounded: a connection keeps at most its limit, the least recently used going first', async () => {
    const { a } = await file();
    const start = statementCounts();
    for (let i = 0; i <= STATEMENTS_KEPT_PER_CONNECTION; i++) await a.client.execute(`SELECT ${i} AS n`);
    // the first was dropped when the limit was passed; the last is still kept
    await a.client.execute(`SELECT ${STATEMENTS_KEPT_PER_CONNECTION} AS n`);
    await a.client.execute('SELECT 0 AS n');
    const end = statementCounts();
    expect(end.reused - start.reused).toBe(1);
    expect(end.prepared - start.prepared).toBe(STATEMENTS_KEPT_PER_CONNECTION + 2);
    a.client.close();
  });

  it('statement_cache_writes_and_reads: a kept write still answers its changes and rowid, a kept read its rows', async () => {
    const { a } = await file();
    for (const v of ['a', 'b']) {
      const w = await a.client.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: [v] });
      expect(w.rowsAffected).toBe(1);
      expect(w.columns).toEqual([]);
    }
    const u = await a.client.execute({ sql: 'UPDATE t SET v = v || ? WHERE id > ?', args: ['!', 0] });
    expect(u.rowsAffected).toBe(2);
    const r = await a.client.execute({ sql: 'INSERT INTO t (v) VALUES (?) RETURNING id', args: ['c'] });
    expect(r.rows.map((row) => row['id'])).toEqual([3]);
    expect(values(await a.client.execute('SELECT v FROM t ORDER BY id'))).toEqual(['a!', 'b!', 'c']);
    a.client.close();
  });
});
