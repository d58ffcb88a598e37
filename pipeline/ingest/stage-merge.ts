// Merging a file's staged rows into the validated tables (README "Rules": natural keys):
// 1. a row whose natural key already appeared earlier in the same file is a duplicate: rejected
//    (rejectDuplicates, while the file is staged, before the run's transaction);
// 2. rows of earlier files with the same natural key are replaced (a corrected re-export);
//    absence exports replace whole months per school and source layout;
// 3. the file's pupils are numbered (pupil-numbers.ts), the rows are inserted, and the file's
//    rejections go to the quarantine.
// Table and column names come from TABLES (code), never from input; values enter as parameters.

import type { DuckDBConnection } from '@duckdb/node-api';
import { queryNumber } from '../db/run-sql.js';
import type { RecordJson } from './read-raw.js';
import { numberPupils } from './pupil-numbers.js';
import { addRejections, checkedTable, duplicatesTable, keysTable, rejectionsTable, stageTable, validFor, type Stage } from './stage.js';
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

/**
 * A natural key seen earlier in the same file: the later line goes to quarantine. Returns how
 * many per file of the stage (index part - 1); files read together never duplicate each other.
 */
export async function rejectDuplicates(connection: DuckDBConnection, stage: Stage, tables: TableName[], record: RecordJson, parts = 1): Promise<number[]> {
  for (const table of tables) {
    const spec: TableSpec = TABLES[table];
    if (spec.duplicatesAmong === 'false') continue;
    // The checked rows themselves, before pseudonyms: the BSN stands for its pupil_key (one to
    // one) and groups as a number, not as 64 characters.
    // The part (the file in the stage) leads the key: a duplicate is one within a file.
    const key = ['part', ...spec.key.map((column) => (column === 'pupil_key' ? 'bsn' : column))];
    const among = spec.duplicatesAmong ? ` AND ${spec.duplicatesAmong}` : '';
    // One file at a time (its rows sit together, so the scan skips the others): one aggregate
    // over a whole batch's hashes took three times as long as the files' own together.
    for (let part = 1; part <= parts; part++) {
      const valid = `(SELECT line, ${key.join(', ')} FROM ${checkedTable(stage)} WHERE ${validFor(table)}${among} AND part = ${part})`;
      const sameKey = key.map((column) => `s.${column} IS NOT DISTINCT FROM d.${column}`).join(' AND ');
      // Grouping on one 64-bit hash of the key first keeps the common case (no duplicates) to a
      // small aggregate; only rows whose hash occurs twice are then compared column by column.
      const hashed = `hash(${key.join(', ')})`;
      await connection.run(
        `INSERT INTO ${duplicatesTable(stage)}
         WITH candidates AS (
           SELECT * FROM ${valid} v
           WHERE ${hashed} IN (SELECT ${hashed} FROM ${valid} v GROUP BY ALL HAVING count(*) > 1)
         )
         SELECT s.part, s.line, d.first_line, $key
         FROM candidates s
         JOIN (SELECT ${key.join(', ')}, min(line) AS first_line FROM candidates GROUP BY ALL HAVING count(*) > 1) d ON ${sameKey}
         WHERE s.line <> d.first_line`,
        { key: spec.key.filter((k) => k !== 'pupil_key').join(', ') || 'leerling' },
      );
    }
  }
  const counts = await connection.runAndReadAll(`SELECT part, count(*) FROM ${duplicatesTable(stage)} GROUP BY part`);
  const duplicates = Array.from({ length: parts }, () => 0);
  for (const [part, n] of counts.getRows().map((row) => row.map(Number))) duplicates[part - 1] = n;
  if (duplicates.every((n) => n === 0)) return duplicates; // nothing to rebuild: spare a pass over the records
  await addRejections(connection, stage, record,
    `SELECT part, line, NULL, 'dubbele regel: dezelfde ' || sleutel || ' als regel ' || first_line,
            'duplicate row: same ' || sleutel || ' as line ' || first_line, NULL
     FROM ${duplicatesTable(stage)}`);
  return duplicates;
}

