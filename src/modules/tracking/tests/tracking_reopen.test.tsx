import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, staff } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { caseRow, createViaApi, openPrivate, patchCase, trackApi } from '../../../../tests/helpers/complaints';

let h: Harness;
let officerId: number;
const DAY = 24 * 3600 * 1000;
beforeAll(async () => {
  h = await makeHarness();
  const [o] = await h.deps.db.select({ id: staff.id }).from(staff).where(eq(staff.email, 'petugas.dpupr@demo.pelita.id'));
  officerId = o!.id;
});
afterAll(async () => h.close());

async function reopen(code: string, key: string, message: string) {
  const { cookie, res } = await openPrivate(h, code, key);
  const html = await res.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  return {
    page: html,
    res: await h.request(`/lacak/${code}/buka-kembali`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
      body: new URLSearchParams({ _csrf: csrf, message }),
    }),
  };
}

describe(`reopen on ${RUNTIME}`, () => {
  it('within 10 working days: reopened, counted, new resolution due date, event for the citizen', async () => {
    h.clock.set('2026-03-02T02:00:00Z'); // Monday 09:00 WIB
    const { code, key, id } = await createViaApi(h);
    await patchCase(h, id, { status: 'resolved', resolvedAt: h.clock.now(), resolvedById: officerId });
    h.clock.advance(3 * DAY); // Thursday
    const { page, res } = await reopen(code, key, 'Lubangnya hanya ditutup pasir, sekarang terbuka lagi.');
    expect(page).toContain('Masalah belum selesai?');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Pengaduan dibuka kembali');
    const row = await caseRow(h, id);
    expect(row.status).toBe('reopened');
    expect(row.reopenCount).toBe(1);
    expect(row.resolvedAt).toBeNull();
    // Thursday 09:00 WIB + 5 working days = next Thursday 09:00 WIB
    expect(row.resolutionDueAt.toISOString()).toBe('2026-03-12T02:00:00.000Z');
    const evs = await h.deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, id));
    const ev = evs.find((e) => e.type === 'reopen');
    expect(ev).toMatchObject({ actorKind: 'citizen', fromStatus: 'resolved', toStatus: 'reopened', visibility: 'citizen' });
  });

  it('a reason is required', async () => {
    h.clock.set('2026-03-02T02:00:00Z');
    const { code, key, id } = await createViaApi(h);
    await patchCase(h, id, { status: 'resolved', resolvedAt: h.clock.now(), resolvedById: officerId });
    const { res } = await reopen(code, key, '  ');
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Pesan wajib diisi.');
    expect((await caseRow(h, id)).status).toBe('resolved');
  });

  it('too late: 11 working days after the resolution', async () => {
    h.clock.set('2026-03-02T02:00:00Z');
    const { code, key, id } = await createViaApi(h);
    await patchCase(h, id, { status: 'resolved', resolvedAt: h.clock.now(), resolvedById: officerId });
    h.clock.advance(15 * DAY); // Mon + 11 working days (three weekends in between) = Tuesday after next
    const { page, res } = await reopen(code, key, 'Masih rusak.');
    expect(page).not.toContain('Masalah belum selesai?');
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Batas waktu membuka kembali');
    expect((await caseRow(h, id)).status).toBe('resolved');

    const api = await trackApi(h, code, '/reopen', { key, json: { reason: 'Masih rusak.' } });
    expect(api.status).toBe(422);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('reopen_window_passed');
  });

  it('an open complaint cannot be reopened', async () => {
    const { code, key } = await createViaApi(h);
    const api = await trackApi(h, code, '/reopen', { key, json: { reason: 'coba' } });
    expect(api.status).toBe(422);
  });
});
