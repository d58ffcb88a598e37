// inputs.md 1.1 "never a silent guess": which files are recognised as what, and the refusals
// that name the candidates and the flag that decides.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidatesFor, candidateName, loadLayouts, readLayout } from '../../pipeline/ingest/layouts.js';
import { BSN, ingest, tempDir, writeExport } from './helpers.js';

const EDUARTE = 'Deelnemernummer;BSN;BRIN;Begindatum;Begintijd;Einddatum;Eindtijd;Beginlesuur;Eindlesuur;Reden;Opmerkingen'.split(';');

describe('candidates for a header', () => {
  it('the EduArte absence header is never enrolments, not even with the canonical layout alone', () => {
    const all = loadLayouts();
    expect(candidatesFor(EDUARTE, all).map(candidateName)).toEqual(['eduarte/verzuim_periods']);
    // canonical inschrijvingen would read BSN, BRIN, Begindatum, Einddatum, but leaves the
    // lesson and reason columns unread: out. Nothing else fits: no candidate, so a refusal.
    const canonical = all.filter((l) => l.name === 'canonical');
    expect(candidatesFor(EDUARTE, canonical)).toEqual([]);
  });

  it('a register header is still only leerlingen, a reasons file still redenen', () => {
    expect(candidatesFor(['Leerlingnummer', 'BSN', 'Geboortedatum'], loadLayouts()).map(candidateName)).toEqual(['canonical/leerlingen']);
    expect(candidatesFor(['BSN', 'Registratiedatum', 'Reden'], loadLayouts()).map(candidateName)).toEqual(['canonical/redenen']);
  });

  it('a candidate that reads fewer of the same columns gives way: bsn;brin;van;tot;code is a period export', () => {
    expect(candidatesFor(['bsn', 'brin', 'van', 'tot', 'code'], loadLayouts()).map(candidateName)).toEqual(['canonical/verzuim_periods']);
  });
});

describe('refusals that name the way on', () => {
  it('a header two layouts read equally is refused, naming both and --layout', async () => {
    const dir = tempDir();
    const layouts = path.join(dir, 'layouts');
    mkdirSync(layouts);
    // a user's layout that reads the canonical enrolment header the same way
    writeFileSync(
      path.join(layouts, 'mijn-lvs.json'),
      JSON.stringify({ name: 'mijn-lvs', description: 'test', kinds: { inschrijvingen: { bsn: ['bsn'], brin: ['brin'], van: ['van'] } } }),
    );
    const file = writeExport(dir, 'inschrijvingen.csv', ['bsn;brin;van', `${BSN.a};12AB;01-08-2024`]);
    await expect(ingest(path.join(dir, 'db.duckdb'), [file], { layoutsDir: layouts })).rejects.toThrow(
      'inschrijvingen.csv: de kolommen passen bij meer dan één soort of layout (canonical/inschrijvingen, mijn-lvs/inschrijvingen); kies met --layout (canonical of mijn-lvs)',
    );
    // and --layout decides
    const summary = await ingest(path.join(dir, 'db.duckdb'), [file], { layoutsDir: layouts, layout: 'mijn-lvs' });
    expect(summary.files[0]).toMatchObject({ layout: 'mijn-lvs', rowsLoaded: 1 });
  });

  it('a file without a BSN column cannot be linked, and says so', async () => {
    const dir = tempDir();
    const file = writeExport(dir, 'absenties.csv', ['Leerlingnummer;BRIN;Datum;Uren;Code', '1001;12AB;06-10-2025;2;Z']);
    await expect(ingest(path.join(dir, 'db.duckdb'), [file])).rejects.toThrow(/absenties\.csv: geen BSN-kolom .*niet aan leerlingen te koppelen/);
  });

  it('a refused file inside a folder is named with the way on; nothing of the folder loads', async () => {
    const dir = tempDir();
    const folder = path.join(dir, 'oktober');
    mkdirSync(folder);
    writeExport(folder, 'inschrijvingen.csv', ['bsn;brin;van', `${BSN.a};12AB;01-08-2024`]);
    writeExport(folder, 'vreemd.csv', ['naam;adres', 'A;B']);
    await expect(ingest(path.join(dir, 'db.duckdb'), [folder])).rejects.toThrow(
      /vreemd\.csv: soort bestand niet herkend.*Dit bestand staat in de map .*oktober: haal het uit de map, of laad het apart \(met --kind\/--layout\)/,
    );
  });
});

describe('layouts are checked against the field list when loaded', () => {
  const layoutFile = (layout: object) => {
    const file = path.join(tempDir(), 'layout.json');
    writeFileSync(file, JSON.stringify(layout));
    return file;
  };

  it('an unknown field is an error naming it and the fields there are', () => {
    const file = layoutFile({ name: 'x', kinds: { inschrijvingen: { bsn: ['bsn'], brin: ['brin'], van: ['van'], klas: ['klas'] } } });
    expect(() => readLayout(file)).toThrow("layout layout.json: inschrijvingen: onbekend veld 'klas' (velden: bsn, brin, vestiging, van, tot, aangepast_programma)");
  });

  it('a missing required field is an error naming it', () => {
    const file = layoutFile({ name: 'x', kinds: { vrijstellingen: { bsn: ['bsn'], van: ['van'] } } });
    expect(() => readLayout(file)).toThrow("layout layout.json: vrijstellingen: verplicht veld 'artikel' ontbreekt");
  });

  it('every layout of the package passes', () => {
    expect(loadLayouts().map((l) => l.name).sort()).toEqual(['canonical', 'duo', 'eduarte', 'lesregistratie', 'magister', 'periodeverzuim', 'somtoday']);
  });
});
