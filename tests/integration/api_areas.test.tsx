// Issue 9, item 3: a mobile client could not discover the kelurahan codes a complaint must send;
// GET /api/v1/areas lists them, public like the services list beside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import type { Harness } from '../harness/types';
import { API_BODY } from '../helpers/complaints';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

interface Areas {
  areas: { code: string; name: string; kecamatan: { code: string; name: string } }[];
}

describe(`9.3 the public list of areas on ${RUNTIME}`, () => {
  it('9.3 lists every kelurahan with its kecamatan, without signing in, by kecamatan then name', async () => {
    const res = await h.request('/api/v1/areas');
    expect(res.status).toBe(200);
    const { areas } = (await res.json()) as Areas;
    // the demo city: Surakarta's 54 kelurahan in five kecamatan
    expect(areas).toHaveLength(54);
    expect(new Set(areas.map((a) => a.kecamatan.code)).size).toBe(5);
    expect(areas).toContainEqual(expect.objectContaining({ code: 'jebres-jebres', kecamatan: expect.objectContaining({ name: expect.stringContaining('Jebres') }) }));
    const order = areas.map((a) => `${a.kecamatan.name}\u0000${a.name}`);
    expect(order).toEqual([...order].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
  });

  it('9.3 a code from the list is what a complaint sends as kelurahan', async () => {
    const { areas } = (await (await h.request('/api/v1/areas')).json()) as Areas;
    const last = areas[areas.length - 1]!;
    const res = await h.request('/api/v1/complaints', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...API_BODY, kelurahan: last.code }),
    });
    expect(res.status).toBe(201);
    const tracked = (await (await h.request(new URL(res.headers.get('Location')!, 'http://localhost').pathname)).json()) as { kelurahan: string };
    expect(tracked.kelurahan).toBe(last.name);
  });
});
