import type { DuckDBConnection } from '@duckdb/node-api';
import { numberPupils } from '../../../pipeline/ingest/pupil-numbers.js';
import { TABLES } from '../../../pipeline/ingest/tables.js';

type Value = string | number | boolean | null;

/**
 * Inserts plain objects into a table, in batches, with parameters (never pasted values). A row
 * with a pupil_key gets its pupil number as the ingest gives it (pipeline/ingest/pupil-numbers.ts).
 */
export async function insertRows(connection: DuckDBConnection, table: string, rows: Record<string, Value>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const numbered = carriesPupilNo(table) && columns.includes('pupil_key') && !columns.includes('pupil_no');
  if (numbered) await numberPupilKeys(connection, rows.map((row) => String(row.pupil_key)));
  const quoted = [...columns, ...(numbered ? ['pupil_no'] : [])].map((c) => `"${c}"`).join(', ');
  for (let start = 0; start < rows.length; start += 200) {
    const batch = rows.slice(start, start + 200);
    const params: Record<string, Value> = {};
    const tuples = batch.map((row, r) => {
      const values = columns.map((column, c) => {
        const name = `p${r}_${c}`;
        params[name] = row[column] ?? null;
        return `$${name}`;
      });
      if (numbered) values.push(`(SELECT pupil_no FROM pupil_numbers WHERE pupil_key = ${values[columns.indexOf('pupil_key')]})`);
      return `(${values.join(', ')})`;
    });
    await connection.run(`INSERT INTO ${table} (${quoted}) VALUES ${tuples.join(', ')}`, params);
  }
}

/** Gives these keys their numbers in pupil_numbers, as merging a file does. */
export async function numberPupilKeys(connection: DuckDBConnection, keys: string[]): Promise<void> {
  await connection.run('CREATE OR REPLACE TEMP TABLE fixture_keys (pupil_key VARCHAR, pupil_no INTEGER)');
  for (const key of new Set(keys)) await connection.run('INSERT INTO fixture_keys VALUES ($key, NULL)', { key });
  await numberPupils(connection, 'fixture_keys');
  await connection.run('DROP TABLE fixture_keys');
}

/** The validated tables whose rows carry the pupil's number beside its key (pipeline/ingest/tables.ts). */
export function carriesPupilNo(table: string): boolean {
  const spec = (TABLES as Record<string, { columns: ReadonlyArray<readonly [string, string]> }>)[table];
  return spec !== undefined && spec.columns.some(([name]) => name === 'pupil_no');
}
