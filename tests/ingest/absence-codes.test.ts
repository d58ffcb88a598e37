// The code table (schemas/verzuimcodes.csv and --codes): rows per school and layout, checked
// when read (inputs.md 1.1).

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodeTable } from '../../pipeline/ingest/absence-codes.js';
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
