// The code table (schemas/verzuimcodes.csv and --codes): rows per school and layout, checked
// when read (inputs.md 1.1).

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../pipeline/db/open.js';
import { CATEGORIES, loadCodeTable } from '../../pipeline/ingest/absence-codes.js';
import { BSN, ingest, query, tempDir, writeExport } from './helpers.js';

describe('loadCodeTable', () => {
  it('the default table maps TL and T to te_laat, P and PR to geen_verzuim', () => {
    const table = loadCodeTable();
    const general = (code: string) => table.find((row) => row.code === code && row.brin === '' && row.layout === '')?.categorie;
    expect(['TL', 'T', 'P', 'PR', 'S', ''].map(general)).toEqual(['te_laat', 'te_laat', 'geen_verzuim', 'geen_verzuim', 'geoorloofd', 'onbekend']);
  });

  it('reads a table without brin and layout columns as before (code;categorie;omschrijving)', () => {
    const file = writeExport(tempDir(), 'codes.csv', ['code;categorie;omschrijving', 'bv;geoorloofd;Bijzonder verlof']);
    expect(loadCodeTable(file)).toContainEqual({ code: 'BV', categorie: 'geoorloofd', brin: '', layout: '' });
  });

  it('refuses one school giving one code two categories that differ only in case', () => {
    const file = writeExport(tempDir(), 'codes.csv', ['code;categorie;omschrijving;brin', 'S;ongeoorloofd;Gespijbeld;21MG', 's;geoorloofd;schorsing;21MG']);
    expect(() => loadCodeTable(file)).toThrow("codetabel codes.csv regel 3: code 's' staat al op regel 2 met een andere categorie (hoofdletters tellen niet)");
  });

  it("its categories are exactly the values of the database's verzuim_categorie (schema.sql), in order", async () => {
    const db = await openDatabase(':memory:');
    const reader = await db.connection.runAndReadAll("SELECT enum_range(NULL::verzuim_categorie) AS v");
    db.close();
    expect(reader.getRowObjectsJS()[0].v).toEqual([...CATEGORIES]);
  });

  it('names the categories when one is unknown', () => {
    const file = writeExport(tempDir(), 'codes.csv', ['code;categorie', 'X;spijbel']);
    expect(() => loadCodeTable(file)).toThrow("onbekende categorie 'spijbel' (bekend: ziek, geoorloofd, ongeoorloofd, onbekend, te_laat, geen_verzuim)");
  });
});

describe('which row applies', () => {
  it("the school's own row, then the row for the file's layout, then the general one", async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    // K: general ongeoorloofd; for layout canonical geoorloofd; at 12AB ziek (any layout)
    const codes = writeExport(dir, 'codes.csv', ['code;categorie;omschrijving;brin;layout', 'K;ongeoorloofd;;;', 'K;geoorloofd;;;canonical', 'K;ziek;;12AB;']);
    await ingest(db, [writeExport(dir, 'v.csv', ['bsn;brin;datum;uren;code', `${BSN.a};12AB;06-10-2025;1;K`, `${BSN.a};34CD;06-10-2025;1;k`])], { codesFile: codes });
    // 12AB has its own row: ziek; 34CD has none: the canonical layout's row, geoorloofd
    expect(await query(db, 'SELECT brin, categorie FROM verzuim_events ORDER BY brin')).toEqual([
      { brin: '12AB', categorie: 'ziek' },
      { brin: '34CD', categorie: 'geoorloofd' },
    ]);
  });
});

describe('several code tables (--codes more than once)', () => {
  // Two schools, each with its own table, both called codes.csv: the fresh reader had to merge them by hand.
  const tables = (a: string[], b: string[]) => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'school-a'));
    mkdirSync(path.join(dir, 'school-b'));
    return { dir, a: writeExport(dir, 'school-a/codes.csv', a), b: writeExport(dir, 'school-b/codes.csv', b) };
  };

  it('reads the rows of all of them: S is gespijbeld at 21MG and schorsing at 34CD', async () => {
    const { dir, a, b } = tables(['code;categorie;omschrijving;brin', 'S;ongeoorloofd;Gespijbeld;21MG'], ['code;categorie;omschrijving;brin', 'S;geoorloofd;Schorsing;34CD', 'VL;geoorloofd;Verlof;34CD']);
    const db = path.join(dir, 'db.duckdb');
    const file = writeExport(dir, 'v.csv', ['bsn;brin;datum;uren;code', `${BSN.a};21MG;06-10-2025;1;S`, `${BSN.b};34CD;06-10-2025;2;S`, `${BSN.b};34CD;07-10-2025;3;VL`]);
    await ingest(db, [file], { codesFile: [a, b] });
    // 21MG's own S from school-a, 34CD's own S and VL from school-b
    expect(await query(db, 'SELECT brin, code, categorie FROM verzuim_events ORDER BY brin, datum')).toEqual([
      { brin: '21MG', code: 'S', categorie: 'ongeoorloofd' },
      { brin: '34CD', code: 'S', categorie: 'geoorloofd' },
      { brin: '34CD', code: 'VL', categorie: 'geoorloofd' },
    ]);
  });

  it('one code for one school in two tables with two categories is refused, naming both files and lines', () => {
    const { a, b } = tables(['code;categorie;omschrijving;brin', 'S;ongeoorloofd;Gespijbeld;21MG'], ['code;categorie;omschrijving;brin', 'Z;ziek;Ziek;21MG', 's;geoorloofd;Schorsing;21MG']);
    expect(() => loadCodeTable([a, b])).toThrow(
      `codetabellen: code 'S' voor school 21MG heeft twee categorieën: ${a} regel 2 (ongeoorloofd) en ${b} regel 3 (geoorloofd); haal er één weg`,
    );
    // the same for every school, and for one layout only
    const general = tables(['code;categorie', 'X;ziek'], ['code;categorie;omschrijving;brin;layout', 'X;ongeoorloofd;;;magister', 'X;geoorloofd;;;']);
    expect(() => loadCodeTable([general.a, general.b])).toThrow(`code 'X' voor alle scholen heeft twee categorieën: ${general.a} regel 2 (ziek) en ${general.b} regel 3 (geoorloofd)`);
  });

  it('the same row twice is no conflict, and a table still overrides the default row by row', () => {
    // default: S is geoorloofd for every school; both tables say ongeoorloofd
    const { a, b } = tables(['code;categorie', 'S;ongeoorloofd'], ['code;categorie', 's;ongeoorloofd']);
    const rows = loadCodeTable([a, b]).filter((row) => row.code === 'S' && row.brin === '' && row.layout === '');
    expect(rows).toEqual([{ code: 'S', categorie: 'ongeoorloofd', brin: '', layout: '' }]);
  });
});
