import { defineConfig } from 'vitest/config';

/**
 * `npm run bench` (through bench/run.mjs): one file per group of figures, run one at a
 * time so that no two benches share the machine's two cores.
 */
export default defineConfig({
  test: {
    include: ['bench/figures/*.bench.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 900_000,
    hookTimeout: 120_000,
    globalSetup: ['bench/support/globalSetup.ts'],
  },
});
