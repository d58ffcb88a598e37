// Reads one recognised file, or several of one layout at once (a batch, ingest.ts), as the view
// `raw_records` (part, line, c0..cN by position: `part` is the file's place in the batch, 1 for
// a file alone), and defines the view `raw` over it: one row per record with its file's part and
// its physical line number, every field of its kind as text under its canonical name, whether it
// is filled (a record of only empty fields is skipped by the checks), and its width problem (the
// wrong number of fields), if any. `recordJson` rebuilds a record as JSON (BSN removed) for the
// quarantine.
//
// Plain UTF-8 files without quotes or blank lines (what school systems export) are parsed by
// DuckDB's own CSV reader, in bulk, straight into the check pass (nothing copied): each record is
// one line after the header, so its line follows from its place among the checked rows
// (check-rows.ts), and the few records that are rejected are read again (rereadLines). Anything
// else (other encodings, quoted fields, blank lines) streams through csvRecords, which knows each
// record's line, into the temp table raw_file. Both end in the same SQL checks (checks/*.sql).

import type { DuckDBConnection } from '@duckdb/node-api';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { BSN_REMOVED } from '../privacy/scrub-bsn.js';
import { ingestLimits } from '../settings.js';
import { UserError } from '../user-error.js';
import { csvRecords, LINE_TOO_LONG, RunawayQuote } from './csv-records.js';
import { fieldNames } from './fields.js';
import { readHolidaysJson } from './holidays-json.js';
import type { Kind, Layout } from './layouts.js';
import type { SniffedFile } from './sniff.js';
import { decodeFile } from './text-file.js';

/** Fields with this value are NULL in read_csv: a field the record did not have at all. */
const MISSING = '\u0001';
/**
 * Extra columns that catch trailing delimiters (tolerated when empty) and surplus fields; a
 * record with more fields still fills them all and is rejected as having too many.
 */
const OVERFLOW = 2;
/** The last column of a record csvRecords found too long (LINE_TOO_LONG). */
const TOO_LONG_MARK = '\u0002regel te lang';

export interface RawOptions {
  onBytes?: (bytes: number) => void;
  /** false: never DuckDB's reader (it refused the files when the checks read them: ingest.ts). */
  bulk?: boolean;
  /** Values the run gives for fields a file lacks (--brin, --vestiging); they win over the layout's own `fixed`. */
  fixed?: Record<string, string>;
}

/**
 * Defines raw_records (part, line, c0..) and raw over the files; returns how to rebuild a record's
 * JSON. Several files (plain UTF-8 of one layout, the same header: ingest.ts batches them) are
 * read by one read_csv, as DuckDB reads fastest; null when they cannot be read together, and they
 * are then read one by one. Read by DuckDB's reader (`lazy` set), the files are only read when
 * the checks run, and that is where its refusals (CSV errors) show (ingest.ts).
 */
export async function readRaw(connection: DuckDBConnection, files: SniffedFile[], { onBytes, fixed = {}, bulk = true }: RawOptions): Promise<RecordJson | null> {
  const [file] = files;
  if (file.format === 'csv' && bulk && files.every((f) => f.format === 'csv' && f.fastPath)) {
    const total = file.header.length + OVERFLOW;
    const lazy = await readLazily(connection, files as Array<SniffedFile & { format: 'csv' }>, total);
    await finishRaw(connection, file.match.kind, file.header, file.match.columns, total, { ...file.match.layout.fixed, ...fixed });
    return { ...recordJson(file.match.columns), lazy };
  }
  if (files.length > 1) return null;
  if (file.format === 'opendata-json') {
    const header = ['regio', 'van', 'tot', 'omschrijving'];
    await createRawFile(connection, header.length);
    await appendRecords(connection, readHolidaysJson(file.path, file.name), header.length);
    const columns = new Map(header.map((field, i) => [field, i]));
    await finishRaw(connection, 'vakanties', header, columns, header.length, {});
    return recordJson(columns);
  }
  const { match, header, delimiter, hasHeader } = file;
  const total = header.length + OVERFLOW;
  await createRawFile(connection, total);
  const records = csvRecords(decodeFile(file.path, file.encoding, onBytes), delimiter);
  try {
    await appendRecords(connection, hasHeader ? skipHeader(records) : records, total);
  } catch (error) {
    if (!(error instanceof RunawayQuote)) throw error;
    const limit = ingestLimits.maxQuotedFieldChars.toLocaleString('nl-NL');
    throw new UserError(
      `${file.name}: het aanhalingsteken op regel ${error.line} sluit niet (na ${limit} tekens); het bestand is kapot en niet geladen`,
      `${file.name}: the quote opened on line ${error.line} does not close (after ${limit} characters); the file is broken and was not loaded`,
    );
  }
  await finishRaw(connection, match.kind, header, match.columns, total, { ...match.layout.fixed, ...fixed });
  return recordJson(match.columns);
}

