// The OpenAPI document is what the city's mobile app is built from: it is generated from the route
// specs, so every route of the JSON API is in it and nothing else is, and every schema reference
// resolves. (That every answer matches it is checked on every request: tests/harness/contract.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import type { Harness } from '../harness/types';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness({ seed: false });
});
afterAll(async () => h.close());

type Doc = { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };

describe(`OpenAPI document on ${RUNTIME}`, () => {
  it('has one operation for every /api/v1 route the app serves, and no other', async () => {
    const doc = (await (await h.request('/api/v1/openapi.json')).json()) as Doc;
    const served = new Set(
      h.app.routes
        .filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${r.path.slice('/api/v1'.length).replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m} ${path}`)));
    expect(served.size).toBeGreaterThan(25);
    expect([...served].filter((k) => !documented.has(k))).toEqual([]);
    expect([...documented].filter((k) => !served.has(k))).toEqual([]);
  });

  it('every $ref points at a schema that exists', async () => {
    const text = await (await h.request('/api/v1/openapi.json')).text();
    const doc = JSON.parse(text) as Doc;
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(5);
    expect([...new Set(refs)].filter((r) => !(r in doc.components.schemas))).toEqual([]);
  });
});
