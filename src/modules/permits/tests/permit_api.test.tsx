// Permits through the API, on both runtimes: the type with the JSON Schema of its answers
// (generated from the definition the server checks), an application with its documents, every
// problem named, the Idempotency-Key replay, the staff's revision request by API and the
// applicant's revision by API.
import { Validator } from '@cfworker/json-schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { cases, services, units } from '../../../db/schema';
import type { FormField } from '../../../domain/catalogue/service';
import type { Harness } from '../../../../tests/harness/types';
import { PDF_BYTES } from '../../../../tests/helpers/complaints';
import { apiWithSession, signInAs } from '../../../../tests/helpers/session';

const L = (id: string, en: string) => ({ id, en });
const FORM: FormField[] = [
  { name: 'lokasi', label: L('Lokasi', 'Site'), type: 'text', required: true, maxLength: 100 },
  { name: 'luas_m2', label: L('Luas', 'Area'), type: 'number', required: true, min: 1, max: 50 },
  { name: 'desain', label: L('Gambar desain', 'Design drawing'), type: 'file', required: true, max: 2 },
];

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
  const [u] = await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, 'DPMPTSP'));
  await h.deps.db.insert(services).values({ kind: 'permit', code: 'reklame-api', nameId: 'Izin Reklame (uji API)', nameEn: 'Advertising permit (API test)', unitId: u!.id, slaDays: 10, firstResponseDays: 1, formFields: JSON.stringify(FORM) });
});
afterAll(async () => h.close());

function application(app: unknown, docs: { field: string; bytes: Uint8Array }[] = [], headers: Record<string, string> = {}) {
  const fd = new FormData();
  fd.append('application', typeof app === 'string' ? app : JSON.stringify(app));
  for (const d of docs) {
    fd.append('documents', new File([d.bytes as BlobPart], `${d.field}.pdf`, { type: 'application/pdf' }));
    fd.append('document_fields', d.field);
  }
  return h.request('/api/v1/permits', { method: 'POST', body: fd, headers });
}

const APP = { service_code: 'reklame-api', applicant_name: 'PT Sinar Solo', contact_email: 'sinar@contoh.id', answers: { lokasi: 'Jl. Adi Sucipto 5', luas_m2: 4 } };

