// Times every DuckDB statement this process runs, named after its .sql file and statement
// number, by wrapping the client's prototypes (for profiling runs only, never in the product).

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DuckDBConnection, DuckDBExtractedStatements, DuckDBPreparedStatement } from '@duckdb/node-api';
import { projectRoot } from './tzm.js';

export interface ProfileLine {
  statement: string;
  calls: number;
  ms: number;
  /** Highest process RSS sampled while this statement ran, MiB. */
  peakRssMiB: number;
}

/** SQL text -> "pipeline/x/y.sql" for every .sql file of the pipeline and dashboard, to name statements. */
function sqlFiles(dirs = ['pipeline', 'dashboard'].map((d) => join(projectRoot, d)), map = new Map<string, string>()): Map<string, string> {
  for (const dir of dirs) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) sqlFiles([path], map);
      else if (entry.name.endsWith('.sql')) map.set(readFileSync(path, 'utf8'), relative(projectRoot, path));
    }
  }
  return map;
}

// A file's numbered temp tables (checked_3, keys_3...) are one statement per file: named as one.
const snippet = (sql: string) => sql.replace(/--.*$/gm, '').replace(/\s+/g, ' ').replace(/\b([a-z]+)_\d+\b/g, '$1_n').trim().slice(0, 70);

/** A .sql file's name when the statement is that file, or is built around it (`CREATE ... AS <file>`). */
function nameOf(sql: string, files: Map<string, string>): string {
  const exact = files.get(sql);
  if (exact) return exact;
  for (const [text, file] of files) if (text.trim().length > 40 && sql.includes(text.trim())) return `${snippet(sql).slice(0, 40)}… ${file}`;
  return snippet(sql);
}

/**
 * From now on in this process, every statement run through the DuckDB client is timed under its
 * .sql file and statement number (or its first words); returns the live table of timings.
 */
export function timeStatements(): Map<string, ProfileLine> {
  const lines = new Map<string, ProfileLine>();
  const rss = { now: 0 };
  const files = sqlFiles();
  const extractedLabel = new WeakMap<object, string>();
  const preparedLabel = new WeakMap<object, string>();
  let depth = 0;
  const timed = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    if (depth > 0) return run(); // already timed by the outer call
    depth++;
    const started = performance.now();
    rss.now = process.memoryUsage().rss;
    const sampler = setInterval(() => (rss.now = Math.max(rss.now, process.memoryUsage().rss)), 100);
    try {
      return await run();
    } finally {
      clearInterval(sampler);
      depth--;
      const line = lines.get(label) ?? { statement: label, calls: 0, ms: 0, peakRssMiB: 0 };
      line.calls++;
      line.ms += performance.now() - started;
      line.peakRssMiB = Math.max(line.peakRssMiB, Math.max(rss.now, process.memoryUsage().rss) / 2 ** 20);
      lines.set(label, line);
      const ms = performance.now() - started;
      // Slow statements as they finish, so a run that is stopped still shows where it was.
      if (ms > 2000) process.stderr.write(`${(ms / 1000).toFixed(1)} s, ${(rss.now / 2 ** 20).toFixed(0)} MiB: ${label}\n`);
    }
  };
  const extract = DuckDBConnection.prototype.extractStatements;
  DuckDBConnection.prototype.extractStatements = async function (sql: string) {
    const extracted = await extract.call(this, sql);
    extractedLabel.set(extracted, nameOf(sql, files));
    return extracted;
  };
  const prepare = DuckDBExtractedStatements.prototype.prepare;
  DuckDBExtractedStatements.prototype.prepare = async function (index: number) {
    const prepared = await prepare.call(this, index);
    const label = extractedLabel.get(this) ?? 'statement';
    preparedLabel.set(prepared, label.startsWith('pipeline/') || label.startsWith('dashboard/') ? `${label} #${index + 1}` : label);
    return prepared;
  };
  const runPrepared = DuckDBPreparedStatement.prototype.run;
  DuckDBPreparedStatement.prototype.run = function () {
    return timed(preparedLabel.get(this) ?? 'prepared statement', () => runPrepared.call(this));
  };
  const run = DuckDBConnection.prototype.run;
  DuckDBConnection.prototype.run = function (sql: string, ...rest: unknown[]) {
    return timed(nameOf(sql, files), () => (run as (...a: unknown[]) => ReturnType<typeof run>).call(this, sql, ...rest));
  };
  return lines;
}

