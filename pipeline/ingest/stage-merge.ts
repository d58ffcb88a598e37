// Merging a file's staged rows into the validated tables (README "Rules": natural keys):
// 1. a row whose natural key already appeared earlier in the same file is a duplicate: rejected
//    (rejectDuplicates, while the file is staged, before the run's transaction);
// 2. rows of earlier files with the same natural key are replaced (a corrected re-export);
//    absence exports replace whole months per school and source layout;
// 3. the file's pupils are numbered (pupil-numbers.ts), and its schools and codes (absence rows,
//    db/absence-rows.ts), the rows are inserted, and the file's rejections go to the quarantine.
//    Absence files read together are merged together (mergeStaged).
// Table and column names come from TABLES (code), never from input; values enter as parameters.

import type { DuckDBConnection } from '@duckdb/node-api';
import { ABSENCE_ROWS, absenceOwnColumns, insertNumberedAbsenceRows, isAbsenceTable, numberSchoolCodes, type AbsenceTable } from '../db/absence-rows.js';
import { queryNumber } from '../db/run-sql.js';
import { numberPupils } from './pupil-numbers.js';
import { checkedTable, codeCountsTable, duplicatesTable, keysTable, rejectionsTable, stageRowsTable, stageTable, validFor, type Stage } from './stage.js';
import { hasPupilNumber, TABLES, type TableName, type TableSpec } from './tables.js';

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
 * many per file of the stage (index part - 1), files read together never duplicate each other,
 * and the duplicates as rejections for addRejections (null: none).
 */