describe(`the permits API on ${RUNTIME}`, () => {
  it('permit_type_schema_generated: the answers schema accepts and refuses what the server does', async () => {
    const res = await h.request('/api/v1/permit-types/reklame-api');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { answers_schema: object; documents: unknown[]; stage_days: Record<string, number> };
    expect(body.documents).toEqual([{ field: 'desain', label: L('Gambar desain', 'Design drawing'), required: true, max_files: 2 }]);
    expect(Object.values(body.stage_days).reduce((a, b) => a + b, 0)).toBe(10);
    const v = new Validator(body.answers_schema as never, '2020-12');
    expect(v.validate(APP.answers).valid).toBe(true);
    expect(v.validate({ ...APP.answers, luas_m2: 51 }).valid).toBe(false);
    expect((await h.request('/api/v1/permit-types/jalan-rusak')).status).toBe(404);
  });

  it('permit_api_bad_input: broken JSON, a wrong type, an unknown field, a missing document — each named', async () => {
    const broken = await application('{"service_code":');
    expect(broken.status).toBe(422);
    expect(((await broken.json()) as { error: { fields: Record<string, unknown> } }).error.fields).toHaveProperty('application');
    const bad = await application({ ...APP, answers: { lokasi: 'Jl. A', luas_m2: 'lebar', warna: 'merah' } });
    expect(bad.status).toBe(422);
    const fields = ((await bad.json()) as { error: { fields: Record<string, unknown> } }).error.fields;
    expect(Object.keys(fields).sort()).toEqual(['answers.desain', 'answers.luas_m2', 'answers.warna']);
    // a file without the field it answers
    const fd = new FormData();
    fd.append('application', JSON.stringify(APP));
    fd.append('documents', new File([PDF_BYTES as BlobPart], 'desain.pdf', { type: 'application/pdf' }));
    const unnamed = await h.request('/api/v1/permits', { method: 'POST', body: fd });
    expect(unnamed.status).toBe(422);
    expect(((await unnamed.json()) as { error: { fields: Record<string, unknown> } }).error.fields).toHaveProperty('document_fields');
  });

  it('permit_api_journey: apply with documents, replay by Idempotency-Key, revision asked and sent by API', async () => {
    h.clock.set('2026-07-06T02:00:00Z');
    const idem = { 'Idempotency-Key': `izin-${crypto.randomUUID()}` };
    const res = await application(APP, [{ field: 'desain', bytes: PDF_BYTES }], idem);
    expect(res.status).toBe(201);
    const created = (await res.json()) as { tracking_code: string; access_key: string };
    expect(created.tracking_code).toMatch(/^IZN-/);
    const again = await application(APP, [{ field: 'desain', bytes: PDF_BYTES }], idem);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(((await again.json()) as { access_key: string }).access_key).toBe(created.access_key);
    const [row] = await h.deps.db.select().from(cases).where(eq(cases.trackingCode, created.tracking_code));
    expect(row).toMatchObject({ channel: 'api', status: 'submitted' });

    const officer = await signInAs(h, 'petugas.dpmptsp@demo.pelita.id');
    const act = (json: object) => apiWithSession(h, `/api/v1/cases/${row!.id}/actions`, officer, { json });
    expect((await act({ action: 'start_check', version: 1 })).status).toBe(200);
    const asked = await act({ action: 'request_revision', version: 2, message: 'Luas tidak sesuai.', items: ['luas_m2'] });
    expect(asked.status).toBe(200);

    const revise = (answers: object) => {
      const fd = new FormData();
      fd.append('answers', JSON.stringify(answers));
      return h.request(`/api/v1/track/${created.tracking_code}/revision`, { method: 'POST', body: fd, headers: { 'X-Access-Key': created.access_key } });
    };
    const unchanged = await revise(APP.answers);
    expect(unchanged.status).toBe(422);
    expect(((await unchanged.json()) as { error: { fields: Record<string, unknown> } }).error.fields).toHaveProperty(['answers.luas_m2']);
    const wrongKey = await h.request(`/api/v1/track/${created.tracking_code}/revision`, { method: 'POST', body: new FormData(), headers: { 'X-Access-Key': 'salah' } });
    expect(wrongKey.status).toBe(404);
    const ok = await revise({ ...APP.answers, luas_m2: 6 });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { status: string }).status).toBe('resubmitted');
  });

  it('permit_api_drafts: saved incomplete, read back with its key, completed, sent once, then closed to changes', async () => {
    h.clock.set('2026-07-06T02:00:00Z');
    const fd = new FormData();
    fd.append('application', JSON.stringify({ service_code: 'reklame-api', applicant_name: 'PT Draf Solo', answers: { lokasi: 'Jl. Draf' } }));
    const created = await h.request('/api/v1/permit-drafts', { method: 'POST', body: fd });
    expect(created.status).toBe(201);
    const { id, access_key } = (await created.json()) as { id: string; access_key: string };
    const key = { 'X-Access-Key': access_key };
    expect((await h.request(`/api/v1/permit-drafts/${id}`, { headers: { 'X-Access-Key': 'salah' } })).status).toBe(404);
    const read = (await (await h.request(`/api/v1/permit-drafts/${id}`, { headers: key })).json()) as { answers: Record<string, string>; documents: unknown[] };
    expect(read).toMatchObject({ answers: { lokasi: 'Jl. Draf' }, documents: [] });

    // sending it incomplete: every problem named, the draft kept
    const early = await h.request(`/api/v1/permit-drafts/${id}/submit`, { method: 'POST', headers: key });
    expect(early.status).toBe(422);
    expect(Object.keys(((await early.json()) as { error: { fields: Record<string, unknown> } }).error.fields).sort()).toEqual(['answers.desain', 'answers.luas_m2', 'contact_email']);

    const more = new FormData();
    more.append('application', JSON.stringify({ service_code: 'reklame-api', applicant_name: 'PT Draf Solo', contact_email: 'draf@contoh.id', answers: { lokasi: 'Jl. Draf', luas_m2: 5 } }));
    more.append('documents', new File([PDF_BYTES as BlobPart], 'desain.pdf', { type: 'application/pdf' }));
    more.append('document_fields', 'desain');
    const saved = await h.request(`/api/v1/permit-drafts/${id}`, { method: 'POST', body: more, headers: key });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { documents: unknown[] }).documents).toHaveLength(1);

    const sent = await h.request(`/api/v1/permit-drafts/${id}/submit`, { method: 'POST', headers: key });
    expect(sent.status).toBe(201);
    const first = (await sent.json()) as { tracking_code: string; access_key: string };
    const twice = await h.request(`/api/v1/permit-drafts/${id}/submit`, { method: 'POST', headers: key });
    expect(twice.status).toBe(201);
    expect(twice.headers.get('Idempotent-Replayed')).toBe('true');
    expect(((await twice.json()) as { tracking_code: string }).tracking_code).toBe(first.tracking_code);
    const late = new FormData();
    late.append('application', JSON.stringify({ service_code: 'reklame-api', applicant_name: 'Lain' }));
    const closed = await h.request(`/api/v1/permit-drafts/${id}`, { method: 'POST', body: late, headers: key });
    expect(closed.status).toBe(409);
    expect(((await closed.json()) as { error: { code: string } }).error.code).toBe('draft_submitted');
  });
});
