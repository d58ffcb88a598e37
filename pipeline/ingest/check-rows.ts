// Runs a kind's checks (checks/<kind>.sql) over `raw`: every problem becomes a rejection with
// line, column and reason; the rows without problems get their pupil_key and are staged.

import { blobValue, type DuckDBConnection } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { queryNumber } from '../db/query-number.js';
import { sqlFile } from '../db/sql-file.js';
import type { CodeTable } from './absence-codes.js';
import type { Kind } from './layouts.js';
import type { RecordJson } from './read-raw.js';
import { checkedTable, createStageView, rejectionsTable, type Stage } from './stage.js';
import type { TableName } from './tables.js';

/** The macros the checks use, and the code table as a temp table; once per connection. */
export async function prepareChecks(connection: DuckDBConnection, codes: CodeTable): Promise<void> {
  await connection.run(sqlFile('pipeline/ingest/checks/macros.sql'));
  await connection.run('CREATE OR REPLACE TEMP TABLE absence_codes (code_key VARCHAR PRIMARY KEY, categorie VARCHAR NOT NULL)');
  const appender = await connection.createAppender('absence_codes');
  for (const [code, categorie] of codes) {
    appender.appendVarchar(code);
    appender.appendVarchar(categorie);
    appender.endRow();
  }
  appender.closeSync();
}

export interface CheckOptions {
  stage: Stage;
  kind: Kind;
  /** Hours one absence row stands for when it has none (a lesson). */
  hoursPerRow: number;
  secret: string;
  record: RecordJson;
}

/** Checks the file in `raw`; returns the tables it has staged rows for. */
export async function checkRows(connection: DuckDBConnection, { stage, kind, hoursPerRow, secret, record }: CheckOptions): Promise<TableName[]> {
  const hasBsn = kind !== 'scholen' && kind !== 'vakanties';
  if (hasBsn) await bsnDictionary(connection, secret);
  const params: Record<string, number> = kind.startsWith('verzuim') ? { hours_per_row: hoursPerRow } : {};
  const checked = checkedTable(stage);
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${checked} AS ${sqlFile(`pipeline/ingest/checks/${kind}.sql`)}`, params);
  // Rebuilding records reads the file again: only when there is something to reject.
  if ((await queryNumber(connection, `SELECT count(*) FROM ${checked} WHERE len(problems) > 0`)) > 0) {
    await connection.run(
      `INSERT INTO ${rejectionsTable(stage)}
       SELECT p.line, p.problem."column", p.problem.nl, p.problem.en, ${record.sql}
       FROM (SELECT line, unnest(problems) AS problem FROM ${checked} WHERE len(problems) > 0) p
       JOIN raw_file USING (line)`,
      record.params,
    );
  }
  // A per-period export also yields events (a period within one day between two lessons).
  const targets: TableName[] = kind === 'verzuim_periods' ? ['verzuim_periods', 'verzuim_events'] : [kind];
  for (const table of targets) await createStageView(connection, table, stage);
  return targets;
}

/**
 * Every distinct BSN text of the file, checked once (a pupil has hundreds of absence rows, and
 * the elfproef is the costliest check) and, when valid, pseudonymised. spec/inputs.md "Privacy":
 * HMAC-SHA256(secret, BSN), computed in SQL as sha256(outer_pad || sha256(inner_pad || bsn)); the
 * pads are derived from the secret here and passed as parameters, so the secret is never stored.
 */
async function bsnDictionary(connection: DuckDBConnection, secret: string): Promise<void> {
  const BLOCK = 64;
  let key = Buffer.from(secret, 'utf8');
  if (key.length > BLOCK) key = createHash('sha256').update(key).digest();
  const padded = Buffer.alloc(BLOCK);
  key.copy(padded);
  const pad = (byte: number) => blobValue(Uint8Array.from(padded, (b) => b ^ byte));
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE bsn_dictionary AS
     SELECT bsn_text, problem,
            CASE WHEN problem IS NULL THEN sha256($outer || unhex(sha256($inner || encode(bsn)))) END AS pupil_key
     FROM (
       SELECT bsn_text, bsn, check_bsn(bsn_text, bsn) AS problem
       FROM (SELECT bsn_text, bsn_of(bsn_text) AS bsn FROM (SELECT DISTINCT coalesce(bsn, '') AS bsn_text FROM raw))
     )`,
    { inner: pad(0x36), outer: pad(0x5c) },
  );
}
