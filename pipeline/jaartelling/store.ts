// jaartelling.md §5: the count as the pages read it (results.sql `jaartelling`,
// `jaartelling_leerlingen`). A run replaces the school year's rows in ONE transaction, as the
// monitor replaces its months: a failed or killed run leaves the database as it was.
// Needs the temp table `line_members` of computeJaartelling on the same connection.

import type { DuckDBConnection } from '@duckdb/node-api';
import type { Figure } from './count.js';

export async function storeJaartelling(
  connection: DuckDBConnection,
  { schooljaar, figures, now = new Date() }: { schooljaar: string; figures: Figure[]; now?: Date },
): Promise<void> {
  await connection.run('BEGIN TRANSACTION');
  try {
    await connection.run('DELETE FROM jaartelling WHERE schooljaar = $schooljaar', { schooljaar });
    await connection.run('DELETE FROM jaartelling_leerlingen WHERE schooljaar = $schooljaar', { schooljaar });
    const insert = await connection.prepare(
      'INSERT INTO jaartelling VALUES ($schooljaar, $tot::DATE, $regel, $onderwijssoort, $aantal, $berekend::TIMESTAMP)');
    try {
      for (const f of figures) {
        insert.bind({ ...f, berekend: now.toISOString() });
        await insert.run();
      }
    } finally {
      insert.destroySync();
    }
    await connection.run(
      `INSERT INTO jaartelling_leerlingen
       SELECT $schooljaar, regel, onderwijssoort, leerling_id FROM line_members ORDER BY regel, onderwijssoort, leerling_id`,
      { schooljaar });
    await connection.run('COMMIT');
  } catch (error) {
    await connection.run('ROLLBACK');
    throw error;
  }
}
