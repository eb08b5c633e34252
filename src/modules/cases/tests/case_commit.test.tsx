// The one way a case changes (commitCaseChange): everything of a change or nothing of it, guarded
// by the version the caller read.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { attachments, caseEvents, cases, outbox, ratings } from '../../../db/schema';
import { prepareAttachments } from '../attachments';
import { commitCaseChange, insertWith, type CaseChange } from '../commit';
import { readOutboxMessage } from '../mail';
import type { Harness } from '../../../../tests/harness/types';
import { insertComplaint } from '../../../../tests/helpers/cases';
import { PNG_BYTES } from '../../../../tests/helpers/complaints';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

async function rowOf(id: string) {
  const [row] = await h.deps.db.select().from(cases).where(eq(cases.id, id));
  return row!;
}
const eventsOf = (id: string) => h.deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, id)).orderBy(caseEvents.id);
const filesOf = (id: string) => h.deps.db.select().from(attachments).where(eq(attachments.caseId, id));

async function fullChange(caseId: string, unitId: number, serviceId: number): Promise<CaseChange> {
  const at = h.clock.now();
  return {
    at,
    events: [
      { actorKind: 'citizen', type: 'provide_info', fromStatus: 'info_requested', toStatus: 'in_progress', visibility: 'citizen', message: 'Ini fotonya.' },
      { actorKind: 'system', type: 'note_for_test', visibility: 'internal', data: { n: 1 } },
    ],
    set: { status: 'in_progress', pausedSince: null },
    attachments: await prepareAttachments(caseId, [{ name: 'foto.png', bytes: PNG_BYTES, type: 'image/png' }], { uploadedBy: 'citizen', visibility: 'citizen', at }),
    outbox: [{ to: 'warga@contoh.id', subject: 'Tautan', body: 'kunci rahasia', kind: 'test_mail', caseId, secret: true }],
    inserts: [insertWith(ratings, { caseId, unitId, serviceId, officerId: null, u1: 4, u2: 4, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 4, comment: null, createdAt: at })],
  };
}

describe(`commitCaseChange on ${RUNTIME}`, () => {
  it('writes events, fields, files (linked to the first event), sealed mail and other rows at once, and bumps the version', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'info_requested', pausedSince: '2026-03-02T02:00:00Z' });
    h.clock.set('2026-03-02T03:00:00Z');
    const change = await fullChange(k.id, k.unitId, k.serviceId);
    const r = await commitCaseChange(h.deps, { id: k.id, version: 1 }, change);
    expect(r).toEqual({ applied: true, version: 2 });

    const row = await rowOf(k.id);
    expect(row).toMatchObject({ status: 'in_progress', pausedSince: null, version: 2 });
    expect(row.updatedAt?.toISOString()).toBe('2026-03-02T03:00:00.000Z');
    const events = await eventsOf(k.id);
    expect(events.map((e) => e.type)).toEqual(['submitted', 'provide_info', 'note_for_test']);
    expect(events[1]).toMatchObject({ actorKind: 'citizen', fromStatus: 'info_requested', toStatus: 'in_progress', message: 'Ini fotonya.' });
    expect(events[1]!.at.toISOString()).toBe('2026-03-02T03:00:00.000Z');
    expect(JSON.parse(events[2]!.data!)).toEqual({ n: 1 });
    const files = await filesOf(k.id);
    expect(files).toHaveLength(1);
    expect(files[0]!.eventId).toBe(events[1]!.id);
    expect(await h.deps.files.get(files[0]!.storageKey)).not.toBeNull();
    const [mail] = await h.deps.db.select().from(outbox).where(eq(outbox.caseId, k.id));
    expect(mail!.sealed).toBe(true);
    expect(mail!.body).not.toContain('kunci rahasia');
    expect((await readOutboxMessage(h.deps.config.secret, mail!)).body).toBe('kunci rahasia');
    expect(await h.deps.db.select().from(ratings).where(eq(ratings.caseId, k.id))).toHaveLength(1);
  });

  it('a change read at an old version writes nothing, and its stored files are removed again', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'info_requested' });
    await h.deps.db.update(cases).set({ version: 2 }).where(eq(cases.id, k.id)); // someone else was first
    const change = await fullChange(k.id, k.unitId, k.serviceId);
    const r = await commitCaseChange(h.deps, { id: k.id, version: 1 }, change);
    expect(r).toEqual({ applied: false, version: 1 });
    expect((await rowOf(k.id)).status).toBe('info_requested');
    expect((await eventsOf(k.id)).map((e) => e.type)).toEqual(['submitted']);
    expect(await filesOf(k.id)).toHaveLength(0);
    expect(await h.deps.files.get(change.attachments![0]!.row.storageKey)).toBeNull();
    expect(await h.deps.db.select().from(outbox).where(eq(outbox.caseId, k.id))).toHaveLength(0);
    expect(await h.deps.db.select().from(ratings).where(eq(ratings.caseId, k.id))).toHaveLength(0);
  });

  it('an extra guard that does not hold writes nothing either', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'reopened' });
    const r = await commitCaseChange(h.deps, { id: k.id, version: 1 }, {
      at: h.clock.now(),
      events: [{ actorKind: 'system', type: 'auto_close', fromStatus: 'resolved', toStatus: 'closed', visibility: 'public' }],
      set: { status: 'closed' },
      guard: [eq(cases.status, 'resolved')],
    });
    expect(r.applied).toBe(false);
    expect((await rowOf(k.id)).status).toBe('reopened');
    expect((await eventsOf(k.id)).map((e) => e.type)).toEqual(['submitted']);
  });

  it('bookkeeping keeps the version (open forms stay valid) but is still guarded by it', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    const at = h.clock.now();
    const mark = (version: number) =>
      commitCaseChange(h.deps, { id: k.id, version }, {
        at,
        events: [{ actorKind: 'system', type: 'escalate', visibility: 'internal' }],
        set: { escalatedAt: at },
        keepVersion: true,
      });
    expect(await mark(1)).toEqual({ applied: true, version: 1 });
    const row = await rowOf(k.id);
    expect(row.version).toBe(1);
    expect(row.escalatedAt?.toISOString()).toBe(at.toISOString());
    expect(await mark(7)).toEqual({ applied: false, version: 7 });
    expect((await eventsOf(k.id)).filter((e) => e.type === 'escalate')).toHaveLength(1);
  });
});
