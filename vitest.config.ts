import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { tsImport } from 'tsx/esm/api';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Three projects: pure units in Node; the integration suite on libSQL in Node; and the very same
// integration suite plus the Worker's own handlers on D1 and R2 inside workerd. The suite reaches
// its database through `#harness`, which each project points at its own runtime.
// Generous time limits: these 2-core machines run workerd and libSQL suites side by side, and a
// slow moment must not fail CI. Speed is measured by `npm run bench`, never by a timed test.
/** The PDF Worker (src/worker-pdf.ts), loaded when a test first asks for a PDF. */
let pdfModule: Promise<typeof import('./src/worker-pdf')> | undefined;
const pdfWorker = () => (pdfModule ??= tsImport('./src/worker-pdf.ts', import.meta.url) as Promise<typeof import('./src/worker-pdf')>);

const limits = { testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // files share one worker's modules, as in the libsql project below
          isolate: false,
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/modules/*/tests/**'],
          environment: 'node',
          ...limits,
        },
      },
      {
        resolve: { alias: { '#harness': here('./tests/harness/libsql.ts') } },
        test: {
          name: 'libsql',
          // each harness opens its own in-memory database and every module cache is keyed by it, so
          // files need no process of their own: importing the app again for each of ~145 files was
          // two thirds of the project's time
          isolate: false,
          // tests/bench: the benchmark data generator's own tests (it writes libSQL files)
          include: ['src/modules/*/tests/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}', 'tests/bench/**/*.test.{ts,tsx}'],
          environment: 'node',
          ...limits,
        },
      },
      {
        resolve: { alias: { '#harness': here('./tests/harness/d1.ts') } },
        plugins: [
          cloudflareTest(async () => ({
            main: './src/worker-dev.ts',
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                APP_ENV: 'test',
                DEMO_MODE: 'true',
                // the Worker's own tests seed the demo data set, not its year of history (a minute)
                DEMO_HISTORY: 'false',
                PELITA_SECRET: 'test-secret-0123456789abcdef0123456789abcdef',
                TEST_MIGRATIONS: await readD1Migrations(here('./migrations')),
              },
              // wrangler.toml's PDF binding: the PDF Worker's own handler, run here in the runner
              // and its STAFF binding: tests of the split hand the citizens' Worker the staff Worker
              // themselves (tests/worker/worker_split.test.ts); a request that reaches this one fails loudly
              serviceBindings: {
                PDF: async (request: Request) => (await pdfWorker()).drawPdfRequest(request),
                STAFF: () => new Response('no staff Worker in the test runner: give env.STAFF to the citizens\' Worker', { status: 502 }),
              },
            },
          })),
        ],
        test: {
          name: 'd1',
          // one workerd for every file, each file starting from empty bindings (the setup file):
          // a Miniflare started per file took ~8 s of each of ~150 files
          isolate: false,
          setupFiles: ['./tests/harness/d1-fresh-file.ts'],
          include: ['src/modules/*/tests/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}', 'tests/worker/**/*.test.{ts,tsx}'],
          ...limits,
        },
      },
    ],
  },
});
