// The two system-style absence layouts (schemas/layouts/) and the canonical one, recognised from
// their headers, with categories from the code table and never from the school's own flag.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchHeader, loadLayouts, normaliseHeader } from '../../pipeline/ingest/layouts.js';
import { BSN, ingest, query, tempDir, writeExport } from './helpers.js';

describe('header matching', () => {
  it('ignores case, spaces, underscores and dashes', () => {
    expect(normaliseHeader(' In_Gemeente-Sinds ')).toBe('ingemeentesinds');
  });

  it('prefers the kind that explains most columns: a period export is not an enrollment file', () => {
    const [best] = matchHeader(['bsn', 'brin', 'van', 'tot', 'code'], loadLayouts());
    expect(best.kind).toBe('verzuim_periods');
    const [enrollment] = matchHeader(['bsn', 'brin', 'van', 'tot'], loadLayouts());
    expect(enrollment.kind).toBe('inschrijvingen');
  });
});

describe('per-lesson export (lesregistratie)', () => {
  it('counts each missed lesson as one hour and takes the category from the code table', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const file = writeExport(dir, 'lessen.csv', [
      'BSN leerling,BRIN,Vestiging,Lesdatum,Lesuur,Absentiecode,Geoorloofd',
      `${BSN.a},12AB,01,02-03-2026,1,Z,nee`,
      `${BSN.a},12AB,01,02-03-2026,2,Z,nee`,
      // the school marked this 'geoorloofd', but TL (te laat) is te_laat in the code table (inputs.md 1.1)
      `${BSN.a},12AB,01,03-03-2026,1,tl,ja`,
    ]);
    const summary = await ingest(db, [file]);
    expect(summary.files[0]).toMatchObject({ kind: 'verzuim_events', layout: 'lesregistratie', delimiter: ',' });
    const rows = await query(db, `SELECT strftime(datum, '%Y-%m-%d') AS datum, lesuur, uren, code, categorie FROM verzuim_events ORDER BY datum, lesuur`);
    expect(rows).toEqual([
      { datum: '2026-03-02', lesuur: 1, uren: 1, code: 'Z', categorie: 'ziek' },
      { datum: '2026-03-02', lesuur: 2, uren: 1, code: 'Z', categorie: 'ziek' },
      { datum: '2026-03-03', lesuur: 1, uren: 1, code: 'tl', categorie: 'te_laat' },
    ]);
  });
});

describe('per-period export (periodeverzuim)', () => {
  it('loads whole-day periods, and a one-day period between lessons as hours on that day', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const file = writeExport(dir, 'perioden.csv', [
      'Burgerservicenummer;Brinnummer;Vestigingsnummer;Begindatum;Einddatum;Beginlesuur;Eindlesuur;Verzuimsoort;Geoorloofd',
      `${BSN.a};12AB;;02-03-2026;13-03-2026;;;Z;ja`,
      `${BSN.b};12AB;;16-03-2026;16-03-2026;3;5;O;nee`,
    ]);
    const summary = await ingest(db, [file]);
    expect(summary.files[0]).toMatchObject({ kind: 'verzuim_periods', layout: 'periodeverzuim', rowsLoaded: 2 });
    expect(await query(db, `SELECT strftime(van, '%d-%m') AS van, strftime(tot, '%d-%m') AS tot, categorie FROM verzuim_periods`)).toEqual([
      { van: '02-03', tot: '13-03', categorie: 'ziek' },
    ]);
    expect(await query(db, `SELECT strftime(datum, '%d-%m') AS datum, lesuur, uren, categorie FROM verzuim_events`)).toEqual([
      { datum: '16-03', lesuur: 3, uren: 3, categorie: 'ongeoorloofd' },
    ]);
  });
});

describe('canonical events and an empty code', () => {
  it('maps an empty code to onbekend (no valid reason registered)', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    await ingest(db, [writeExport(dir, 'v.csv', ['bsn;brin;datum;uren;code', `${BSN.a};12AB;02-03-2026;5;`])]);
    expect(await query(db, 'SELECT code, categorie FROM verzuim_events')).toEqual([{ code: '', categorie: 'onbekend' }]);
  });

  it('uses extra codes from --codes', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const codes = writeExport(dir, 'codes.csv', ['code;categorie;omschrijving', 'BV;geoorloofd;Bijzonder verlof']);
    await ingest(db, [writeExport(dir, 'v.csv', ['bsn;brin;datum;uren;code', `${BSN.a};12AB;02-03-2026;5;bv`])], { codesFile: codes });
    expect(await query(db, 'SELECT categorie FROM verzuim_events')).toEqual([{ categorie: 'geoorloofd' }]);
  });
});
