// The crash trials of crash.ts as a vitest suite, shared by the quick files (crash.test.ts,
// crash-monitor.test.ts) and the long ones (long/*.long.ts), which differ in trial counts only.

import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crashTrial, seededRandom, type CrashSetup, type KillAt, type TrialResult } from './crash.js';

export interface CrashSuite {
  command: string;
  prepare: () => Promise<CrashSetup>;
  randomTrials: number;
  seed: number;
  /** Kills aimed at the moments after the commit. */
  aimed: Array<[string, KillAt]>;
  /** Ms for the random trials together. */
  timeoutMs: number;
}

export function describeCrashTrials({ command, prepare, randomTrials, seed, aimed, timeoutMs }: CrashSuite): void {
  describe(`SIGKILL during tzm ${command} (seed ${seed})`, () => {
    let setup: CrashSetup;
    beforeAll(async () => {
      setup = await prepare();
    }, 180_000);
    afterAll(() => {
      if (setup) rmSync(setup.dir, { recursive: true, force: true });
    });

    it(`${randomTrials} kills at random moments: before or after, never in between`, async () => {
      const random = seededRandom(seed);
      const results: Array<TrialResult & { trial: number; afterMs: number }> = [];
      // The kill lands at a seeded fraction of a run's duration; a run that ends before its kill
      // shows that runs are faster now (the machine is shared), so the window shrinks to it.
      let window = setup.runMs;
      for (let trial = 0; trial < randomTrials; trial++) {
        const killAt = { afterMs: Math.round(random() * window) };
        const result = await crashTrial(setup, trial, killAt);
        if (!result.killed) window = Math.min(window, result.ms);
        results.push({ trial, ...killAt, ...result });
      }
      const count = (test: (r: TrialResult) => boolean) => results.filter(test).length;
      process.stdout.write(
        `tzm ${command}, ${randomTrials} trials: ${count((r) => r.killed)} killed, ${count((r) => r.killed && r.state === 'before')} of them before the commit; ${count((r) => r.partials > 0)} left a .partial snapshot\n`,
      );
      expect(results.filter((r) => (!r.killed && r.stderr !== '') || r.problems.length > 0 || r.badSnapshots.length > 0)).toEqual([]);
      // The trials did test something: most kills landed while the command ran, many before its commit.
      expect(count((r) => r.killed)).toBeGreaterThanOrEqual(Math.ceil(randomTrials * 0.6));
      expect(count((r) => r.killed && r.state === 'before')).toBeGreaterThanOrEqual(Math.ceil(randomTrials * 0.25));
    }, timeoutMs);

    it.each(aimed)('a kill %s leaves the committed state and only whole snapshots', async (_, killAt) => {
      // A kill aimed at the snapshot copy must land in it (a .partial file left behind) at least
      // once in three tries; otherwise the trial would not test what it says.
      const tries = 'duringSnapshotCopy' in killAt ? 3 : 1;
      let landed = false;
      for (let i = 0; i < tries && !landed; i++) {
        const result = await crashTrial(setup, 1000 + 10 * aimed.findIndex(([, k]) => k === killAt) + i, killAt);
        expect(result.stderr).toBe('');
        expect(result.problems).toEqual([]);
        expect(result.badSnapshots).toEqual([]);
        expect(result.state).toBe('after');
        landed = result.killed && (!('duringSnapshotCopy' in killAt) || result.partials > 0);
      }
      expect(landed).toBe(true);
    }, 90_000);
  });
}
