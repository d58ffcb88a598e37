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

describe('ingest: files refused as a whole change nothing', () => {
  async function refused(name: string, content: string | Uint8Array, message: RegExp) {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const good = writeExport(dir, 'scholen.csv', ['brin;naam;sector;regio', '12AB;A;PO;midden']);
    await expect(ingest(db, [good, writeExport(dir, name, content)])).rejects.toThrow(message);
    // the good file offered in the same run is not loaded either
    expect(await query(db, 'SELECT (SELECT count(*) FROM scholen) AS scholen, (SELECT count(*) FROM ingest_files) AS files')).toEqual([{ scholen: 0, files: 0 }]);
  }

  it('a binary file renamed .csv', () => refused('foto.csv', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), /foto.csv: dit is geen tekstbestand/));
  it('an empty file', () => refused('leeg.csv', '', /leeg.csv: het bestand is leeg/));
  it('a file whose kind cannot be recognised', () => refused('export.csv', 'naam;adres;telefoon\nA;B;C\n', /export.csv: soort bestand niet herkend aan de kolommen \(naam, adres, telefoon\)/));
  it('a headerless file: its first line (a BSN in it) is not echoed', async () => {
    const message = /headerless.csv: soort bestand niet herkend: de eerste regel lijkt gegevens, geen kopregel met kolomnamen \(3 velden\)/;
    await refused('headerless.csv', `L1;${BSN.a};01-01-2014\n`, message);
    await expect(ingest(path.join(tempDir(), 'db.duckdb'), [writeExport(tempDir(), 'headerless.csv', `L1;${BSN.a};01-01-2014\n`)])).rejects.not.toThrow(/L1|123456782|2014/);
  });
  it('a stray quote that never closes: refused as broken, naming the line it opened on', async () => {
    // line 3 opens a quote; 2 MiB of rows follow, every one swallowed into that field
    const rows = Array.from({ length: 80_000 }, (_, i) => `${BSN.b};12AB;01-08-2024;ja${i}`);
    await refused('inschrijvingen.csv', ['bsn;brin;van;aangepast_programma', `${BSN.a};12AB;01-08-2024;ja`, `${BSN.c};12AB;"01-08-2024;nee`, ...rows].join('\n'),
      /inschrijvingen.csv: het aanhalingsteken op regel 3 sluit niet \(na 1\.048\.576 tekens\); het bestand is kapot en niet geladen/);
  });
  it('a --kind that does not fit the columns', async () => {
    const dir = tempDir();
    const file = writeExport(dir, 'scholen.csv', ['brin;naam;sector;regio', '12AB;A;PO;midden']);
    await expect(ingest(path.join(dir, 'db.duckdb'), [file], { kind: 'leerlingen' })).rejects.toThrow(/niet herkend als leerlingen/);
  });
});

describe('ingest: a header-only file loads nothing and is logged', () => {
  it('records the file with zero rows', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const summary = await ingest(db, [writeExport(dir, 'scholen.csv', ['brin;naam;sector;regio'])]);
    expect(summary.files[0]).toMatchObject({ status: 'loaded', rowsRead: 0, rowsLoaded: 0 });
  });
});

describe('ingest: all or nothing', () => {
  it('an ingest that fails half-way leaves the database as it was', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    await ingest(db, [writeExport(dir, 'scholen.csv', ['brin;naam;sector;regio', '12AB;A;PO;midden'])]);
    const before = await query(db, 'SELECT (SELECT count(*) FROM scholen) s, (SELECT count(*) FROM leerlingen) l, (SELECT count(*) FROM ingest_files) f, (SELECT count(*) FROM quarantine) q');
    const files = [
      writeExport(dir, 'scholen-2.csv', ['brin;naam;sector;regio', '34CD;B;VO;midden', '12AB;A (nieuw);PO;midden']),
      writeExport(dir, 'leerlingen.csv', ['leerling_id;bsn;geboortedatum', `L1;${BSN.a};01-01-2012`, 'L2;123;01-01-2012']),
    ];
    const afterFile = (name: string) => {
      if (name === 'leerlingen.csv') throw new Error('stroomstoring');
    };
    await expect(ingest(db, files, { afterFile })).rejects.toThrow('stroomstoring');
    const after = await query(db, 'SELECT (SELECT count(*) FROM scholen) s, (SELECT count(*) FROM leerlingen) l, (SELECT count(*) FROM ingest_files) f, (SELECT count(*) FROM quarantine) q');
    expect(after).toEqual(before);
    expect(await query(db, 'SELECT naam FROM scholen')).toEqual([{ naam: 'A' }]);
  });

  it('logs each run and file: hashes, kinds, rows loaded and rejected', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    await ingest(db, [writeExport(dir, 'scholen.csv', ['brin;naam;sector;regio', '12AB;A;PO;midden', '1;B;PO;midden'])]);
    const [file] = await query(db, 'SELECT file_name, kind, layout, length(sha256) AS hashlen, rows_read, rows_loaded, rows_rejected FROM ingest_files');
    expect(file).toEqual({ file_name: 'scholen.csv', kind: 'scholen', layout: 'canonical', hashlen: 64, rows_read: 2, rows_loaded: 1, rows_rejected: 1 });
    const [run] = await query(db, 'SELECT files, rows_loaded, rows_rejected FROM ingest_runs');
    expect(run).toEqual({ files: 1, rows_loaded: 1, rows_rejected: 1 });
  });
});

