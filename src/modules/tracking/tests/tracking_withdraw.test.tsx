// Issue 10.9: a citizen can withdraw their own complaint before it is resolved (the tracking page
// asks them to confirm, a reason is optional); the withdrawal ends the handling without an SLA
// judgement. And a rating of a case whose answer was a decline is credited to no officer, even
// when an earlier round of the case was resolved by one.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, cases, ratings, staff } from '../../../db/schema';
import { runScheduledJobs } from '../../../jobs';
import type { Harness } from '../../../../tests/harness/types';
import { caseRow, createViaApi, openPrivate, patchCase, trackApi } from '../../../../tests/helpers/complaints';
import { postForm, signInAs } from '../../../../tests/helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const REASON = 'Lubangnya sudah ditambal warga sendiri.';

describe(`10.9 withdrawal and credit on ${RUNTIME}`, () => {
  it('10.9 the citizen withdraws an open complaint from the tracking page, after confirming', async () => {
    h.clock.set('2026-11-02T02:00:00Z');
    const { code, key, id } = await createViaApi(h);
    h.clock.set('2026-11-03T02:00:00Z'); // a working day later
    const { cookie, res } = await openPrivate(h, code, key);
    const page = await res.text();
    expect(page).toContain(`action="/lacak/${code}/cabut"`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const send = (fields: Record<string, string>) =>
      h.request(`/lacak/${code}/cabut`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
        body: new URLSearchParams({ _csrf: csrf, ...fields }),
      });

    const unconfirmed = await send({ message: REASON });
    expect(unconfirmed.status).toBe(422);
    const again = await unconfirmed.text();
    expect(again).toContain('Centang pernyataan bahwa Anda ingin mencabut pengaduan ini.');
    expect(again).toContain(REASON); // what was typed stays
    expect((await caseRow(h, id)).status).toBe('submitted');

    const done = await send({ message: REASON, konfirmasi: '1' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Pengaduan Anda sudah dicabut.');
    const row = await caseRow(h, id);
    expect(row.status).toBe('withdrawn');
    expect(row.closedAt?.toISOString()).toBe('2026-11-03T02:00:00.000Z');
    const [ev] = await h.deps.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, id), eq(caseEvents.type, 'withdraw')));
    expect(ev).toMatchObject({ actorKind: 'citizen', fromStatus: 'submitted', toStatus: 'withdrawn', visibility: 'public', message: REASON });
    // the episode ends, measured: one working day
    expect(JSON.parse(ev!.data!).durations).toEqual({ resolution_ms: 24 * 3600_000, segment_ms: 24 * 3600_000, paused_ms: 0 });

    // the public sees that it was withdrawn, not why; nothing more can be done with it
    const pub = (await (await trackApi(h, code)).json()) as { status: string; status_label: { id: string }; events: { type: string; message: string | null }[] };
    expect(pub.status).toBe('withdrawn');
    expect(pub.status_label.id).toBe('Dicabut pelapor');
    expect(pub.events.find((e) => e.type === 'withdraw')?.message).toBeNull();
    const publicPage = await (await h.request(`/lacak/${code}`)).text();
    expect(publicPage).toContain('Dicabut oleh pelapor');
    expect(publicPage).not.toContain(REASON);
    const priv = (await (await trackApi(h, code, '', { key })).json()) as { allowed_actions: Record<string, boolean> };
    expect(priv.allowed_actions).toEqual({ information: false, attachments: false, rating: false, reopen: false, withdraw: false });
    // never escalated, whatever the time
    h.clock.set('2026-12-01T02:00:00Z');
    await runScheduledJobs(h.deps);
    expect(await h.deps.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, id), eq(caseEvents.type, 'escalate')))).toHaveLength(0);
  });

  it('10.9 through the API, while waiting for the citizen too; never once resolved', async () => {
    h.clock.set('2026-11-02T02:00:00Z');
    const waiting = await createViaApi(h);
    await patchCase(h, waiting.id, { status: 'info_requested', pausedSince: h.clock.now(), firstRespondedAt: h.clock.now(), citizenDueAt: new Date('2026-11-16T02:00:00Z') });
    const r = await trackApi(h, waiting.code, '/withdraw', { key: waiting.key, json: { reason: REASON } });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { status: string }).status).toBe('withdrawn');
    expect((await caseRow(h, waiting.id)).pausedSince).toBeNull();

    const resolved = await createViaApi(h);
    await patchCase(h, resolved.id, { status: 'resolved', resolvedAt: h.clock.now() });
    const refused = await trackApi(h, resolved.code, '/withdraw', { key: resolved.key, json: {} });
    expect(refused.status).toBe(422);
    expect((await caseRow(h, resolved.id)).status).toBe('resolved');
  });

  it('10.9 a rating of a complaint declined after a reopen is credited to no officer', async () => {
    h.clock.set('2026-11-02T02:00:00Z');
    const [o] = await h.deps.db.select({ id: staff.id }).from(staff).where(eq(staff.email, 'petugas.dpupr@demo.pelita.id'));
    const { code, key, id } = await createViaApi(h);
    await patchCase(h, id, { status: 'resolved', resolvedAt: h.clock.now(), resolvedById: o!.id, firstRespondedAt: h.clock.now(), version: 2 });
    // the citizen reopens; this time the unit declines, then closes
    expect((await trackApi(h, code, '/reopen', { key, json: { reason: 'Lubangnya muncul lagi.' } })).status).toBe(200);
    const officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const version = async () => String((await caseRow(h, id)).version);
    expect((await postForm(h, `/staf/kasus/${id}/aksi`, officer, { action: 'decline', message: 'Bukan jalan kota.', version: await version() })).status).toBe(303);
    expect((await caseRow(h, id)).declinedAt?.toISOString()).toBe('2026-11-02T02:00:00.000Z');
    expect((await postForm(h, `/staf/kasus/${id}/aksi`, officer, { action: 'close', version: await version() })).status).toBe(303);
    const rated = await trackApi(h, code, '/rating', { key, json: { elements: Array.from({ length: 9 }, () => 2) } });
    expect(rated.status).toBe(201);
    const [r] = await h.deps.db.select().from(ratings).where(eq(ratings.caseId, id));
    expect(r!.officerId).toBeNull();
    const [row] = await h.deps.db.select().from(cases).where(eq(cases.id, id));
    expect(row!.resolvedById).toBeNull();
  });
});
