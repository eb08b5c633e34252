// An officer of DLH cannot see or touch a DPUPR case: 403 for the page, the form and the API.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { cases } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { insertComplaint, type InsertedComplaint } from '../../../../tests/helpers/cases';
import { apiWithSession, postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';

let h: Harness;
let dlh: TestSession;
let k: InsertedComplaint;

beforeAll(async () => {
  h = await makeHarness();
  dlh = await signInAs(h, 'petugas.dlh@demo.pelita.id');
  k = await insertComplaint(h, { serviceCode: 'jalan-rusak', privacy: 'publik' });
});
afterAll(async () => h.close());

describe(`other unit's case on ${RUNTIME}`, () => {
  it('the case page is 403 without any of the case', async () => {
    const res = await h.request(`/staf/kasus/${k.id}`, { headers: { Cookie: dlh.cookie } });
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).not.toContain(k.trackingCode);
    expect(html).not.toContain('budi.santoso@example.id');
  });

  it('the form POST is 403 and changes nothing', async () => {
    const res = await postForm(h, `/staf/kasus/${k.id}/aksi`, dlh, { action: 'verify', version: '1' });
    expect(res.status).toBe(403);
    const [row] = await h.deps.db.select().from(cases).where(eq(cases.id, k.id));
    expect(row!.status).toBe('submitted');
  });

  it('the API read and action are 403', async () => {
    expect((await apiWithSession(h, `/api/v1/cases/${k.id}`, dlh)).status).toBe(403);
    const res = await apiWithSession(h, `/api/v1/cases/${k.id}/actions`, dlh, { json: { action: 'verify', version: 1 } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
  });

  it('the attachment download is 403 too, and the queue never lists it', async () => {
    expect((await h.request(`/staf/kasus/${k.id}/lampiran/x`, { headers: { Cookie: dlh.cookie } })).status).toBe(403);
    const q = await (await h.request('/staf?status=all', { headers: { Cookie: dlh.cookie } })).text();
    expect(q).not.toContain(k.trackingCode);
  });

  it('signed out: the page redirects to sign-in and the API answers 401', async () => {
    const res = await h.request(`/staf/kasus/${k.id}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toContain('/masuk?kembali=');
    expect((await h.request(`/api/v1/cases/${k.id}`)).status).toBe(401);
  });
});
