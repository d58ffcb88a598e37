import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { sqlFile } from './sql-file.js';

export interface Database {
  instance: DuckDBInstance;
  connection: DuckDBConnection;
  close(): void;
}

export interface OpenOptions {
  /** Open without write access (the dashboard server reads published snapshots this way). */
  readOnly?: boolean;
  /**
   * DuckDB's memory limit (e.g. '1GB'). Beyond it DuckDB spills to `<db>.tmp/`, so a large
   * load runs in bounded memory. Default: TZM_MEMORY_LIMIT, else DuckDB's own (80% of RAM).
   */
  memoryLimit?: string;
}

/**
 * The commands' own memory limits when TZM_MEMORY_LIMIT is not set (BENCHMARKS.md, country scale
 * on 2 cores and 24 GiB). Ingest streams file by file: 1GB is plenty and keeps it flat. The
 * monitor keeps ten month ends of pupil-day history: 4GB lets it spill instead of taking the
 * machine (3.5 minutes for the country; unbounded it passed 8 GiB within a minute). Classify,
 * one peildatum, keeps DuckDB's own limit (80% of RAM): bounded at 4-6GB it spills and takes twice
 * as long, unbounded it peaks near 7 GiB for the country.
 */
const defaultMemoryLimit = { ingest: '1GB', monitor: '4GB' } as const;

/** A command's memory limit: TZM_MEMORY_LIMIT when set (and not empty), else its own default. */
export const memoryLimitFor = (command: keyof typeof defaultMemoryLimit) => process.env.TZM_MEMORY_LIMIT || defaultMemoryLimit[command];

/**
 * Opens (and on first use creates) a database file, or ':memory:' for tests, with every table
 * of the pipeline present.
 */
export async function openDatabase(
  file: string,
  { readOnly = false, memoryLimit = process.env.TZM_MEMORY_LIMIT }: OpenOptions = {},
): Promise<Database> {
  if (!readOnly && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const config: Record<string, string> = {};
  if (readOnly) config.access_mode = 'READ_ONLY';
  if (memoryLimit) config.memory_limit = memoryLimit;
  const instance = await DuckDBInstance.create(file, config);
  const connection = await instance.connect();
  if (!readOnly && file !== ':memory:') removeLeftoverSpill(file);
  if (!readOnly) {
    await connection.run(sqlFile('pipeline/db/schema.sql'));
    await connection.run(sqlFile('pipeline/db/results.sql'));
  }
  return {
    instance,
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * What DuckDB spilled to `<db>.tmp/` in a run that was killed stays there, raw values (BSNs
 * while an ingest checks them) included. Once this process holds the database's write lock no
 * other can be using those files, and this one has not spilled yet: they go.
 */
function removeLeftoverSpill(file: string): void {
  const spill = `${file}.tmp`;
  if (!existsSync(spill)) return;
  for (const name of readdirSync(spill)) {
    if (name.startsWith('duckdb_temp_')) rmSync(path.join(spill, name), { force: true, recursive: true });
  }
}
