// The kept answers' bounds and scopes (issue 14.4): at most maxBytes of them, the one used longest
// ago going first; each checked against the version of its own scope.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './context';
import { keepPage, pageCache } from './page-cache';

function appWith(maxBytes: number, versions: Map<string, string>) {
  const rendered: string[] = [];
  const asked: string[] = [];
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('lang', 'id');
    return next();
  });
  app.use(
    pageCache({
      personal: (c) => c.req.header('Cookie') !== undefined,
      currentVersion: async (_c, scope) => {
        asked.push(scope);
        return versions.get(scope) ?? null;
      },
      maxBytes,
      now: () => 0,
    }),
  );
  app.get('/p/:name/:size', (c) => {
    const name = c.req.param('name');
    rendered.push(name);
    const scope = name.startsWith('case-') ? name : '';
    keepPage(c, versions.get(scope) ?? 'none', scope);
    return c.text(name.padEnd(Number(c.req.param('size')), '.'));
  });
  const get = async (path: string, init?: RequestInit) => (await app.request(path, init)).text();
  return { get, rendered, asked };
}

describe('14.4 kept answers: bounds and scopes', () => {
  it('14.4 at most maxBytes are kept: the answer used longest ago goes first', async () => {
    const { get, rendered } = appWith(250, new Map([['', 'v1']]));
    await get('/p/a/100');
    await get('/p/b/100');
    await get('/p/a/100'); // kept; now the most recently used
    expect(rendered).toEqual(['a', 'b']);
    await get('/p/c/100'); // 300 bytes: b, used longest ago, goes
    await get('/p/a/100');
    await get('/p/c/100');
    expect(rendered).toEqual(['a', 'b', 'c']);
    await get('/p/b/100');
    expect(rendered).toEqual(['a', 'b', 'c', 'b']);
  });

  it('14.4 an answer larger than maxBytes is answered, never kept, and pushes nothing out', async () => {
    const { get, rendered } = appWith(250, new Map([['', 'v1']]));
    await get('/p/a/100');
    expect(await get('/p/big/300')).toHaveLength(300);
    await get('/p/big/300');
    await get('/p/a/100');
    expect(rendered).toEqual(['a', 'big', 'big']);
  });

  it('14.4 each kept answer is checked against its own scope\'s version; a personal request is never answered from them', async () => {
    const versions = new Map([['', 'v1'], ['case-1', 'm1']]);
    const { get, rendered, asked } = appWith(10_000, versions);
    await get('/p/case-1/50');
    await get('/p/home/50');
    await get('/p/case-1/50');
    await get('/p/home/50');
    expect(rendered).toEqual(['case-1', 'home']);
    expect(asked).toEqual(['case-1', '']);
    versions.set('case-1', 'm2');
    await get('/p/case-1/50');
    await get('/p/home/50');
    expect(rendered).toEqual(['case-1', 'home', 'case-1']);
    // a case that is gone (no version) is rendered again
    versions.delete('case-1');
    await get('/p/case-1/50');
    expect(rendered).toEqual(['case-1', 'home', 'case-1', 'case-1']);
    await get('/p/home/50', { headers: { Cookie: 'x=1' } });
    expect(rendered.at(-1)).toBe('home');
  });
});
