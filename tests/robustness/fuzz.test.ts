// Fuzzing `tzm ingest` with damaged exports (fuzz-ingest.ts). The seed is fixed so the suite is
// repeatable; try others with TZM_FUZZ_SEED=<n>, and more runs with tests/robustness/long/.

import { describe, expect, it } from 'vitest';
import { fuzzIngest } from './fuzz-ingest.js';

const SEED = Number(process.env.TZM_FUZZ_SEED ?? 20260601);

describe(`fuzzing tzm ingest with damaged exports (seed ${SEED})`, () => {
  it('only loads or refuses, accounts for every record, and loads nothing twice', async () => {
    const stats = await fuzzIngest({ numRuns: 60, seed: SEED, timeLimitMs: 25_000 });
    process.stdout.write(`fuzz: ${stats.loaded} loaded, ${stats.refused} refused ${JSON.stringify([...stats.refusals])}\n`);
    // Most damaged files still reach the loader: the property is about more than refusals.
    expect(stats.loaded).toBeGreaterThan(stats.refused);
  }, 60_000);
});
