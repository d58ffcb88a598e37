// spec/inputs.md 1.1: an unmapped absence code is a data error, and the ingest summary lists each
// unknown code with its school and count, so the code table can be completed in one go. The
// codes are also written as a code table with an empty category (<db>.onbekende-codes.csv), to
// be completed and passed with --codes.

import { writeFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { BSN_REMOVED } from '../privacy/scrub-bsn.js';
import { checkedTable, rejectionsTable, type Stage } from './stage.js';

export interface UnknownCode {
  code: string;
  brin: string;
  layout: string;
  count: number;
}

/**
 * The unknown codes of one checked file (`part` of the stage), per code and school. Read from the
 * checked rows only when the file's rejections name the code column (a small table): no pass in
 * the common case.
 */
export async function unknownCodesOf(connection: DuckDBConnection, stage: Stage, layout: string, part = 1): Promise<UnknownCode[]> {
  const any = await connection.runAndReadAll(`SELECT count(*) AS n FROM ${rejectionsTable(stage)} WHERE "column" = 'code' AND part = $part`, { part });
  if (Number(any.getRowObjectsJS()[0].n) === 0) return [];
  // A code field can hold anything, a BSN too (spec/inputs.md "Privacy"): scrubbed before it
  // reaches the summary or the file beside the database.
  const reader = await connection.runAndReadAll(
    `SELECT scrub_bsn(upper(code)) AS code, coalesce(brin, '') AS brin, count(*) AS n FROM ${checkedTable(stage)}
     WHERE problems IS NOT NULL AND categorie IS NULL AND part = $part GROUP BY ALL ORDER BY brin, code`,
    { part },
  );
  return reader.getRowObjectsJS().map((row) => ({ code: String(row.code), brin: String(row.brin), layout, count: Number(row.n) }));
}

/** The default place of the code table to complete: beside the database, like its key file. */
export const unknownCodesFileFor = (db: string) => `${db}.onbekende-codes.csv`;

/** One row per code, school and layout (counts of several files added), categorie left empty. */
export function mergeUnknownCodes(lists: UnknownCode[][]): UnknownCode[] {
  const merged = new Map<string, UnknownCode>();
  for (const entry of lists.flat()) {
    const key = `${entry.code}\t${entry.brin}\t${entry.layout}`;
    const earlier = merged.get(key);
    merged.set(key, earlier ? { ...earlier, count: earlier.count + entry.count } : { ...entry });
  }
  return [...merged.values()];
}

/** The table to complete; a code that was a BSN has nothing to complete and is left out. */
export function writeUnknownCodes(file: string, codes: UnknownCode[]): void {
  const field = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const lines = ['code;categorie;omschrijving;brin;layout'];
  for (const c of codes.filter((code) => !code.code.includes(BSN_REMOVED))) lines.push([field(c.code), '', `${c.count} ${c.count === 1 ? 'regel' : 'regels'}, vul de categorie in`, c.brin, c.layout].join(';'));
  writeFileSync(file, `${lines.join('\n')}\n`);
}
