import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { cases, ratings, staff } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { API_BODY, createViaApi, patchCase, trackApi } from '../../../../tests/helpers/complaints';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

function post(body: unknown, headers: Record<string, string> = {}) {
  return h.request('/api/v1/complaints', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

interface ErrorBody {
  error: { code: string; message: string; message_en: string; fields?: Record<string, { message: string; message_en: string }> };
}

describe(`public complaints API on ${RUNTIME}`, () => {
  it('lists complaint categories', async () => {
    const res = await h.request('/api/v1/services?kind=complaint');
    expect(res.status).toBe(200);
    const j = (await res.json()) as { services: { code: string; kind: string; sla_days: number; unit: { code: string } }[] };
    expect(j.services.length).toBeGreaterThan(5);
    expect(j.services.every((s) => s.kind === 'complaint')).toBe(true);
    expect(j.services.find((s) => s.code === 'jalan-rusak')).toMatchObject({ sla_days: 5, unit: { code: 'DPUPR' } });
    expect((await h.request('/api/v1/services?kind=apa')).status).toBe(422);
  });

  it('creates a complaint: 201 with tracking code, access key, status and due instants', async () => {
    const res = await post({ ...API_BODY, latitude: -7.5561, longitude: 110.8316, incident_date: '2026-03-01' });
    expect(res.status).toBe(201);
    const j = (await res.json()) as Record<string, string>;
    expect(Object.keys(j).sort()).toEqual(['access_key', 'first_response_due_at', 'resolution_due_at', 'status', 'tracking_code', 'tracking_url']);
    expect(j['tracking_code']).toMatch(/^ADU-/);
    expect(j['access_key']!.length).toBeGreaterThanOrEqual(22);
    expect(j['status']).toBe('submitted');
    expect(j['first_response_due_at']).toBe('2026-03-03T02:00:00.000Z');
    expect(j['resolution_due_at']).toBe('2026-03-09T02:00:00.000Z');
    expect(res.headers.get('Location')).toBe(`/api/v1/track/${j['tracking_code']}`);

    const priv = await trackApi(h, j['tracking_code']!, '', { key: j['access_key']! });
    expect(priv.status).toBe(200);
    const p = (await priv.json()) as { view: string; contact: { email: string }; events: { type: string }[] };
    expect(p.view).toBe('private');
    expect(p.contact.email).toBe('warga@contoh.id');
    expect(p.events.map((e) => e.type)).toEqual(['submitted']);
  });

  it('Idempotency-Key: same key and body → the same 201; same key, other body → 409', async () => {
    const key = `retry-${crypto.randomUUID()}`;
    const a = await post(API_BODY, { 'Idempotency-Key': key });
    const b = await post({ ...API_BODY }, { 'Idempotency-Key': key });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    const ja = await a.json();
    expect(await b.json()).toEqual(ja);
    expect(b.headers.get('Idempotent-Replayed')).toBe('true');
    const rows = await h.deps.db.select().from(cases).where(eq(cases.trackingCode, (ja as { tracking_code: string }).tracking_code));
    expect(rows).toHaveLength(1);

    const c = await post({ ...API_BODY, title: 'Judul yang lain sama sekali' }, { 'Idempotency-Key': key });
    expect(c.status).toBe(409);
    expect(((await c.json()) as ErrorBody).error.code).toBe('idempotency_key_reused');
  });

  it('malformed JSON is a 400, wrong types and bad values are 422 with fields', async () => {
    const bad = await post('{"service_code": "jalan-rusak", ');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.code).toBe('malformed_json');

    const typed = await post({ ...API_BODY, latitude: 'utara' });
    expect(typed.status).toBe(422);
    expect(((await typed.json()) as ErrorBody).error.fields).toHaveProperty('latitude');

    const values = await post({ ...API_BODY, service_code: 'pbg', kelurahan: 'atlantis', latitude: -6.2, longitude: 106.8, contact: { email: 'x' } });
    expect(values.status).toBe(422);
    const f = ((await values.json()) as ErrorBody).error.fields!;
    expect(Object.keys(f).sort()).toEqual(['contact.email', 'kelurahan', 'latitude', 'longitude', 'service_code']);
    expect(f['kelurahan']!.message_en).toContain('not in the list');

    const noContact = await post({ ...API_BODY, privacy: 'publik', contact: undefined });
    expect(noContact.status).toBe(422);
    expect(((await noContact.json()) as ErrorBody).error.fields).toHaveProperty('contact.email');

    const anonymous = await post({ ...API_BODY, privacy: 'anonim', contact: null });
    expect(anonymous.status).toBe(201);
  });

  it('rating: before resolution 422, out of range 422 with the field, then 201, a second → 409', async () => {
    const { code, key, id } = await createViaApi(h);
    const nine = [4, 3, 4, 4, 3, 4, 4, 3, 4];
    let res = await trackApi(h, code, '/rating', { key, json: { elements: nine } });
    expect(res.status).toBe(422);

    const [o] = await h.deps.db.select({ id: staff.id }).from(staff).where(eq(staff.email, 'petugas.dpupr@demo.pelita.id'));
    await patchCase(h, id, { status: 'resolved', resolvedAt: h.clock.now(), resolvedById: o!.id });

    res = await trackApi(h, code, '/rating', { key, json: { elements: [4, 3, 5, 4, 3, 4, 4, 3, 4] } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorBody).error.fields).toHaveProperty('elements.2');
    res = await trackApi(h, code, '/rating', { key, json: { elements: [4, 3, 4] } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorBody).error.fields).toHaveProperty('elements');

    res = await trackApi(h, code, '/rating', { key, json: { elements: nine, comment: 'Bagus' } });
    expect(res.status).toBe(201);
    const j = (await res.json()) as { rating: { elements: number[] }; allowed_actions: { rating: boolean } };
    expect(j.rating.elements).toEqual(nine);
    expect(j.allowed_actions.rating).toBe(false);

    res = await trackApi(h, code, '/rating', { key, json: { elements: nine } });
    expect(res.status).toBe(409);
    expect(((await res.json()) as ErrorBody).error.code).toBe('already_rated');
    const [r] = await h.deps.db.select().from(ratings).where(eq(ratings.caseId, id));
    expect(r!.officerId).toBe(o!.id);

    res = await trackApi(h, code, '/rating', { key, json: '{"elements": [' as unknown as object });
    // a JSON string is valid JSON, but not the object every JSON body is: malformed_json too
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.code).toBe('malformed_json');
    const raw = await h.request(`/api/v1/track/${code}/rating`, { method: 'POST', headers: { 'X-Access-Key': key, 'Content-Type': 'application/json' }, body: '{"elements": [' });
    expect(raw.status).toBe(400);
  });

  it('the OpenAPI document covers the citizen and staff endpoints', async () => {
    const res = await h.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    for (const [path, method] of [
      ['/services', 'get'],
      ['/complaints', 'post'],
      ['/track/{tracking_code}', 'get'],
      ['/track/{tracking_code}/attachments', 'post'],
      ['/track/{tracking_code}/information', 'post'],
      ['/track/{tracking_code}/reopen', 'post'],
      ['/track/{tracking_code}/rating', 'post'],
      ['/cases', 'get'],
      ['/cases/{id}', 'get'],
      ['/cases/{id}/actions', 'post'],
    ] as const) {
      expect(doc.paths[path], path).toBeDefined();
      expect(doc.paths[path]![method], `${method} ${path}`).toBeDefined();
    }
    const schemas = (doc as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas;
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([A-Za-z]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect(schemas[r], r).toBeDefined();
  });
});
