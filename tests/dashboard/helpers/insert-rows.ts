import type { DuckDBConnection } from '@duckdb/node-api';

type Value = string | number | boolean | null;

/** Inserts plain objects into a table, in batches, with parameters (never pasted values). */
export async function insertRows(connection: DuckDBConnection, table: string, rows: Record<string, Value>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const quoted = columns.map((c) => `"${c}"`).join(', ');
  for (let start = 0; start < rows.length; start += 200) {
    const batch = rows.slice(start, start + 200);
    const params: Record<string, Value> = {};
    const tuples = batch.map((row, r) =>
      `(${columns
        .map((column, c) => {
          const name = `p${r}_${c}`;
          params[name] = row[column] ?? null;
          return `$${name}`;
        })
        .join(', ')})`,
    );
    await connection.run(`INSERT INTO ${table} (${quoted}) VALUES ${tuples.join(', ')}`, params);
  }
}
