// Staging: the rows of the file being loaded, checked, waiting to be merged (stage-merge.ts).
// `stage_<table>` are views over the checked rows without problems or duplicates; rejections
// collect in `stage_rejections`. Everything here is temporary and lives outside the database
// file, so raw values, the BSN among them, never reach it.

import type { DuckDBConnection } from '@duckdb/node-api';
import { TABLES, type TableName } from './tables.js';

export const stageTable = (table: TableName) => `stage_${table}`;

/** Once per run: the tables that collect a file's rejections and duplicate lines. */
export async function createStageTables(connection: DuckDBConnection): Promise<void> {
  await connection.run(
    'CREATE OR REPLACE TEMP TABLE stage_rejections (line BIGINT, "column" VARCHAR, reason_nl VARCHAR, reason_en VARCHAR, record VARCHAR)',
  );
  await connection.run('CREATE OR REPLACE TEMP TABLE duplicate_lines (line BIGINT, first_line BIGINT)');
}

/** The valid rows of the checked file for one table, with the pupil's pseudonym. */
export async function createStageView(connection: DuckDBConnection, table: TableName): Promise<void> {
  const columns = TABLES[table].columns.map(([name]) => `c.${name}`);
  await connection.run(
    `CREATE OR REPLACE TEMP VIEW ${stageTable(table)} AS
     SELECT c.line, ${columns.join(', ')}
     FROM checked c
     WHERE len(c.problems) = 0 AND c.target = '${table}'
       AND c.line NOT IN (SELECT line FROM duplicate_lines)`,
  );
}

/** Empties the per-file staging state before the next file. */
export async function clearStage(connection: DuckDBConnection): Promise<void> {
  await connection.run('DELETE FROM stage_rejections');
  await connection.run('DELETE FROM duplicate_lines');
}
