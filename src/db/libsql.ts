import { createClient, type Client } from '@libsql/client';
import Database from 'libsql';
import { drizzle } from 'drizzle-orm/libsql';
import { schema, type Db } from './client';
import { keepPreparedStatements } from './statement-cache';

export interface LibsqlHandle {
  db: Db;
  client: Client;
}

/**
 * How long a statement on a local file waits for another connection's lock before SQLITE_BUSY.
 * The client's pool opens several connections to one file (and a city may run a job or a second
 * process beside the server): without a wait, a write that meets another's commit fails at once.
 */
export const BUSY_TIMEOUT_MS = 5_000;

/**
 * `url` is `file:path.db`, `:memory:`, or `libsql://…` (sqld/Turso) with an auth token;
 * `connections` caps a local file's pool (the client's default is 20). The busy timeout is an
 * option of the client, which applies it to every connection its pool opens (a PRAGMA would hold
 * only on the connection that ran it).
 */
export function openLibsql(url: string, authToken?: string, connections?: number): LibsqlHandle {
  // a local file or memory is the `libsql` driver in this process: its statements are kept
  if (!url.startsWith('libsql:') && !url.startsWith('http')) keepPreparedStatements();
  const client = createClient({
    url,
    ...(authToken ? { authToken } : {}),
    ...(connections ? { concurrency: connections } : {}),
    ...(url.startsWith('file:') ? { timeout: BUSY_TIMEOUT_MS } : {}),
  });
  return { client, db: drizzle(client, { schema }) as unknown as Db };
}

/**
 * A local file in WAL mode (issue 14.4): readers no longer wait for a writer, and a commit is one
 * append and one fsync of the log instead of the rollback journal's several (measured 1.2–1.4× on
 * submissions). The mode is kept in the file itself, so setting it once holds for every
 * connection, now and after a restart. Not for `:memory:` (no log) nor a remote database (its
 * server decides). Returns the journal mode the file is in.
 */
export async function useWriteAheadLog(client: Client, url: string): Promise<string | null> {
  if (!url.startsWith('file:')) return null;
  const r = await client.execute('PRAGMA journal_mode = WAL');
  return String(Object.values(r.rows[0] ?? {})[0] ?? '');
}

export interface NativeReader {
  /**
   * The first row of a read as an array of its columns, or undefined when there is none; each
   * statement is prepared once and kept (statement-cache.ts).
   */
  get(sql: string, ...args: (string | number)[]): unknown[] | undefined;
  close(): void;
}

/**
 * A local file read synchronously, on a connection of its own (null for anything but a local
 * file), for the one-row reads that decide whether a kept page still holds (issue 14.4): the
 * reference version every public request checks, a tracking page's case mark. Through
 * @libsql/client's promise bridge a one-row read costs ~20 µs here, on the native statement
 * ~5 µs — a sizeable part of what a whole kept page costs. The connection only reads, outside any
 * transaction, so each read sees every commit made before it by any connection: this process's,
 * the staff thread's, a script's.
 */
export function nativeReader(url: string): NativeReader | null {
  if (!url.startsWith('file:')) return null;
  keepPreparedStatements();
  const conn = new Database(url.slice('file:'.length), { timeout: BUSY_TIMEOUT_MS });
  return {
    // raw: the row as an array (this driver's pluck() still answers objects)
    get: (sql, ...args) => conn.prepare<(string | number)[]>(sql).raw().get(...args) as unknown[] | undefined,
    close: () => conn.close(),
  };
}
