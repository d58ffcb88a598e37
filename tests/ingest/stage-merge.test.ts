// Natural keys (README "Rules"): loading the same file twice changes nothing, and a corrected
// re-export replaces the rows it corrects instead of doubling them.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BSN, ingest, query, tempDir, writeExport } from './helpers.js';

describe('re-ingest', () => {
  it('skips a file with the same content as one already loaded', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const file = writeExport(dir, 'scholen.csv', ['brin;naam;sector;regio', '12AB;A;PO;midden']);
    await ingest(db, [file]);
    const second = await ingest(db, [writeExport(dir, 'kopie-van-scholen.csv', ['brin;naam;sector;regio', '12AB;A;PO;midden'])]);
    expect(second.files[0]).toMatchObject({ status: 'already_loaded', rowsLoaded: 0 });
    expect(await query(db, 'SELECT count(*) AS n FROM scholen')).toEqual([{ n: 1 }]);
    expect(await query(db, 'SELECT status FROM ingest_files ORDER BY file_id')).toEqual([{ status: 'loaded' }, { status: 'already_loaded' }]);
  });

  it('a corrected register export replaces rows by natural key', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    await ingest(db, [writeExport(dir, 'leerlingen-okt.csv', ['leerling_id;bsn;geboortedatum', `L1;${BSN.a};01-01-2012`, `L2;${BSN.b};01-01-2013`])]);
    const summary = await ingest(db, [writeExport(dir, 'leerlingen-okt-v2.csv', ['leerling_id;bsn;geboortedatum;uit_gemeente', `L2;${BSN.b};01-01-2013;15-10-2026`])]);
    expect(summary.files[0]).toMatchObject({ rowsLoaded: 1, rowsReplaced: 1 });
    expect(await query(db, `SELECT leerling_id, strftime(uit_gemeente, '%Y-%m-%d') AS uit FROM leerlingen ORDER BY 1`)).toEqual([
      { leerling_id: 'L1', uit: null },
      { leerling_id: 'L2', uit: '2026-10-15' },
    ]);
  });

  it('a corrected absence export replaces that school\'s month, and leaves other months and schools alone', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const header = 'bsn;brin;datum;uren;code';
    await ingest(db, [
      writeExport(dir, 'verzuim-12AB-sep-okt.csv', [header, `${BSN.a};12AB;30-09-2026;5;Z`, `${BSN.a};12AB;01-10-2026;5;Z`, `${BSN.a};12AB;02-10-2026;5;O`]),
      writeExport(dir, 'verzuim-34CD-okt.csv', [header, `${BSN.b};34CD;01-10-2026;2;O`]),
    ]);
    // The school's corrected October: the 2nd was a mistake, the 1st was 3 hours.
    const summary = await ingest(db, [writeExport(dir, 'verzuim-12AB-okt-correctie.csv', [header, `${BSN.a};12AB;01-10-2026;3;Z`])]);
    expect(summary.files[0]).toMatchObject({ rowsLoaded: 1, rowsReplaced: 2 });
    expect(await query(db, `SELECT brin, strftime(datum, '%d-%m') AS dag, uren FROM verzuim_events ORDER BY brin, verzuim_events.datum`)).toEqual([
      { brin: '12AB', dag: '30-09', uren: 5 },
      { brin: '12AB', dag: '01-10', uren: 3 },
      { brin: '34CD', dag: '01-10', uren: 2 },
    ]);
  });
});
