// The OpenAPI document is what the city's mobile app is built from: every route of the JSON API
// must be in it, and every schema reference must resolve.
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
  it('documents every /api/v1 route the app serves', async () => {
    const doc = (await (await h.request('/api/v1/openapi.json')).json()) as Doc;
    const served = h.app.routes
      .filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'ALL' && r.path !== '/api/v1/openapi.json')
      .map((r) => `${r.method.toLowerCase()} ${r.path.slice('/api/v1'.length).replace(/:(\w+)/g, '{$1}')}`);
    expect(served.length).toBeGreaterThan(20);
    const missing = [...new Set(served)].filter((key) => {
      const [method, path] = key.split(' ') as [string, string];
      return !doc.paths[path]?.[method];
    });
    expect(missing).toEqual([]);
  });

  it('every $ref points at a schema that exists', async () => {
    const text = await (await h.request('/api/v1/openapi.json')).text();
    const doc = JSON.parse(text) as Doc;
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(5);
    expect([...new Set(refs)].filter((r) => !(r in doc.components.schemas))).toEqual([]);
  });
});
