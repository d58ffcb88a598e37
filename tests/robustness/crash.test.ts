// SIGKILL during `tzm ingest`, at seeded random moments and at the moments after the commit
// (checkpoint, snapshot copy): the database always opens, its bookkeeping agrees with its rows,
// and it holds exactly the state before the ingest or, once committed, exactly the state after.
// Replay a failure with TZM_CRASH_SEED=<seed printed below>. More trials: tests/robustness/long/.

import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crashTrial, prepareCrashSetup, seededRandom, type CrashSetup, type KillAt, type TrialResult } from './crash.js';

const SEED = Number(process.env.TZM_CRASH_SEED ?? 6);

describe(`SIGKILL during tzm ingest (seed ${SEED})`, () => {
  let setup: CrashSetup;
  beforeAll(async () => {
    setup = await prepareCrashSetup();
  }, 120_000);
  afterAll(() => {
    if (setup) rmSync(setup.dir, { recursive: true, force: true });
  });

  it('20 kills at random moments: before or after, never in between', async () => {
    const random = seededRandom(SEED);
    const results: Array<TrialResult & { trial: number; afterMs: number }> = [];
    // The kill lands at a seeded fraction of a run's duration; a run that ends before its kill
    // shows that runs are faster now (the machine is shared), so the window shrinks to it.
    let window = setup.runMs;
    for (let trial = 0; trial < 20; trial++) {
      const killAt = { afterMs: Math.round(random() * window) };
      const result = await crashTrial(setup, trial, killAt);
      if (!result.killed) window = Math.min(window, result.ms);
      results.push({ trial, ...killAt, ...result });
    }
    const count = (test: (r: TrialResult) => boolean) => results.filter(test).length;
    process.stdout.write(`crash trials: ${count((r) => r.killed)} killed (${count((r) => r.killed && r.state === 'before')} before the commit), ${count((r) => r.partials > 0)} left a .partial snapshot\n`);
    expect(results.filter((r) => r.problems.length > 0 || r.badSnapshots.length > 0)).toEqual([]);
    // The trials did test something: most kills landed while the ingest ran, some before its commit.
    expect(results.filter((r) => r.killed).length).toBeGreaterThanOrEqual(12);
    expect(results.filter((r) => r.killed && r.state === 'before').length).toBeGreaterThanOrEqual(5);
  }, 300_000);

  it.each<[string, KillAt]>([
    ['right after the commit (checkpoint)', { afterSummaryMs: 0 }],
    ['during the snapshot copy', { duringSnapshotCopy: true }],
  ])('a kill %s leaves the committed state and only whole snapshots', async (_, killAt) => {
    const result = await crashTrial(setup, 100 + Math.floor(Math.random() * 1e6), killAt);
    expect(result.stderr).toBe('');
    expect(result.problems).toEqual([]);
    expect(result.badSnapshots).toEqual([]);
    expect(result.state).toBe('after');
  }, 60_000);
});
