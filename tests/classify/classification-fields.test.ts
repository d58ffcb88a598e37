// The classification's columns are listed once (pipeline/classify/classification-fields.ts); the
// SQL that has to spell them must name exactly the same columns:
//   results.sql                    the table `classifications`: §5 and the dashboard fields
//   peildatum/classification.sql   the temp table `classification` a run leaves (the monitor
//                                  copies it into `classifications` BY NAME)
//   export-classifications.sql     the analyst's download, the columns analyse-api.ts writes

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classificationFields, storedFields } from '../../pipeline/classify/classification-fields.js';
import { classifyPeildatum, dropClassificationTables, prepareHistory } from '../../pipeline/classify/classify.js';
import { readClassificationRows } from '../../pipeline/classify/classification-rows.js';
import { runSqlFile } from '../../pipeline/db/run-sql.js';
import type { Database } from '../../pipeline/db/open.js';
import { defaultSettings } from '../../pipeline/settings.js';
import { classificationColumns } from '../../dashboard/routes/analyse-api.js';
import { databaseWith, enrollment, pupil, school } from './fixtures.js';

const sorted = (names: readonly string[]) => [...names].sort();

let db: Database;
beforeAll(async () => {
  db = await databaseWith({ scholen: [school()], leerlingen: [pupil('L1')], inschrijvingen: [enrollment('L1')] });
});
afterAll(() => db?.close());

async function columnsOf(table: string): Promise<string[]> {
  const reader = await db.connection.runAndReadAll(`SELECT * FROM ${table} LIMIT 0`);
  return reader.columnNames();
}

describe('one list of classification columns', () => {
  it('lists the 18 fields of classification.md §5 and 3 dashboard fields, each once', () => {
    expect(classificationFields.length).toBe(18);
    expect(new Set(storedFields).size).toBe(21);
  });

  it('results.sql stores exactly those columns in `classifications`', async () => {
    expect(sorted(await columnsOf('classifications'))).toEqual(sorted(storedFields));
  });

  it('peildatum/classification.sql leaves exactly those columns, and classify returns the §5 fields in order', async () => {
    await prepareHistory(db.connection, { from: '2025-03-14', until: '2025-03-14', settings: defaultSettings });
    await classifyPeildatum(db.connection, { peildatum: '2025-03-14', settings: defaultSettings });
    expect(sorted(await columnsOf('classification'))).toEqual(sorted(storedFields));
    const [row] = await readClassificationRows(db.connection);
    expect(Object.keys(row)).toEqual([...classificationFields]);
    await dropClassificationTables(db.connection);
  });

  it('export-classifications.sql selects the columns of the analyst download, in its order', async () => {
    const result = await runSqlFile(db.connection, 'dashboard/data/sql/export-classifications.sql', { peildatum: '2025-03-14' });
    expect(result?.columnNames()).toEqual(classificationColumns);
  });
});
