// Stored files no attachment row points to (issue 10.11): a case's files are written before the
// batch that records them, so a crash in between, or the losing half of a double submit whose
// removal failed, leaves bytes nobody can reach and nobody deletes. This job walks the case files
// in the store (R2 or the disk) in pages and deletes each object that is older than a grace
// period and has no attachments row. The grace (24 hours) is far longer than any upload takes,
// so a file whose row is still being written is never touched. The disk store also removes the
// empty folders it finds on the way.
//
// A run takes a bounded number of pages and remembers where it stopped (settings key
// `orphan_files_cursor`); the next run goes on from there, and after the last page starts again.
import { inArray } from 'drizzle-orm';
import { attachments } from '../../../db/schema';
import { readSetting, writeSetting } from '../../../platform/settings/settings';
import type { AppDeps } from '../../../platform/runtime/deps';
import type { ScheduledJob } from '../../../jobs';

/** Where case files live (src/modules/cases/attachments.ts: cases/{caseId}/{attachmentId}). */
const PREFIX = 'cases/';
export const ORPHAN_GRACE_MS = 24 * 60 * 60 * 1000;
const PAGE = 500;
const PAGES_PER_RUN = 10;
/** D1 binds at most 100 parameters to a statement. */
const LOOKUP = 90;
export const ORPHAN_CURSOR_KEY = 'orphan_files_cursor';

export async function deleteOrphanFiles(deps: Pick<AppDeps, 'db' | 'files'>, now: Date, pages = PAGES_PER_RUN): Promise<{ checked: number; deleted: number }> {
  const { db, files } = deps;
  let cursor = (await readSetting(db, ORPHAN_CURSOR_KEY)) || null;
  let checked = 0;
  let deleted = 0;
  const before = now.getTime() - ORPHAN_GRACE_MS;
  for (let i = 0; i < pages; i++) {
    const page = await files.list(PREFIX, cursor, PAGE);
    checked += page.objects.length;
    const old = page.objects.filter((o) => o.uploadedAt.getTime() < before).map((o) => o.key);
    for (let j = 0; j < old.length; j += LOOKUP) {
      const keys = old.slice(j, j + LOOKUP);
      const known = new Set((await db.select({ key: attachments.storageKey }).from(attachments).where(inArray(attachments.storageKey, keys))).map((r) => r.key));
      for (const key of keys) {
        if (known.has(key)) continue;
        await files.delete(key);
        deleted++;
      }
    }
    cursor = page.cursor;
    if (!cursor) break;
  }
  await writeSetting(db, ORPHAN_CURSOR_KEY, cursor ?? '');
  return { checked, deleted };
}

export const orphanFiles: ScheduledJob = {
  name: 'orphan-files',
  run: (deps) => deleteOrphanFiles(deps, deps.clock.now()),
};
