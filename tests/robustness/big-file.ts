// Large synthetic exports, generated at test time (never committed): a canonical per-day absence
// file of a chosen size, with valid, distinct BSNs so every row loads; and measuring its ingest.

import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rows as queryRows, withConnection } from './db-state.js';
import { runTzmMeasured } from './tzm.js';

/** Distinct 9-digit numbers passing the elfproef, spread over the range by a fixed stride. */
export function validBsns(count: number, offset = 0): string[] {
  const out: string[] = [];
  for (let k = offset; out.length < count; k++) {
    const prefix = String((10_000_019 + k * 7_919) % 100_000_000).padStart(8, '0');
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(prefix[i]) * (9 - i);
    const digit = sum % 11; // d9 must make the weighted sum divisible by 11
    if (digit === 10 || sum === 0) continue;
    out.push(`${prefix}${digit}`);
  }
  return out;
}

export interface BigAbsenceOptions {
  /** Stop once the file holds at least this many bytes. */
  bytes: number;
  pupils?: number;
  brin?: string;
}

/**
 * Writes `bsn;brin;vestiging;datum;uren;code` rows: pupil p is absent on consecutive days from
 * 2000-01-01, so (pupil, datum) never repeats and no row is a duplicate. Returns the row count.
 */
export function writeBigAbsenceFile(file: string, { bytes, pupils = 20_000, brin = '12AB' }: BigAbsenceOptions): number {
  const bsns = validBsns(pupils);
  const fd = openSync(file, 'w');
  try {
    let written = writeSync(fd, 'bsn;brin;vestiging;datum;uren;code\n');
    let rows = 0;
    let datum = '';
    while (written < bytes) {
      const lines: string[] = [];
      for (let i = 0; i < 20_000; i++, rows++) {
        if (rows % pupils === 0) datum = dayAfter2000(rows / pupils);
        lines.push(`${bsns[rows % pupils]};${brin};00;${datum};${(rows % 6) + 1};${rows % 3 === 0 ? 'Z' : 'O'}\n`);
      }
      written += writeSync(fd, lines.join(''));
    }
    return rows;
  } finally {
    closeSync(fd);
  }
}

/** Day n after 1 January 2000 as dd-mm-yyyy. */
function dayAfter2000(n: number): string {
  const date = new Date(Date.UTC(2000, 0, 1 + n));
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}-${mm}-${date.getUTCFullYear()}`;
}

export interface MeasuredIngest {
  bytes: number;
  rows: number;
  /** rows_loaded that the database recorded for the file. */
  loaded: number;
  peakRss: number;
  seconds: number;
  code: number | null;
  stderr: string;
}

/**
 * Generates an absence file of `megabytes` in a temp dir, ingests it with the tzm command into a
 * fresh database and measures the process's peak memory; deletes everything afterwards.
 */
export async function measureBigIngest(megabytes: number, env: NodeJS.ProcessEnv = {}): Promise<MeasuredIngest> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tzm-big-'));
  try {
    const file = path.join(dir, `verzuim-${megabytes}mb.csv`);
    const rows = writeBigAbsenceFile(file, { bytes: megabytes * 1024 * 1024 });
    const db = path.join(dir, 'db.duckdb');
    const started = performance.now();
    const run = await runTzmMeasured(['ingest', '--db', db, file], env);
    const seconds = (performance.now() - started) / 1000;
    const loaded = run.code === 0
      ? await withConnection(db, async (c) => Number((await queryRows(c, 'SELECT sum(rows_loaded) AS n FROM ingest_files'))[0].n))
      : 0;
    return { bytes: statSync(file).size, rows, loaded, peakRss: run.peakRss, seconds, code: run.code, stderr: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
