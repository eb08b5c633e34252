// The D1 project runs its files one after another in one workerd (vitest `isolate: false`, see
// vitest.config.ts): starting a Miniflare for each file took most of CI's time. So that a file
// still starts from nothing, as it did with a workerd of its own, this empties the file's
// bindings first: every table of D1 (its migrations' record too, so the harness applies them
// again) and every object of R2. Tests within one file share the database as before.
import { env } from 'cloudflare:test';
import { beforeAll } from 'vitest';

async function emptyD1(db: D1Database): Promise<void> {
  const { results } = await db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'")
    .all<{ name: string }>();
  if (results.length === 0) return;
  // one batch is one transaction: foreign keys are checked at its end, when every table is gone
  await db.batch([db.prepare('PRAGMA defer_foreign_keys = ON'), ...results.map((t) => db.prepare(`DROP TABLE IF EXISTS "${t.name.replaceAll('"', '""')}"`))]);
}

async function emptyR2(bucket: R2Bucket): Promise<void> {
  for (;;) {
    const page = await bucket.list({ limit: 1000 });
    if (page.objects.length === 0) return;
    await bucket.delete(page.objects.map((o) => o.key));
  }
}

beforeAll(async () => {
  await emptyD1(env.DB);
  await emptyR2(env.FILES);
});
