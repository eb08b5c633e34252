// Key-value settings an admin may change (table `settings`), read by whichever module needs one,
// with the default the module gives when the key was never set.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { settings } from '../../db/schema';

/** The stored value of a setting, or null when it was never set. */
export async function readSetting(db: Db, key: string): Promise<string | null> {
  return settingOf(await settingQuery(db, key));
}

/** readSetting's read, unsent: for a caller that batches it with its own (then settingOf). */
export function settingQuery(db: Db, key: string) {
  return db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).limit(1);
}

export function settingOf(rows: readonly { value: string }[]): string | null {
  return rows[0]?.value ?? null;
}

export async function writeSetting(db: Db, key: string, value: string): Promise<void> {
  await db
    .insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value: sql`excluded.value` } });
}