describe('ingest: a folder stands for the exports in it', () => {
  it('loads every .csv/.json in the folder and skips other files', async () => {
    const dir = tempDir();
    const exports = path.join(dir, 'export-oktober');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(exports);
    writeExport(exports, 'scholen.csv', ['brin;naam;sector;regio', '12AB;A;PO;midden']);
    writeExport(exports, 'leerlingen.csv', ['leerling_id;bsn;geboortedatum', `L1;${BSN.a};01-01-2012`]);
    writeExport(exports, 'LEESMIJ.md', '# notities');
    const summary = await ingest(path.join(dir, 'db.duckdb'), [exports]);
    expect(summary.files.map((f) => [f.name, f.kind])).toEqual([
      ['leerlingen.csv', 'leerlingen'],
      ['scholen.csv', 'scholen'],
    ]);
  });

  it('refuses a path that does not exist', async () => {
    const dir = tempDir();
    await expect(ingest(path.join(dir, 'db.duckdb'), [path.join(dir, 'bestaat-niet.csv')])).rejects.toThrow('bestaat-niet.csv: bestand of map niet gevonden');
  });
});

describe('ingest: files of one layout are read together, and still counted file by file', () => {
  const header = 'BSN leerling;BRIN;Vestiging;Lesdatum;Lesuur;Absentiecode';

  it('two lesson exports read in one go keep their own ingest_files row, line numbers and duplicates', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const files = [
      writeExport(dir, 'lessen-a.csv', [
        header,
        `${BSN.a};12AB;00;02-03-2026;1;Z`,
        `${BSN.a};12AB;00;02-03-2026;1;O`, // line 3: lesson 1 again, a duplicate of line 2
        `${BSN.b};12AB;00;02-03-2026;1;XX`, // line 4: unknown code
      ]),
      writeExport(dir, 'lessen-b.csv', [
        header,
        `${BSN.a};12AB;00;02-03-2026;1;Z`, // the same lesson as in lessen-a: another file, no duplicate
        `${BSN.c};12AB;00;02-03-2026;2;Z`,
        '123;12AB;00;02-03-2026;3;Z', // line 4: not a BSN
        `${BSN.c};12AB;00;02-03-2026;2;O`, // line 5: lesson 2 again, a duplicate of b's own line 3
      ]),
    ];
    const summary = await ingest(db, files);
    // a: 3 read, 1 loaded, 2 refused; b: 4 read, 2 loaded, 2 refused
    expect(summary.files.map((f) => [f.name, f.rowsRead, f.rowsLoaded, f.rowsRejected])).toEqual([
      ['lessen-a.csv', 3, 1, 2],
      ['lessen-b.csv', 4, 2, 2],
    ]);
    expect(summary.files[0].unknownCodes).toMatchObject([{ code: 'XX', brin: '12AB', count: 1 }]);
    expect(summary.files[1].unknownCodes).toEqual([]);
    expect(await query(db, 'SELECT file_name, rows_read, rows_loaded, rows_rejected FROM ingest_files ORDER BY file_id')).toEqual([
      { file_name: 'lessen-a.csv', rows_read: 3, rows_loaded: 1, rows_rejected: 2 },
      { file_name: 'lessen-b.csv', rows_read: 4, rows_loaded: 2, rows_rejected: 2 },
    ]);
    // each duplicate names the earlier line of its own file
    expect(await query(db, 'SELECT q.file_name, q.line, q."column", regexp_extract(q.reason_nl, \'als regel (\\d+)\', 1) AS eerder FROM quarantine q ORDER BY q.file_id, q.line')).toEqual([
      { file_name: 'lessen-a.csv', line: 3, column: null, eerder: '2' },
      { file_name: 'lessen-a.csv', line: 4, column: 'code', eerder: '' },
      { file_name: 'lessen-b.csv', line: 4, column: 'bsn', eerder: '' },
      { file_name: 'lessen-b.csv', line: 5, column: null, eerder: '3' },
    ]);
    // each loaded row belongs to its own file: lesson 1 from a, lessons 1 and 2 from b
    expect(await query(db, 'SELECT f.file_name, e.lesuur FROM verzuim_events e JOIN ingest_files f USING (file_id) ORDER BY 1, 2')).toEqual([
      { file_name: 'lessen-a.csv', lesuur: 1 },
      { file_name: 'lessen-b.csv', lesuur: 1 },
      { file_name: 'lessen-b.csv', lesuur: 2 },
    ]);
  });

  it('a file DuckDB cannot take (fields far beyond the header) sends the batch back to be read file by file', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const files = [
      writeExport(dir, 'lessen-a.csv', [header, `${BSN.a};12AB;00;02-03-2026;1;Z`]),
      writeExport(dir, 'lessen-b.csv', [header, `${BSN.b};12AB;00;02-03-2026;1;Z`, `${BSN.b};12AB;00;02-03-2026;2;Z;x;y;z;w`]),
      writeExport(dir, 'lessen-c.csv', [header]), // only a header
    ];
    const summary = await ingest(db, files);
    // b's line 3 has 10 fields instead of 6: refused on its own, the rest loads; the record
    // reader counts what it keeps (the 6 fields and 2 overflow columns, read-raw.ts): 8
    expect(summary.files.map((f) => [f.name, f.rowsRead, f.rowsLoaded, f.rowsRejected])).toEqual([
      ['lessen-a.csv', 1, 1, 0],
      ['lessen-b.csv', 2, 1, 1],
      ['lessen-c.csv', 0, 0, 0],
    ]);
    expect(await query(db, 'SELECT file_name, line, reason_en FROM quarantine')).toEqual([
      { file_name: 'lessen-b.csv', line: 3, reason_en: 'too many fields: 8 instead of 6' },
    ]);
  });

  it('the same content twice in one run loads once, beside a file of the same layout', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const a = [header, `${BSN.a};12AB;00;02-03-2026;1;Z`];
    const summary = await ingest(db, [
      writeExport(dir, 'lessen-a.csv', a),
      writeExport(dir, 'lessen-a-kopie.csv', a),
      writeExport(dir, 'lessen-b.csv', [header, `${BSN.b};12AB;00;02-03-2026;1;Z`]),
    ]);
    // the folder order is kept in the summary: the copy sits between the two loaded files
    expect(summary.files.map((f) => [f.name, f.status, f.rowsLoaded])).toEqual([
      ['lessen-a.csv', 'loaded', 1],
      ['lessen-a-kopie.csv', 'already_loaded', 0],
      ['lessen-b.csv', 'loaded', 1],
    ]);
    expect(await query(db, 'SELECT file_id, file_name FROM ingest_files ORDER BY file_id')).toEqual([
      { file_id: 1, file_name: 'lessen-a.csv' },
      { file_id: 2, file_name: 'lessen-a-kopie.csv' },
      { file_id: 3, file_name: 'lessen-b.csv' },
    ]);
  });

  it('a later delivery read in one go replaces each school\'s month, counted for the file that replaced it', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    await ingest(db, [
      writeExport(dir, 'lessen-sep.csv', [header, `${BSN.a};12AB;00;01-09-2026;1;Z`, `${BSN.a};12AB;00;02-09-2026;1;Z`, `${BSN.b};34CD;00;01-09-2026;1;Z`]),
    ]);
    // correcties: 12AB's September (2 rows replaced, by file 1) and 34CD's September (1 row, by file 2)
    const summary = await ingest(db, [
      writeExport(dir, 'lessen-sep-12AB.csv', [header, `${BSN.a};12AB;00;03-09-2026;1;Z`]),
      writeExport(dir, 'lessen-sep-34CD.csv', [header, `${BSN.b};34CD;00;03-09-2026;1;O`, `${BSN.b};34CD;00;04-09-2026;1;O`]),
    ]);
    expect(summary.files.map((f) => [f.name, f.rowsLoaded, f.rowsReplaced])).toEqual([
      ['lessen-sep-12AB.csv', 1, 2],
      ['lessen-sep-34CD.csv', 2, 1],
    ]);
    expect(await query(db, `SELECT brin, strftime(datum, '%d') AS dag FROM verzuim_events ORDER BY 1, 2`)).toEqual([
      { brin: '12AB', dag: '03' },
      { brin: '34CD', dag: '03' },
      { brin: '34CD', dag: '04' },
    ]);
  });
});
