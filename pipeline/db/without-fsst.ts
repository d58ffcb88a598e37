// The big INSERTs (the classifications of a monitor run; the absence rows of an ingest, when they
// still had brin, vestiging and code as text) store short codes of a few values each (fase,
// duur...), which DuckDB's dictionary compression takes anyway; its FSST analysis of every segment
// only cost time: a third of storing the classifications, a fifth of writing those absence columns.

import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Runs `work` with FSST string compression off, and turns it back on after, whether `work`
 * succeeds or fails. (A failed reset after a failure is not reported: DuckDB may have given up the
 * database after a fatal error, and the error that caused it is the one to show.)
 */
export async function withoutFsst<T>(connection: DuckDBConnection, work: () => Promise<T>): Promise<T> {
  await connection.run(`SET disabled_compression_methods = 'fsst'`);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await connection.run('RESET disabled_compression_methods').catch(() => undefined);
    throw error;
  }
  await connection.run('RESET disabled_compression_methods');
  return result;
}
