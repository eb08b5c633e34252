import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSET_FILES } from '../../../templates/_partials/asset-manifest';
import { assetUrl, FINGERPRINTED_PREFIX, HTMX_SRC, type AssetName } from '../../../templates/_partials/assets';

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

  it('14.5 on Workers, public/_headers caches the fingerprinted copies and htmx for a year as immutable, and nothing else', () => {
    // the platform's rule syntax: a line with a path (one * matches anything), then indented headers
    const rules: { pattern: RegExp; headers: string[] }[] = [];
    for (const line of readFileSync('public/_headers', 'utf8').split('\n')) {
      if (!line.trim() || line.trim().startsWith('#')) continue;
      if (!/^\s/.test(line)) rules.push({ pattern: new RegExp(`^${line.trim().split('*').map((p) => p.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('.*')}$`), headers: [] });
      else rules.at(-1)!.headers.push(line.trim());
    }
    const cacheControl = (path: string) => rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers.filter((x) => x.startsWith('Cache-Control:')));
    for (const name of Object.keys(ASSET_FILES) as AssetName[]) {
      expect(assetUrl(name).startsWith(FINGERPRINTED_PREFIX)).toBe(true);
      expect(cacheControl(assetUrl(name))).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
      // the plain name keeps the platform's default (revalidated with its ETag): old pages still point at it
      expect(cacheControl(`/assets/${name}`)).toEqual([]);
    }
    expect(cacheControl(HTMX_SRC)).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
  });
});
