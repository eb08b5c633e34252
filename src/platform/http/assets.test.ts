import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSET_FILES } from '../../../templates/_partials/asset-manifest';
import { assetUrl, HTMX_SRC, type AssetName } from '../../../templates/_partials/assets';

describe('self-hosted assets', () => {
  it('serves exactly the pinned htmx from package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const version = pkg.dependencies['htmx.org'];
    expect(version).toMatch(/^\d+\.\d+\.\d+$/); // pinned, never a range
    expect(HTMX_SRC).toBe(`/vendor/htmx-${version}.min.js`);
    const served = readFileSync(`public${HTMX_SRC}`);
    const installed = readFileSync('node_modules/htmx.org/dist/htmx.min.js');
    expect(served.equals(installed)).toBe(true);
  });

  it('14.5 every file of public/assets has a fingerprinted copy with the same bytes, and the manifest names it (else: node scripts/build-assets.mjs)', () => {
    const check = spawnSync(process.execPath, ['scripts/build-assets.mjs', '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    for (const [name, hashed] of Object.entries(ASSET_FILES)) {
      expect(readFileSync(`public${assetUrl(name as AssetName)}`).equals(readFileSync(`public/assets/${name}`))).toBe(true);
      expect(hashed).toMatch(/\.[0-9a-f]{8}\.[a-z]+$/);
    }
  });
});
