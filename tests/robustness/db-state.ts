// What a database holds, compared without trusting the code under test: a fingerprint (row count
// and a hash of the sorted rows of every table) and an integrity check of the ingest bookkeeping.
// Both open the file with the DuckDB client directly, so a damaged file fails here, not later.

import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/** The validated tables an ingest writes (pipeline/db/schema.sql), each with a file_id. */
export const VALIDATED = [
  'scholen', 'vakanties', 'leerlingen', 'inschrijvingen', 'vrijstellingen',
  'trajecten', 'redenen', 'verzuim_events', 'verzuim_periods',
] as const;

export async function withConnection<T>(db: string, use: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(db);
  const connection = await instance.connect();
  try {
    return await use(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export async function rows(connection: DuckDBConnection, sql: string, params?: Record<string, string | number>): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql, params);
  return reader.getRowObjectsJS().map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])),
  );
}

/** Row count per table of the main schema. */
export async function tableCounts(db: string): Promise<Record<string, number>> {
  return withConnection(db, async (connection) => {
    const tables = await rows(connection, `SELECT table_name FROM duckdb_tables() WHERE NOT temporary AND schema_name = 'main' ORDER BY 1`);
    const counts: Record<string, number> = {};
    for (const { table_name } of tables) {
      const [{ n }] = await rows(connection, `SELECT count(*) AS n FROM "${String(table_name)}"`);
      counts[String(table_name)] = Number(n);
    }
    return counts;
  });
}

/**
 * Per table: "<rows>:<md5 of the sorted row hashes>". Timestamps and durations are left out (they
 * differ between two runs that load the same data); everything else, file_id included, counts.
 */
export async function fingerprint(db: string, only?: readonly string[]): Promise<Record<string, string>> {
  return withConnection(db, async (connection) => {
    const columns = await rows(
      connection,
      `SELECT table_name, list(column_name ORDER BY column_index) AS names
       FROM duckdb_columns() WHERE schema_name = 'main' AND NOT internal
         AND data_type NOT LIKE 'TIMESTAMP%' AND column_name NOT IN ('duration_ms')
       GROUP BY table_name ORDER BY table_name`,
    );
    const result: Record<string, string> = {};
    for (const { table_name, names } of columns) {
      const table = String(table_name);
      if (only && !only.includes(table)) continue;
      const list = (names as string[]).map((name) => `"${name}"`).join(', ');
      const [{ n, h }] = await rows(
        connection,
        `SELECT count(*) AS n, coalesce(md5(string_agg(r, ',' ORDER BY r)), '') AS h
         FROM (SELECT md5(row(${list})::VARCHAR) AS r FROM "${table}")`,
      );
      result[table] = `${n}:${h}`;
    }
    return result;
  });
}

/**
 * The ingest bookkeeping agrees with the data. Returns the problems found (empty: all well).
 * Rows of a file can later be replaced by a corrected re-export, so per file the rows left are
 * at most rows_loaded, and over all files loaded - replaced = rows present.
 */