/** Files read by DuckDB's reader (readLazily): what reading them again takes. */
export interface LazyCsv {
  /** The files in part order (part 1 first). */
  paths: string[];
  delimiter: string;
  hasHeader: boolean;
  /** Columns read per record (the header's and the overflow). */
  total: number;
  /** Size and modification time of each file when it was read: a file read again must not have changed. */
  stamps: string[];
}

/** A DuckDB error that says its CSV reader would not take the files as they are. */
export const isCsvRefusal = (error: unknown): boolean => error instanceof Error && /CSV Error|Maximum line size/i.test(error.message);

/**
 * DuckDB's reader over the files, as the view raw_records, for files it can take as they are
 * (issue 9 item 9): no copy is made (copying the text into a table cost as much as checking it).
 * Its `line` is NULL: DuckDB keeps the order of the records through the check pass, so a record's
 * line is its place among its file's checked rows (check-rows.ts). strict_mode makes DuckDB refuse
 * what it would otherwise lose without a word: fields beyond the overflow columns (csvRecords
 * keeps them, so the two readers disagreed on a record with a trailing extra field) and a line
 * over its 2 MB limit (which csvRecords quarantines); the files are then read by csvRecords.
 * A view takes no parameters: the paths and the delimiter are written in as quoted text.
 */
async function readLazily(connection: DuckDBConnection, files: Array<SniffedFile & { format: 'csv' }>, total: number): Promise<LazyCsv> {
  const [{ delimiter, hasHeader }] = files;
  const lazy: LazyCsv = { paths: files.map((f) => f.path), delimiter, hasHeader, total, stamps: files.map((f) => stampOf(f.path)) };
  const paths = `[${lazy.paths.map(sqlText).join(', ')}]`;
  await connection.run(
    `CREATE OR REPLACE TEMP VIEW raw_records AS
     SELECT ${files.length > 1 ? 'file_index::INTEGER + 1' : '1'} AS part, NULL::BIGINT AS line, *
     FROM ${csvReader(lazy, paths, sqlText(delimiter))}`,
  );
  return lazy;
}

/** read_csv of the files (`paths`: SQL of a path or a list of them), every column as text. */
function csvReader({ hasHeader, total }: LazyCsv, paths: string, delimiter: string): string {
  return `read_csv(${paths}, delim = ${delimiter}, header = ${hasHeader}, auto_detect = false,
                   columns = ${columnsStruct(total)}, null_padding = true, nullstr = chr(${MISSING.charCodeAt(0)}),
                   quote = '"', escape = '"', strict_mode = true)`;
}

const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;

const stampOf = (path: string) => {
  const { size, mtimeMs } = statSync(path);
  return `${size}:${mtimeMs}`;
};

/**
 * The records of the lines `lines` (SQL giving part, line) of lazily read files, read again into
 * the temp table raw_lines (part, line, c0..): a lazy read keeps no copy, and only rejected
 * records are wanted. Each file with such a line is read once more, its records numbered by
 * row_number() over them, which keeps their order (on one thread; it is one file).
 * A file that changed since it was read, or lacks a line it had, is refused (README "Niets kwijt":
 * a rejected row is never lost without a word): the ingest stops and rolls back.
 */
