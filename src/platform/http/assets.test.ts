import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HTMX_SRC } from '../../../templates/layout';

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
});
