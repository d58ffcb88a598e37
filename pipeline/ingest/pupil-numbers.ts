// Every pupil_key gets a small number once (pupil_numbers, pipeline/db/schema.sql), which every
// table of pupils carries (the register tables beside the key, the absence tables instead of it) so
// that classify can join them on an integer. Numbered inside the run's
// transaction, when a file is merged: a run that fails leaves no numbers behind.

import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Gives the keys of `keys` (a stage's keys_n: bsn, pupil_key, pupil_no, for the files read
 * together) their numbers: those seen before keep theirs, new ones get the next free numbers.
 * Both statements read the whole of pupil_numbers once but touch only the stage's own pupils, so
 * the cost stays per stage.
 */
export async function numberPupils(connection: DuckDBConnection, keys: string): Promise<void> {
  await connection.run(
    `INSERT INTO pupil_numbers
     SELECT pupil_key, (SELECT coalesce(max(pupil_no), 0) FROM pupil_numbers) + row_number() OVER (ORDER BY pupil_key)
     FROM ${keys} k
     WHERE NOT EXISTS (SELECT 1 FROM pupil_numbers n WHERE n.pupil_key = k.pupil_key)`,
  );
  // Made anew rather than updated: an UPDATE of the stage's keys (tens of thousands of rows) cost
  // several times as much. Every key of the stage was numbered just above, so no row is lost;
  // the table keeps its other columns (a stage's keys_n has the BSN, a test's keys may not).
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${keys} AS SELECT k.* EXCLUDE (pupil_no), n.pupil_no FROM ${keys} k JOIN pupil_numbers n USING (pupil_key)`,
  );
}
