// The exports of real source systems (data-samples/bronsystemen/, inputs.md 1.1), one test per
// shape, each outcome worked out by hand from the sample file.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, query, tempDir, writeExport } from './helpers.js';

const samples = path.resolve('data-samples/bronsystemen');
const sample = (name: string) => path.join(samples, name);
// the pupils of the samples (all pass the elfproef); 45678911 lost its leading zero
const A = '234567806';

async function load(files: string[], options: Parameters<typeof ingest>[2] = {}) {
  const db = path.join(tempDir(), 'db.duckdb');
  const summary = await ingest(db, files.map(sample), options);
  return { db, summary };
}

const events = (db: string) =>
  query(db, `SELECT brin, vestiging, strftime(datum, '%Y-%m-%d') AS datum, lesuur, uren, code, categorie FROM verzuim_events ORDER BY datum, brin, lesuur, code`);
const periods = (db: string) =>
  query(db, `SELECT brin, vestiging, strftime(van, '%Y-%m-%d') AS van, strftime(tot, '%Y-%m-%d') AS tot, code, categorie FROM verzuim_periods ORDER BY van`);

describe('Magister: absence per lesson, codes set per school', () => {
  it('a single-school export without BRIN is refused with the way on (--brin)', async () => {
    await expect(load(['magister-absenties-21MG.csv'])).rejects.toThrow(/geen BRIN-kolom .*geef dan --brin/i);
  });

  it("loads each lesson as an hour with --brin; the school's own row makes S ongeoorloofd", async () => {
    const { db, summary } = await load(['magister-absenties-21MG.csv'], { brin: '21MG', codesFile: sample('codes-per-school.csv') });
    expect(summary.files[0]).toMatchObject({ kind: 'verzuim_events', layout: 'magister', rowsLoaded: 4, rowsRejected: 0 });
    // Z is ziek and T te laat in the default table; S is gespijbeld at 21MG (codes-per-school.csv)
    expect(await events(db)).toEqual([
      { brin: '21MG', vestiging: '00', datum: '2025-10-06', lesuur: 1, uren: 1, code: 'Z', categorie: 'ziek' },
      { brin: '21MG', vestiging: '00', datum: '2025-10-06', lesuur: 2, uren: 1, code: 'Z', categorie: 'ziek' },
      { brin: '21MG', vestiging: '00', datum: '2025-10-06', lesuur: 3, uren: 1, code: 'S', categorie: 'ongeoorloofd' },
      { brin: '21MG', vestiging: '00', datum: '2025-10-07', lesuur: 1, uren: 1, code: 'T', categorie: 'te_laat' },
    ]);
  });
});

describe('Somtoday', () => {
  it('absentiemeldingen: date-times read as Dutch dates, a one-day report between lessons as hours; S is schorsing at a school without its own row', async () => {
    // Loaded in one run with the Magister file and its code table: the 21MG row does not reach 30ST.
    const { db, summary } = await load(['somtoday-absentiemeldingen.csv', 'magister-absenties-21MG.csv'], { brin: '21MG', codesFile: sample('codes-per-school.csv') });
    expect(summary.files[0]).toMatchObject({ kind: 'verzuim_periods', layout: 'somtoday', rowsLoaded: 3, rowsRejected: 0 });
    // line 2: 06-10 09:30 to 08-10 17:00 Dutch time, whole days ziek
    // line 4: 2025-01-06T23:30Z is 00:30 on 7 January in winter (UTC+1): one whole day
    expect(await periods(db)).toEqual([
      { brin: '30ST', vestiging: '01', van: '2025-01-07', tot: '2025-01-07', code: 'O', categorie: 'ongeoorloofd' },
      { brin: '30ST', vestiging: '01', van: '2025-10-06', tot: '2025-10-08', code: 'Z', categorie: 'ziek' },
    ]);
    // line 3: 9 October, lessons 3 to 4 = 2 hours; S geoorloofd here, ongeoorloofd at 21MG
    const s = (await events(db)).filter((row) => row.code === 'S');
    expect(s).toEqual([
      { brin: '21MG', vestiging: '00', datum: '2025-10-06', lesuur: 3, uren: 1, code: 'S', categorie: 'ongeoorloofd' },
      { brin: '30ST', vestiging: '01', datum: '2025-10-09', lesuur: 3, uren: 2, code: 'S', categorie: 'geoorloofd' },
    ]);
  });

  it('waarnemingen: present rows are kept as geen_verzuim and never count as absence', async () => {
    const { db, summary } = await load(['somtoday-waarnemingen.csv']);
    expect(summary.files[0]).toMatchObject({ kind: 'verzuim_events', layout: 'somtoday', rowsLoaded: 5, rowsRejected: 0 });
    // 06:30Z is 08:30 in October (UTC+2): 13 October. Aanwezig is geen_verzuim whatever the code
    // (line 4 has P); Afwezig with Z is ziek, Afwezig without a code onbekend.
    expect((await events(db)).map((r) => [r.lesuur, r.code, r.categorie])).toEqual([
      [1, '', 'geen_verzuim'],
      [1, 'P', 'geen_verzuim'],
      [2, '', 'geen_verzuim'],
      [2, 'Z', 'ziek'],
      [3, '', 'onbekend'],
    ]);
    // the pupil who attended both lessons has no absent hour; the other has 2 (lessons 2 and 3)
    const absent = await query(
      db,
      `SELECT count(*) FILTER (WHERE categorie NOT IN ('geen_verzuim', 'te_laat')) AS afwezig FROM verzuim_events GROUP BY pupil_no ORDER BY afwezig`,
    );
    expect(absent).toEqual([{ afwezig: 0 }, { afwezig: 2 }]);
  });
});

