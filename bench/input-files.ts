// The files `tzm generate` writes, split the way the benchmark uses them: the register files
// (loaded once, to build the database classify and the dashboard need) and the absence files
// (what the ingest throughput is measured on, side by side with DuckDB's raw read_csv).

import { closeSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RawReadGroup } from './raw-read.js';

export interface InputFiles {
  register: string[];
  absence: string[];
  absenceBytes: number;
  registerBytes: number;
}

/** Generator outputs that are not inputs: the expected results and the list of bad rows. */
const NOT_INPUT = new Set(['planted.csv', 'bad-rows.csv', 'README.md']);

export function listInputFiles(dir: string): InputFiles {
  const names = readdirSync(dir).filter((name) => !NOT_INPUT.has(name) && /\.(csv|json)$/.test(name)).sort();
  const absence = names.filter((name) => name.startsWith('verzuim-')).map((name) => join(dir, name));
  const register = names.filter((name) => !name.startsWith('verzuim-')).map((name) => join(dir, name));
  return { register, absence, absenceBytes: totalBytes(absence), registerBytes: totalBytes(register) };
}

export function totalBytes(files: string[]): number {
  return files.reduce((sum, file) => sum + statSync(file).size, 0);
}

/**
 * Files with the same header line are read by one read_csv call. A file whose first MiB is not
 * valid UTF-8 is read as latin-1 (DuckDB's built-in single-byte encoding), so the raw read does
 * not fail on Windows-1252 exports.
 */
export function rawReadGroups(files: string[]): RawReadGroup[] {
  const groups = new Map<string, RawReadGroup>();
  for (const file of files) {
    const head = firstBytes(file, 1 << 20);
    const encoding = isUtf8(head) ? 'utf-8' : 'latin-1';
    const header = head.subarray(0, Math.max(0, head.indexOf(0x0a))).toString('latin1').replace(/^\uFEFF|^ï»¿|\r$/g, '');
    const key = `${encoding}\n${header}`;
    const group = groups.get(key) ?? { files: [], encoding };
    group.files.push(file);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function firstBytes(file: string, count: number): Buffer {
  const buffer = Buffer.alloc(count);
  const fd = openSync(file, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, count, 0));
  } finally {
    closeSync(fd);
  }
}

function isUtf8(bytes: Buffer): boolean {
  try {
    // stream: a multi-byte character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
