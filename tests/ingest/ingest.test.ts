import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BSN, ingest, query, tempDir, writeExport } from './helpers.js';

describe('ingest: each kind in the canonical layout', () => {
  it('loads scholen with default vestiging and optional uren_per_dag', async () => {
    const dir = tempDir();
    const file = writeExport(dir, 'scholen.csv', [
      'brin;vestiging;naam;sector;regio;uren_per_dag',
      '12AB;;De Regenboog;PO;midden;5,5',
      '34cd;01;Het College;vo;noord;',
    ]);
    const summary = await ingest(path.join(dir, 'db.duckdb'), [file]);
    expect(summary.files[0]).toMatchObject({ kind: 'scholen', layout: 'canonical', delimiter: ';', rowsLoaded: 2, rowsRejected: 0 });
    const rows = await query(path.join(dir, 'db.duckdb'), 'SELECT brin, vestiging, naam, sector, regio, uren_per_dag FROM scholen ORDER BY brin');
    expect(rows).toEqual([
      { brin: '12AB', vestiging: '00', naam: 'De Regenboog', sector: 'PO', regio: 'midden', uren_per_dag: 5.5 },
      { brin: '34CD', vestiging: '01', naam: 'Het College', sector: 'VO', regio: 'noord', uren_per_dag: null },
    ]);
  });

  it('loads leerlingen with dates in several spellings and pads a BSN that lost its zero', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const file = writeExport(dir, 'leerlingen.csv', [
      'leerling_id,bsn,geboortedatum,in_gemeente_sinds,uit_gemeente,startkwalificatie',
      `L1,${BSN.a},14-03-2015,,,`,
      `L2,12345672,1-3-2012,2020-08-01,31/07/2026,`,
    ]);
    await ingest(db, [file]);
    const rows = await query(db, `SELECT leerling_id, strftime(geboortedatum, '%Y-%m-%d') AS geb, strftime(uit_gemeente, '%Y-%m-%d') AS uit, length(pupil_key) AS keylen FROM leerlingen ORDER BY 1`);
    expect(rows).toEqual([
      { leerling_id: 'L1', geb: '2015-03-14', uit: null, keylen: 64 },
      { leerling_id: 'L2', geb: '2012-03-01', uit: '2026-07-31', keylen: 64 },
    ]);
    // 12345672 and 012345672 are the same pupil: same pseudonym.
    const again = writeExport(dir, 'inschrijvingen.csv', ['bsn;brin;van', `${BSN.c};12AB;01-08-2020`]);
    await ingest(db, [again]);
    const joined = await query(db, 'SELECT l.leerling_id FROM inschrijvingen i JOIN leerlingen l USING (pupil_key)');
    expect(joined).toEqual([{ leerling_id: 'L2' }]);
  });
});
