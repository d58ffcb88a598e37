import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BSN, ingest, query, tempDir, writeExport } from './helpers.js';

// pipeline/ingest/pupil-numbers.ts: every pupil_key gets a number once; the absence tables carry it
// (and only it).
describe('pupil numbers', () => {
  it('numbers each pupil once, keeps the number across runs, and gives the absence rows the number of their key', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    // Run 1: pupils a and b in the register, a absent twice -> two numbers, 1 and 2.
    await ingest(db, [
      writeExport(dir, 'leerlingen.csv', ['leerling_id;bsn;geboortedatum', `L1;${BSN.a};01-01-2012`, `L2;${BSN.b};01-01-2013`]),
      writeExport(dir, 'verzuim-1.csv', ['bsn;brin;datum;uren;code', `${BSN.a};12AB;02-03-2026;5;Z`, `${BSN.a};12AB;03-03-2026;5;Z`]),
    ]);
    const first = await query(db, 'SELECT pupil_key, pupil_no FROM pupil_numbers ORDER BY pupil_no');
    expect(first.map((row) => row.pupil_no)).toEqual([1, 2]);

    // Run 2 (April, so March is not replaced): b again and a new pupil c -> b keeps its number, c gets 3.
    await ingest(db, [
      writeExport(dir, 'verzuim-2.csv', ['bsn;brin;datum;uren;code', `${BSN.b};12AB;01-04-2026;2;O`, `${BSN.c};12AB;01-04-2026;5;Z`]),
    ]);
    const second = await query(db, 'SELECT pupil_key, pupil_no FROM pupil_numbers ORDER BY pupil_no');
    expect(second.slice(0, 2)).toEqual(first);
    expect(second.map((row) => row.pupil_no)).toEqual([1, 2, 3]);

    // Every absence row carries its pupil's number (and no key): 2 of a (L1), 1 of b (L2), 1 of c
    // (not in the register: number 3, the new one).
    const rows = await query(db, `SELECT coalesce(l.leerling_id, 'nr ' || v.pupil_no) AS pupil, count(*) AS n
      FROM verzuim_events v LEFT JOIN leerlingen l USING (pupil_no) GROUP BY ALL ORDER BY pupil`);
    expect(rows).toEqual([{ pupil: 'L1', n: 2 }, { pupil: 'L2', n: 1 }, { pupil: 'nr 3', n: 1 }]);
    expect(await query(db, `SELECT column_name FROM duckdb_columns() WHERE table_name = 'verzuim_events' AND column_name LIKE 'pupil%'`))
      .toEqual([{ column_name: 'pupil_no' }]);
  });

  it('numbers nothing in a run that loads nothing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    // Both rows are refused (a BSN failing the elfproef, a date that does not exist): no pupil is loaded.
    await ingest(db, [writeExport(dir, 'verzuim.csv', ['bsn;brin;datum;uren;code', '123456789;12AB;02-03-2026;5;Z', `${BSN.a};12AB;31-02-2026;5;Z`])]);
    expect(await query(db, 'SELECT count(*) AS n FROM pupil_numbers')).toEqual([{ n: 0 }]);
  });
});
