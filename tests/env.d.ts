// Bindings the workerd test project provides (see vitest.config.ts).
import type { D1Migration } from '@cloudflare/vitest-plugin';

declare global {
  namespace Cloudflare {
    interface Env {
      DB: D1Database;
      FILES: R2Bucket;
      TEST_MIGRATIONS: D1Migration[];
      /** wrangler.toml's [[send_email]]: miniflare's local Email Service */
      EMAIL: SendEmail;
      /** wrangler.toml's [[services]] PDF: the PDF Worker, run in the test runner (vitest.config.ts) */
      PDF: Fetcher;
    }
  }
}

export {};
