// The long robustness runs (200 MB file, many crash trials): `npm run test:long`, never `npm test`
// (whose config only takes *.test.ts). Same global setup: it builds dist/ for the tzm command.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '../../..',
    include: ['tests/robustness/long/*.long.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30 * 60_000,
    hookTimeout: 30 * 60_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