export async function integrityProblems(db: string): Promise<string[]> {
  return withConnection(db, async (connection) => {
    const problems: string[] = [];
    const unionRows = VALIDATED.map((t) => `SELECT file_id, '${t}' AS tbl FROM ${t}`).join(' UNION ALL ');
    const check = async (label: string, sql: string) => {
      const found = await rows(connection, sql);
      if (found.length > 0) problems.push(`${label}: ${JSON.stringify(found.slice(0, 5))}`);
    };
    await check('rows whose file_id has no ingest_files row',
      `SELECT DISTINCT tbl, file_id FROM (${unionRows}) WHERE file_id NOT IN (SELECT file_id FROM ingest_files)`);
    await check('quarantine rows whose file_id has no ingest_files row',
      `SELECT DISTINCT file_id FROM quarantine WHERE file_id NOT IN (SELECT file_id FROM ingest_files)`);
    await check('rows of a file that was skipped as already loaded',
      `SELECT DISTINCT tbl, file_id FROM (${unionRows}) WHERE file_id IN (SELECT file_id FROM ingest_files WHERE status <> 'loaded')`);
    await check('a file with more rows present than it loaded',
      `SELECT f.file_id, f.rows_loaded, count(r.file_id) AS present
       FROM ingest_files f LEFT JOIN (${unionRows}) r USING (file_id) GROUP BY ALL HAVING count(r.file_id) > f.rows_loaded`);
    await check('quarantine lines per file differ from rows_rejected',
      `SELECT f.file_id, f.rows_rejected, count(DISTINCT q.line) AS quarantined
       FROM ingest_files f LEFT JOIN quarantine q USING (file_id) GROUP BY ALL HAVING count(DISTINCT q.line) <> f.rows_rejected`);
    await check('loaded - replaced differs from the rows present',
      `SELECT * FROM (SELECT (SELECT coalesce(sum(rows_loaded - rows_replaced), 0) FROM ingest_files) AS bookkept,
                             (SELECT count(*) FROM (${unionRows})) AS present) WHERE bookkept <> present`);
    await check('ingest_files of a run that has no ingest_runs row',
      `SELECT DISTINCT run_id FROM ingest_files WHERE run_id NOT IN (SELECT run_id FROM ingest_runs)`);
    await check('ingest_runs totals differ from their files',
      `SELECT r.run_id FROM ingest_runs r LEFT JOIN ingest_files f USING (run_id)
       GROUP BY r.run_id, r.files, r.rows_loaded, r.rows_rejected
       HAVING count(f.file_id) <> r.files OR coalesce(sum(f.rows_loaded), 0) <> r.rows_loaded OR coalesce(sum(f.rows_rejected), 0) <> r.rows_rejected`);
    // the absence views drop a stored row whose school and code are not in school_codes (pipeline/db/absence-rows.ts)
    await check('absence rows whose school_code_no has no school_codes row',
      `SELECT DISTINCT school_code_no FROM (SELECT school_code_no FROM verzuim_event_rows UNION ALL SELECT school_code_no FROM verzuim_period_rows)
       WHERE school_code_no NOT IN (SELECT school_code_no FROM school_codes)`);
    await check('a school code numbered twice, or a number given twice',
      `SELECT brin, vestiging, code FROM school_codes GROUP BY ALL HAVING count(*) > 1
       UNION ALL SELECT school_code_no::VARCHAR, NULL, NULL FROM school_codes GROUP BY ALL HAVING count(*) > 1`);
    await check('a content hash loaded twice',
      `SELECT sha256, count(*) AS n FROM ingest_files WHERE status = 'loaded' GROUP BY ALL HAVING count(*) > 1`);
    return problems;
  });
}

/** The monitor's tables agree with each other: every month is complete in each of them. */
export async function monitorProblems(db: string): Promise<string[]> {
  return withConnection(db, async (connection) => {
    const problems: string[] = [];
    const found = await rows(
      connection,
      `WITH classified AS (SELECT strftime(peildatum, '%Y-%m') AS maand, count(*) AS n FROM classifications GROUP BY 1),
            counted AS (SELECT maand, sum(aantal) AS n FROM monitor_counts WHERE dimensie = 'totaal' GROUP BY 1),
            targets AS (SELECT DISTINCT maand FROM monitor_targets)
       SELECT coalesce(c.maand, m.maand, t.maand) AS maand, c.n AS classified, m.n AS counted, t.maand IS NOT NULL AS has_targets
       FROM classified c FULL JOIN counted m USING (maand) FULL JOIN targets t USING (maand)
       WHERE c.n IS DISTINCT FROM m.n OR t.maand IS NULL OR c.maand IS NULL`,
    );
    if (found.length > 0) problems.push(`months incomplete across classifications, monitor_counts, monitor_targets: ${JSON.stringify(found)}`);
    return problems;
  });
}
