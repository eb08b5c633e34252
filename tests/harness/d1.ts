// Integration harness on D1 and R2 inside workerd, with the real migrations applied.
import { applyD1Migrations, env } from 'cloudflare:test';
import { apiDocument } from '../../src/api';
import { createApp } from '../../src/app';
import { openD1 } from '../../src/db/d1';
import { forwardedFor, type AppDeps } from '../../src/platform/runtime/deps';
import { seedDemoData } from '../../src/seed/seed';
import { seedDemoHistory } from '../../src/seed/history';
import { r2FileStore } from '../../src/platform/storage/r2';
import { pdfServiceDrawer } from '../../src/modules/documents/jobs';
import { apiContract } from './contract';
import { TEST_CONFIG, testClock, type Harness, type HarnessOptions } from './types';

export const RUNTIME = 'd1' as const;

export async function makeHarness(opts: HarnessOptions = {}): Promise<Harness> {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  const db = openD1(env.DB);
  const clock = opts.clock ?? testClock();
  const deps: AppDeps = {
    db,
    files: r2FileStore(env.FILES),
    clock,
    config: { ...TEST_CONFIG, runtime: 'workers', ...opts.config },
    clientAddress: (c) => forwardedFor(c) ?? '192.0.2.1',
    // through the service binding, as the production Worker draws (vitest.config.ts binds PDF)
    pdf: pdfServiceDrawer(env.PDF),
    ...(opts.mail ? { mail: opts.mail } : {}),
  };
  if (opts.seed !== false) await seedDemoData(db, clock.now());
  if (opts.history) await seedDemoHistory(deps, clock.now(), opts.history === true ? {} : opts.history);
  const app = createApp(deps);
  const contract = apiContract(apiDocument(deps.config.baseUrl));
  return {
    runtime: 'd1',
    app,
    deps,
    clock,
    request: async (path, init) => contract.checked(init?.method ?? 'GET', path, await app.request(path, init, env)),
    close: async () => {},
  };
}
