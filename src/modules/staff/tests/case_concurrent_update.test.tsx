// Two officers act on the same case from the same version: the second gets a 409 that says what
// changed, and nothing of the first is overwritten.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { applyStaffAction, StaleVersionError } from '../../cases/staff-actions';
import { loadPrincipal } from '../../../platform/auth/principal';
import { caseEvents, cases } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { insertComplaint } from '../../../../tests/helpers/cases';
import { apiWithSession, postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';

let h: Harness;
let a: TestSession;
let b: TestSession;

beforeAll(async () => {
  h = await makeHarness();
});
beforeEach(async () => {
  h.clock.set('2026-03-03T03:00:00Z');
  a = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  b = await signInAs(h, 'petugas2.dpupr@demo.pelita.id');
});
afterAll(async () => h.close());

const eventsOf = async (id: string) =>
  (await h.deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, id))).sort((x, y) => x.id - y.id);
const rowOf = async (id: string) => (await h.deps.db.select().from(cases).where(eq(cases.id, id)))[0]!;

describe(`concurrent updates on ${RUNTIME}`, () => {
  it('HTML: the second officer gets 409 listing the change, and keeps the typed message', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'verified' });
    const first = await postForm(h, `/staf/kasus/${k.id}/aksi`, a, {
      action: 'reply',
      version: '1',
      message: 'Balasan petugas pertama.',
    });
    expect(first.status).toBe(303);
    const second = await postForm(h, `/staf/kasus/${k.id}/aksi`, b, {
      action: 'reply',
      version: '1',
      message: 'Balasan petugas kedua yang belum terkirim.',
    });
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(html).toContain('Kasus ini sudah diubah orang lain');
    expect(html).toContain('Balasan petugas pertama.'); // what changed
    expect(html).toContain('Sri Wahyuningsih'); // by whom
    expect(html).toMatch(/<textarea id="reply-message"[^>]*>Balasan petugas kedua yang belum terkirim\.<\/textarea>/);
    expect(html).toContain('name="version" value="2"'); // the form now carries the current version
    const row = await rowOf(k.id);
    expect(row.version).toBe(2);
    const ev = await eventsOf(k.id);
    expect(ev.map((e) => e.message)).not.toContain('Balasan petugas kedua yang belum terkirim.');
    expect(ev).toHaveLength(2);
  });

  it('API: 409 stale_version with the events since that version and the current status', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    const r1 = await apiWithSession(h, `/api/v1/cases/${k.id}/actions`, a, { json: { action: 'verify', version: 1 } });
    expect(r1.status).toBe(200);
    const r2 = await apiWithSession(h, `/api/v1/cases/${k.id}/actions`, a, {
      json: { action: 'note', version: 2, message: 'Catatan A.' },
    });
    expect(r2.status).toBe(200);
    const stale = await apiWithSession(h, `/api/v1/cases/${k.id}/actions`, b, {
      json: { action: 'decline', version: 1, message: 'Tidak valid.' },
    });
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as {
      error: { code: string; message: string; message_en: string; details: { current_status: string; current_version: number; changes: { type: string; message: string | null }[] } };
    };
    expect(body.error.code).toBe('stale_version');
    expect(body.error.message_en).toContain('changed by someone else');
    expect(body.error.details.current_status).toBe('verified');
    expect(body.error.details.current_version).toBe(3);
    expect(body.error.details.changes.map((c) => c.type)).toEqual(['verify', 'note']);
    const since2 = await apiWithSession(h, `/api/v1/cases/${k.id}/actions`, b, {
      json: { action: 'note', version: 2, message: 'B.' },
    });
    expect(((await since2.json()) as typeof body).error.details.changes.map((c) => c.type)).toEqual(['note']);
    expect((await rowOf(k.id)).status).toBe('verified');
  });

  it('a race decided inside the batch: both pass the version check, only one write lands', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'verified' });
    const pa = (await loadPrincipal(h.deps.db, a.staffId, 'session', null))!;
    const pb = (await loadPrincipal(h.deps.db, b.staffId, 'session', null))!;
    const results = await Promise.allSettled([
      applyStaffAction(h.deps, pa, k.id, { action: 'reply', version: 1, message: 'A menjawab.' }),
      applyStaffAction(h.deps, pb, k.id, { action: 'reply', version: 1, message: 'B menjawab.' }),
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.reason).toBeInstanceOf(StaleVersionError);
    const ev = await eventsOf(k.id);
    expect(ev.filter((e) => e.type === 'reply')).toHaveLength(1);
    expect((await rowOf(k.id)).version).toBe(2);
  });
});
