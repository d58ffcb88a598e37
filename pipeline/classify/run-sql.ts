import type { DuckDBConnection, DuckDBMaterializedResult, DuckDBValue } from '@duckdb/node-api';
import { sqlFile } from '../db/sql-file.js';

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
