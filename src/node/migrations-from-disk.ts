import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitMigration, type Migration } from '../db/migrate';

export function readMigrationsFromDisk(dir: string): Migration[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, queries: splitMigration(readFileSync(join(dir, name), 'utf8')) }));
}
