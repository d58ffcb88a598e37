// Staging: each file of a run is read and checked into temporary tables of its own, before the
// run's transaction opens (temporary tables built inside a transaction are much slower in
// DuckDB); the transaction then only merges them (stage-merge.ts). Everything here is temporary
// and lives outside the database file, so raw values, the BSN among them, never reach it.
//
// Stage n of the run holds one file, or several files of one layout read together (ingest.ts
// batches them): every row carries its file's `part` (1, 2, ... in the batch) beside its line,
// so whatever is per file (counts, line numbers, duplicates, the merge) stays per file.
// checked_rows_n (every record read, parsed and checked, in the order read) seen through the
// view checked_n (the filled records, with their lines), rejections_n (part, line, column,
// reasons, record), duplicate_lines_n, and per validated table a view stage_<table>_n of the rows without
// problems or duplicates; bsns_n holds each of the stage's BSNs once, with its elfproef, keys_n
// the pseudonym of each BSN loaded, and code_counts_n the files, schools, codes and categories of
// its absence rows, numbered (check-rows.ts). An absence table's rows to load are copied out of
// the checked rows into stage_rows_<table>_n, narrow, and the checked rows dropped
// (stageAbsenceRows).

import type { DuckDBConnection } from '@duckdb/node-api';
import { absenceOwnColumns, isAbsenceTable, type AbsenceTable } from '../db/absence-rows.js';
import { rereadLines, type RecordJson } from './read-raw.js';
import { TABLES, type TableName } from './tables.js';

export interface Stage {
  /** The stage's number in the run: the suffix of its temporary tables. */
  n: number;
}

export const stageTable = (table: TableName, { n }: Stage) => `stage_${table}_${n}`;
/** stage_rows_<table>_n: an absence table's staged rows, the view stage_<table>_n's own (createStageView). */
export const stageRowsTable = (table: TableName, { n }: Stage) => `stage_rows_${table}_${n}`;
/** checked_n: a view of the filled records of checked_rows_n (every record read), with their lines (check-rows.ts). */
export const checkedTable = ({ n }: Stage) => `checked_${n}`;
export const checkedRowsTable = ({ n }: Stage) => `checked_rows_${n}`;
export const rejectionsTable = ({ n }: Stage) => `rejections_${n}`;
export const duplicatesTable = ({ n }: Stage) => `duplicate_lines_${n}`;
export const keysTable = ({ n }: Stage) => `keys_${n}`;
/** bsns_n: the stage's BSNs, once each, with their elfproef (check-rows.ts checkElfproef). */
export const bsnsTable = ({ n }: Stage) => `bsns_${n}`;
/**
 * code_counts_n: an absence stage's rows without problems, counted per file (part), school, code
 * and category, each group numbered (code_no) (check-rows.ts).
 */
export const codeCountsTable = ({ n }: Stage) => `code_counts_${n}`;

/** The tables that collect one file's rejections and duplicate lines. */
export async function createStageTables(connection: DuckDBConnection, stage: Stage): Promise<void> {
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${rejectionsTable(stage)} (part INTEGER, line BIGINT, "column" VARCHAR, reason_nl VARCHAR, reason_en VARCHAR, record VARCHAR)`,
  );
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${duplicatesTable(stage)} (part INTEGER, line BIGINT, first_line BIGINT, sleutel VARCHAR)`);
}

/** Which checked rows go to a table: those without problems, meant for it. */
export const validFor = (table: TableName) => `problems IS NULL AND target = '${table}'`;

/**
 * Rejections from `reasons` (part, line, column, nl, en, value), each with its record rebuilt
 * from raw_records, or read again for lazily read files (read-raw.ts), as JSON without the BSN;
 * the value a reason quotes is filled in (with_shown, macros.sql) and the reason scrubbed of
 * anything that could be a BSN (spec/inputs.md "Privacy").
 */
export async function addRejections(connection: DuckDBConnection, stage: Stage, record: RecordJson, reasons: string): Promise<void> {
  // One macro per query level: inlined into each other (scrub_bsn of with_shown of shown) the
  // statement grew so large that setting it up cost more than running it.
  const rejected = `(${reasons}) r(part, line, "column", nl, en, value)`;
  // Files read lazily keep no copy of their records: the rejected ones are read again.
  if (record.lazy) await rereadLines(connection, record.lazy, `SELECT part, line FROM ${rejected}`);
  await connection.run(
    `INSERT INTO ${rejectionsTable(stage)}
     SELECT part, line, "column", scrub_bsn(nl), scrub_bsn(en), record
     FROM (
       SELECT part, line, "column", with_shown(nl, value) AS nl, with_shown(en, value) AS en, record
       FROM (SELECT r.*, ${record.sql} AS record FROM ${rejected} JOIN ${record.lazy ? 'raw_lines' : 'raw_records'} raw_records USING (part, line))
     )`,
    record.params,
  );
}

