// Runs a kind's checks (checks/<kind>.sql) over `raw`: it returns the problems (line, column and
// reason), which ingest.ts turns into rejections together with the duplicates; the rows without
// problems get their pupil_key (and are staged by createStageView once duplicates are known).

import { blobValue, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { queryNumber } from '../db/run-sql.js';
import { sqlFile } from '../db/sql-file.js';
import { ingestLimits } from '../settings.js';
import { createCodeTable, useCodesOf, type CodeTable } from './absence-codes.js';
import { fieldNames } from './fields.js';
import type { Kind } from './layouts.js';
import type { RecordJson } from './read-raw.js';
import { bsnsTable, checkedRowsTable, checkedTable, codeCountsTable, keysTable, type Stage } from './stage.js';
import type { TableName } from './tables.js';

/** The macros the checks use, the code table as a temp table, and the run's pseudonyms so far (none); once per run. */
export async function prepareChecks(connection: DuckDBConnection, codes: CodeTable): Promise<void> {
  await connection.run(`CREATE OR REPLACE TEMP MACRO max_identifier_length() AS ${Number(ingestLimits.maxIdentifierLength)}`);
  await connection.run(sqlFile('pipeline/ingest/checks/macros.sql'));
  await createCodeTable(connection, codes);
  await connection.run('CREATE OR REPLACE TEMP TABLE run_keys (bsn BIGINT, pupil_key VARCHAR)');
}

export interface CheckOptions {
  stage: Stage;
  kind: Kind;
  /** The file's layout: its own rows of the code table apply (absence-codes.ts). */
  layout: string;
  /** Hours one absence row stands for when it has none (a lesson). */
  hoursPerRow: number;
  /** The run's HMAC pads (hmacPads), derived from the secret once per run. */
  pads: HmacPads;
  record: RecordJson;
}


export interface Checked {
  /** The tables it has staged rows for. */
  tables: TableName[];
  /** Per file of the stage (part 1 first): records read (checked), and those with at least one problem. */
  parts: Array<{ read: number; refused: number }>;
  /** The problems as rejections for addRejections (part, line, column, nl, en, value); null: none. */
  rejections: string | null;
}

/**
 * Checks the files in `raw` (`parts` of them) in one pass (a record of the wrong width gets only
 * that problem); returns the problems as rejections, which the caller adds with the duplicates.
 */
export async function checkRows(connection: DuckDBConnection, { stage, kind, layout, hoursPerRow, pads, record }: CheckOptions, parts = 1): Promise<Checked> {
  const params: Record<string, number> = kind.startsWith('verzuim') ? { hours_per_row: hoursPerRow } : {};
  if (kind.startsWith('verzuim')) await useCodesOf(connection, layout);
  // The checked rows keep the parsed values only: the texts (*_text) and the single checks
  // (*_problem, width_problem) served the checks. A row
  // without problems has NULL, not an empty list: the tests on it that follow read no list.
  // Every record read is kept, in the order read (no join reorders them), so that the records
  // DuckDB's reader read straight into this pass get their line from their place (numberLines).
  await connection.run(checkStatement(kind, stage, record.lazy !== undefined), params);
  await numberLines(connection, { stage, kind, record, parts });
  if (hasBsn(kind)) await checkElfproef(connection, stage);
  const checked = checkedTable(stage);
  const counts = await connection.runAndReadAll(`SELECT part, count(*) AS n, count(problems) AS refused FROM ${checked} GROUP BY part`);
  // a file without records (only a header) has no group: it read 0
  const perPart = Array.from({ length: parts }, () => ({ read: 0, refused: 0 }));
  for (const [part, read, refused] of counts.getRows().map((row) => row.map(Number))) perPart[part - 1] = { read, refused };
  // Most files have no bad row: then there are no rejections to add (a statement costly to set up).
  const rejections = perPart.some((p) => p.refused > 0)
    ? `SELECT part, line, problem."column", problem.nl, problem.en, problem."value"
       FROM (SELECT part, line, unnest(problems) AS problem FROM ${checked} WHERE problems IS NOT NULL)`
    : null;
  if (hasBsn(kind)) await pupilKeys(connection, stage, pads); // from checkElfproef's bsns_n
  if (kind.startsWith('verzuim')) await countCodes(connection, stage);
  return { tables: targetsOf(kind), parts: perPart, rejections };
}

/** A kind whose rows name a pupil by BSN: its BSNs pass the elfproef (checkElfproef). */
const hasBsn = (kind: Kind): boolean => fieldNames(kind).includes('bsn');

/** The tables a kind's rows go to: a per-period export also yields events (a period within one day between two lessons). */
const targetsOf = (kind: Kind): TableName[] => (kind === 'verzuim_periods' ? ['verzuim_periods', 'verzuim_events'] : [kind]);

/**
 * The check pass of a kind over `raw`, into checked_rows_n (tests read its plan). A column that
 * is the same on every row is not stored (the view checked_n adds it): the target of a kind with
 * one table, and the line of a lazily read file (numbered from its place): each cost about a
 * tenth of the pass over a million rows.
 */
export function checkStatement(kind: Kind, stage: Stage, lazy = false): string {
  const unstored = [...(targetsOf(kind).length === 1 ? ['target'] : []), ...(lazy ? ['line'] : [])];
  const stored = ["c <> 'problems'", "NOT suffix(c, '_text')", "NOT suffix(c, '_problem')", ...unstored.map((c) => `c <> '${c}'`)];
  // a kind with BSNs: whether the row's BSN fails the elfproef, set by checkElfproef
  const elfproef = hasBsn(kind) ? ', NULL::BOOLEAN AS fails_elfproef' : '';
  return `CREATE OR REPLACE TEMP TABLE ${checkedRowsTable(stage)} AS
     SELECT COLUMNS(c -> ${stored.join(' AND ')}),
       CASE WHEN k.width_problem IS NOT NULL THEN [k.width_problem] WHEN len(k.problems) > 0 THEN k.problems END AS problems${elfproef}
     FROM (${sqlFile(`pipeline/ingest/checks/${kind}.sql`)}) k`;
}

/** The checked rows of lazily read files do not sit file after file: the files are read again one by one. */
export class LinesOutOfOrder extends Error {}

/**
 * The view checked_n over the checked rows: the filled records only (an empty line is skipped),
 * each with its line. Records read by csvRecords carry their line; those DuckDB's reader read
 * straight into the check pass (record.lazy) are numbered from their place: the pass keeps the
 * order read (DuckDB keeps insertion order through a projection), so record n (from 0) of a file
 * is line n + 2 (n + 1 without a header). That the rows of each file sit together is checked: a
 * reader that ever interleaved files would throw LinesOutOfOrder.
 */
async function numberLines(connection: DuckDBConnection, { stage, kind, record, parts }: { stage: Stage; kind: Kind; record: RecordJson; parts: number }): Promise<void> {
  const rows = checkedRowsTable(stage);
  let line = 'line';
  if (record.lazy) {
    const reader = await connection.runAndReadAll(`SELECT part, min(rowid), max(rowid), count(*) FROM ${rows} GROUP BY part`);
    const first = new Map<number, number>();
    for (const [part, min, max, count] of reader.getRows().map((row) => row.map(Number))) {
      if (!(part >= 1 && part <= parts) || max - min + 1 !== count) throw new LinesOutOfOrder(`${rows}: part ${part}`);
      first.set(part, min);
    }
    // a file of only a header has no rows, and needs no offset
    const offset = first.size === 0 ? '0' : `CASE part ${[...first].map(([part, min]) => `WHEN ${part} THEN ${min}`).join(' ')} END`;
    line = `rowid - ${offset} + ${record.lazy.hasHeader ? 2 : 1}`;
  }
  // the columns checkStatement did not store: a kind with one table has it as its target
  const target = targetsOf(kind).length === 1 ? `'${kind}' AS target, ` : '';
  const excluded = ['part', ...(record.lazy ? [] : ['line']), 'filled', ...(hasBsn(kind) ? ['fails_elfproef'] : [])];
  // a BSN failing the elfproef is the row's first problem, where check_bsn's own go
  const replaced = hasBsn(kind)
    ? ' REPLACE (CASE WHEN fails_elfproef THEN list_prepend(elfproef_problem(), coalesce(problems, [])) ELSE problems END AS problems)'
    : '';
  await connection.run(
    `CREATE OR REPLACE TEMP VIEW ${checkedTable(stage)} AS
     SELECT part, (${line})::BIGINT AS line, ${target}* EXCLUDE (${excluded.join(', ')})${replaced} FROM ${rows} WHERE filled`,
  );
}

/**
 * spec/inputs.md: a BSN passes the elfproef. Worked out once per BSN of the stage, not on every
 * row: a pupil has hundreds of absence rows, and per row it cost about a tenth of the check pass.
 * bsns_n holds the BSNs of the stage's records (checked_n), whether each passes, and whether some
 * record of it has no other problem (pupilKeys gives those a pseudonym); made before any is marked. The rows of a BSN that fails are marked
 * (fails_elfproef, which the view checked_n turns into the problem). An UPDATE of a BOOLEAN is made
 * in place, so the rows stay where they are, as the lines of lazily read files need (an UPDATE of
 * the problems list itself would move them). A record of the wrong width keeps its one problem:
 * the width problems (read-raw.ts finishRaw) are the only ones without a column.
 */
async function checkElfproef(connection: DuckDBConnection, stage: Stage): Promise<void> {
  const rows = checkedRowsTable(stage);
  const bsns = bsnsTable(stage);
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${bsns} AS
     SELECT bsn, passes_elfproef(bsn) AS passes, bool_or(problems IS NULL) AS clean FROM ${checkedTable(stage)} WHERE bsn IS NOT NULL GROUP BY bsn`,
  );
  if ((await queryNumber(connection, `SELECT count(*) FROM ${bsns} WHERE NOT passes`)) === 0) return;
  await connection.run(
    `UPDATE ${rows} SET fails_elfproef = true
     WHERE bsn IN (SELECT bsn FROM ${bsns} WHERE NOT passes) AND (problems IS NULL OR problems[1]."column" IS NOT NULL)`,
  );
}

/**
 * The stage's absence rows without problems, counted per file, school, code and category into
 * code_counts_n (the summary's codes, loaded-codes.ts), each group numbered within the stage
 * (code_no): the staged rows carry that one number for their file, school, code and category
 * (stage.ts stageAbsenceRows), and merging numbers the schools and codes for the database
 * (pipeline/db/absence-rows.ts).
 */
async function countCodes(connection: DuckDBConnection, stage: Stage): Promise<void> {
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${codeCountsTable(stage)} AS
     SELECT row_number() OVER ()::INTEGER AS code_no, *
     FROM (SELECT part, brin, vestiging, code, categorie, count(*) AS n FROM ${checkedTable(stage)} WHERE problems IS NULL GROUP BY ALL)`,
  );
}

