// `npm run bench -- [--scale municipality|region|country] [--runs N] [--work DIR] [--reuse-data] [--reuse-db] [--max-rss-gib 16]
//   [--steps ingest,classify,monitor,jaartelling,dashboard]`
// Generates a synthetic dataset of the chosen size with `tzm generate`, measures ingest (beside
// DuckDB's raw read_csv and cat of the same files), classify, monitor and the dashboard, saves
// bench/results/<scale>.json and rewrites BENCHMARKS.md from every saved scale.
// `--steps` measures only the steps named (default all five). Without `ingest` the data is still
// generated (or reused) and ingested once, untimed, without the read_csv and cat rounds; the
// figures of the steps left out are kept from the saved result of that scale, and a note in
// BENCHMARKS.md says which figures come from which run (no saved result: nothing is saved).
// E.g. `npm run bench -- --scale country --reuse-data --steps classify,monitor`.
// `--reuse-db` (with --reuse-data and without the ingest step) also keeps the database of the
// previous run (<work>/tzm.duckdb) instead of ingesting again: at country scale that ingest alone
// takes about 25 minutes.
// `--report-only` only rewrites BENCHMARKS.md.

import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchDashboard } from './dashboard-bench.js';
import { benchIngest, removeDb, type IngestResult } from './ingest-bench.js';
import { listInputFiles } from './input-files.js';
import { describeMachine } from './machine.js';
import { sourceState } from './source-state.js';
import { assertOk } from './measure-process.js';
import type { BenchResult } from './result.js';
import { jaartellingSchooljaar, monitorFrom, monitorTo, peildatum, scales, seed, type ScaleName } from './scales.js';
import { benchStep, classifyArgs, jaartellingArgs, monitorArgs, type StepResult } from './steps-bench.js';
import { projectRoot, runTzm } from './tzm.js';
import { writeBenchmarksMd } from './write-report.js';

const { values: flags } = parseArgs({
  options: {
    scale: { type: 'string', default: 'municipality' },
    runs: { type: 'string' },
    work: { type: 'string' },
    'reuse-data': { type: 'boolean', default: false },
    'reuse-db': { type: 'boolean', default: false },
    'max-rss-gib': { type: 'string', default: '16' },
    'report-only': { type: 'boolean', default: false },
    steps: { type: 'string', default: 'ingest,classify,monitor,jaartelling,dashboard' },
  },
});

const stepNames = ['ingest', 'classify', 'monitor', 'jaartelling', 'dashboard'] as const;
type StepName = (typeof stepNames)[number];

const log = (line: string) => process.stderr.write(`${line}\n`);
const resultsDir = join(projectRoot, 'bench', 'results');

