// Merging one file's staged rows into the validated tables (README "Rules": natural keys):
// 1. a row whose natural key already appeared earlier in the same file is a duplicate: rejected;
// 2. rows of earlier files with the same natural key are replaced (a corrected re-export);
//    absence exports replace whole months per school and source layout;
// 3. the rows are inserted, and the file's rejections go to the quarantine.
// Table and column names come from TABLES (code), never from input; values enter as parameters.

import type { DuckDBConnection } from '@duckdb/node-api';
import type { RecordJson } from './read-raw.js';
import { stageTable } from './stage.js';
import { TABLES, type TableName, type TableSpec } from './tables.js';

export interface MergeCounts {
  loaded: number;
  rejected: number;
  replaced: number;
}

export interface MergeTarget {
  fileId: number;
  fileName: string;
  runId: number;
  layout: string;
}

export async function mergeStaged(connection: DuckDBConnection, target: MergeTarget, tables: TableName[], record: RecordJson): Promise<MergeCounts> {
  let loaded = 0;
  let replaced = 0;
  for (const table of tables) {
    const spec: TableSpec = TABLES[table];
    await rejectDuplicates(connection, table, spec, record);
    replaced += await replaceEarlier(connection, table, spec, target);
    const columns = spec.columns.map(([name]) => name).join(', ');
    const result = await connection.run(
      `INSERT INTO ${table} (${columns}, file_id) SELECT ${columns}, $file_id FROM ${stageTable(table)}`,
      { file_id: target.fileId },
    );
    loaded += Number(result.rowsChanged);
  }
  await connection.run(
    `INSERT INTO quarantine SELECT $file_id, $file_name, line, "column", reason_nl, reason_en, record
     FROM stage_rejections ORDER BY line`,
    { file_id: target.fileId, file_name: target.fileName },
  );
  const rejected = await count(connection, 'SELECT count(DISTINCT line) FROM stage_rejections');
  return { loaded, rejected, replaced };
}

async function count(connection: DuckDBConnection, sql: string): Promise<number> {
  const reader = await connection.runAndReadAll(sql);
  return Number(reader.getRows()[0][0]);
}

/** A natural key seen earlier in the same file: the later line goes to quarantine. */
async function rejectDuplicates(connection: DuckDBConnection, table: TableName, spec: TableSpec, record: RecordJson): Promise<void> {
  const stage = stageTable(table);
  const key = spec.key.join(', ');
  const sameKey = spec.key.map((column) => `s.${column} IS NOT DISTINCT FROM d.${column}`).join(' AND ');
  // Grouping first keeps the common case (no duplicates) to one hash aggregate.
  await connection.run(`
    INSERT INTO duplicate_lines
    SELECT s.line, d.first_line
    FROM ${stage} s
    JOIN (SELECT ${key}, min(line) AS first_line FROM ${stage} GROUP BY ALL HAVING count(*) > 1) d ON ${sameKey}
    WHERE s.line <> d.first_line`);
  const shownKey = spec.key.filter((k) => k !== 'pupil_key').join(', ') || 'leerling';
  await connection.run(
    `INSERT INTO stage_rejections
     SELECT d.line, NULL,
            'dubbele regel: dezelfde ' || $key || ' als regel ' || d.first_line,
            'duplicate row: same ' || $key || ' as line ' || d.first_line,
            ${record.sql}
     FROM duplicate_lines d JOIN raw_file USING (line)
     WHERE d.line NOT IN (SELECT line FROM stage_rejections)`,
    { key: shownKey, ...record.params },
  );
}

/** Removes the rows this file supersedes; returns how many. */
async function replaceEarlier(connection: DuckDBConnection, table: TableName, spec: TableSpec, target: MergeTarget): Promise<number> {
  const stage = stageTable(table);
  if (spec.replaceBy === 'school-month') {
    const month = spec.monthOf!;
    // A later export of the same source for a school and month is the corrected one; files of
    // this same run are parts of one delivery and are kept side by side.
    const result = await connection.run(
      `DELETE FROM ${table} t
       WHERE t.file_id IN (SELECT file_id FROM ingest_files WHERE layout = $layout AND run_id <> $run_id)
         AND EXISTS (
           SELECT 1 FROM (SELECT DISTINCT brin, vestiging, date_trunc('month', ${month}) AS month FROM ${stage}) s
           WHERE s.brin = t.brin AND s.vestiging = t.vestiging AND s.month = date_trunc('month', t.${month}))`,
      { layout: target.layout, run_id: target.runId },
    );
    return Number(result.rowsChanged);
  }
  const sameKey = spec.key.map((column) => `s.${column} IS NOT DISTINCT FROM t.${column}`).join(' AND ');
  const result = await connection.run(`DELETE FROM ${table} t WHERE EXISTS (SELECT 1 FROM ${stage} s WHERE ${sameKey})`);
  return Number(result.rowsChanged);
}
