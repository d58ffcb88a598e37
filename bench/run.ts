// `npm run bench -- [--scale municipality|region|country] [--runs N] [--work DIR] [--reuse-data] [--max-rss-gib 8]`
// Generates a synthetic dataset of the chosen size with `tzm generate`, measures ingest (beside
// DuckDB's raw read_csv and cat of the same files), classify, monitor and the dashboard, saves
// bench/results/<scale>.json and rewrites BENCHMARKS.md from every saved scale.
// `--report-only` only rewrites BENCHMARKS.md.

import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchDashboard } from './dashboard-bench.js';
import { benchIngest, removeDb } from './ingest-bench.js';
import { listInputFiles } from './input-files.js';
import { describeMachine } from './machine.js';
import { sourceState } from './source-state.js';
import { assertOk } from './measure-process.js';
import type { BenchResult } from './result.js';
import { jaartellingSchooljaar, monitorFrom, monitorTo, peildatum, scales, seed, type ScaleName } from './scales.js';
import { benchStep, classifyArgs, jaartellingArgs, monitorArgs } from './steps-bench.js';
import { projectRoot, runTzm } from './tzm.js';
import { writeBenchmarksMd } from './write-report.js';

const { values: flags } = parseArgs({
  options: {
    scale: { type: 'string', default: 'municipality' },
    runs: { type: 'string' },
    work: { type: 'string' },
    'reuse-data': { type: 'boolean', default: false },
    'max-rss-gib': { type: 'string', default: '8' },
    'report-only': { type: 'boolean', default: false },
  },
});

const log = (line: string) => process.stderr.write(`${line}\n`);
const resultsDir = join(projectRoot, 'bench', 'results');

async function main(): Promise<void> {
  if (flags['report-only']) return writeReport();
  if (!(flags.scale! in scales)) throw new Error(`--scale is municipality, region or country, not ${flags.scale}`);
  const scale = scales[flags.scale as ScaleName];
  const runs = flags.runs === undefined ? scale.defaultRuns : Number(flags.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number of at least 1');
  // The machine is shared: a step whose memory runs away is stopped, not allowed to take it all.
  const maxRssMiB = Number(flags['max-rss-gib']) * 1024;
  const work = flags.work ?? join(tmpdir(), 'tzm-bench', scale.name);
  const data = join(work, 'data');
  mkdirSync(work, { recursive: true });
  const started = performance.now();
  const machine = await describeMachine();
  const source = sourceState();
  log(`tzm bench: ${scale.name} (${scale.pupils} youths), ${runs} runs, work dir ${work}`);
  const commands: string[] = [];
  const notes: string[] = [];

  const generateArgs = ['generate', '--out', data, '--pupils', String(scale.pupils), '--seed', String(seed)];
  commands.push(`node bin/tzm.js ${generateArgs.join(' ')}`);
  const reused = flags['reuse-data'] && existsSync(join(data, 'README.md')) && readFileSync(join(data, 'README.md'), 'utf8').includes(`--pupils ${scale.pupils} --seed ${seed}`);
  const generated = reused ? undefined : assertOk('generate', await runTzm(generateArgs));
  log(reused ? '  generate: reusing existing data' : `  generate: ${(generated!.wallMs / 1000).toFixed(1)} s`);

  const input = listInputFiles(data);
  const baseDb = join(work, 'base.duckdb');
  removeDb(baseDb);
  const registerArgs = ['ingest', '--db', baseDb, ...input.register];
  commands.push(`node bin/tzm.js ingest --db ${baseDb} ${input.register.join(' ')}`);
  const register = assertOk('register ingest', await runTzm(registerArgs));
  log(`  register files: ${(register.wallMs / 1000).toFixed(1)} s`);

  commands.push(
    `# ${runs} rounds, order rotated each round; each ingest into a fresh copy of base.duckdb:`,
    `node bin/tzm.js ingest --db ${work}/ingest-N.duckdb ${data}/verzuim-*.csv`,
    `node dist/bench/raw-read.js ${work}/raw-read.json   # read_csv per header group into ${work}/raw.duckdb`,
    `cat ${data}/verzuim-*.csv > /dev/null`,
  );
  const ingest = await benchIngest({ work, input, baseDb, runs, maxRssMiB, log });
  const db = ingest.db;

  const classifyCommand = classifyArgs(work, db, peildatum);
  const limits = (step: 'classify' | 'monitor' | 'jaartelling') => ({ timeoutMs: scale.stepTimeoutSeconds[step] * 1000, maxRssMiB });
  const classify = await benchStep('classify', classifyCommand, { work, db, runs, ...limits('classify'), log });
  commands.push(classify.command);
  const monitor = await benchStep('monitor', monitorArgs(work, db, monitorFrom, monitorTo), { work, db, runs, ...limits('monitor'), log });
  commands.push(monitor.command);
  const jaartelling = await benchStep('jaartelling', jaartellingArgs(work, db, jaartellingSchooljaar), { work, db, runs, ...limits('jaartelling'), log });
  commands.push(jaartelling.command);
  const dbBytes = fileBytes(db) + fileBytes(`${db}.wal`);

  let dashboard: BenchResult['dashboard'];
  try {
    dashboard = await benchDashboard({ work, db, browserRuns: 5, log });
    commands.push(dashboard.command, `# then the load and the browser runs of bench/load-endpoints.ts and bench/browser-time.ts`);
  } catch (error) {
    log(`  dashboard: ${String(error)}`);
    notes.push(`dashboard not measured: ${String(error).split('\n')[0]}`);
  }

  const { db: _db, ...ingestSaved } = ingest;
  const result: BenchResult = {
    scale: scale.name, pupils: scale.pupils, runs, date: new Date().toISOString(), machine, source, commands, work,
    totalSeconds: (performance.now() - started) / 1000,
    generate: { ms: generated?.wallMs ?? Number.NaN, peakRssMiB: generated?.peakRssMiB ?? Number.NaN, reused },
    input: { absenceFiles: input.absence.length, absenceBytes: input.absenceBytes, registerFiles: input.register.length, registerBytes: input.registerBytes },
    registerIngest: { ms: register.wallMs, peakRssMiB: register.peakRssMiB },
    ingest: ingestSaved, classify, monitor, jaartelling, dbBytes, dashboard, notes,
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${scale.name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  log(`tzm bench: done in ${result.totalSeconds.toFixed(0)} s; results in bench/results/${scale.name}.json`);
  writeReport();
}

function writeReport(): void {
  const saved = Object.keys(scales)
    .map((name) => join(resultsDir, `${name}.json`))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')) as BenchResult);
  writeBenchmarksMd(join(projectRoot, 'BENCHMARKS.md'), saved);
  log('tzm bench: BENCHMARKS.md written');
}

function fileBytes(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

main().catch((error: unknown) => {
  log(`tzm bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
