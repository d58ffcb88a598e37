import type { DuckDBConnection } from '@duckdb/node-api';
import { insertAbsenceRows, isAbsenceTable, numberSchoolCodes } from '../../../pipeline/db/absence-rows.js';
import { queryNumber } from '../../../pipeline/db/run-sql.js';
import { numberPupils } from '../../../pipeline/ingest/pupil-numbers.js';
import { TABLES } from '../../../pipeline/ingest/tables.js';

type Value = string | number | boolean | null;

/**
 * Inserts plain objects into a table, in batches, with parameters (never pasted values). A row
 * with a pupil_key gets its pupil number as the ingest gives it (pipeline/ingest/pupil-numbers.ts);
 * a table that keeps only the number (the absence tables) gets the number instead of the key.
 */
export async function insertRows(connection: DuckDBConnection, table: string, rows: Record<string, Value>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const numbered = carriesPupilNo(table) && columns.includes('pupil_key') && !columns.includes('pupil_no');
  if (numbered) await numberPupilKeys(connection, rows.map((row) => String(row.pupil_key)));
  const stored = columns.filter((column) => column !== 'pupil_key' || keepsPupilKey(table));
  const quoted = [...stored, ...(numbered ? ['pupil_no'] : [])].map((c) => `"${c}"`).join(', ');
  await storedThrough(connection, table, (target) => insertBatches(connection, target, quoted, columns, stored, numbered, rows));
}

async function insertBatches(connection: DuckDBConnection, table: string, quoted: string, columns: string[], stored: string[], numbered: boolean, rows: Record<string, Value>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 200) {
    const batch = rows.slice(start, start + 200);
    const params: Record<string, Value> = {};
    const tuples = batch.map((row, r) => {
      const param = (column: string) => `$p${r}_${columns.indexOf(column)}`;
      for (const column of columns) params[param(column).slice(1)] = row[column] ?? null;
      const values = stored.map(param);
      if (numbered) values.push(`(SELECT pupil_no FROM pupil_numbers WHERE pupil_key = ${param('pupil_key')})`);
      return `(${values.join(', ')})`;
    });
    await connection.run(`INSERT INTO ${table} (${quoted}) VALUES ${tuples.join(', ')}`, params);
  }
}

/**
 * Runs `insert` into `table`, or, for an absence table (a view over rows stored by number,
 * pipeline/db/absence-rows.ts), into a temp table of the view's columns whose rows are then
 * stored as merging a file stores them.
 */
export async function storedThrough(connection: DuckDBConnection, table: string, insert: (target: string) => Promise<void>): Promise<void> {
  if (!isAbsenceTable(table)) return insert(table);
  await connection.run(`CREATE OR REPLACE TEMP TABLE fixture_absence AS SELECT * FROM ${table} LIMIT 0`);
  await insert('fixture_absence');
  await numberSchoolCodes(connection, 'SELECT brin, vestiging, code FROM fixture_absence');
  const stored = await insertAbsenceRows(connection, table, 'SELECT * FROM fixture_absence');
  // a fixture row without a school or code would be lost by the lookup: the stored table refuses it
  const given = await queryNumber(connection, 'SELECT count(*) FROM fixture_absence');
  await connection.run('DROP TABLE fixture_absence');
  if (stored !== given) throw new Error(`${table}: ${stored} of ${given} fixture rows stored (a row without brin, vestiging or code?)`);
}

/** Gives these keys their numbers in pupil_numbers, as merging a file does. */
export async function numberPupilKeys(connection: DuckDBConnection, keys: string[]): Promise<void> {
  await connection.run('CREATE OR REPLACE TEMP TABLE fixture_keys (pupil_key VARCHAR, pupil_no INTEGER)');
  for (const key of new Set(keys)) await connection.run('INSERT INTO fixture_keys VALUES ($key, NULL)', { key });
  await numberPupils(connection, 'fixture_keys');
  await connection.run('DROP TABLE fixture_keys');
}

/** The validated tables whose rows carry the pupil's number (pipeline/ingest/tables.ts). */
export const carriesPupilNo = (table: string): boolean => hasColumn(table, 'pupil_no');

/** The validated tables that keep the pupil_key beside the number (not the absence tables). */
export const keepsPupilKey = (table: string): boolean => hasColumn(table, 'pupil_key');

function hasColumn(table: string, column: string): boolean {
  const spec = (TABLES as Record<string, { columns: ReadonlyArray<readonly [string, string]> }>)[table];
  return spec !== undefined && spec.columns.some(([name]) => name === column);
}
