// Issue 10.11: a case's files are stored before the batch that records them, so a crash in
// between left files no row points to, kept for ever. The scheduled job deletes stored case files
// without an attachments row once they are older than 24 hours, and leaves every other file alone.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { attachments } from '../../../db/schema';
import { runScheduledJobs } from '../../../jobs';
import { orphanFiles } from '../jobs/orphan-files';
import type { Harness } from '../../../../tests/harness/types';
import { confirmation, PNG_BYTES, submitComplaint, validFields } from '../../../../tests/helpers/complaints';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const HOUR = 3600_000;

describe(`10.11 orphan files on ${RUNTIME}`, () => {
  it('10.11 files written before a crash are deleted after 24 hours; attached files and other files stay', async () => {
    // files are stamped by the store's own clock (R2, the disk): the job's clock is set from it
    h.clock.set(new Date());
    const res = await submitComplaint(h, validFields(), [{ name: 'lubang.png', bytes: PNG_BYTES, type: 'image/png' }]);
    expect(res.status).toBe(200);
    confirmation(await res.text());
    const [kept] = await h.deps.db.select().from(attachments).limit(1);
    expect(kept).toBeDefined();
    // what a crash between storing and recording leaves behind
    const orphan = `cases/${crypto.randomUUID()}/${crypto.randomUUID()}`;
    await h.deps.files.put(orphan, PNG_BYTES, 'image/png');
    const elsewhere = `training/evidence/${crypto.randomUUID()}`;
    await h.deps.files.put(elsewhere, PNG_BYTES, 'application/pdf');

    h.clock.set(new Date(Date.now() + 23 * HOUR)); // within the grace period: an upload may still be recording
    expect((await runScheduledJobs(h.deps, [orphanFiles]))['orphan-files']).toMatchObject({ deleted: 0 });
    expect(await h.deps.files.get(orphan)).not.toBeNull();

    h.clock.set(new Date(Date.now() + 25 * HOUR));
    const run = await runScheduledJobs(h.deps, [orphanFiles]);
    expect(run['orphan-files']).toMatchObject({ deleted: 1 });
    expect(await h.deps.files.get(orphan)).toBeNull();
    expect(await h.deps.files.get(kept!.storageKey)).not.toBeNull();
    expect(await h.deps.files.get(elsewhere)).not.toBeNull();
    const [still] = await h.deps.db.select().from(attachments).where(eq(attachments.id, kept!.id));
    expect(still).toBeDefined();
    // a second pass finds nothing more to delete
    expect((await runScheduledJobs(h.deps, [orphanFiles]))['orphan-files']).toMatchObject({ deleted: 0 });
  });

  it('is one of the scheduled jobs', async () => {
    const { SCHEDULED_JOBS } = await import('../../../jobs');
    expect(SCHEDULED_JOBS.map((j) => j.name)).toEqual(
      expect.arrayContaining(['orphan-files', 'info-request-expiry', 'due-recompute', 'sla-escalation', 'auto-close']),
    );
  });
});
