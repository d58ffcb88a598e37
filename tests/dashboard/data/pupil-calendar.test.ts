// A pupil's calendar lists a day's codes in code order, whatever order the rows were stored in
// (an ingest stores them in no fixed order: the same export twice can come out differently).

import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, test } from 'vitest';
import { sqlFile } from '../../../pipeline/db/sql-file.js';

async function calendarCodes(events: Array<[code: string, categorie: string]>): Promise<unknown> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`
      CREATE TABLE leerlingen (leerling_id VARCHAR, pupil_key VARCHAR, pupil_no INTEGER);
      CREATE TABLE inschrijvingen (pupil_key VARCHAR, brin VARCHAR, vestiging VARCHAR, van DATE, tot DATE);
      CREATE TABLE scholen (brin VARCHAR, vestiging VARCHAR, regio VARCHAR, uren_per_dag DOUBLE);
      CREATE TABLE vakanties (regio VARCHAR, brin VARCHAR, vestiging VARCHAR, van DATE, tot DATE, omschrijving VARCHAR);
      CREATE TABLE verzuim_events (pupil_no INTEGER, brin VARCHAR, vestiging VARCHAR, datum DATE, uren DOUBLE, code VARCHAR, categorie VARCHAR);
      CREATE TABLE verzuim_periods (pupil_no INTEGER, brin VARCHAR, vestiging VARCHAR, van DATE, tot DATE, code VARCHAR, categorie VARCHAR);
      INSERT INTO leerlingen VALUES ('L1', 'pk-1', 1);
      INSERT INTO inschrijvingen VALUES ('pk-1', '12AB', '00', DATE '2025-08-01', NULL);
      INSERT INTO scholen VALUES ('12AB', '00', 'zuid', 5);`);
    for (const [code, categorie] of events) {
      await connection.run(`INSERT INTO verzuim_events VALUES (1, '12AB', '00', DATE '2025-09-08', 1, $code, $categorie)`, { code, categorie });
    }
    const reader = await connection.runAndReadAll(sqlFile('dashboard/data/sql/pupil-calendar.sql'), {
      brin: '12AB', leerling_id: 'L1', van: '2025-09-08', tot: '2025-09-08', peildatum: '2025-09-30', defaultHours: 5,
    });
    return reader.getRowObjectsJS().map((row) => row.codes);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('pupil-calendar.sql', () => {
  test("a day's codes in code order, within and across categories, in either order stored", async () => {
    // Monday 8 September 2025: TL and O ongeoorloofd, Z ziek, M geoorloofd (O twice: listed once)
    const stored: Array<[string, string]> = [['TL', 'ongeoorloofd'], ['Z', 'ziek'], ['O', 'ongeoorloofd'], ['M', 'geoorloofd'], ['O', 'ongeoorloofd']];
    expect(await calendarCodes(stored)).toEqual(['M, O, TL, Z']);
    expect(await calendarCodes([...stored].reverse())).toEqual(['M, O, TL, Z']);
  });

  test('codes of different categories that interleave are still in code order', async () => {
    // A and Z ongeoorloofd, B ziek: one list A, B, Z (not the categories' lists 'A, Z' then 'B')
    const stored: Array<[string, string]> = [['Z', 'ongeoorloofd'], ['B', 'ziek'], ['A', 'ongeoorloofd']];
    expect(await calendarCodes(stored)).toEqual(['A, B, Z']);
    expect(await calendarCodes([...stored].reverse())).toEqual(['A, B, Z']);
  });
});
