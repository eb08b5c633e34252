// Issue 9, item 3: every /api/v1 answer in the integration suite is checked against the generated
// OpenAPI document (tests/harness/contract.ts, run inside h.request on both runtimes). These
// tests check the checker itself: what it must refuse, it refuses, with a message that says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { apiDocument } from '../../src/api';
import { apiContract, ContractError, type ApiContract } from '../harness/contract';
import type { Harness } from '../harness/types';

let h: Harness;
let contract: ApiContract;
beforeAll(async () => {
  h = await makeHarness();
  contract = apiContract(apiDocument(h.deps.config.baseUrl));
});
afterAll(async () => h.close());

const JSON_TYPE = 'application/json';
const error = (code: string) => JSON.stringify({ error: { code, message: 'Pesan.', message_en: 'Message.' } });

describe(`9.3 the API contract check on ${RUNTIME}`, () => {
  it('9.3 an undocumented status fails, naming the operation and the documented ones', () => {
    expect(() => contract.check('GET', '/api/v1/services', 418, JSON_TYPE, '{}')).toThrow(ContractError);
    expect(() => contract.check('GET', '/api/v1/services?kind=permit', 404, JSON_TYPE, error('not_found'))).toThrow(
      /status 404 is not documented for GET \/services \(documented: 200, 401, 422\)/,
    );
    // the same through a real response, as h.request checks it
    const res = new Response(error('not_found'), { status: 404, headers: { 'Content-Type': JSON_TYPE } });
    return expect(contract.checked('GET', '/api/v1/areas', res)).rejects.toThrow(/status 404 is not documented for GET \/areas/);
  });

  it('9.3 a body that does not match the schema of its status fails, naming where', () => {
    expect(() => contract.check('GET', '/api/v1/services', 200, JSON_TYPE, JSON.stringify({ services: [{ code: 1 }] }))).toThrow(
      /does not match its schema: #\/services\/0/,
    );
    expect(() => contract.check('GET', '/api/v1/services', 200, JSON_TYPE, 'not json')).toThrow(/not JSON/);
    // an error code that the status's list does not hold
    expect(() => contract.check('GET', '/api/v1/services', 422, JSON_TYPE, error('stale_version'))).toThrow(/does not match/);
    expect(() => contract.check('GET', '/api/v1/services', 422, JSON_TYPE, error('validation_failed'))).not.toThrow();
  });

  it('9.3 an undocumented content type fails; a documented body-less answer must have no body', () => {
    expect(() => contract.check('GET', '/api/v1/services', 200, 'text/html; charset=utf-8', '<p>hi</p>')).toThrow(/content type text\/html is not documented/);
    expect(() => contract.check('DELETE', '/api/v1/tokens/7', 204, null, '')).not.toThrow();
    expect(() => contract.check('DELETE', '/api/v1/tokens/7', 204, JSON_TYPE, '{}')).toThrow(/documents no body/);
  });

  it('9.3 a path no operation has must be the generic 404, a method its path does not take the generic 405', () => {
    expect(() => contract.check('GET', '/api/v1/nothing-here', 404, JSON_TYPE, error('not_found'))).not.toThrow();
    expect(() => contract.check('GET', '/api/v1/nothing-here', 200, JSON_TYPE, '{}')).toThrow(/no operation has this path/);
    expect(() => contract.check('PUT', '/api/v1/services', 405, JSON_TYPE, error('method_not_allowed'))).not.toThrow();
    expect(() => contract.check('PUT', '/api/v1/services', 404, JSON_TYPE, error('not_found'))).toThrow(/must be 405/);
    // outside /api/v1 nothing is checked
    expect(() => contract.check('GET', '/layanan', 418, 'text/html', '')).not.toThrow();
  });

  it('9.3 what the app really answers passes: the check runs on every h.request', async () => {
    const res = await h.request('/api/v1/services');
    expect(res.status).toBe(200);
    await expect(contract.checked('GET', '/api/v1/services', res)).resolves.toBe(res);
  });
});
