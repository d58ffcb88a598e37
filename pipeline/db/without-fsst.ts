// The big INSERTs (the absence rows of an ingest, the classifications of a monitor run) store
// short codes of a few values each (brin, vestiging, code; fase, duur...), which DuckDB's
// dictionary compression takes anyway; its FSST analysis of every segment only cost time: about a
// fifth of writing those columns (absence rows), a third of storing the classifications.

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
