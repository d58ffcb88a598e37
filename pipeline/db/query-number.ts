import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

/** The first value of the first row as a number: for counts and sequence values. */
export async function queryNumber(connection: DuckDBConnection, sql: string, params?: Record<string, DuckDBValue>): Promise<number> {
  const reader = await connection.runAndReadAll(sql, params);
  return Number(reader.getRows()[0][0]);
}
