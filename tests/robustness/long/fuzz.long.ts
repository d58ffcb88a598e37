// The long fuzz run: many more damaged exports, with a seed from the clock unless TZM_FUZZ_SEED
// is set (fast-check prints seed and path of a failure, to replay it).

import { describe, expect, it } from 'vitest';
import { fuzzIngest } from '../fuzz-ingest.js';

const seed = Number(process.env.TZM_FUZZ_SEED ?? Date.now() % 1_000_000);
const runs = Number(process.env.TZM_FUZZ_RUNS ?? 2000);

describe(`fuzzing tzm ingest, long (seed ${seed})`, () => {
  it(`${runs} damaged exports: only loads or refuses, every record accounted for, nothing loaded twice`, async () => {
    const stats = await fuzzIngest({ numRuns: runs, seed });
    process.stdout.write(`fuzz: ${stats.loaded} loaded, ${stats.refused} refused ${JSON.stringify([...stats.refusals])}\n`);
    expect(stats.loaded).toBeGreaterThan(stats.refused);
  }, 4 * 60 * 60_000);
});
