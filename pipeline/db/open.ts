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
}

/**
 * Opens (and on first use creates) a database file, or ':memory:' for tests, with every table
 * of the pipeline present.
 */
export async function openDatabase(file: string, { readOnly = false }: OpenOptions = {}): Promise<Database> {
  if (!readOnly && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const instance = await DuckDBInstance.create(file, readOnly ? { access_mode: 'READ_ONLY' } : {});
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