describe('EduArte absentiemeldingen with a header', () => {
  it('are absence periods with yyyymmdd dates, never enrolments', async () => {
    const { db, summary } = await load(['eduarte-absentiemeldingen.csv']);
    expect(summary.files[0]).toMatchObject({ kind: 'verzuim_periods', layout: 'eduarte', rowsLoaded: 2, rowsRejected: 0 });
    // line 2: 6 to 10 October ziek; line 3: 8 October lessons 3-4 = 2 hours, the BSN padded to 045678911
    expect(await periods(db)).toEqual([{ brin: '25ED', vestiging: '00', van: '2025-10-06', tot: '2025-10-10', code: 'Z', categorie: 'ziek' }]);
    expect(await events(db)).toEqual([{ brin: '25ED', vestiging: '00', datum: '2025-10-08', lesuur: 3, uren: 2, code: 'O', categorie: 'ongeoorloofd' }]);
    expect(await query(db, 'SELECT count(*) AS n FROM inschrijvingen')).toEqual([{ n: 0 }]);
  });

  it('asked for as enrolments, it is refused rather than read as such', async () => {
    await expect(load(['eduarte-absentiemeldingen.csv'], { kind: 'inschrijvingen' })).rejects.toThrow(
      /niet herkend als inschrijvingen .*; past op canonical\/inschrijvingen, maar heeft kolommen van een verzuimexport: maak een layout \(tzm layout --kind verzuim\) of geef --layout/,
    );
  });
});

describe('DUO vestigingsnummers and a BRP-style register', () => {
  it('splits 21MG00 into BRIN 21MG and vestiging 00', async () => {
    const { db, summary } = await load(['duo-inschrijvingen.csv']);
    expect(summary.files[0]).toMatchObject({ kind: 'inschrijvingen', layout: 'duo', rowsLoaded: 3, rowsRejected: 0 });
    expect(await query(db, `SELECT brin, vestiging, strftime(van, '%Y-%m-%d') AS van, strftime(tot, '%Y-%m-%d') AS tot FROM inschrijvingen ORDER BY brin`)).toEqual([
      { brin: '21MG', vestiging: '00', van: '2024-08-01', tot: null },
      { brin: '25ED', vestiging: '00', van: '2023-08-01', tot: null },
      { brin: '30ST', vestiging: '01', van: '2024-08-01', tot: '2025-07-31' },
    ]);
  });

  it('reads the register with yyyymmdd dates; its pupils link to the enrolments by BSN', async () => {
    const { db, summary } = await load(['brp-register.csv', 'duo-inschrijvingen.csv']);
    expect(summary.files[0]).toMatchObject({ kind: 'leerlingen', layout: 'canonical', rowsLoaded: 3, rowsRejected: 0 });
    expect(
      await query(db, `SELECT l.leerling_id, strftime(l.geboortedatum, '%Y-%m-%d') AS geboren, i.brin FROM leerlingen l JOIN inschrijvingen i USING (pupil_key) ORDER BY 1`),
    ).toEqual([
      { leerling_id: 'LP-0001', geboren: '2012-03-15', brin: '21MG' },
      { leerling_id: 'LP-0002', geboren: '2011-11-02', brin: '30ST' },
      { leerling_id: 'LP-0003', geboren: '2008-05-20', brin: '25ED' },
    ]);
  });
});

