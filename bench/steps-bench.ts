// classify (one peildatum over all youths), monitor (ten month ends) and jaartelling (a school
// year), each as repeated runs
// of the real command line on the database the ingest benchmark left behind.

import { join } from 'node:path';
import { median } from './stats.js';
import { runTzm } from './tzm.js';

export interface StepResult {
  command: string;
  runsMs: number[];
  medianMs: number;
  peakRssMiB: number;
  /** Set when the step could not run (e.g. the command is not built yet); then no timings. */
  error?: string;
  /** Stopped by the benchmark: still running at the time limit, or past the memory cap. */
  killed?: { reason: 'timeout' | 'memory'; afterMs: number; peakRssMiB: number };
}

export interface StepOptions {
  work: string;
  db: string;
  runs: number;
  timeoutMs: number;
  maxRssMiB: number;
  log: (line: string) => void;
}

export async function benchStep(name: string, args: string[], { runs, timeoutMs, maxRssMiB, log }: StepOptions): Promise<StepResult> {
  const command = `node bin/tzm.js ${args.join(' ')}`;
  const runsMs: number[] = [];
  const peaks: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await runTzm(args, { timeoutMs, maxRssMiB });
    if (run.killed) {
      const killed = { reason: run.killed, afterMs: run.wallMs, peakRssMiB: run.peakRssMiB };
      log(`  ${name}: stopped (${run.killed}) after ${(run.wallMs / 1000).toFixed(0)} s at ${run.peakRssMiB.toFixed(0)} MiB`);
      return { command, runsMs, medianMs: Number.NaN, peakRssMiB: run.peakRssMiB, killed };
    }
    if (run.exitCode !== 0) {
      const error = (run.stderr || run.stdout).trim().split('\n').slice(0, 3).join(' ');
      log(`  ${name}: failed (exit ${run.exitCode}): ${error}`);
      return { command, runsMs, medianMs: Number.NaN, peakRssMiB: Number.NaN, error };
    }
    runsMs.push(run.wallMs);
    peaks.push(run.peakRssMiB);
    log(`  ${name} run ${i + 1}/${runs}: ${(run.wallMs / 1000).toFixed(1)} s, ${run.peakRssMiB.toFixed(0)} MiB`);
  }
  return { command, runsMs, medianMs: median(runsMs), peakRssMiB: median(peaks) };
}

export function classifyArgs(work: string, db: string, peildatum: string): string[] {
  return ['classify', '--db', db, '--as-of', peildatum, '--out', join(work, 'classify.csv')];
}

/** jaartelling.md: the annual count of a whole school year (the default --tot: the last covered month, capped at 31 July). */
export function jaartellingArgs(work: string, db: string, schooljaar: string): string[] {
  return ['jaartelling', '--db', db, '--schooljaar', schooljaar, '--out', join(work, 'jaartelling.csv')];
}

export function monitorArgs(work: string, db: string, from: string, to: string): string[] {
  return ['monitor', '--db', db, '--from', from, '--to', to, '--out', join(work, 'monitor.csv')];
}
