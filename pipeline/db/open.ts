import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdirSync } from 'node:fs';
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
