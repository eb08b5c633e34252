import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { schema, type Db } from './client';

export interface LibsqlHandle {
  db: Db;
  client: Client;
}

/** `url` is `file:path.db`, `:memory:`, or `libsql://…` (sqld/Turso) with an auth token. */
export function openLibsql(url: string, authToken?: string): LibsqlHandle {
  const client = createClient(authToken ? { url, authToken } : { url });
  return { client, db: drizzle(client, { schema }) as unknown as Db };
}
