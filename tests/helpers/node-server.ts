// The real Node server on a demo database of its own in a temporary folder (no demo history:
// fast), for the tests that drive it over HTTP. `vars` adds to or overrides the demo's settings.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNodeServer } from '../../src/node/server';

export async function startDemoNodeServer(name: string, vars: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), `pelita-${name}-`));
  const server = await startNodeServer({
    port: 0,
    quiet: true,
    vars: {
      APP_ENV: 'development',
      DEMO_MODE: 'true',
      DEMO_HISTORY: 'false',
      DATABASE_URL: `file:${join(dir, 'pelita.db')}`,
      FILES_DIR: join(dir, 'files'),
      ...vars,
    },
  });
  return {
    dir,
    server,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
