// Issue 14.6 in workerd: the production entries as `npm run deploy` ships them — the citizens'
// Worker (src/worker.ts) that the city's address reaches, and the staff Worker (src/worker-staff.ts)
// behind its STAFF binding — on one D1, with the production settings.
import { applyD1Migrations, createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import worker, { type Env } from '../../src/worker';
import staffWorker from '../../src/worker-staff';

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});

const PROD = { APP_ENV: 'production', DEMO_MODE: 'false', PELITA_SECRET: 's'.repeat(40), PUBLIC_BASE_URL: 'https://pelita.kota.example' };

/** What reached the staff Worker, as "METHOD path". */
const reached: string[] = [];

async function fetchCity(path: string, init?: RequestInit, bound = true) {
  const ctx = createExecutionContext();
  const settings = { ...(env as unknown as Env), ...PROD };
  const staff = {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      reached.push(`${request.method} ${new URL(request.url).pathname}`);
      return staffWorker.fetch(request, settings, ctx);
    },
  } as unknown as Fetcher;
  const res = await worker.fetch(new Request(`https://pelita.kota.example${path}`, init), { ...settings, STAFF: bound ? staff : undefined }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

describe("the citizens' Worker and the staff Worker in workerd", () => {
  it('14.6 public pages and API calls stay in the citizens\' Worker; staff pages and the API document reach the staff Worker', async () => {
    for (const path of ['/layanan', '/api/v1/services', '/lacak', '/healthz']) {
      reached.length = 0;
      expect((await fetchCity(path)).status, path).toBe(200);
      expect(reached, path).toEqual([]);
    }
    reached.length = 0;
    const signIn = await fetchCity('/masuk');
    expect(signIn.status).toBe(200);
    expect(await signIn.text()).toContain('Masuk');
    const doc = await fetchCity('/api/v1/openapi.json');
    expect(((await doc.json()) as { servers: { url: string }[] }).servers).toEqual([{ url: 'https://pelita.kota.example/api/v1' }]);
    const queue = await fetchCity('/staf', { redirect: 'manual' });
    expect([302, 303]).toContain(queue.status);
    expect(reached).toEqual(['GET /masuk', 'GET /api/v1/openapi.json', 'GET /staf']);
  });

  it('14.6 the staff Worker runs the cron jobs; the citizens\' Worker has none and says where they belong', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ctx = createExecutionContext();
    await worker.scheduled({} as ScheduledController, { ...(env as unknown as Env), ...PROD }, ctx);
    await waitOnExecutionContext(ctx);
    expect(log.mock.calls.flat().join('\n')).toContain('wrangler.staff.toml');
    log.mockRestore();
  });

  it('14.6 without the STAFF binding the citizens are served, staff pages answer 503, and the log says what to deploy', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect((await fetchCity('/layanan', undefined, false)).status).toBe(200);
    expect((await fetchCity('/staf', undefined, false)).status).toBe(503);
    expect(warn.mock.calls.flat().join('\n')).toContain('wrangler.staff.toml');
    vi.restoreAllMocks();
  });
});
