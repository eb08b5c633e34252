// Issue 9, item 3: one error vocabulary. The same malformed JSON was `malformed_json`,
// `invalid_json`, `bad_request` or `validation_failed` depending on the endpoint, and a state
// that did not allow an action was `not_allowed_in_status` for citizens but `action_not_allowed`
// for staff. Every code now comes from one list (src/platform/http/error-codes.ts), which the
// OpenAPI document lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { apiDocument } from '../../src/api';
import { ERROR_CODES } from '../../src/platform/http/error-codes';
import type { Harness } from '../harness/types';
import { insertComplaint } from '../helpers/cases';
import { createViaApi, patchCase, trackApi } from '../helpers/complaints';
import { apiWithSession, signInAs, type TestSession } from '../helpers/session';

let h: Harness;
let officer: TestSession;
let complaint: { code: string; key: string; id: string };
let staffCase: string;
let attempt: string;

interface ErrorBody {
  error: { code: string; message: string; message_en: string };
}

beforeAll(async () => {
  h = await makeHarness();
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  complaint = await createViaApi(h);
  staffCase = (await insertComplaint(h, { serviceCode: 'jalan-rusak' })).id;
  expect((await apiWithSession(h, '/api/v1/training/courses/LDA-01/enrol', officer, { json: {} })).status).toBe(201);
  const started = await apiWithSession(h, '/api/v1/training/courses/LDA-01/quiz/attempts', officer, { json: {} });
  attempt = ((await started.json()) as { attempt: { id: string } }).attempt.id;
});
afterAll(async () => h.close());

/** Path parameters that reach the body of each operation that reads JSON (the caller may act on them). */
function pathFor(template: string): string {
  const values: Record<string, Record<string, string>> = {
    '/track/{tracking_code}/information': { tracking_code: complaint.code },
    '/track/{tracking_code}/reopen': { tracking_code: complaint.code },
    '/track/{tracking_code}/rating': { tracking_code: complaint.code },
    '/track/{tracking_code}/withdraw': { tracking_code: complaint.code },
    '/cases/{id}/actions': { id: staffCase },
    '/training/attempts/{id}': { id: attempt },
  };
  return `/api/v1${template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = values[template]?.[name];
    if (!v) throw new Error(`no fixture for {${name}} of ${template}: add one to pathFor`);
    return v;
  })}`;
}

function jsonOperations(): { method: string; template: string }[] {
  const doc = apiDocument(h.deps.config.baseUrl);
  return Object.entries(doc.paths).flatMap(([template, item]) =>
    Object.entries(item)
      .filter(([, op]) => (op['requestBody'] as { content?: Record<string, unknown> } | undefined)?.content?.['application/json'])
      .map(([method]) => ({ method: method.toUpperCase(), template })),
  );
}

function send(method: string, path: string, body: string) {
  return h.request(path, {
    method,
    headers: {
      Cookie: officer.cookie,
      'X-CSRF-Token': officer.csrf,
      'X-Access-Key': complaint.key,
      'Content-Type': 'application/json',
    },
    body,
  });
}

describe(`9.3 one error vocabulary on ${RUNTIME}`, () => {
  it('9.3 malformed JSON is 400 malformed_json on every endpoint that reads JSON, and so is JSON that is not an object', async () => {
    const ops = jsonOperations();
    expect(ops.length).toBeGreaterThanOrEqual(9);
    for (const { method, template } of ops) {
      for (const body of ['{"message": ', '', '[1, 2]', '"text"']) {
        const res = await send(method, pathFor(template), body);
        expect(res.status, `${method} ${template} with ${JSON.stringify(body)}`).toBe(400);
        const e = (await res.json()) as ErrorBody;
        expect(e.error.code, `${method} ${template}`).toBe('malformed_json');
        expect(e.error.message).not.toBe('');
        expect(e.error.message_en).not.toBe('');
      }
    }
  });

  it('9.3 a state that does not allow the citizen’s action is 422 action_not_allowed (was not_allowed_in_status)', async () => {
    const fresh = await createViaApi(h);
    const refused = [
      await trackApi(h, fresh.code, '/information', { key: fresh.key, json: { message: 'Ini fotonya.' } }),
      await trackApi(h, fresh.code, '/reopen', { key: fresh.key, json: { reason: 'Belum diperbaiki.' } }),
      await trackApi(h, fresh.code, '/rating', { key: fresh.key, json: { elements: [4, 4, 4, 4, 4, 4, 4, 4, 4] } }),
    ];
    await patchCase(h, fresh.id, { status: 'closed', closedAt: h.clock.now() });
    const files = new FormData();
    files.append('files', new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])], 'bukti.pdf', { type: 'application/pdf' }));
    refused.push(await h.request(`/api/v1/track/${fresh.code}/attachments`, { method: 'POST', headers: { 'X-Access-Key': fresh.key }, body: files }));
    for (const res of refused) {
      expect(res.status, res.url).toBe(422);
      expect(((await res.json()) as ErrorBody).error.code).toBe('action_not_allowed');
    }
  });

  it('9.3 a state that does not allow the staff action, or an unknown action, is the same 422 action_not_allowed', async () => {
    for (const action of ['resolve', 'close', 'terbang']) {
      const res = await apiWithSession(h, `/api/v1/cases/${staffCase}/actions`, officer, { json: { action, version: 1, message: 'Sudah selesai.' } });
      expect(res.status, action).toBe(422);
      expect(((await res.json()) as ErrorBody).error.code, action).toBe('action_not_allowed');
    }
  });

  it('9.3 the document lists the vocabulary: every code in the Error schema, each answered with its one status', async () => {
    const doc = (await (await h.request('/api/v1/openapi.json')).json()) as {
      components: { schemas: { Error: { properties: { error: { properties: { code: { enum: string[] } } } } } } };
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { allOf?: unknown[] } }> }> }>>;
    };
    expect(doc.components.schemas.Error.properties.error.properties.code.enum).toEqual(Object.keys(ERROR_CODES).sort());
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item))
        for (const [status, r] of Object.entries(op.responses)) {
          const allOf = r.content?.['application/json']?.schema.allOf as [unknown, { properties: { error: { properties: { code: { enum: string[] } } } } }] | undefined;
          if (!allOf) continue;
          for (const code of allOf[1].properties.error.properties.code.enum)
            expect(String(ERROR_CODES[code as keyof typeof ERROR_CODES].status), `${method} ${path} ${code}`).toBe(status);
        }
  });
});
