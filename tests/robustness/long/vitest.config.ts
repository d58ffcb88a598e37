// The long robustness runs (200 MB file, many crash trials, long fuzzing): `npm run test:long`,
// never `npm test` (whose config only takes *.test.ts). Same global setup: it builds dist/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../../..', import.meta.url)),
    include: ['tests/robustness/long/*.long.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 4 * 60 * 60_000,
    hookTimeout: 30 * 60_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
