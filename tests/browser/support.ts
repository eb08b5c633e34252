// Starts the real Node server on a fresh libSQL file and drives Debian's Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startNodeServer } from '../../src/node/server';
import { DEMO_PASSWORD } from '../../src/seed/seed';
import type { AppDeps } from '../../src/platform/runtime/deps';

export const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

export interface BrowserRig {
  url: string;
  /** the server's own dependencies, for looking things up that a page does not show */
  deps: AppDeps;
  browser: Browser;
  /** a new page that records console errors and CSP violations */
  newPage(opts?: { locale?: string }): Promise<{ page: Page; problems: string[] }>;
  /** Signs the page in through the /masuk form (a demo account's password unless told) and waits until it has left it. */
  signIn(page: Page, username: string, password?: string): Promise<void>;
  close(): Promise<void>;
}

export async function startRig(): Promise<BrowserRig> {
  const dir = mkdtempSync(join(tmpdir(), 'pelita-browser-'));
  const server = await startNodeServer({
    port: 0,
    quiet: true,
    vars: {
      DATABASE_URL: `file:${join(dir, 'pelita.db')}`,
      FILES_DIR: join(dir, 'files'),
      DEMO_MODE: 'true',
      DEMO_HISTORY: 'false',
      APP_ENV: 'development',
    },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    url: server.url,
    deps: server.deps,
    browser,
    async newPage(opts = {}) {
      const context = await browser.newContext({ locale: opts.locale ?? 'id-ID' });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(String(e)));
      // anything not from our own origin is a failure: no CDN, font or tile may load
      await page.route('**/*', (route) => {
        const u = route.request().url();
        if (u.startsWith(server.url) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
        problems.push(`external request blocked: ${u}`);
        return route.abort();
      });
      return { page, problems };
    },
    async signIn(page, username, password = DEMO_PASSWORD) {
      await page.goto(server.url + '/masuk');
      await page.fill('input[name="username"]', username);
      await page.fill('input[name="password"]', password);
      await page.locator('form[action="/masuk"] button[type="submit"]').click();
      await page.waitForURL((u) => !u.pathname.startsWith('/masuk'));
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