export async function rereadLines(connection: DuckDBConnection, lazy: LazyCsv, lines: string): Promise<void> {
  await connection.run(`CREATE OR REPLACE TEMP TABLE wanted_lines AS SELECT DISTINCT part, line FROM (${lines})`);
  await connection.run(`CREATE OR REPLACE TEMP TABLE raw_lines (part INTEGER, line BIGINT, ${textColumns(lazy.total)})`);
  const parts = await connection.runAndReadAll('SELECT part, max(line) FROM wanted_lines GROUP BY part ORDER BY part');
  const header = lazy.hasHeader ? 1 : 0;
  for (const [part, last] of parts.getRows().map((row) => row.map(Number))) {
    if (stampOf(lazy.paths[part - 1]) !== lazy.stamps[part - 1]) throw fileChanged(lazy.paths[part - 1]);
    // the reading stops at the last line wanted (LIMIT): on average half the file
    await connection.run(
      `INSERT INTO raw_lines
       SELECT $part, line, * EXCLUDE (line)
       FROM (SELECT row_number() OVER () + ${header} AS line, * FROM ${csvReader(lazy, '$path', '$delimiter')} LIMIT $records)
       WHERE line IN (SELECT line FROM wanted_lines WHERE part = $part)`,
      { part, path: lazy.paths[part - 1], delimiter: lazy.delimiter, records: last - header },
    );
  }
  const missing = await connection.runAndReadAll(
    'SELECT min(part) FROM wanted_lines w WHERE NOT EXISTS (SELECT 1 FROM raw_lines r WHERE r.part = w.part AND r.line = w.line)',
  );
  const part = missing.getRows()[0][0];
  if (part !== null) throw fileChanged(lazy.paths[Number(part) - 1]);
}

const fileChanged = (path: string) =>
  new UserError(
    `${basename(path)} is veranderd terwijl het werd ingelezen; er is niets geladen. Lees het opnieuw in als het bestand klaar is`,
    `${basename(path)} changed while it was being read; nothing was loaded. Ingest it again once the file is complete`,
  );

/** The columns c0.. of a record as text, for a CREATE TABLE. */
const textColumns = (count: number) => Array.from({ length: count }, (_, i) => `c${i} VARCHAR`).join(', ');

function columnsStruct(count: number): string {
  return `{${Array.from({ length: count }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ')}}`;
}

/** raw_file with the line of each record written in, for records that are not one line each. */
async function createRawFile(connection: DuckDBConnection, columns: number): Promise<void> {
  await connection.run(`CREATE OR REPLACE TEMP TABLE raw_file (line BIGINT, ${textColumns(columns)})`);
  await connection.run('CREATE OR REPLACE TEMP VIEW raw_records AS SELECT 1 AS part, * FROM raw_file');
}

async function* skipHeader<T>(records: AsyncIterable<T>): AsyncGenerator<T> {
  let first = true;
  for await (const record of records) {
    if (first) first = false; // the header was read when the file was recognised
    else yield record;
  }
}

/** Appends records to raw_file; fields past `columns` are kept in the last column as a marker. */
async function appendRecords(connection: DuckDBConnection, records: AsyncIterable<{ line: number; fields: string[] | typeof LINE_TOO_LONG }>, columns: number): Promise<void> {
  const appender = await connection.createAppender('raw_file');
  try {
    for await (const { line, fields } of records) {
      appender.appendBigInt(BigInt(line));
      if (fields === LINE_TOO_LONG) {
        // Only a marker in the last overflow column (never a contract field): finishRaw turns it
        // into the row's problem; nothing of the line is kept.
        for (let i = 0; i < columns; i++) {
          if (i === columns - 1) appender.appendVarchar(TOO_LONG_MARK);
          else appender.appendNull();
        }
        appender.endRow();
        continue;
      }
      for (let i = 0; i < columns; i++) {
        if (i === columns - 1 && fields.length > columns) appender.appendVarchar(fields.slice(i).join(' '));
        else if (i < fields.length) appender.appendVarchar(fields[i]);
        else appender.appendNull();
      }
      appender.endRow();
    }
  } finally {
    appender.closeSync();
  }
}

/**
 * The JSON of a record (raw_records, or raw_lines of a lazily read file) for the quarantine:
 * spec/inputs.md "Privacy", only the fields of its kind's contract (under their canonical names),
 * the BSN removed, every other value scrubbed of anything that could be a BSN; the export's other
 * columns (names, addresses, a second BSN column) are never stored.
 */
export interface RecordJson {
  sql: string;
  /** Field names enter as parameters, never as SQL text. */
  params: Record<string, string>;
  /** Set when DuckDB's reader reads the files lazily: lines are numbered and records read again from it. */
  lazy?: LazyCsv;
}