/**
 * The valid rows of the checked files for one table (with their part: mergeStaged takes the files
 * it merges), the BSN replaced by its pupil_key and number (the absence tables: the number
 * only), without its duplicate lines (`duplicates` false: the file has none, and no row is
 * looked up there).
 * An ANTI JOIN, not NOT EXISTS: DuckDB turned the correlated subquery into a delim join that
 * collected every row of the stage first (2 s of 1.6M rows; the anti join, about 0.05 s).
 */
export async function createStageView(connection: DuckDBConnection, table: TableName, stage: Stage, duplicates = true): Promise<void> {
  const withoutDuplicates = duplicates ? `ANTI JOIN ${duplicatesTable(stage)} d ON d.part = c.part AND d.line = c.line` : '';
  if (isAbsenceTable(table)) return stageAbsenceRows(connection, table, stage, withoutDuplicates);
  const fromKeys = new Set(['pupil_key', 'pupil_no']);
  const columns = TABLES[table].columns.map(([name]) => (fromKeys.has(name) ? `k.${name}` : `c.${name}`));
  const pseudonym = columns.some((column) => column.startsWith('k.')) ? `JOIN ${keysTable(stage)} k ON k.bsn = c.bsn` : '';
  await connection.run(
    `CREATE OR REPLACE TEMP VIEW ${stageTable(table, stage)} AS
     SELECT c.part, c.line, ${columns.join(', ')}
     FROM ${checkedTable(stage)} c ${pseudonym} ${withoutDuplicates}
     WHERE ${validFor(table)}`,
  );
}

/**
 * An absence table's rows to load are kept apart, in stage_rows_<table>_n, so that the checked
 * rows can go (releaseCheckedRows): a pupil as its BSN, and its file, school, code and category as
 * one number, code_no (code_counts_n): not a third of the checked row's width. The checked rows
 * of a country's files did not fit in memory and were written out while later files were
 * checked, then read back to be merged. The view stage_<table>_n gives them the table's columns
 * again (without a line: merging needs none).
 */
async function stageAbsenceRows(connection: DuckDBConnection, table: AbsenceTable, stage: Stage, withoutDuplicates: string): Promise<void> {
  const fromCodes = new Set(['brin', 'vestiging', 'code', 'categorie']);
  // the stored table's own columns but those code_no stands for (file_id comes with the merge)
  const own = absenceOwnColumns(table).filter((name) => name !== 'file_id' && !fromCodes.has(name));
  const rows = stageRowsTable(table, stage);
  // `=` is enough: on a row without problems none of these is NULL (the checks in
  // checks/verzuim_*.sql refuse a missing brin or category, make a missing vestiging 00 and a
  // missing code ''), and a row lost here would fail the merge's count (stage-merge.ts)
  const sameGroup = ['part', ...fromCodes].map((column) => `s.${column} = c.${column}`).join(' AND ');
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${rows} AS
     SELECT c.bsn, s.code_no, ${own.map((name) => `c.${name}`).join(', ')}
     FROM ${checkedTable(stage)} c
     JOIN ${codeCountsTable(stage)} s ON ${sameGroup}
     ${withoutDuplicates}
     WHERE ${validFor(table)}`,
  );
  const columns = TABLES[table].columns.map(([name]) => (name === 'pupil_no' ? 'k.pupil_no' : fromCodes.has(name) ? `s.${name}` : `r.${name}`));
  await connection.run(
    `CREATE OR REPLACE TEMP VIEW ${stageTable(table, stage)} AS
     SELECT s.part, ${columns.join(', ')}
     FROM ${rows} r JOIN ${keysTable(stage)} k USING (bsn) JOIN ${codeCountsTable(stage)} s USING (code_no)`,
  );
}

/**
 * Drops a stage's checked rows: once an absence stage's rows are staged apart (createStageView),
 * or when a stage is given up to read its files one by one (ingest.ts stageBatch), they are not
 * read again. (Either may not have been made yet when a stage is given up.)
 */
export async function releaseCheckedRows(connection: DuckDBConnection, stage: Stage): Promise<void> {
  await connection.run(`DROP VIEW IF EXISTS ${checkedTable(stage)}`);
  await connection.run(`DROP TABLE IF EXISTS ${checkedRowsTable(stage)}`);
}
