// The check pass keeps the order of the records it reads: DuckDB's reader reads a plain file
// straight into it, and a record's line is its place among the checked rows (check-rows.ts).
// DuckDB keeps insertion order through projections only: a join anywhere in a kind's checks (an
// IN list of six values is one) would number the lines wrongly, and only in large files.

import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { loadCodeTable, useCodesOf } from '../../pipeline/ingest/absence-codes.js';
import { checkStatement, prepareChecks } from '../../pipeline/ingest/check-rows.js';
import { loadLayouts, type Kind } from '../../pipeline/ingest/layouts.js';
import { readRaw } from '../../pipeline/ingest/read-raw.js';
import { sniffFile } from '../../pipeline/ingest/sniff.js';
import { BSN, tempDir, writeExport } from './helpers.js';

const files: Array<[Kind, string[]]> = [
  ['scholen', ['brin;naam;sector;regio', '12AB;Een;PO;zuid']],
  ['vakanties', ['brin;van;tot;omschrijving', '12AB;01-10-2024;02-10-2024;studiedag']],
  ['leerlingen', ['leerling_id;bsn;geboortedatum', `L1;${BSN.a};01-01-2012`]],
  ['inschrijvingen', ['bsn;brin;van;tot;aangepast_programma', `${BSN.a};12AB;01-08-2024;;ja`]],
  ['vrijstellingen', ['bsn;artikel;van;tot', `${BSN.a};5a;01-08-2024;`]],
  ['trajecten', ['bsn;soort;van;tot', `${BSN.a};maatwerk;01-08-2024;`]],
  ['redenen', ['bsn;datum;reden', `${BSN.a};01-10-2024;ziek`]],
  ['verzuim_events', ['bsn;brin;datum;uren;code', `${BSN.a};12AB;01-10-2024;1;O`]],
  // Somtoday's per-lesson export marks presence (present_of)
  ['verzuim_events', ['bsn;brin;begindatumtijd;lesuur;waarnemingsoort;afkorting', `${BSN.a};12AB;2024-10-01T08:30:00Z;1;Aanwezig;`]],
  ['verzuim_periods', ['bsn;brin;van;tot;code', `${BSN.a};12AB;01-10-2024;02-10-2024;O`]],
];

describe('the check pass of every kind keeps the order read', () => {
  it.each(files)('%s: a plain insert in order, no join', async (kind, lines) => {
    const dir = tempDir();
    const sniffed = await sniffFile(writeExport(dir, `${kind}.csv`, lines), loadLayouts());
    expect(sniffed).toMatchObject({ format: 'csv', fastPath: true, match: { kind } });
    const instance = await DuckDBInstance.create(path.join(dir, 'db.duckdb'));
    const connection = await instance.connect();
    try {
      await prepareChecks(connection, loadCodeTable());
      if (kind.startsWith('verzuim')) await useCodesOf(connection, sniffed.format === 'csv' ? sniffed.match.layout.name : '');
      const record = await readRaw(connection, [sniffed], {});
      expect(record?.lazy).toBeDefined(); // read by DuckDB's reader, straight into the checks
      const plan = await connection.runAndReadAll(`EXPLAIN ${checkStatement(kind, { n: 1 }, true)}`, kind.startsWith('verzuim') ? { hours_per_row: 1 } : {});
      const text = plan.getRows().map((row) => String(row[1])).join('\n');
      // BATCH_: the rows go in in the order read; a plain CREATE_TABLE_AS inserts in any order
      expect(text).toContain('BATCH_CREATE_TABLE_AS');
      expect(text).not.toContain('JOIN');
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
