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

/** Like query, but the rows arrive a chunk (about 2,048) at a time, for downloads of any size. */
export async function* queryChunks<T = Row>(connection: DuckDBConnection, file: string, params: Record<string, Param> = {}): AsyncGenerator<T[]> {
  const result = await connection.stream(sqlFile(file), params);
  for await (const rows of result.yieldRowObjectJson()) yield rows as T[];
}
