// An action the state does not allow is a 422 (action_not_allowed), through the form and the API.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, cases } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { insertComplaint } from '../../../../tests/helpers/cases';
import { apiWithSession, postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';

let h: Harness;
let officer: TestSession;
let official: TestSession;

beforeAll(async () => {
  h = await makeHarness();
});
beforeEach(async () => {
  h.clock.set('2026-03-03T03:00:00Z');
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  official = await signInAs(h, 'pimpinan@demo.pelita.id');
});
afterAll(async () => h.close());

describe(`forbidden actions on ${RUNTIME}`, () => {
  it('resolving a case that has not been verified: API 422 action_not_allowed, nothing written', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    const res = await apiWithSession(h, `/api/v1/cases/${k.id}/actions`, officer, {
      json: { action: 'resolve', version: 1, message: 'Selesai.' },
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; message: string; message_en: string } };
    expect(body.error.code).toBe('action_not_allowed');
    expect(body.error.message).toContain('Selesaikan');
    expect(body.error.message_en).toContain('Received');
    const [row] = await h.deps.db.select().from(cases).where(eq(cases.id, k.id));
    expect(row!.version).toBe(1);
    expect(await h.deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, k.id))).toHaveLength(1);
  });

  it('closing an open case through the form: 422 page with the message, typed text kept', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'in_progress' });
    const res = await postForm(h, `/staf/kasus/${k.id}/aksi`, officer, { action: 'close', version: '1' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('tidak dapat dilakukan pada status');
  });

  it('an unknown action, an officer assigning, a claim of an assigned case, loosening privacy', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak', assigneeEmail: 'petugas2.dpupr@demo.pelita.id' });
    const call = (json: Record<string, unknown>) => apiWithSession(h, `/api/v1/cases/${k.id}/actions`, officer, { json: { version: 1, ...json } });
    let res = await call({ action: 'explode' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('action_not_allowed');
    res = await call({ action: 'rate' }); // a citizen's action
    expect(res.status).toBe(422);
    res = await call({ action: 'claim' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { message_en: string } }).error.message_en).toContain('another officer');
    res = await call({ action: 'assign', assignee: officer.staffId });
    expect(res.status).toBe(403);
    res = await call({ action: 'verify', privacy: 'publik' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { fields: Record<string, unknown> } }).error.fields).toHaveProperty('privacy');
  });

  it('officials read every case but cannot act', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak', privacy: 'anonim' });
    const page = await h.request(`/staf/kasus/${k.id}`, { headers: { Cookie: official.cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain('id="aksi-verify"');
    expect(html).not.toContain('budi.santoso@example.id'); // anonim identity stays hidden
    const res = await apiWithSession(h, `/api/v1/cases/${k.id}/actions`, official, { json: { action: 'verify', version: 1 } });
    expect(res.status).toBe(403);
  });
});
