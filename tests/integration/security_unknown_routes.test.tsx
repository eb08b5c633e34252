// Issue 8.6: unknown paths get the app's own 404 (JSON under /api/, the HTML page elsewhere) and a
// known path asked with the wrong method gets 405 with Allow. The real Node server is tested the
// same way in src/node/server.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import type { Harness } from '../harness/types';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

interface ErrorBody {
  error: { code: string; message: string; message_en: string };
}

describe(`8.6 unknown paths and wrong methods on ${RUNTIME}`, () => {
  it("8.6 an unknown path under /api/ gets the app's JSON 404", async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const res = await h.request('/api/v1/tidak-ada', { method });
      expect(res.status).toBe(404);
      expect(res.headers.get('Content-Type')).toMatch(/application\/json/);
      expect(((await res.json()) as ErrorBody).error).toMatchObject({ code: 'not_found', message_en: 'Page or record not found.' });
    }
  });

  it("8.6 an unknown path elsewhere gets the app's HTML 404 page, with its security headers", async () => {
    const res = await h.request('/tidak-ada', { method: 'POST' });
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toMatch(/text\/html/);
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    expect(await res.text()).toContain('Halaman tidak ditemukan');
  });

  it('8.6 a known page asked with a wrong method gets 405 with Allow', async () => {
    const res = await h.request('/layanan', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD');
    expect(res.headers.get('Content-Type')).toMatch(/text\/html/);
    expect(await res.text()).toContain('tidak menerima permintaan dengan metode tersebut');
  });

  it('8.6 a known API path asked with a wrong method gets a JSON 405 with Allow', async () => {
    const res = await h.request('/api/v1/complaints', { method: 'GET' });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('POST');
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('method_not_allowed');
    expect(body.error.message_en).toContain('allowed: POST');

    const tokens = await h.request('/api/v1/tokens/5', { method: 'GET' });
    expect(tokens.status).toBe(405);
    expect(tokens.headers.get('Allow')).toBe('DELETE');
  });

  it('8.6 a path with both GET and POST names both, and HEAD is answered like GET', async () => {
    const res = await h.request('/masuk', { method: 'PUT' });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')!.split(', ').sort()).toEqual(['GET', 'HEAD', 'POST']);
    const head = await h.request('/layanan', { method: 'HEAD' });
    expect(head.status).toBe(200);
  });
});
