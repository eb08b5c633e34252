// The Worker entry with production settings (wrangler.toml's [vars]): a deployment whose
// configuration is wrong answers 503 and logs why, instead of running on development fallbacks.
import { applyD1Migrations, createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import worker, { type Env } from '../../src/worker';
import staffWorker from '../../src/worker-staff';
import { signVerificationToken } from '../../src/domain/verification/token';

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});
afterEach(() => vi.restoreAllMocks());

const SECRET = 's'.repeat(40);
const PROD = { APP_ENV: 'production', DEMO_MODE: 'false', PELITA_SECRET: SECRET, PUBLIC_BASE_URL: 'https://pelita.kota.example' };

/**
 * The production topology: the citizens' Worker (src/worker.ts) with the staff Worker
 * (src/worker-staff.ts) behind its STAFF binding, both on the test's D1 with the same settings.
 */
async function fetchWorker(vars: Partial<Env>, path: string, init?: RequestInit) {
  const ctx = createExecutionContext();
  const settings = { ...(env as unknown as Env), ...vars };
  const staff = { fetch: (input: RequestInfo | URL, init?: RequestInit) => staffWorker.fetch(new Request(input, init), settings, ctx) } as unknown as Fetcher;
  const res = await worker.fetch(new Request(`https://attacker.example${path}`, init), { ...settings, STAFF: staff }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

describe('a production Worker with a configuration that is wrong', () => {
  it('8.2 without PELITA_SECRET, demo mode or not, it answers every request with 503 and logs why', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const demo of ['false', 'true']) {
      const vars = { ...PROD, DEMO_MODE: demo, PELITA_SECRET: undefined };
      const api = await fetchWorker(vars, '/api/v1/services');
      expect(api.status).toBe(503);
      expect(((await api.json()) as { error: { code: string; message_en: string } }).error).toMatchObject({
        code: 'misconfigured',
        message_en: 'The portal cannot serve yet: the server configuration is wrong. Its operators can read the reason in the server log.',
      });
      const page = await fetchWorker(vars, '/');
      expect(page.status).toBe(503);
      expect(page.headers.get('Content-Type')).toMatch(/text\/html/);
      expect(await page.text()).toContain('konfigurasi server belum benar');
    }
    expect(log.mock.calls.flat().join('\n')).toContain('PELITA_SECRET must be set to at least 32 random characters');
  });

  it('8.2 a certificate token signed with the development secret in the source is never checked', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const forged = await signVerificationToken('pelita-development-secret-not-for-production-use-0001', { kind: 'cert', id: 1 });
    const res = await fetchWorker({ ...PROD, DEMO_MODE: 'true', PELITA_SECRET: '' }, `/verifikasi/${forged}`);
    expect(res.status).toBe(503);
    expect(await res.text()).not.toContain('SAH');
  });

  it('8.3 without PUBLIC_BASE_URL it answers 503 instead of building links from the Host header', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await fetchWorker({ ...PROD, PUBLIC_BASE_URL: '' }, '/api/v1/openapi.json');
    expect(res.status).toBe(503);
    expect(await res.text()).not.toContain('attacker.example');
    expect(log.mock.calls.flat().join('\n')).toContain('PUBLIC_BASE_URL is required in production');
  });

  it('8.3 with PUBLIC_BASE_URL its links use it, whatever the Host header says (the API document, from the staff Worker)', async () => {
    const res = await fetchWorker(PROD, '/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { servers: { url: string }[] }).servers).toEqual([{ url: 'https://pelita.kota.example/api/v1' }]);
  });

  it('14.6 the production entry carries no demo seed: DEMO_MODE=true answers 503 and names the demo entry', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await fetchWorker({ ...PROD, DEMO_MODE: 'true' }, '/layanan');
    expect(res.status).toBe(503);
    expect(log.mock.calls.flat().join('\n')).toContain('DEMO_MODE=true needs the demo entry: main = "src/worker-dev.ts"');
    const demo = await env.DB.prepare("SELECT count(*) AS n FROM staff WHERE email LIKE '%@demo.pelita.id'").first<{ n: number }>();
    expect(demo?.n).toBe(0);
  });

  it('8.1 the production vars of wrangler.toml seed no demo data', async () => {
    expect((await fetchWorker(PROD, '/layanan')).status).toBe(200);
    const demo = await env.DB.prepare("SELECT count(*) AS n FROM staff WHERE email LIKE '%@demo.pelita.id'").first<{ n: number }>();
    expect(demo?.n).toBe(0);
  });
});
