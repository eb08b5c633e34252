// Integration harness on libSQL (in-memory) with the real migrations, in Node.
import { fileURLToPath } from 'node:url';
import { apiDocument } from '../../src/api';
import { createApp } from '../../src/app';
import { applyMigrations } from '../../src/db/migrate';
import { openLibsql } from '../../src/db/libsql';
import { diskFileStore } from '../../src/node/disk-file-store';
import { drawPdf } from '../../src/modules/documents/draw';
import { readMigrationsFromDisk } from '../../src/node/migrations-from-disk';
import { forwardedFor, type AppDeps } from '../../src/platform/runtime/deps';
import { seedDemoData } from '../../src/seed/seed';
import { seedDemoHistory } from '../../src/seed/history';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiContract } from './contract';
import { TEST_CONFIG, testClock, type Harness, type HarnessOptions } from './types';

export const RUNTIME = 'libsql' as const;

export async function makeHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const { db, client } = openLibsql(':memory:');
  await applyMigrations(client, readMigrationsFromDisk(fileURLToPath(new URL('../../migrations', import.meta.url))));
  const filesDir = mkdtempSync(join(tmpdir(), 'pelita-files-'));
  const clock = opts.clock ?? testClock();
  const deps: AppDeps = {
    db,
    files: diskFileStore(filesDir, clock),
    clock,
    config: { ...TEST_CONFIG, runtime: 'node', ...opts.config },
    clientAddress: (c) => forwardedFor(c) ?? '192.0.2.1',
    // drawn in this process, as the Node server does
    pdf: drawPdf,
    ...(opts.mail ? { mail: opts.mail } : {}),
  };
  if (opts.seed !== false) await seedDemoData(db, clock.now());
  if (opts.history) await seedDemoHistory(deps, clock.now(), opts.history === true ? {} : opts.history);
  const app = createApp(deps);
  const contract = apiContract(apiDocument(deps.config.baseUrl));
  return {
    runtime: 'libsql',
    app,
    deps,
    clock,
    request: async (path, init) => contract.checked(init?.method ?? 'GET', path, await app.request(path, init)),
    close: async () => {
      client.close();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
