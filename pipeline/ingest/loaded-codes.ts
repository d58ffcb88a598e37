// The codes of a file's loaded absence rows, each with the category it got and how many rows:
// the ingest summary lists them, so whoever adds a source system sees at once whether every code
// of the export lands in the category the school means (README "Een eigen bronsysteem toevoegen").
// From the counts the check pass leaves anyway (check-rows.ts code_counts_n), less the duplicate
// lines, which are not loaded: no pass over the rows of its own.

import type { DuckDBConnection } from '@duckdb/node-api';
import { checkedTable, codeCountsTable, duplicatesTable, type Stage } from './stage.js';

export interface LoadedCode {
  code: string;
  categorie: string;
  count: number;
}

/**
 * Per file of an absence stage (index part - 1), its loaded codes, the most frequent first. Runs
 * while the checked rows are there (before releaseCheckedRows), once duplicates are known;
 * `duplicates` false: the stage has none, and no checked row is read.
 */
export async function loadedCodesOf(connection: DuckDBConnection, stage: Stage, parts: number, duplicates: boolean): Promise<LoadedCode[][]> {
  const counted = `SELECT part, code, categorie, n FROM ${codeCountsTable(stage)}`;
  const notLoaded = `SELECT c.part, c.code, c.categorie, -count(*) AS n
     FROM ${checkedTable(stage)} c JOIN ${duplicatesTable(stage)} d ON d.part = c.part AND d.line = c.line
     GROUP BY ALL`;
  const reader = await connection.runAndReadAll(
    `SELECT part, code, categorie, sum(n)::BIGINT AS n
     FROM (${duplicates ? `${counted} UNION ALL ${notLoaded}` : counted})
     GROUP BY ALL HAVING sum(n) > 0
     ORDER BY part, n DESC, code, categorie`,
  );
  const perPart: LoadedCode[][] = Array.from({ length: parts }, () => []);
  for (const [part, code, categorie, n] of reader.getRows()) {
    perPart[Number(part) - 1].push({ code: String(code), categorie: String(categorie), count: Number(n) });
  }
  return perPart;
}
