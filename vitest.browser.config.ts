import { defineConfig } from 'vitest/config';

// Journeys in Debian's Chromium (playwright-core, never a browser download) against the real
// Node server on a temporary libSQL file. Files run one at a time: each starts its own server.
export default defineConfig({
  test: {
    name: 'browser',
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
