// Where the time of `tzm classify` / `tzm monitor` goes: runs the same library command the CLI
// runs, with every DuckDB statement timed and named after its .sql file and statement number
// (the client's prototypes are wrapped for this process only), and the process RSS sampled.
//   node dist/bench/profile-steps.js classify --db FILE --as-of YYYY-MM-DD [--memory-limit 4GB]
//   node dist/bench/profile-steps.js monitor --db FILE --from YYYY-MM --to YYYY-MM [--memory-limit 4GB]
//   node dist/bench/profile-steps.js ingest --db FILE FILE...
// --no-transaction: an experiment (see dropTransaction), to measure what the one transaction costs.
// Run it on a copy of the database: monitor and ingest write. Prints JSON on standard output.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBConnection, DuckDBExtractedStatements, DuckDBInstance, DuckDBPreparedStatement } from '@duckdb/node-api';
import { projectRoot } from './tzm.js';

export interface ProfileLine {
  statement: string;
  calls: number;
  ms: number;
  /** Highest process RSS sampled while this statement ran, MiB. */
  peakRssMiB: number;
}

export interface Profile {
  command: string;
  totalMs: number;
  peakRssMiB: number;
  memoryLimit: string | null;
  /** 'no-transaction' when run as that experiment. */
  experiment: string | null;
  lines: ProfileLine[];
}

/** SQL text -> "pipeline/x/y.sql" for every .sql file in the pipeline, to name statements. */
function sqlFiles(dir = join(projectRoot, 'pipeline')): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const [k, v] of sqlFiles(path)) map.set(k, v);
    else if (entry.name.endsWith('.sql')) map.set(readFileSync(path, 'utf8'), relative(projectRoot, path));
  }
  return map;
}

const snippet = (sql: string) => sql.replace(/--.*$/gm, '').replace(/\s+/g, ' ').trim().slice(0, 70);

function instrument(lines: Map<string, ProfileLine>, rss: { now: number }): void {
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
    extractedLabel.set(extracted, files.get(sql) ?? snippet(sql));
    return extracted;
  };
  const prepare = DuckDBExtractedStatements.prototype.prepare;
  DuckDBExtractedStatements.prototype.prepare = async function (index: number) {
    const prepared = await prepare.call(this, index);
    const label = extractedLabel.get(this) ?? 'statement';
    preparedLabel.set(prepared, label.endsWith('.sql') ? `${label} #${index + 1}` : label);
    return prepared;
  };
  const runPrepared = DuckDBPreparedStatement.prototype.run;
  DuckDBPreparedStatement.prototype.run = function () {
    return timed(preparedLabel.get(this) ?? 'prepared statement', () => runPrepared.call(this));
  };
  const run = DuckDBConnection.prototype.run;
  DuckDBConnection.prototype.run = function (sql: string, ...rest: unknown[]) {
    return timed(files.get(sql) ?? snippet(sql), () => (run as (...a: unknown[]) => ReturnType<typeof run>).call(this, sql, ...rest));
  };
}

/**
 * An experiment, never a way to run for real: BEGIN/COMMIT/ROLLBACK become no-ops, so each
 * statement autocommits. Comparing with and without shows what the one big transaction costs.
 */
function dropTransaction(): void {
  const run = DuckDBConnection.prototype.run;
  DuckDBConnection.prototype.run = function (sql: string, ...rest: unknown[]) {
    if (/^\s*(BEGIN( TRANSACTION)?|COMMIT|ROLLBACK)\s*;?\s*$/i.test(sql)) return (run as (...a: unknown[]) => ReturnType<typeof run>).call(this, 'SELECT 1');
    return (run as (...a: unknown[]) => ReturnType<typeof run>).call(this, sql, ...rest);
  };
}

/** Every database the command opens gets this memory limit (to see whether it can spill). */
function limitMemory(limit: string): void {
  const create = DuckDBInstance.create;
  DuckDBInstance.create = (path?: string, options?: Record<string, string>) => create.call(DuckDBInstance, path, { ...options, memory_limit: limit });
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { db: { type: 'string' }, 'as-of': { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, 'memory-limit': { type: 'string' }, out: { type: 'string' }, 'no-transaction': { type: 'boolean' } },
  });
  const [command, ...inputs] = positionals;
  const lines = new Map<string, ProfileLine>();
  const rss = { now: 0 };
  if (values['memory-limit']) limitMemory(values['memory-limit']);
  if (values['no-transaction']) dropTransaction();
  instrument(lines, rss);
  const out = values.out ?? '/dev/null';
  const started = performance.now();
  if (command === 'classify') {
    const { classifyCommand } = await import('../pipeline/classify/command.js');
    await classifyCommand({ db: values.db!, asOf: values['as-of']!, format: 'csv', out });
  } else if (command === 'monitor') {
    const { monitorCommand } = await import('../pipeline/monitor/command.js');
    await monitorCommand({ db: values.db!, from: values.from!, to: values.to!, format: 'csv', out });
  } else if (command === 'ingest') {
    const { ingestFiles } = await import('../pipeline/ingest/ingest.js');
    await ingestFiles({ db: values.db!, files: inputs });
  } else {
    throw new Error('profile-steps: classify, monitor or ingest');
  }
  const profile: Profile = {
    command: process.argv.slice(2).join(' '),
    totalMs: performance.now() - started,
    peakRssMiB: Math.max(...[...lines.values()].map((l) => l.peakRssMiB)),
    memoryLimit: values['memory-limit'] ?? null,
    experiment: values['no-transaction'] ? 'no-transaction' : null,
    lines: [...lines.values()].sort((a, b) => b.ms - a.ms),
  };
  process.stdout.write(`${JSON.stringify(profile)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