export async function rejectDuplicates(connection: DuckDBConnection, stage: Stage, tables: TableName[], parts = 1): Promise<{ duplicates: number[]; rejections: string | null }> {
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
      // One 64-bit hash of the key first keeps the common case (no duplicates) cheap; only rows
      // whose hash occurs more than once are then compared column by column. A hash occurs more
      // than once when it equals the next in order: sorting the hashes took half the time of
      // grouping them (almost every hash is a group of one, millions of them in a large file).
      // (Not QUALIFY h = lead(h): DuckDB then works out the hash again for the window: 830 against
      // 550 ms for 6M hashes.)
      const hashed = `hash(${key.join(', ')})`;
      await connection.run(
        `INSERT INTO ${duplicatesTable(stage)}
         WITH candidates AS (
           SELECT * FROM ${valid} v
           WHERE ${hashed} IN (SELECT h FROM (SELECT h, lead(h) OVER (ORDER BY h) AS next FROM (SELECT ${hashed} AS h FROM ${valid} v)) WHERE h = next)
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
  if (duplicates.every((n) => n === 0)) return { duplicates, rejections: null }; // nothing to rebuild: spare a pass over the records
  const rejections = `SELECT part, line, NULL, 'dubbele regel: dezelfde ' || sleutel || ' als regel ' || first_line,
            'duplicate row: same ' || sleutel || ' as line ' || first_line, NULL
     FROM ${duplicatesTable(stage)}`;
  return { duplicates, rejections };
}

/** One file of a stage to merge: where its rows go, its place (`part`) in the stage, and what staging counted. */
export interface MergePart extends MergeTarget {
  part: number;
  /** Records read (the filled ones). */
  read: number;
  /** Records rejected (a problem or a duplicate): what goes to the quarantine; the rest is loaded. */
  rejected: number;
}

/**
 * Inside the run's transaction: replaces what the files of a stage correct, inserts them,
 * quarantines the rest; returns the counts per file, in the order of `parts`. Several files are
 * merged with one INSERT per table, each row with its file's file_id: that is only the same as
 * merging them one after the other where files of one run never replace each other, the
 * school-month tables (ingest.ts decides); one INSERT per file made DuckDB write many partial row
 * groups, and its checkpoint at close rewrote them.
 */
export async function mergeStaged(connection: DuckDBConnection, stage: Stage, parts: MergePart[], tables: TableName[]): Promise<MergeCounts[]> {
  const counts = parts.map(({ read, rejected }) => ({ loaded: read - rejected, rejected, replaced: 0 }));
  // keys_n holds the pupils of every file of the stage: numbered once, with its first file.
  if (tables.some(hasPupilNumber) && parts.some((p) => p.part === 1)) await numberPupils(connection, keysTable(stage));
  // and the schools and codes of its absence rows, which are stored by number (absence-rows.ts)
  if (tables.some(isAbsenceTable)) await numberSchoolCodes(connection, `SELECT brin, vestiging, code FROM ${codeCountsTable(stage)}`);
  // parts are numbers from code; a register file's rows sit together in the stage, so the scan
  // skips the rest (an absence stage's rows carry their file in code_no and are merged whole)
  const partList = parts.map((p) => Number(p.part)).join(', ');
  const index = new Map(parts.map((p, i) => [p.part, i]));
  let inserted = 0;
  for (const table of tables) {
    const spec: TableSpec = TABLES[table];
    const staged = `(SELECT * FROM ${stageTable(table, stage)} WHERE part IN (${partList}))`;
    const replaced = await replaceEarlier(connection, staged, table, spec, parts);
    for (const [part, n] of replaced) counts[index.get(part)!].replaced += n;
    const fileIds = parts.map((p) => `WHEN ${Number(p.part)} THEN ${Number(p.fileId)}`).join(' ');
    if (isAbsenceTable(table)) {
      inserted += await insertNumberedAbsenceRows(connection, table, stagedAbsenceRows(table, stage, partList, fileIds));
    } else {
      const columns = spec.columns.map(([name]) => name).join(', ');
      const rows = `SELECT ${columns}, CASE part ${fileIds} END AS file_id FROM ${staged}`;
      inserted += Number((await connection.run(`INSERT INTO ${table} (${columns}, file_id) ${rows}`)).rowsChanged);
    }
  }
  // Each record staging did not reject goes to exactly one table: the counts need no second scan
  // of the stage. The rows inserted must add up to them (together, for files merged together),
  // or the run fails rather than report wrong figures.
  const loaded = counts.reduce((sum, c) => sum + c.loaded, 0);
  if (inserted !== loaded) throw new Error(`${tables.join(', ')}: ${inserted} rows inserted, where staging left ${loaded} to load`);
  const rejections = rejectionsTable(stage);
  for (const { fileId, fileName, part, rejected } of parts) {
    if (rejected === 0) continue;
    await connection.run(
      `INSERT INTO quarantine SELECT $file_id, $file_name, line, "column", reason_nl, reason_en, record
       FROM ${rejections} WHERE part = $part ORDER BY line`,
      { file_id: fileId, file_name: fileName, part },
    );
  }
  return counts;
}

/**
 * An absence stage's rows (stage.ts stageAbsenceRows) as the stored table takes them: the pupil's
 * number from keys_n, and for the stage's code_no the database's number of the school and code,
 * the category and the file, looked up once per code_no, not per row.
 */
function stagedAbsenceRows(table: AbsenceTable, stage: Stage, partList: string, fileIds: string): string {
  const fromCodes = new Set(['categorie', 'file_id']);
  const own = absenceOwnColumns(table).map((column) => (fromCodes.has(column) ? `m.${column}` : `r.${column}`));
  return `SELECT k.pupil_no, m.school_code_no, ${own.join(', ')}
     FROM ${stageRowsTable(table, stage)} r
     JOIN ${keysTable(stage)} k USING (bsn)
     JOIN (SELECT s.code_no, c.school_code_no, s.categorie::verzuim_categorie AS categorie, CASE s.part ${fileIds} END AS file_id
           FROM ${codeCountsTable(stage)} s JOIN school_codes c USING (brin, vestiging, code)
           WHERE s.part IN (${partList})) m USING (code_no)`;
}

/**
 * Removes the rows the files supersede; returns how many per part. Merged one after the other,
 * the first file (in order) that covers a school-month would remove its rows: so they count there.
 */
async function replaceEarlier(connection: DuckDBConnection, staged: string, table: TableName, spec: TableSpec, parts: MergePart[]): Promise<Map<number, number>> {
  const [{ layout, runId }] = parts;
  if (spec.replaceBy === 'school-month') {
    // A later export of the same source for a school and month is the corrected one; files of
    // this same run are parts of one delivery and are kept side by side. A first delivery of a
    // source has nothing to replace, so the scan of the table is skipped (register files of
    // the canonical layout feed no absence table).
    const earlierFiles = await queryNumber(
      connection,
      `SELECT count(*) FROM ingest_files WHERE layout = $layout AND kind LIKE 'verzuim%' AND run_id <> $run_id AND status = 'loaded'`,
      { layout, run_id: runId },
    );
    if (earlierFiles === 0) return new Map();
    const month = spec.monthOf!;
    const earlier = `t.file_id IN (SELECT file_id FROM ingest_files WHERE layout = $layout AND kind LIKE 'verzuim%' AND run_id <> $run_id)`;
    // the school-months the files cover, as the numbers of every code of those schools: the rows are stored by number (absence-rows.ts)
    const covered = `(SELECT c.school_code_no, s.month, s.part
       FROM (SELECT brin, vestiging, date_trunc('month', ${month}) AS month, min(part) AS part FROM ${staged} GROUP BY ALL) s
       JOIN school_codes c ON c.brin = s.brin AND c.vestiging = s.vestiging)`;
    const sameMonth = `s.school_code_no = t.school_code_no AND s.month = date_trunc('month', t.${month})`;
    const stored = isAbsenceTable(table) ? ABSENCE_ROWS[table] : table;
    const replaced = new Map<number, number>();
    if (parts.length > 1) {
      const reader = await connection.runAndReadAll(
        `SELECT s.part, count(*) FROM ${stored} t JOIN ${covered} s ON ${sameMonth} WHERE ${earlier} GROUP BY s.part`,
        { layout, run_id: runId },
      );
      for (const [part, n] of reader.getRows().map((row) => row.map(Number))) replaced.set(part, n);
    }
    const result = await connection.run(
      `DELETE FROM ${stored} t WHERE ${earlier} AND EXISTS (SELECT 1 FROM ${covered} s WHERE ${sameMonth})`,
      { layout, run_id: runId },
    );
    if (parts.length === 1) replaced.set(parts[0].part, Number(result.rowsChanged));
    return replaced;
  }
  if (parts.length !== 1) throw new Error(`${table}: files replace each other by key, and are merged one at a time`);
  const sameKey = spec.key.map((column) => `s.${column} IS NOT DISTINCT FROM t.${column}`).join(' AND ');
  const result = await connection.run(`DELETE FROM ${table} t WHERE EXISTS (SELECT 1 FROM ${staged} s WHERE ${sameKey})`);
  return new Map([[parts[0].part, Number(result.rowsChanged)]]);
}