export interface HmacPads {
  inner: DuckDBValue;
  outer: DuckDBValue;
}

/**
 * spec/inputs.md "Privacy": the pseudonym is HMAC-SHA256(secret, BSN), computed in SQL as
 * sha256(outer_pad || sha256(inner_pad || the 9 digits)). The pads are derived from the secret
 * here and passed as parameters, so the secret is never stored.
 */
export function hmacPads(secret: string): HmacPads {
  const BLOCK = 64;
  let key = Buffer.from(secret, 'utf8');
  if (key.length > BLOCK) key = createHash('sha256').update(key).digest();
  const padded = Buffer.alloc(BLOCK);
  key.copy(padded);
  const pad = (byte: number) => blobValue(Uint8Array.from(padded, (b) => b ^ byte));
  return { inner: pad(0x36), outer: pad(0x5c) };
}

/**
 * The pseudonym of every BSN the stage loads (one that passes the elfproef, on a row without
 * problems: bsns_n) into its temp table keys_n (per stage, so the join that staging makes stays
 * the size of the files, not of the country). Computed once per BSN of the run, not per row nor
 * per file: a pupil has hundreds of absence rows, and the files of a run name the same pupils
 * (lessons, hours and periods of one region); run_keys keeps them (a temp table, outside the
 * database file like all staging; made anew for each run by prepareChecks, as a run has one key).
 */
async function pupilKeys(connection: DuckDBConnection, stage: Stage, pads: HmacPads): Promise<void> {
  const loaded = `(SELECT bsn FROM ${bsnsTable(stage)} WHERE passes AND clean) b`;
  await connection.run(
    `INSERT INTO run_keys
     SELECT bsn, sha256($outer || unhex(sha256($inner || encode(bsn_text(bsn))))) FROM ${loaded} ANTI JOIN run_keys USING (bsn)`,
    { inner: pads.inner, outer: pads.outer },
  );
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${keysTable(stage)} AS
     SELECT bsn, pupil_key, NULL::INTEGER AS pupil_no -- numbered when the file is merged (pupil-numbers.ts)
     FROM ${loaded} JOIN run_keys USING (bsn)`,
  );
}
