// Issue 14.6: the citizens' Worker (src/app-public.tsx) serves the public pages and API itself
// and hands every other request, untouched, to the staff Worker (the whole portal). Here the
// staff Worker is the harness's whole app, so every answer through the split can be compared
// with the whole portal's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { createPublicApp } from '../../src/app-public';
import type { Harness } from '../harness/types';
import { postForm, signInAs } from '../helpers/session';

let h: Harness;
/** the requests the citizens' Worker forwarded, as "METHOD path" */
let forwarded: string[];
let front: ReturnType<typeof createPublicApp>;
/** the harness, reached through the citizens' Worker */
let split: Harness;

beforeAll(async () => {
  h = await makeHarness();
  forwarded = [];
  front = createPublicApp(h.deps, async (request) => {
    forwarded.push(`${request.method} ${new URL(request.url).pathname}`);
    return h.app.fetch(request);
  });
  split = { ...h, request: async (path, init) => front.request(path, init) };
});
afterAll(async () => h.close());

/** A registered route's path made concrete: every parameter or wildcard one plain segment. */
const concrete = (path: string) => path.replace(/:[A-Za-z_]+(\{[^}]*\})?\??/g, 'x1').replace(/\*/g, 'x1');

describe(`the citizens' Worker and the staff Worker on ${RUNTIME}`, () => {
  it("14.6 citizens' pages and the public API are served by the citizens' Worker itself", async () => {
    for (const path of ['/', '/layanan', '/pengaduan/baru', '/lacak', '/transparansi', '/api/v1/services', '/api/v1/areas', '/healthz']) {
      forwarded.length = 0;
      const res = await front.request(path);
      expect(res.status, path).toBeLessThan(400);
      expect(forwarded, path).toEqual([]);
    }
  });

  it('14.6 staff, admin, dashboards, training, sign-in and the API document go to the staff Worker', async () => {
    for (const path of ['/staf', '/admin', '/dasbor', '/kinerja', '/insentif', '/pelatihan', '/masuk', '/api/v1/openapi.json', '/api/v1/staff/cases']) {
      forwarded.length = 0;
      await front.request(path);
      expect(forwarded, path).toEqual([`GET ${path}`]);
    }
  });

  it('14.6 every GET route of the portal answers through the split as the whole portal answers it', async () => {
    const gets = [...new Set(h.app.routes.filter((r) => r.method === 'GET').map((r) => concrete(r.path)))];
    expect(gets.length).toBeGreaterThan(80);
    const differ: string[] = [];
    for (const path of gets) {
      const [whole, through] = await Promise.all([h.app.request(path), front.request(path)]);
      await Promise.all([whole.arrayBuffer(), through.arrayBuffer()]);
      const shape = (r: Response) => `${r.status} ${r.headers.get('Content-Type') ?? ''} ${r.headers.get('Location') ?? ''}`;
      if (shape(whole) !== shape(through)) differ.push(`${path}: ${shape(whole)} ≠ ${shape(through)}`);
      // one set of security headers: a forwarded answer is not given a second policy
      expect(through.headers.get('Content-Security-Policy')?.split('default-src').length ?? 2, path).toBeLessThanOrEqual(2);
    }
    expect(differ).toEqual([]);
  });

  it('14.6 a member of staff signs in and works through the citizens\' Worker: the session and CSRF cookies hold across both', async () => {
    const officer = await signInAs(split, 'petugas.dpupr@demo.pelita.id');
    const queue = await split.request('/staf', { headers: { cookie: officer.cookie } });
    expect(queue.status).toBe(200);
    expect(await queue.text()).toContain('Antrean');
    // a state change with its form token, forwarded with its body
    forwarded.length = 0;
    const out = await postForm(split, '/keluar', officer, {});
    expect(out.status).toBe(303);
    expect(forwarded).toEqual(['POST /keluar']);
  });

  it('14.6 without the staff Worker bound, citizens are served and the rest answers 503', async () => {
    const alone = createPublicApp(h.deps, null);
    expect((await alone.request('/layanan')).status).toBe(200);
    const staffPage = await alone.request('/staf');
    expect(staffPage.status).toBe(503);
    expect(await staffPage.text()).toContain('konfigurasi server belum benar');
    const api = await alone.request('/api/v1/openapi.json');
    expect(api.status).toBe(503);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('misconfigured');
  });
});
