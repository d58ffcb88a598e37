// `node dist/bench/profile-all.js [--scale municipality] [--work DIR] [--memory-limit 4GB]`
// After `npm run bench` at a scale: profiles ingest, classify and monitor statement by statement
// (bench/profile-steps.ts), each as the command runs it and once more with its transaction
// dropped (an experiment), on copies of that run's databases. Saves
// bench/results/profile-<scale>.json, which BENCHMARKS.md shows as "measured profiles"; then
// the dashboard endpoints, cold and warm (bench/profile-endpoints.ts).

import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { removeDb } from './ingest-bench.js';
import { listInputFiles } from './input-files.js';
import type { EndpointProfile } from './profile-endpoints.js';
import type { Profile } from './profile-steps.js';
import { monitorFrom, monitorTo, peildatum, scales, type ScaleName } from './scales.js';
import { projectRoot, runHelper } from './tzm.js';

export interface ProfileRun {
  step: 'ingest' | 'classify' | 'monitor';
  transaction: boolean;
  profile?: Profile;
  /** Why there is no profile (stopped at the time limit or memory cap, or failed). */
  error?: string;
  wallMs: number;
  peakRssMiB: number;
}

const { values: flags } = parseArgs({
  options: { scale: { type: 'string', default: 'municipality' }, work: { type: 'string' }, 'memory-limit': { type: 'string', default: '4GB' }, 'timeout-s': { type: 'string', default: '900' } },
});

async function main(): Promise<void> {
  const scale = scales[flags.scale as ScaleName];
  if (!scale) throw new Error(`unknown scale ${flags.scale}`);
  const work = flags.work ?? join(tmpdir(), 'tzm-bench', scale.name);
  const input = listInputFiles(join(work, 'data'));
  const limit = ['--memory-limit', flags['memory-limit']!];
  const steps: Array<{ step: ProfileRun['step']; from: string; args: (db: string) => string[] }> = [
    { step: 'ingest', from: 'base.duckdb', args: (db) => ['ingest', '--db', db, ...input.absence] },
    { step: 'classify', from: 'tzm.duckdb', args: (db) => ['classify', '--db', db, '--as-of', peildatum, ...limit] },
    { step: 'monitor', from: 'tzm.duckdb', args: (db) => ['monitor', '--db', db, '--from', monitorFrom, '--to', monitorTo, ...limit] },
  ];
  const runs: ProfileRun[] = [];
  for (const { step, from, args } of steps) {
    for (const transaction of [true, false]) {
      const db = join(work, `profile-${step}.duckdb`);
      removeDb(db);
      copyFileSync(join(work, from), db);
      const run = await runHelper('profile-steps', [...args(db), ...(transaction ? [] : ['--no-transaction'])], {
        timeoutMs: Number(flags['timeout-s']) * 1000, maxRssMiB: 8 * 1024,
      });
      removeDb(db);
      const ok = run.exitCode === 0 && !run.killed;
      runs.push({
        step, transaction, wallMs: run.wallMs, peakRssMiB: run.peakRssMiB,
        ...(ok ? { profile: JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Profile } : { error: run.killed ? `stopped (${run.killed})` : run.stderr.trim().split('\n')[0] }),
      });
      process.stderr.write(`profile ${step}${transaction ? '' : ' (no transaction)'}: ${(run.wallMs / 1000).toFixed(1)} s, ${run.peakRssMiB.toFixed(0)} MiB${ok ? '' : ` — ${runs.at(-1)!.error}`}\n`);
    }
  }
  const endpointRun = await runHelper('profile-endpoints', ['--db', join(work, 'tzm.duckdb'), '--requests', '10'], { timeoutMs: 600_000, maxRssMiB: 8 * 1024 });
  const endpoints = endpointRun.exitCode === 0 ? (JSON.parse(endpointRun.stdout.trim().split('\n').at(-1)!) as EndpointProfile[]) : [];
  process.stderr.write(`profile endpoints: ${(endpointRun.wallMs / 1000).toFixed(1)} s${endpointRun.exitCode === 0 ? '' : ` — ${endpointRun.stderr.trim().split('\n')[0]}`}\n`);
  mkdirSync(join(projectRoot, 'bench', 'results'), { recursive: true });
  const file = join(projectRoot, 'bench', 'results', `profile-${scale.name}.json`);
  writeFileSync(file, `${JSON.stringify({ scale: scale.name, date: new Date().toISOString(), memoryLimit: flags['memory-limit'], runs, endpoints }, null, 2)}\n`);
  process.stderr.write(`profile: saved ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`profile-all: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
