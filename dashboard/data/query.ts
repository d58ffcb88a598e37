import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlFile } from '../../pipeline/db/sql-file.js';

export type Row = Record<string, unknown>;
type Param = string | number | boolean | null;

/**
 * Runs a .sql file (path from the project root) with named parameters and returns plain rows:
 * dates as ISO strings, counts cast to INTEGER in the SQL so they arrive as numbers.
 */
export async function query<T = Row>(connection: DuckDBConnection, file: string, params: Record<string, Param> = {}): Promise<T[]> {
  const reader = await connection.runAndReadAll(sqlFile(file), params);
  return reader.getRowObjectsJson() as T[];
}
