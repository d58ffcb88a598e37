// spec/inputs.md 1.1: a school's absence code maps to a category by the code table in
// schemas/verzuimcodes.csv (users extend it, or pass --codes FILE with more rows, as often as
// needed: one table per school is common). Codes are set
// per school (Magister's `S` is gespijbeld at one school and schorsing at another), so a row may
// name a BRIN and a source layout; a school's own row wins over the default, and a row for the
// file's layout over one for any layout. Matching ignores case and surrounding spaces. An
// unmapped code is a data error (its rows are quarantined and summarised, unknown-codes.ts).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { projectRoot } from '../db/sql-file.js';
import { UserError } from '../user-error.js';

export type AbsenceCategory = 'ziek' | 'geoorloofd' | 'ongeoorloofd' | 'onbekend' | 'te_laat' | 'geen_verzuim';

/** One row of a code table; brin and layout '' stand for "every school" and "every layout". */
export interface CodeRow {
  code: string;
  categorie: AbsenceCategory;
  brin: string;
  layout: string;
}
export type CodeTable = readonly CodeRow[];

export const CATEGORIES: readonly AbsenceCategory[] = ['ziek', 'geoorloofd', 'ongeoorloofd', 'onbekend', 'te_laat', 'geen_verzuim'];

/** The columns of a code table file; without a header naming them: code, categorie, omschrijving. */
export const CODE_TABLE_COLUMNS = ['code', 'categorie', 'omschrijving', 'brin', 'layout'] as const;

export const defaultCodesFile = path.join(projectRoot, 'schemas', 'verzuimcodes.csv');

/**
 * The default table, extended (and overridden, row by row) by the rows of the user's tables
 * (--codes, one or more). Two of the user's tables giving one (code, brin, layout) different
 * categories is refused naming both: which one is meant is not ours to pick.
 */
export function loadCodeTable(extraFiles: string | readonly string[] = []): CodeTable {
  const table = new Map<string, CodeRow>();
  for (const { row } of readCodes(defaultCodesFile)) table.set(keyOf(row), row);
  const given = new Map<string, { file: string; line: number; categorie: AbsenceCategory }>();
  for (const file of typeof extraFiles === 'string' ? [extraFiles] : extraFiles) {
    for (const { row, line } of readCodes(file)) {
      const earlier = given.get(keyOf(row));
      if (earlier && earlier.categorie !== row.categorie) throw conflict(row, earlier, { file, line, categorie: row.categorie });
      if (!earlier) given.set(keyOf(row), { file, line, categorie: row.categorie });
      table.set(keyOf(row), row);
    }
  }
  return [...table.values()];
}

/** The same code for the same school and layout in two tables with two categories. */
function conflict(row: CodeRow, a: { file: string; line: number; categorie: string }, b: { file: string; line: number; categorie: string }): UserError {
  // Paths as given: two schools' tables are often both called codes.csv.
  const where = `${a.file} regel ${a.line} (${a.categorie}) en ${b.file} regel ${b.line} (${b.categorie})`;
  const whereEn = `${a.file} line ${a.line} (${a.categorie}) and ${b.file} line ${b.line} (${b.categorie})`;
  const school = row.brin === '' ? 'alle scholen' : `school ${row.brin}`;
  const schoolEn = row.brin === '' ? 'every school' : `school ${row.brin}`;
  const layout = row.layout === '' ? '' : `, layout ${row.layout}`;
  return new UserError(
    `codetabellen: code '${row.code}' voor ${school}${layout} heeft twee categorieën: ${where}; haal er één weg`,
    `code tables: code '${row.code}' for ${schoolEn}${layout} has two categories: ${whereEn}; remove one`,
  );
}

const keyOf = (row: Omit<CodeRow, 'categorie'>) => `${row.code}\t${row.brin}\t${row.layout}`;

