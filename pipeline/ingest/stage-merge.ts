// Merging one file's staged rows into the validated tables (README "Rules": natural keys):
// 1. a row whose natural key already appeared earlier in the same file is a duplicate: rejected;
// 2. rows of earlier files with the same natural key are replaced (a corrected re-export);
//    absence exports replace whole months per school and source layout;
// 3. the rows are inserted, and the file's rejections go to the quarantine.
// Table and column names come from TABLES (code), never from input; values enter as parameters.

import type { DuckDBConnection } from '@duckdb/node-api';
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

export async function mergeStaged(connection: DuckDBConnection, target: MergeTarget): Promise<MergeCounts> {
  let loaded = 0;
  let replaced = 0;
  for (const table of Object.keys(TABLES) as TableName[]) {
    const spec: TableSpec = TABLES[table];
    const stage = stageTable(table);
    if ((await count(connection, `SELECT count(*) FROM ${stage}`)) === 0) continue;
    await rejectDuplicates(connection, table, spec);
    replaced += await replaceEarlier(connection, table, spec, target);
    const columns = spec.columns.map(([name]) => name).join(', ');
    const result = await connection.run(
      `INSERT INTO ${table} (${columns}, file_id) SELECT ${columns}, $file_id FROM ${stage} ORDER BY line`,
      { file_id: target.fileId },
    );
    loaded += Number(result.rowsChanged);
    await connection.run(`DELETE FROM ${stage}`);
  }
  await connection.run(
    `INSERT INTO quarantine SELECT $file_id, $file_name, line, "column", reason_nl, reason_en, record
     FROM stage_rejections ORDER BY line`,
    { file_id: target.fileId, file_name: target.fileName },
  );
  const rejected = await count(connection, 'SELECT count(DISTINCT line) FROM stage_rejections');
  await connection.run('DELETE FROM stage_rejections');
  return { loaded, rejected, replaced };
}

async function count(connection: DuckDBConnection, sql: string): Promise<number> {
  const reader = await connection.runAndReadAll(sql);
  return Number(reader.getRows()[0][0]);
}

/** A natural key seen earlier in the same file: the later line goes to quarantine. */
async function rejectDuplicates(connection: DuckDBConnection, table: TableName, spec: TableSpec): Promise<void> {
  const stage = stageTable(table);
  const key = spec.key.join(', ');
  await connection.run(`
    CREATE OR REPLACE TEMP TABLE duplicate_lines AS
    SELECT line, first_line FROM (
      SELECT line, min(line) OVER (PARTITION BY ${key}) AS first_line FROM ${stage}
    ) WHERE line <> first_line`);
  await connection.run(
    `INSERT INTO stage_rejections
     SELECT s.line, NULL,
            'dubbele regel: dezelfde ' || $key || ' als regel ' || d.first_line,
            'duplicate row: same ' || $key || ' as line ' || d.first_line,
            to_json(s)::VARCHAR
     FROM ${stage} s JOIN duplicate_lines d USING (line)`,
    { key: spec.key.filter((k) => k !== 'pupil_key').join(', ') || 'leerling' },
  );
  await connection.run(`DELETE FROM ${stage} WHERE line IN (SELECT line FROM duplicate_lines)`);
}

/** Removes the rows this file supersedes; returns how many. */
async function replaceEarlier(connection: DuckDBConnection, table: TableName, spec: TableSpec, target: MergeTarget): Promise<number> {
  const stage = stageTable(table);
  const typed = (column: string) => {
    const type = spec.columns.find(([name]) => name === column)?.[1];
    return type === 'DATE' ? `CAST(s.${column} AS DATE)` : `s.${column}`;
  };
  if (spec.replaceBy === 'school-month') {
    const month = spec.monthOf!;
    // A later export of the same source for a school and month is the corrected one; files of
    // this same run are parts of one delivery and are kept side by side.
    const result = await connection.run(
      `DELETE FROM ${table} t
       WHERE t.file_id IN (SELECT file_id FROM ingest_files WHERE layout = $layout AND run_id <> $run_id)
         AND EXISTS (
           SELECT 1 FROM ${stage} s
           WHERE s.brin = t.brin AND s.vestiging = t.vestiging
             AND date_trunc('month', ${typed(month)}) = date_trunc('month', t.${month}))`,
      { layout: target.layout, run_id: target.runId },
    );
    return Number(result.rowsChanged);
  }
  const sameKey = spec.key.map((column) => `${typed(column)} IS NOT DISTINCT FROM t.${column}`).join(' AND ');
  const result = await connection.run(`DELETE FROM ${table} t WHERE EXISTS (SELECT 1 FROM ${stage} s WHERE ${sameKey})`);
  return Number(result.rowsChanged);
}
