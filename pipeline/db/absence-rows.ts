// The absence tables verzuim_events and verzuim_periods are views (schema.sql): their rows are
// stored in verzuim_event_rows and verzuim_period_rows with the school (brin, vestiging) and the
// code as one number, school_codes.school_code_no. DuckDB stores a text value at about five times
// the cost of an integer, and the three texts were most of the ingest's INSERT of tens of millions
// of absence rows. Everything that writes absence rows (ingest's merge, a database converted from
// the old shape, test fixtures) goes through insertAbsenceRows; everything else reads the views.

import type { DuckDBConnection } from '@duckdb/node-api';

/** Each absence view and the table its rows are stored in. */
export const ABSENCE_ROWS = { verzuim_events: 'verzuim_event_rows', verzuim_periods: 'verzuim_period_rows' } as const;

export type AbsenceTable = keyof typeof ABSENCE_ROWS;

export const isAbsenceTable = (table: string): table is AbsenceTable => table in ABSENCE_ROWS;

/** The stored columns after pupil_no and school_code_no: the view's columns without the texts. */
const OWN_COLUMNS: Record<AbsenceTable, string[]> = {
  verzuim_events: ['datum', 'lesuur', 'uren', 'categorie', 'file_id'],
  verzuim_periods: ['van', 'tot', 'categorie', 'file_id'],
};

/**
 * Numbers the (brin, vestiging, code) of `schools` (SQL giving those columns) that school_codes
 * does not have yet, after the highest number; as pupil-numbers.ts does for pupils.
 */
export async function numberSchoolCodes(connection: DuckDBConnection, schools: string): Promise<void> {
  await connection.run(
    `INSERT INTO school_codes
     SELECT (SELECT coalesce(max(school_code_no), 0) FROM school_codes) + row_number() OVER (ORDER BY brin, vestiging, code), brin, vestiging, code
     FROM (SELECT DISTINCT brin, vestiging, code FROM (${schools})) n
     WHERE NOT EXISTS (SELECT 1 FROM school_codes s WHERE s.brin = n.brin AND s.vestiging = n.vestiging AND s.code = n.code)`,
  );
}

/**
 * Stores `rows` (SQL giving the view's columns by name: pupil_no, brin, vestiging, code, the
 * table's own columns and file_id) in the table behind the view; returns how many. Their
 * (brin, vestiging, code) must be numbered already (numberSchoolCodes): a row whose are not would
 * be lost by the join: callers compare the count returned with the rows they meant to store.
 */
export async function insertAbsenceRows(connection: DuckDBConnection, table: AbsenceTable, rows: string): Promise<number> {
  const own = OWN_COLUMNS[table].map((column) => `r.${column}`).join(', ');
  return insertNumberedAbsenceRows(
    connection,
    table,
    `SELECT r.pupil_no, s.school_code_no, ${own}
     FROM (${rows}) r JOIN school_codes s ON s.brin = r.brin AND s.vestiging = r.vestiging AND s.code = r.code`,
  );
}

/**
 * Stores `rows` (SQL giving pupil_no, school_code_no, then the table's own columns by name,
 * absenceOwnColumns, with file_id last) in the table behind the view; returns how many.
 */
export async function insertNumberedAbsenceRows(connection: DuckDBConnection, table: AbsenceTable, rows: string): Promise<number> {
  const columns = ['pupil_no', 'school_code_no', ...OWN_COLUMNS[table]].join(', ');
  const result = await connection.run(`INSERT INTO ${ABSENCE_ROWS[table]} (${columns}) SELECT ${columns} FROM (${rows})`);
  return Number(result.rowsChanged);
}

/** An absence table's stored columns after pupil_no and school_code_no (file_id last). */
export const absenceOwnColumns = (table: AbsenceTable): readonly string[] => OWN_COLUMNS[table];

/**
 * A database made before the absence rows were stored by number has verzuim_events and
 * verzuim_periods as tables (a pupil_key or a text categorie in some older ones). Before the
 * schema is made they are renamed out of the way (`before`); after it, their rows are stored
 * anew and the old tables dropped (`after`). Inside the caller's transaction: a failure keeps the
 * old tables as they were.
 */
export async function compactAbsenceTables(connection: DuckDBConnection, step: 'before' | 'after'): Promise<void> {
  for (const table of Object.keys(ABSENCE_ROWS) as AbsenceTable[]) {
    const old = `${table}_before_rows`;
    if (step === 'before') {
      if (await isBaseTable(connection, table)) await connection.run(`ALTER TABLE ${table} RENAME TO ${old}`);
      continue;
    }
    if (!(await isBaseTable(connection, old))) continue;
    const columns = `pupil_no, brin, vestiging, code, ${OWN_COLUMNS[table].map((c) => (c === 'categorie' ? 'categorie::verzuim_categorie AS categorie' : c)).join(', ')}`;
    await numberSchoolCodes(connection, `SELECT brin, vestiging, code FROM ${old}`);
    const stored = await insertAbsenceRows(connection, table, `SELECT ${columns} FROM ${old}`);
    const reader = await connection.runAndReadAll(`SELECT count(*) FROM ${old}`);
    if (stored !== Number(reader.getRows()[0][0])) throw new Error(`${table}: ${stored} of ${String(reader.getRows()[0][0])} rows converted`);
    await connection.run(`DROP TABLE ${old}`);
  }
}

async function isBaseTable(connection: DuckDBConnection, table: string): Promise<boolean> {
  const reader = await connection.runAndReadAll(
    `SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = $table`,
    { table },
  );
  return Number(reader.getRows()[0][0]) > 0;
}