function readCodes(file: string): Array<{ row: CodeRow; line: number }> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`codetabel ${file} niet gevonden`, `code table ${file} not found`);
  }
  const name = path.basename(file);
  const [header = '', ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const delimiter = header.includes(';') ? ';' : ',';
  const names = header.split(delimiter).map((h) => h.trim().toLowerCase());
  const at = (column: string, fallback: number) => (names.includes(column) ? names.indexOf(column) : fallback);
  const index = { code: at('code', 0), categorie: at('categorie', 1), brin: at('brin', -1), layout: at('layout', -1) };
  const rows: Array<{ row: CodeRow; line: number }> = [];
  const seen = new Map<string, { line: number; categorie: string }>();
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const lineNo = i + 2;
    const fields = line.split(delimiter);
    const field = (n: number) => (n >= 0 ? (fields[n] ?? '').trim() : '');
    const categorie = field(index.categorie).toLowerCase();
    if (!(CATEGORIES as readonly string[]).includes(categorie)) {
      throw new UserError(
        `codetabel ${name} regel ${lineNo}: onbekende categorie '${field(index.categorie)}' (bekend: ${CATEGORIES.join(', ')})`,
        `code table ${name} line ${lineNo}: unknown category '${field(index.categorie)}' (known: ${CATEGORIES.join(', ')})`,
      );
    }
    const brin = field(index.brin).toUpperCase();
    if (brin !== '' && !/^\d{2}[A-Z]{2}$/.test(brin)) {
      throw new UserError(
        `codetabel ${name} regel ${lineNo}: brin '${brin}' moet 2 cijfers en 2 letters zijn (of leeg voor alle scholen)`,
        `code table ${name} line ${lineNo}: brin '${brin}' must be 2 digits and 2 letters (or empty for every school)`,
      );
    }
    const row: CodeRow = { code: normaliseCode(field(index.code)), categorie: categorie as AbsenceCategory, brin, layout: field(index.layout).toLowerCase() };
    // 's' and 'S' are one code here: two different meanings for one school would be a guess.
    const earlier = seen.get(keyOf(row));
    if (earlier && earlier.categorie !== row.categorie) {
      throw new UserError(
        `codetabel ${name} regel ${lineNo}: code '${field(index.code)}' staat al op regel ${earlier.line} met een andere categorie (hoofdletters tellen niet)`,
        `code table ${name} line ${lineNo}: code '${field(index.code)}' is already on line ${earlier.line} with another category (case is ignored)`,
      );
    }
    seen.set(keyOf(row), { line: lineNo, categorie: row.categorie });
    rows.push({ row, line: lineNo });
  });
  return rows;
}

export function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The whole code table as the temp table absence_codes; once per connection. */
export async function createCodeTable(connection: DuckDBConnection, codes: CodeTable): Promise<void> {
  codesLayout.delete(connection);
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE absence_codes (code_key VARCHAR, brin VARCHAR, layout VARCHAR, categorie VARCHAR NOT NULL, PRIMARY KEY (code_key, brin, layout))`,
  );
  const appender = await connection.createAppender('absence_codes');
  for (const row of codes) {
    appender.appendVarchar(row.code);
    appender.appendVarchar(row.brin);
    appender.appendVarchar(row.layout);
    appender.appendVarchar(row.categorie);
    appender.endRow();
  }
  appender.closeSync();
}

/**
 * The codes for one file of `layout`: per code and school (brin '' = the default) the row for
 * this layout, else the one for any layout, as two maps in session variables that the checks
 * read with code_categorie (macros.sql): `school_codes` (BRIN -> code -> categorie) and
 * `default_codes` (code -> categorie). A lookup in a map, not a join: it is cheaper per row, and
 * the check pass keeps the order of the records read, which gives their line (read-raw.ts).
 */
export async function useCodesOf(connection: DuckDBConnection, layout: string): Promise<void> {
  // Files of one layout usually come together (a folder of one export): built once for them.
  if (codesLayout.get(connection) === layout) return;
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE file_codes AS
     SELECT code_key, brin, arg_max(categorie, layout <> '') AS categorie
     FROM absence_codes WHERE layout IN ('', $layout) GROUP BY code_key, brin`,
    { layout: layout.toLowerCase() },
  );
  await connection.run(
    `SET VARIABLE default_codes = (SELECT map_from_entries(list((code_key, categorie))) FROM file_codes WHERE brin = '')`,
  );
  await connection.run(
    `SET VARIABLE school_codes = (
       SELECT map_from_entries(list((brin, codes)))
       FROM (SELECT brin, map_from_entries(list((code_key, categorie))) AS codes FROM file_codes WHERE brin <> '' GROUP BY brin))`,
  );
  codesLayout.set(connection, layout);
}

/** The layout the code maps were last built for, per connection (createCodeTable resets it). */
const codesLayout = new WeakMap<DuckDBConnection, string>();
