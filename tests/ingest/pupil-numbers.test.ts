import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BSN, ingest, query, tempDir, writeExport } from './helpers.js';

// pipeline/ingest/pupil-numbers.ts: every pupil_key gets a number once; the absence tables carry it.
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

    // Every absence row: 2 of a, 1 of b, 1 of c, each with its key's number.
    const rows = await query(db, `SELECT count(*) AS n, count(*) FILTER (WHERE v.pupil_no = n.pupil_no) AS matching
      FROM verzuim_events v JOIN pupil_numbers n USING (pupil_key)`);
    expect(rows).toEqual([{ n: 4, matching: 4 }]);
  });

  it('numbers nothing in a run that loads nothing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    // Both rows are refused (a BSN failing the elfproef, a date that does not exist): no pupil is loaded.
    await ingest(db, [writeExport(dir, 'verzuim.csv', ['bsn;brin;datum;uren;code', '123456789;12AB;02-03-2026;5;Z', `${BSN.a};12AB;31-02-2026;5;Z`])]);
    expect(await query(db, 'SELECT count(*) AS n FROM pupil_numbers')).toEqual([{ n: 0 }]);
  });
});
