import { defineConfig } from 'vitest/config';

// `npm run bench`: speed targets are measured here, never asserted by timed tests.
export default defineConfig({
  test: {
    name: 'bench',
    environment: 'node',
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