describe("a user's own layout outside the package", () => {
  it('reads a headerless export by column position, with the BRIN as a fixed value', async () => {
    const { db, summary } = await load(['verzuim-zonder-kopregel.txt'], { layoutsDir: sample('layouts'), layout: 'eigen-systeem' });
    expect(summary.files[0]).toMatchObject({ kind: 'verzuim_events', layout: 'eigen-systeem', rowsLoaded: 2, rowsRejected: 0 });
    expect(await events(db)).toEqual([
      { brin: '44AB', vestiging: '00', datum: '2025-10-06', lesuur: null, uren: 5, code: 'Z', categorie: 'ziek' },
      { brin: '44AB', vestiging: '00', datum: '2025-10-07', lesuur: null, uren: 2.5, code: 'O', categorie: 'ongeoorloofd' },
    ]);
  });
});

describe('unknown codes', () => {
  it('are quarantined, listed per school with their count, and written as a code table to complete', async () => {
    // a run where every code is known writes no table
    const known = await load(['magister-absenties-21MG.csv'], { brin: '21MG' });
    expect(known.summary.unknownCodesFile).toBeUndefined();
    const dir = tempDir();
    const file = writeExport(dir, 'v.csv', ['bsn;brin;datum;uren;code', `${A};12AB;06-10-2025;1;X`, `${A};12AB;07-10-2025;1;x`, `${A};34CD;06-10-2025;1;X`, `${A};34CD;06-10-2025;1;Z`]);
    const db2 = path.join(dir, 'db.duckdb');
    const run = await ingest(db2, [file]);
    // X twice at 12AB (x is the same code), once at 34CD; Z loads
    expect(run.files[0]).toMatchObject({ rowsLoaded: 1, rowsRejected: 3 });
    expect(run.files[0].unknownCodes.map((c) => [c.brin, c.code.toUpperCase(), c.count])).toEqual([
      ['12AB', 'X', 2],
      ['34CD', 'X', 1],
    ]);
    expect(run.unknownCodesFile).toBe(`${db2}.onbekende-codes.csv`);
    expect(existsSync(run.unknownCodesFile!)).toBe(true);
    const lines = readFileSync(run.unknownCodesFile!, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('code;categorie;omschrijving;brin;layout');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^X;;2 regels, vul de categorie in;12AB;canonical$/i);
  });

  it('load once completed: the same file again with --codes loads the rows it refused', async () => {
    const dir = tempDir();
    const file = writeExport(dir, 'v.csv', ['bsn;brin;datum;uren;code', `${A};12AB;06-10-2025;1;X`, `${A};12AB;07-10-2025;1;Z`]);
    const db = path.join(dir, 'db.duckdb');
    const first = await ingest(db, [file]);
    expect(first.files[0]).toMatchObject({ status: 'loaded', rowsLoaded: 1, rowsRejected: 1 });
    // without a code table the same content is skipped, as always
    expect((await ingest(db, [file])).files[0].status).toBe('already_loaded');
    const codes = writeExport(dir, 'codes.csv', ['code;categorie;omschrijving;brin;layout', 'X;ongeoorloofd;spijbelen;12AB;canonical']);
    const again = await ingest(db, [file], { codesFile: codes });
    // the month of 12AB is delivered again, now whole: both rows, the Z row replaced by itself
    expect(again.files[0]).toMatchObject({ status: 'loaded', rowsLoaded: 2, rowsRejected: 0 });
    expect((await query(db, 'SELECT code, categorie FROM verzuim_events ORDER BY datum'))).toEqual([
      { code: 'X', categorie: 'ongeoorloofd' },
      { code: 'Z', categorie: 'ziek' },
    ]);
  });

  it('never carry a BSN typed in the code column into the summary or the table beside the database', async () => {
    const dir = tempDir();
    // the code column of the second row holds A, a BSN (it passes the elfproef); the first holds X
    const file = writeExport(dir, 'v.csv', ['bsn;brin;datum;uren;code', `${A};12AB;06-10-2025;1;X`, `${A};12AB;07-10-2025;1;${A}`]);
    const db = path.join(dir, 'db.duckdb');
    const run = await ingest(db, [file]);
    expect(run.files[0]).toMatchObject({ rowsLoaded: 0, rowsRejected: 2 });
    expect(run.files[0].unknownCodes.map((c) => c.code)).toEqual(['X', '[BSN verwijderd]']);
    const table = readFileSync(run.unknownCodesFile!, 'utf8');
    expect(table).not.toContain(A);
    expect(table.trim().split('\n')).toEqual(['code;categorie;omschrijving;brin;layout', 'X;;1 regel, vul de categorie in;12AB;canonical']);
  });
});
