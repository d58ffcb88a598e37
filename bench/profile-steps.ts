// Where the time of `tzm classify` / `tzm monitor` goes: runs the same library command the CLI
// runs, with every DuckDB statement timed and named after its .sql file and statement number
// (the client's prototypes are wrapped for this process only), and the process RSS sampled.
//   node dist/bench/profile-steps.js classify --db FILE --as-of YYYY-MM-DD [--memory-limit 4GB]
//   node dist/bench/profile-steps.js monitor --db FILE --from YYYY-MM --to YYYY-MM [--memory-limit 4GB]
//   node dist/bench/profile-steps.js ingest --db FILE FILE...
// --no-transaction: an experiment (see dropTransaction), to measure what the one transaction costs.
// Run it on a copy of the database: monitor and ingest write. Prints JSON on standard output.

import { parseArgs } from 'node:util';
import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { timeStatements, type ProfileLine } from './statement-timer.js';

export interface Profile {
  command: string;
  totalMs: number;
  peakRssMiB: number;
  memoryLimit: string | null;
  /** 'no-transaction' when run as that experiment. */
  experiment: string | null;
  lines: ProfileLine[];
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
  if (values['memory-limit']) limitMemory(values['memory-limit']);
  if (values['no-transaction']) dropTransaction();
  const lines = timeStatements();
  const out = values.out ?? '/dev/null';
  const started = performance.now();
  if (command === 'classify') {
    const { classifyCommand } = await import('../pipeline/commands/classify.js');
    await classifyCommand({ db: values.db!, asOf: values['as-of']!, format: 'csv', out });
  } else if (command === 'monitor') {
    const { monitorCommand } = await import('../pipeline/commands/monitor.js');
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
