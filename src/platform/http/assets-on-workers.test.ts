// Issue 14.5 on Workers: the platform serves public/ ([assets] in wrangler.toml) before the Worker
// runs, with the rules of public/_headers. Run here by wrangler's own local server on the project's
// wrangler.toml (the Worker is never reached: only static files are asked for). wrangler's dev
// registry stays on: that configuration binds the staff and PDF Workers, which do not run here, and
// with the registry wrangler starts without them (without it workerd refuses the bindings).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unstable_dev, type Unstable_DevWorker } from 'wrangler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSET_FILES } from '../../../templates/_partials/asset-manifest';
import { assetUrl, HTMX_SRC, type AssetName } from '../../../templates/_partials/assets';

const IMMUTABLE = 'public, max-age=31536000, immutable';

let state: string;
let worker: Unstable_DevWorker;
beforeAll(async () => {
  state = mkdtempSync(join(tmpdir(), 'pelita-assets-'));
  worker = await unstable_dev('src/worker.ts', {
    config: 'wrangler.toml',
    ip: '127.0.0.1',
    port: 0,
    inspectorPort: 0,
    persistTo: state,
    logLevel: 'error',
    experimental: { disableExperimentalWarning: true },
  });
});
afterAll(async () => {
  await worker?.stop();
  rmSync(state, { recursive: true, force: true });
});

describe('14.5 static assets on Workers', () => {
  it('14.5 every fingerprinted copy and htmx answer immutable for a year; the plain names keep the short default', async () => {
    for (const name of Object.keys(ASSET_FILES) as AssetName[]) {
      const hashed = await worker.fetch(assetUrl(name));
      expect(hashed.status, assetUrl(name)).toBe(200);
      expect(hashed.headers.get('Cache-Control'), assetUrl(name)).toBe(IMMUTABLE);
      expect(hashed.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(Buffer.from(await hashed.arrayBuffer()).equals(readFileSync(`public/assets/${name}`))).toBe(true);
      const plain = await worker.fetch(`/assets/${name}`);
      expect(plain.status).toBe(200);
      expect(plain.headers.get('Cache-Control'), `/assets/${name}`).toBe('public, max-age=0, must-revalidate');
      await plain.arrayBuffer();
    }
    const htmx = await worker.fetch(HTMX_SRC);
    expect(htmx.headers.get('Cache-Control')).toBe(IMMUTABLE);
    await htmx.arrayBuffer();
  });
});