export function recordJson(columns: Map<string, number>, alias = 'raw_records'): RecordJson {
  const fields = [...columns].sort(([, a], [, b]) => a - b);
  const value = (field: string, i: number) =>
    field === 'bsn' ? `CASE WHEN blank(${alias}.c${i}) THEN ${alias}.c${i} ELSE '${BSN_REMOVED}' END` : `scrub_bsn(${alias}.c${i})`;
  const sql = `json_object(${fields.map(([field, i], n) => `$f${n}, ${value(field, i)}`).join(', ')})`;
  const params = Object.fromEntries(fields.map(([field], n) => [`f${n}`, field]));
  return { sql, params };
}

/**
 * raw_records (c0..c{total-1} by position) -> the view raw: one row per record, whether it is
 * filled (not empty), its fields under canonical names, and its width problem, if any: a record with fewer
 * fields than the header, or with text beyond it, is rejected with the counts, unchecked (empty
 * trailing fields are fine). So the width and the field checks come out of one pass.
 */
async function finishRaw(connection: DuckDBConnection, kind: Kind, header: string[], columns: Map<string, number>, total: number, fixed: Record<string, string>): Promise<void> {
  const width = trimmedWidth(header);
  const all = Array.from({ length: total }, (_, i) => `c${i}`);
  const fieldCount = `len(list_filter([${all.join(', ')}], x -> x IS NOT NULL))`;
  // A line of only spaces or only delimiters (Excel's empty row) is an empty line: skipped (by
  // the checked rows' view, check-rows.ts, not here: the checks keep the order of the records).
  // A CASE, not an OR: DuckDB works out every operand of an OR for every row, where a CASE stops
  // at the first filled field, the first on almost every row (a tenth of a check pass).
  const filled = `CASE ${all.map((c) => `WHEN tidy(${c}) <> '' THEN true`).join(' ')} ELSE false END`;
  const tooMany = all.slice(width).map((c) => `tidy(${c}) <> ''`).join(' OR ') || 'false';
  const maxLine = ingestLimits.maxLineChars.toLocaleString('nl-NL');
  const widthProblem = `CASE
    WHEN c${total - 1} = '${TOO_LONG_MARK}' THEN problem(NULL::VARCHAR, 'regel is langer dan ${maxLine} tekens', 'line is longer than ${maxLine} characters')
    WHEN c${width - 1} IS NULL THEN problem(NULL::VARCHAR, 'te weinig velden: ' || ${fieldCount} || ' in plaats van ${width}', 'too few fields: ' || ${fieldCount} || ' instead of ${width}')
    WHEN ${tooMany} THEN problem(NULL::VARCHAR, 'te veel velden: ' || ${fieldCount} || ' in plaats van ${width}', 'too many fields: ' || ${fieldCount} || ' instead of ${width}')
  END`;
  // A column of the file, else a fixed value (layout or --brin), else NULL. A DUO
  // vestigingsnummer (23XY00) in the BRIN column is split into BRIN and vestiging (macros.sql).
  const text = (field: string) =>
    columns.has(field) ? `c${columns.get(field)}` : field in fixed ? sqlText(fixed[field]) : 'NULL::VARCHAR';
  // the text fields a kind has (fields.ts): the columns of `raw`, whatever the layout
  const names = fieldNames(kind);
  const fields = names
    .map((field) => {
      if (field === 'brin') return `duo_brin(${text('brin')}) AS brin`;
      if (field === 'vestiging' && names.includes('brin')) return `duo_vestiging(${text('brin')}, ${text('vestiging')}) AS vestiging`;
      return `${text(field)} AS ${field}`;
    })
    .join(', ');
  await connection.run(
    `CREATE OR REPLACE TEMP VIEW raw AS
     SELECT part, line, ${filled} AS filled, ${fields}, ${widthProblem} AS width_problem
     FROM raw_records`,
  );
}

function trimmedWidth(header: string[]): number {
  return trimTrailingEmpty(header).length;
}

function trimTrailingEmpty(fields: string[]): string[] {
  let end = fields.length;
  while (end > 1 && fields[end - 1].trim() === '') end--;
  return fields.slice(0, end);
}
