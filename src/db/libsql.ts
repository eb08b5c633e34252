import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { schema, type Db } from './client';

export interface LibsqlHandle {
  db: Db;
  client: Client;
}

/**
 * `url` is `file:path.db`, `:memory:`, or `libsql://…` (sqld/Turso) with an auth token;
 * `connections` caps a local file's pool (the client's default is 20).
 */
export function openLibsql(url: string, authToken?: string, connections?: number): LibsqlHandle {
  const client = createClient({ url, ...(authToken ? { authToken } : {}), ...(connections ? { concurrency: connections } : {}) });
  return { client, db: drizzle(client, { schema }) as unknown as Db };
}
