// The one way tzm runs SQL: a .sql file statement by statement with named parameters (the
// classify and monitor steps), the same returning plain rows (the dashboards' data layer), and a
// single number (counts in the ingest).

import type { DuckDBConnection, DuckDBMaterializedResult, DuckDBValue } from '@duckdb/node-api';
import { sqlFile } from './sql-file.js';

/** Named SQL parameters: settings and dates, always bound, never pasted into SQL text. */
export type SqlParams = Record<string, DuckDBValue>;

/**
 * Runs every statement of a .sql file (path from the project root) in order. DuckDB prepares one
 * statement at a time and refuses values for parameters a statement does not use, so each
 * statement gets exactly the parameters it names.
 */
export async function runSqlFile(
  connection: DuckDBConnection,
  relativePath: string,
  params: SqlParams = {},
): Promise<DuckDBMaterializedResult | undefined> {
  const statements = await connection.extractStatements(sqlFile(relativePath));
  let last: DuckDBMaterializedResult | undefined;
  for (let index = 0; index < statements.count; index++) {
    const prepared = await statements.prepare(index);
    try {
      const values: SqlParams = {};
      for (let p = 1; p <= prepared.parameterCount; p++) {
        const name = prepared.parameterName(p);
        if (!(name in params)) throw new Error(`${relativePath}: no value for parameter $${name}`);
        values[name] = params[name];
      }
      prepared.bind(values);
      last = await prepared.run();
    } finally {
      prepared.destroySync();
    }
  }
  return last;
}

export type Row = Record<string, unknown>;

/**
 * Runs a .sql file and returns the rows of its last statement as plain values: dates as ISO
 * strings, counts cast to INTEGER in the SQL so they arrive as numbers.
 */
export async function queryRows<T = Row>(connection: DuckDBConnection, relativePath: string, params: SqlParams = {}): Promise<T[]> {
  const result = await runSqlFile(connection, relativePath, params);
  return (result ? await result.getRowObjectsJson() : []) as T[];
}

/** The first value of the first row of one SQL statement as a number: for counts and sequence values. */
export async function queryNumber(connection: DuckDBConnection, sql: string, params?: SqlParams): Promise<number> {
  const reader = await connection.runAndReadAll(sql, params);
  return Number(reader.getRows()[0][0]);
}
