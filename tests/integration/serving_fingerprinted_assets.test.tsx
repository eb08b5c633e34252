// Issue 14.5: static assets are cached for a year as immutable, which is only safe when a changed
// file gets a new address. Every page must therefore point at our assets by their fingerprinted
// names (templates/_partials/assets.ts, scripts/build-assets.mjs), never at the plain ones.
// Serving them with that Cache-Control: src/node/server.test.ts (Node), src/platform/http/assets-on-workers.test.ts
// (Workers: [assets] and public/_headers, through wrangler's local server).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness } from '#harness';
import { ASSET_FILES } from '../../templates/_partials/asset-manifest';
import { assetUrl, type AssetName } from '../../templates/_partials/assets';
import type { Harness } from '../harness/types';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

/** the addresses of our own assets that a page links to or loads */
function assetRefs(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)="(\/assets\/[^"]*)"/g)].map((m) => m[1]!);
}

describe('14.5 fingerprinted asset addresses', () => {
  it("14.5 the layout's stylesheet, icon and script, the header's logo and the complaint form's script carry their content hash", async () => {
    const fingerprinted = new Set(Object.keys(ASSET_FILES).map((n) => assetUrl(n as AssetName)));
    const seen = new Set<string>();
    for (const path of ['/', '/layanan', '/pengaduan/baru', '/masuk']) {
      const res = await h.request(path);
      expect(res.status, path).toBe(200);
      const refs = assetRefs(await res.text());
      expect(refs.length, path).toBeGreaterThan(0);
      for (const ref of refs) {
        expect(ref, `${path} links ${ref}`).toMatch(/^\/assets\/v\/[a-z-]+\.[0-9a-f]{8}\.(?:css|js|svg)$/);
        expect(fingerprinted.has(ref), `${ref} is in the manifest`).toBe(true);
        seen.add(ref);
      }
    }
    for (const name of ['pelita.css', 'pelita.js', 'favicon.svg', 'complaint-form.js'] as const) expect(seen).toContain(assetUrl(name));
  });
});
