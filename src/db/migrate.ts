// Applies the drizzle-kit SQL files in migrations/ to a libSQL database, recording them in the
// same `d1_migrations` table that `wrangler d1 migrations apply` uses, so both runtimes agree
// on what has been applied.
import type { Client } from '@libsql/client';

export interface Migration {
  name: string;
  queries: string[];
}

/** Splits a drizzle-kit migration file into statements. */
export function splitMigration(sqlText: string): string[] {
  return sqlText
    .split('--> statement-breakpoint')
    .map((q) => q.trim())
    .filter((q) => q.length > 0);
}

export async function applyMigrations(client: Client, migrations: readonly Migration[]): Promise<string[]> {
  await client.execute(
    `CREATE TABLE IF NOT EXISTS d1_migrations(
       id INTEGER PRIMARY KEY AUTOINCREMENT,
       name TEXT UNIQUE,
       applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)`,
  );
  const done = new Set(
    (await client.execute('SELECT name FROM d1_migrations')).rows.map((r) => String(r['name'])),
  );
  const applied: string[] = [];
  for (const m of [...migrations].sort((a, b) => a.name.localeCompare(b.name))) {
    if (done.has(m.name)) continue;
    await client.batch(
      [
        ...m.queries.map((sql) => ({ sql, args: [] })),
        { sql: 'INSERT INTO d1_migrations (name) VALUES (?)', args: [m.name] },
      ],
      'write',
    );
    applied.push(m.name);
  }
  return applied;
}
