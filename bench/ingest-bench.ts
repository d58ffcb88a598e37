// Ingest throughput beside its raw limit, measured side by side in one run on a noisy machine:
// each round runs `tzm ingest` of the absence files (into a fresh copy of the database that holds
// the register files), DuckDB's bare read_csv of the same files (bench/raw-read.ts) and `cat` of
// the same bytes, rotating their order so no step always runs first on a cold or hot machine.

import { copyFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertOk, measureProcess, type Measured } from './measure-process.js';
import { rawReadGroups, type InputFiles } from './input-files.js';
import { median } from './stats.js';
import { runHelper, runTzm } from './tzm.js';

export interface IngestRound {
  ingestMs: number;
  ingestPeakRssMiB: number;
  rawMs: number;
  rawQueryMs: number;
  rawPeakRssMiB: number;
  catMs: number;
  /** Ingest throughput / raw read_csv throughput in this round (same bytes, so rawMs / ingestMs). */
  ratio: number;
}

export interface IngestResult {
  files: number;
  bytes: number;
  rows: number;
  rowsLoaded: number;
  rounds: IngestRound[];
  median: Omit<IngestRound, 'ratio'> & { ratio: number; rowsPerSecond: number; mbPerSecond: number; rawRowsPerSecond: number; rawMbPerSecond: number; catMbPerSecond: number };
  /** The database after the last round: registers + absence, used by the later steps. */
  db: string;
  dbBytesAfterIngest: number;
}

export interface IngestBenchOptions {
  work: string;
  input: InputFiles;
  /** Database with the register files already loaded. */
  baseDb: string;
  runs: number;
  maxRssMiB: number;
  log: (line: string) => void;
}

export async function benchIngest({ work, input, baseDb, runs, maxRssMiB, log }: IngestBenchOptions): Promise<IngestResult> {
  const spec = join(work, 'raw-read.json');
  const rawDb = join(work, 'raw.duckdb');
  const finalDb = join(work, 'tzm.duckdb');
  const rounds: IngestRound[] = [];
  let rows = 0;
  let rowsLoaded = 0;
  for (let round = 0; round < runs; round++) {
    const db = join(work, `ingest-${round}.duckdb`);
    removeDb(db);
    copyFileSync(baseDb, db);
    removeDb(rawDb);
    writeFileSync(spec, JSON.stringify({ db: rawDb, groups: rawReadGroups(input.absence) }));
    const steps = {
      ingest: () => runTzm(['ingest', '--db', db, ...input.absence], { maxRssMiB }),
      raw: () => runHelper('raw-read', [spec], { maxRssMiB }),
      cat: () => measureProcess('/bin/sh', ['-c', 'cat "$@" > /dev/null', 'sh', ...input.absence]),
    };
    const order = rotate(['ingest', 'raw', 'cat'] as const, round);
    const done: Partial<Record<keyof typeof steps, Measured>> = {};
    for (const step of order) done[step] = assertOk(step, await steps[step]());
    const ingest = done.ingest!;
    const raw = done.raw!;
    const rawOut = JSON.parse(raw.stdout.trim().split('\n').at(-1) ?? '{}') as { rows: number; queryMs: number };
    rows = rawOut.rows;
    rowsLoaded = loadedRows(ingest.stdout);
    const r: IngestRound = {
      ingestMs: ingest.wallMs, ingestPeakRssMiB: ingest.peakRssMiB,
      rawMs: raw.wallMs, rawQueryMs: rawOut.queryMs, rawPeakRssMiB: raw.peakRssMiB,
      catMs: done.cat!.wallMs, ratio: raw.wallMs / ingest.wallMs,
    };
    rounds.push(r);
    log(`  ingest round ${round + 1}/${runs} (${order.join(', ')}): ingest ${(r.ingestMs / 1000).toFixed(1)} s, ` +
      `${r.ingestPeakRssMiB.toFixed(0)} MiB; read_csv ${(r.rawMs / 1000).toFixed(1)} s; cat ${(r.catMs / 1000).toFixed(2)} s; ratio ${r.ratio.toFixed(2)}`);
    removeDb(rawDb);
    if (round < runs - 1) removeDb(db);
    else {
      removeDb(finalDb);
      copyFileSync(db, finalDb);
      removeDb(db);
    }
  }
  const m = (key: keyof IngestRound) => median(rounds.map((r) => r[key]));
  const mb = input.absenceBytes / 1e6;
  return {
    files: input.absence.length, bytes: input.absenceBytes, rows, rowsLoaded, rounds, db: finalDb,
    dbBytesAfterIngest: statSync(finalDb).size,
    median: {
      ingestMs: m('ingestMs'), ingestPeakRssMiB: m('ingestPeakRssMiB'), rawMs: m('rawMs'), rawQueryMs: m('rawQueryMs'),
      rawPeakRssMiB: m('rawPeakRssMiB'), catMs: m('catMs'), ratio: m('ratio'),
      rowsPerSecond: rows / (m('ingestMs') / 1000), mbPerSecond: mb / (m('ingestMs') / 1000),
      rawRowsPerSecond: rows / (m('rawMs') / 1000), rawMbPerSecond: mb / (m('rawMs') / 1000),
      catMbPerSecond: mb / (m('catMs') / 1000),
    },
  };
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** "Totaal / total: 2.093.227 regels geladen, ..." from the ingest summary (Dutch thousands dots). */
function loadedRows(stdout: string): number {
  const match = /Totaal \/ total: ([\d.]+) regels geladen/.exec(stdout);
  return match ? Number(match[1].replaceAll('.', '')) : Number.NaN;
}

export function removeDb(file: string): void {
  for (const f of [file, `${file}.wal`, `${file}.key`, `${file}.snapshots`, `${file}.tmp`]) rmSync(f, { recursive: true, force: true });
}