/**
 * Inside the run's transaction: replaces what the file (`part` of the stage) corrects, inserts it,
 * quarantines the rest (`anyRejected` false: staging rejected nothing of the file, so there is no
 * quarantine to write).
 */
export async function mergeStaged(connection: DuckDBConnection, stage: Stage, target: MergeTarget, tables: TableName[], anyRejected = true, part = 1): Promise<MergeCounts> {
  let loaded = 0;
  let replaced = 0;
  // keys_n holds the pupils of every file of the stage: numbered once, with its first file.
  const hasPupils = tables.some((table) => TABLES[table].columns.some(([name]) => name === 'pupil_key'));
  if (hasPupils && part === 1) await numberPupils(connection, keysTable(stage));
  for (const table of tables) {
    const spec: TableSpec = TABLES[table];
    // the part is a number from code; its rows sit together in checked_n, so the scan skips the rest
    const staged = `(SELECT * FROM ${stageTable(table, stage)} WHERE part = ${Number(part)})`;
    replaced += await replaceEarlier(connection, staged, table, spec, target);
    const columns = spec.columns.map(([name]) => name).join(', ');
    const result = await connection.run(
      `INSERT INTO ${table} (${columns}, file_id) SELECT ${columns}, $file_id FROM ${staged}`,
      { file_id: target.fileId },
    );
    loaded += Number(result.rowsChanged);
  }
  if (!anyRejected) return { loaded, rejected: 0, replaced };
  const rejections = rejectionsTable(stage);
  await connection.run(
    `INSERT INTO quarantine SELECT $file_id, $file_name, line, "column", reason_nl, reason_en, record
     FROM ${rejections} WHERE part = $part ORDER BY line`,
    { file_id: target.fileId, file_name: target.fileName, part },
  );
  const rejected = await queryNumber(connection, `SELECT count(DISTINCT line) FROM ${rejections} WHERE part = $part`, { part });
  return { loaded, rejected, replaced };
}


/** Removes the rows this file supersedes; returns how many. */
async function replaceEarlier(connection: DuckDBConnection, staged: string, table: TableName, spec: TableSpec, target: MergeTarget): Promise<number> {
  if (spec.replaceBy === 'school-month') {
    // A later export of the same source for a school and month is the corrected one; files of
    // this same run are parts of one delivery and are kept side by side. A first delivery of a
    // source has nothing to replace, so the scan of the table is skipped (register files of
    // the canonical layout feed no absence table).
    const earlierFiles = await queryNumber(
      connection,
      `SELECT count(*) FROM ingest_files WHERE layout = $layout AND kind LIKE 'verzuim%' AND run_id <> $run_id AND status = 'loaded'`,
      { layout: target.layout, run_id: target.runId },
    );
    if (earlierFiles === 0) return 0;
    const month = spec.monthOf!;
    const result = await connection.run(
      `DELETE FROM ${table} t
       WHERE t.file_id IN (SELECT file_id FROM ingest_files WHERE layout = $layout AND kind LIKE 'verzuim%' AND run_id <> $run_id)
         AND EXISTS (
           SELECT 1 FROM (SELECT DISTINCT brin, vestiging, date_trunc('month', ${month}) AS month FROM ${staged}) s
           WHERE s.brin = t.brin AND s.vestiging = t.vestiging AND s.month = date_trunc('month', t.${month}))`,
      { layout: target.layout, run_id: target.runId },
    );
    return Number(result.rowsChanged);
  }
  const sameKey = spec.key.map((column) => `s.${column} IS NOT DISTINCT FROM t.${column}`).join(' AND ');
  const result = await connection.run(`DELETE FROM ${table} t WHERE EXISTS (SELECT 1 FROM ${staged} s WHERE ${sameKey})`);
  return Number(result.rowsChanged);
}
