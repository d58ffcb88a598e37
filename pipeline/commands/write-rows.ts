// Writes result rows as CSV (UTF-8, header row, ',' delimiter, '\n' line ends) or as a JSON array,
// to a file or to stdout, batch by batch so a large result never has to fit in one string.

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { DuckDBConnection } from '@duckdb/node-api';
import Papa from 'papaparse';
import { UserError } from '../user-error.js';

export type OutputFormat = 'csv' | 'json';

export interface WriteRowsOptions<Row> {
  format: OutputFormat;
  /** Column names, in order. */
  fields: readonly string[];
  /** A file to write; without it, `stdout`. */
  out?: string;
  stdout?: Writable;
  /** How a row looks in the CSV (empty strings for empty values, fixed decimals). */
  csvRecord?: (row: Row) => Record<string, unknown>;
}

export async function writeRows<Row extends object>(
  batches: AsyncIterable<Row[]> | Iterable<Row[]>,
  { format, fields, out, stdout = process.stdout, csvRecord = (row) => row as Record<string, unknown> }: WriteRowsOptions<Row>,
): Promise<void> {
  const target = out === undefined ? stdout : await openFile(out);
  const write = async (text: string) => {
    if (!target.write(text)) await once(target, 'drain');
  };
  let first = true;
  if (format === 'csv') await write(`${Papa.unparse([fields as string[]], { newline: '\n' })}\n`);
  else await write('[');
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    if (format === 'csv') {
      const text = Papa.unparse(batch.map(csvRecord), { columns: fields as string[], header: false, newline: '\n' });
      await write(`${text}\n`);
    } else {
      const text = batch.map((row) => `\n  ${JSON.stringify(pick(row, fields))}`).join(',');
      await write(`${first ? '' : ','}${text}`);
    }
    first = false;
  }
  if (format === 'json') await write(first ? ']\n' : '\n]\n');
  if (out !== undefined) {
    target.end();
    await once(target, 'finish');
  }
}

/**
 * Writes the result of `select` (text columns, NULL for empty) to the file `out` as the same CSV
 * as writeRows, with DuckDB's own writer: for millions of rows, where turning each value into a
 * JavaScript one costs more than the work that made it. The file is opened here first, so an
 * unwritable path gives the same message as writeRows.
 */
export async function copyCsv(connection: DuckDBConnection, select: string, out: string): Promise<void> {
  const file = await openFile(out);
  file.end();
  await once(file, 'finish');
  // COPY takes no parameter for its target: the path is quoted as an SQL string literal.
  await connection.run(`COPY (${select}) TO '${out.replaceAll("'", "''")}' (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"')`);
}

function pick(row: object, fields: readonly string[]): Record<string, unknown> {
  const record = row as Record<string, unknown>;
  return Object.fromEntries(fields.map((field) => [field, record[field] ?? null]));
}

async function openFile(file: string): Promise<Writable> {
  const stream = createWriteStream(file);
  try {
    await once(stream, 'open');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`kan ${file} niet schrijven (${reason})`, `cannot write ${file} (${reason})`);
  }
  return stream;
}
