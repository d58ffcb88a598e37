// The two system-style absence layouts (schemas/layouts/) and the canonical one, recognised from
// their headers, with categories from the code table and never from the school's own flag.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutProblem, matchHeader, loadLayouts, normaliseHeader, readLayout } from '../../pipeline/ingest/layouts.js';
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

describe('a layout whose absence rows would have no hours is refused when loaded (issue #10)', () => {
  // The fresh reader's layout: bsn, brin, datum and code, but nothing that gives hours. Every row
  // came out quarantined as 'uren is leeg'; now the layout itself is refused, naming the fields.
  const noHours = { name: 'mijn-lvs', description: 'test', kinds: { verzuim_events: { bsn: ['Leerling BSN'], brin: ['School'], datum: ['Datum afwezig'], code: ['Reden code'] } } };
  const withFields = (extra: object, top: object = {}) => ({ ...noHours, ...top, kinds: { verzuim_events: { ...noHours.kinds.verzuim_events, ...extra } } });

  it('names the three fields that would give the hours, in Dutch and English', () => {
    const file = path.join(tempDir(), 'mijn-lvs.json');
    writeFileSync(file, JSON.stringify(noHours));
    expect(() => readLayout(file)).toThrow(
      "layout mijn-lvs.json: verzuim_events: geen veld geeft de verzuimde uren: wijs 'uren', 'lesuur' of 'duur_minuten' toe aan een kolom" +
        " (met alleen 'lesuur' telt elke regel als één les van \"hoursPerRow\" uur)" +
        " / layout mijn-lvs.json: verzuim_events: no field gives the hours absent: map 'uren', 'lesuur' or 'duur_minuten' to a column",
    );
  });

  it('any one of uren, lesuur, duur_minuten (or a fixed uren) is enough', () => {
    expect(layoutProblem(withFields({ uren: ['Uren'] }))).toBeNull();
    expect(layoutProblem(withFields({ lesuur: ['Lesuur'] }))).toBeNull();
    expect(layoutProblem(withFields({ duur_minuten: ['Minuten'] }))).toBeNull();
    expect(layoutProblem({ ...noHours, fixed: { uren: '1' } })).toBeNull();
  });

  it('an ingest with such a layout in --layouts is refused as a whole, with that message', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'layouts'));
    writeExport(dir, 'layouts/mijn-lvs.json', [JSON.stringify(noHours)]);
    const file = writeExport(dir, 'absenties.csv', ['Leerling BSN;School;Datum afwezig;Reden code', `${BSN.a};12AB;06-10-2025;Z`]);
    await expect(ingest(path.join(dir, 'db.duckdb'), [file], { layoutsDir: path.join(dir, 'layouts') })).rejects.toThrow(/verzuim_events: geen veld geeft de verzuimde uren/);
  });

  it('hoursPerRow must be a number of hours above 0 and at most 24: the draft\'s placeholder text is refused', () => {
    const lessons = (hoursPerRow: number | string) => withFields({ lesuur: ['Lesuur'] }, { hoursPerRow });
    const refusal = '"hoursPerRow": vul de uren in die één les telt, een getal groter dan 0 en hoogstens 24 (meestal 1: een lesuur telt als uur)';
    expect(layoutProblem(lessons('VUL IN: uren die één les telt'))?.nl).toBe(refusal);
    expect(layoutProblem(lessons('1'))?.nl).toBe(refusal); // text, even if it reads as a number
    expect(layoutProblem(lessons(0))?.nl).toBe(refusal);
    expect(layoutProblem(lessons(25))?.nl).toBe(refusal);
    expect(layoutProblem(lessons(0.75))).toBeNull();
    expect(layoutProblem(lessons(1))).toBeNull();
  });
});