async function main(): Promise<void> {
  if (flags['report-only']) return writeReport();
  if (!(flags.scale! in scales)) throw new Error(`--scale is municipality, region or country, not ${flags.scale}`);
  const scale = scales[flags.scale as ScaleName];
  const runs = flags.runs === undefined ? scale.defaultRuns : Number(flags.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number of at least 1');
  const steps = new Set(flags.steps!.split(',').map((step) => step.trim()));
  for (const step of steps) if (!(stepNames as readonly string[]).includes(step)) throw new Error(`--steps takes ${stepNames.join(', ')}, not ${step}`);
  const measures = (step: StepName) => steps.has(step);
  const saved = readSaved(scale.name);
  if (!stepNames.every(measures)) {
    if (!saved) log(`  --steps: no saved result for ${scale.name} to complete, so this run is not saved`);
  }
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
  const previousDb = join(work, 'tzm.duckdb');
  if (flags['reuse-db'] && (measures('ingest') || !reused || !existsSync(previousDb))) {
    throw new Error('--reuse-db needs --reuse-data, --steps without ingest, and the database of an earlier run in the work folder');
  }
  if (flags['reuse-db']) {
    log(`  ingest: reusing ${previousDb} (--reuse-db)`);
    commands.push(`# the database of an earlier run, reused (--reuse-db): ${previousDb}`);
  }
  if (!flags['reuse-db']) removeDb(baseDb);
  const registerArgs = ['ingest', '--db', baseDb, ...input.register];
  commands.push(`node bin/tzm.js ingest --db ${baseDb} ${input.register.join(' ')}`);
  const register = flags['reuse-db'] ? undefined : assertOk('register ingest', await runTzm(registerArgs));
  if (register) log(`  register files: ${(register.wallMs / 1000).toFixed(1)} s`);

  let ingest: Omit<IngestResult, 'db'> | undefined;
  let db: string;
  if (measures('ingest')) {
    commands.push(
      `# ${runs} rounds, order rotated each round; each ingest into a fresh copy of base.duckdb:`,
      `node bin/tzm.js ingest --db ${work}/ingest-N.duckdb ${data}/verzuim-*.csv`,
      `node dist/bench/raw-read.js ${work}/raw-read.json   # read_csv per header group into ${work}/raw.duckdb`,
      `cat ${data}/verzuim-*.csv > /dev/null`,
    );
    const { db: finalDb, ...measured } = await benchIngest({ work, input, baseDb, runs, maxRssMiB, log });
    ingest = measured;
    db = finalDb;
  } else if (flags['reuse-db']) {
    db = previousDb;
  } else {
    db = await ingestOnce(work, baseDb, input.absence, maxRssMiB, commands);
  }

  const limits = (step: 'classify' | 'monitor' | 'jaartelling') => ({ timeoutMs: scale.stepTimeoutSeconds[step] * 1000, maxRssMiB });
  let classify: StepResult | undefined;
  if (measures('classify')) {
    classify = await benchStep('classify', classifyArgs(work, db, peildatum), { work, db, runs, ...limits('classify'), log });
    commands.push(classify.command);
  }
  let monitor: StepResult | undefined;
  if (measures('monitor')) {
    monitor = await benchStep('monitor', monitorArgs(work, db, monitorFrom, monitorTo), { work, db, runs, ...limits('monitor'), log });
    commands.push(monitor.command);
  }
  let jaartelling: StepResult | undefined;
  if (measures('jaartelling')) {
    jaartelling = await benchStep('jaartelling', jaartellingArgs(work, db, jaartellingSchooljaar), { work, db, runs, ...limits('jaartelling'), log });
    commands.push(jaartelling.command);
  }
  const dbBytes = fileBytes(db) + fileBytes(`${db}.wal`);

  let dashboard: BenchResult['dashboard'];
  if (measures('dashboard')) {
    try {
      dashboard = await benchDashboard({ work, db, browserRuns: 5, log });
      commands.push(dashboard.command, `# then the load and the browser runs of bench/load-endpoints.ts and bench/browser-time.ts`);
    } catch (error) {
      log(`  dashboard: ${String(error)}`);
      notes.push(`dashboard not measured: ${String(error).split('\n')[0]}`);
    }
  }

  const date = new Date().toISOString();
  const left = stepNames.filter((step) => !measures(step));
  if (left.length && !saved) {
    log(`tzm bench: done in ${((performance.now() - started) / 1000).toFixed(0)} s (not saved: see above)`);
    return;
  }
  const result: BenchResult = {
    scale: scale.name, pupils: scale.pupils, runs, date, machine, source, commands, work,
    totalSeconds: (performance.now() - started) / 1000,
    generate: { ms: generated?.wallMs ?? Number.NaN, peakRssMiB: generated?.peakRssMiB ?? Number.NaN, reused },
    input: { absenceFiles: input.absence.length, absenceBytes: input.absenceBytes, registerFiles: input.register.length, registerBytes: input.registerBytes },
    registerIngest: register ? { ms: register.wallMs, peakRssMiB: register.peakRssMiB } : saved!.registerIngest,
    ingest: ingest ?? saved!.ingest,
    classify: classify ?? saved!.classify,
    monitor: monitor ?? saved!.monitor,
    jaartelling: jaartelling ?? saved?.jaartelling,
    dbBytes,
    dashboard: measures('dashboard') ? dashboard : saved!.dashboard,
    notes,
  };
  // Where each step's figures were measured: a step left out keeps those of the saved result (which
  // may be an earlier run than the saved one); a step without figures names no run.
  const here = { date, commit: source.commit };
  const figures: Record<StepName, unknown> = {
    ingest: result.ingest, classify: result.classify, monitor: result.monitor, jaartelling: result.jaartelling, dashboard: result.dashboard,
  };
  const measured: Record<string, { date: string; commit: string }> = Object.fromEntries(
    stepNames
      .filter((step) => figures[step] !== undefined)
      .map((step) => [step, measures(step) ? here : (saved!.measured?.[step] ?? { date: saved!.date, commit: saved!.source.commit })]),
  );
  result.measured = measured;
  if (left.length) {
    const origins = new Map<string, string[]>();
    for (const step of left.filter((kept) => measured[kept])) {
      const { date: at, commit } = measured[step];
      const origin = `${at.slice(0, 16).replace('T', ' ')} UTC (commit ${commit})`;
      origins.set(origin, [...(origins.get(origin) ?? []), step]);
    }
    notes.push(
      `only ${[...steps].join(', ')} measured in this run (\`--steps\`, ${date.slice(0, 16).replace('T', ' ')} UTC, ` +
      `commit ${source.commit}); ${[...origins].map(([origin, kept]) => `${kept.join(', ')} from the run of ${origin}`).join('; ')}, on the same data`,
    );
  }
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${scale.name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  log(`tzm bench: done in ${result.totalSeconds.toFixed(0)} s; results in bench/results/${scale.name}.json`);
  writeReport();
}

/** The absence files ingested once, untimed, into tzm.duckdb (a copy of the register database). */
async function ingestOnce(work: string, baseDb: string, absence: string[], maxRssMiB: number, commands: string[]): Promise<string> {
  const db = join(work, 'tzm.duckdb');
  removeDb(db);
  copyFileSync(baseDb, db);
  commands.push(`# once, not timed: cp ${baseDb} ${db}`, `node bin/tzm.js ingest --db ${db} ${work}/data/verzuim-*.csv`);
  const run = assertOk('ingest', await runTzm(['ingest', '--db', db, ...absence], { maxRssMiB }));
  log(`  ingest (once, not measured): ${(run.wallMs / 1000).toFixed(1)} s`);
  return db;
}

function readSaved(scale: ScaleName): BenchResult | undefined {
  const file = join(resultsDir, `${scale}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as BenchResult : undefined;
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
