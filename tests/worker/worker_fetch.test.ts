// The Worker's own fetch handler in workerd, with D1, R2 and the real migrations: what
// `wrangler deploy` ships, not just the app factory.
import { applyD1Migrations, createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import worker from '../../src/worker-dev';

// this file's own Worker instance: the entry keeps one per env, and the D1 project's files share one workerd
const fileEnv = { ...env };

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});

async function fetchWorker(path: string, init?: RequestInit) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`https://pelita.example${path}`, init), fileEnv as never, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

describe('the Worker entry on D1', () => {
  it('seeds the demo data before its first answer and serves the catalogue', async () => {
    const res = await fetchWorker('/layanan');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Persetujuan Bangunan Gedung');
    expect(html).toContain('Kategori pengaduan');
  });

  it('reports D1 on /healthz', async () => {
    const res = await fetchWorker('/healthz');
    const body = (await res.json()) as { status: string; runtime: string; database: { status: string } };
    expect(body).toMatchObject({ status: 'ok', runtime: 'workers', database: { status: 'ok' } });
  });

  it('answers JSON errors under /api/', async () => {
    const res = await fetchWorker('/api/v1/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toMatch(/application\/json/);
  });
});
