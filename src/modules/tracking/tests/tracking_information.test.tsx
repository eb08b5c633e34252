import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { attachments, caseEvents } from '../../../db/schema';
import { caseEventInsert } from '../../cases/events';
import type { Harness } from '../../../../tests/harness/types';
import { caseRow, createViaApi, openPrivate, patchCase, PNG_BYTES, trackApi } from '../../../../tests/helpers/complaints';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

/** Staff asked for information at the current clock time (set-up directly in the database). */
async function askForInformation(id: string) {
  const now = h.clock.now();
  await patchCase(h, id, { status: 'in_progress' });
  await caseEventInsert(h.deps.db, id, now, {
    actorKind: 'staff',
    type: 'request_info',
    fromStatus: 'in_progress',
    toStatus: 'info_requested',
    visibility: 'citizen',
    message: 'Mohon kirim foto lubang dari dekat.',
  });
  await patchCase(h, id, { status: 'info_requested', pausedSince: now, firstRespondedAt: now });
}

describe(`information requested on ${RUNTIME}`, () => {
  it('the citizen answers with a file: status in progress, SLA pause ends, due date pushed by the paused working time', async () => {
    h.clock.set('2026-03-02T02:00:00Z'); // Monday 09:00 WIB; resolution due next Monday 09:00 WIB
    const { code, key, id } = await createViaApi(h);
    h.clock.set('2026-03-03T02:00:00Z'); // Tuesday 09:00: staff ask
    await askForInformation(id);
    const before = await caseRow(h, id);
    expect(before.resolutionDueAt.toISOString()).toBe('2026-03-09T02:00:00.000Z');

    h.clock.set('2026-03-05T02:00:00Z'); // Thursday 09:00: two working days later the citizen answers
    const { cookie, res } = await openPrivate(h, code, key);
    const page = await res.text();
    expect(page).toContain('Mohon kirim foto lubang dari dekat.');
    expect(page).toContain('Kirim informasi yang diminta');
    expect(page).toContain('menunggu jawaban Anda');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const fd = new FormData();
    fd.append('_csrf', csrf);
    fd.append('message', 'Foto dari dekat terlampir, lubang sekitar 50 cm.');
    fd.append('files', new File([PNG_BYTES as BlobPart], 'dekat.png', { type: 'image/png' }));
    const sent = await h.request(`/lacak/${code}/informasi`, { method: 'POST', body: fd, headers: { Cookie: cookie } });
    expect(sent.status).toBe(200);
    const html = await sent.text();
    expect(html).toContain('Informasi terkirim');
    expect(html).toContain('dekat.png');

    const after = await caseRow(h, id);
    expect(after.status).toBe('in_progress');
    expect(after.pausedSince).toBeNull();
    expect(after.version).toBe(before.version + 1);
    // two paused working days (Tue 09:00 → Thu 09:00) push Monday 09:00 to Wednesday 09:00
    expect(after.resolutionDueAt.toISOString()).toBe('2026-03-11T02:00:00.000Z');
    const evs = await h.deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, id));
    expect(evs.at(-1)).toMatchObject({ type: 'provide_info', actorKind: 'citizen', fromStatus: 'info_requested', toStatus: 'in_progress', visibility: 'citizen' });
    const files = await h.deps.db.select().from(attachments).where(eq(attachments.caseId, id));
    expect(files).toHaveLength(1);
    expect(files[0]!.visibility).toBe('citizen');
  });

  it('a weekend during the pause does not count', async () => {
    h.clock.set('2026-03-02T02:00:00Z');
    const { code, key, id } = await createViaApi(h);
    h.clock.set('2026-03-06T02:00:00Z'); // Friday 09:00
    await askForInformation(id);
    h.clock.set('2026-03-09T02:00:00Z'); // Monday 09:00: one working day paused (Friday)
    const res = await trackApi(h, code, '/information', { key, json: { message: 'Lokasi tepatnya di depan toko roti.' } });
    expect(res.status).toBe(200);
    const j = (await res.json()) as { status: string; resolution_due_at: string; sla_paused: boolean };
    expect(j.status).toBe('in_progress');
    expect(j.sla_paused).toBe(false);
    expect(j.resolution_due_at).toBe('2026-03-10T02:00:00.000Z');
  });

  it('information can only be sent when it was asked for, and needs a message', async () => {
    const { code, key, id } = await createViaApi(h);
    let res = await trackApi(h, code, '/information', { key, json: { message: 'tambahan' } });
    expect(res.status).toBe(422);
    await askForInformation(id);
    res = await trackApi(h, code, '/information', { key, json: { message: '' } });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { fields: Record<string, unknown> } };
    expect(body.error.fields).toHaveProperty('message');
    expect((await caseRow(h, id)).status).toBe('info_requested');
  });

  it('a stale version is refused, not merged', async () => {
    const { id, code, key } = await createViaApi(h);
    await askForInformation(id);
    const { cookie, res } = await openPrivate(h, code, key);
    const page = await res.text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    // staff act in between (version bump)
    const row = await caseRow(h, id);
    const { provideInformation } = await import('../../cases/citizen-actions');
    await patchCase(h, id, { version: row.version + 1 });
    await expect(provideInformation(h.deps, row, 'jawaban lama')).rejects.toMatchObject({ status: 409 });
    const evs = await h.deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, id));
    expect(evs.some((e) => e.type === 'provide_info')).toBe(false);
    // through the page the citizen works on the current version
    const ok = await h.request(`/lacak/${code}/informasi`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
      body: new URLSearchParams({ _csrf: csrf, message: 'jawaban baru' }),
    });
    expect(ok.status).toBe(200);
  });
});
