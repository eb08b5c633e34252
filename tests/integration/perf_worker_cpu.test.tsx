// Issue 14.6: every public page and API call within the Workers free plan's 10 ms of CPU. What the
// Worker benchmark (tests/bench/worker.bench.ts, BENCH_WORKER_TOP=1) found running on every request
// that need not, and what each change must keep: a public API read mints no CSRF token; the
// tracking page and API read the reference version in one batch with the case's history and files
// and still show an edit to the catalogue at once, in this process and in another; so does a
// permit type, now taken from the kept catalogue; the OpenAPI document, written out once, is the
// same document each time.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { createApp } from '../../src/app';
import type { Db } from '../../src/db/client';
import { services } from '../../src/db/schema';
import type { Harness } from '../harness/types';
import { createViaApi } from '../helpers/complaints';

let h: Harness;
/** another process over the same database: its own app, its own kept reference data */
let other: ReturnType<typeof createApp>;

beforeAll(async () => {
  h = await makeHarness();
  other = createApp({ ...h.deps, db: Object.create(h.deps.db) as Db });
});
afterAll(async () => h.close());

const setCookies = (res: Response) => res.headers.getSetCookie().map((c) => c.split('=')[0] ?? '');

describe(`14.6 work every request did that it need not, on ${RUNTIME}`, () => {
  it('14.6 a public API read mints no CSRF token and sets no cookie; a page still does', async () => {
    for (const path of ['/api/v1/areas', '/api/v1/services', '/api/v1/openapi.json']) {
      const res = await h.request(path);
      expect(res.status, path).toBe(200);
      expect(setCookies(res), path).toEqual([]);
    }
    // a page with a form (the catalogue has none: it is kept without one, perf_page_cache.test.tsx)
    const page = await h.request('/pengaduan/baru');
    expect(page.status).toBe(200);
    expect(setCookies(page).some((name) => name.endsWith('pelita_csrf'))).toBe(true);
    // the public write without a cookie is still exempt, as before
    await createViaApi(h);
  });

  it('14.6 the tracking page and API, reading the reference version with the history in one batch, show a renamed service at once, here and in another process', async () => {
    const { code } = await createViaApi(h);
    const [service] = await h.deps.db.select().from(services).where(eq(services.code, 'jalan-rusak'));
    // both processes have kept the reference data, through the tracking views themselves
    for (const app of [h, other]) {
      expect(await (await app.request(`/lacak/${code}`)).text()).toContain(service!.nameId);
      const api = (await (await app.request(`/api/v1/track/${code}`)).json()) as { category: { name: { id: string } }; events: { type: string }[] };
      expect(api.category.name.id).toBe(service!.nameId);
      // the history read in the same batch: the submission's own event
      expect(api.events.map((e) => e.type)).toContain('submitted');
    }

    const renamed = `${service!.nameId} (nama baru)`;
    // a write outside the app (a console, a script): the triggers move the version row
    await h.deps.db.update(services).set({ nameId: renamed }).where(eq(services.id, service!.id));
    try {
      for (const app of [h, other]) {
        expect(await (await app.request(`/lacak/${code}`)).text()).toContain(renamed);
        const api = (await (await app.request(`/api/v1/track/${code}`)).json()) as { category: { name: { id: string } } };
        expect(api.category.name.id).toBe(renamed);
      }
    } finally {
      await h.deps.db.update(services).set({ nameId: service!.nameId }).where(eq(services.id, service!.id));
    }
  });

  it('14.6 a permit type, taken from the kept catalogue instead of read and parsed per request, shows an edit at once, here and in another process', async () => {
    const type = async (app: { request: (p: string) => Response | Promise<Response> }) => app.request('/api/v1/permit-types/pbg');
    const [pbg] = await h.deps.db.select().from(services).where(eq(services.code, 'pbg'));
    for (const app of [h, other]) {
      const body = (await (await type(app)).json()) as { name: { id: string }; sla_days: number; stage_days: Record<string, number> };
      expect(body.name.id).toBe(pbg!.nameId);
    }
    // writes outside the app (a console, a script): the triggers move the version row
    const stages = { completeness: 2, technical: 8, decision: 3, issuance: 2 };
    await h.deps.db.update(services).set({ nameId: `${pbg!.nameId} (baru)`, slaDays: 15, stagePlan: JSON.stringify(stages) }).where(eq(services.id, pbg!.id));
    try {
      for (const app of [h, other]) {
        const body = (await (await type(app)).json()) as { name: { id: string }; sla_days: number; stage_days: Record<string, number> };
        expect(body.name.id).toBe(`${pbg!.nameId} (baru)`);
        expect(body.sla_days).toBe(15);
        expect(body.stage_days).toEqual(stages);
        expect((await app.request('/izin/baru/pbg')).status).toBe(200);
      }
      await h.deps.db.update(services).set({ active: false }).where(eq(services.id, pbg!.id));
      for (const app of [h, other]) {
        expect((await type(app)).status).toBe(404);
        expect((await app.request('/izin/baru/pbg')).status).toBe(404);
      }
    } finally {
      await h.deps.db.update(services).set({ nameId: pbg!.nameId, slaDays: pbg!.slaDays, stagePlan: pbg!.stagePlan, active: true }).where(eq(services.id, pbg!.id));
    }
  });

  it('14.6 the OpenAPI document, written out once per origin, is the same JSON document on every request', async () => {
    const first = await h.request('/api/v1/openapi.json');
    const second = await h.request('/api/v1/openapi.json');
    expect(first.headers.get('Content-Type')).toMatch(/^application\/json/);
    const text = await first.text();
    expect(await second.text()).toBe(text);
    expect((JSON.parse(text) as { openapi: string }).openapi).toBe('3.1.0');
  });
});
