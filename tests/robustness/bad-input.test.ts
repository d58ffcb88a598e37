// The committed bad-input corpus (tests/fixtures/bad-input/), one case per file with the outcome
// worked out by hand: rows quarantined at a line and column with a Dutch and English reason, the
// file refused whole with a message, or N rows loaded. Every case starts from the same database
// (basis/: two schools, three pupils) and must change nothing beyond what the file brings.

import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest, query, tempDir } from '../ingest/helpers.js';
import { fingerprint, integrityProblems } from './db-state.js';
import { runTzm } from './tzm.js';

const FIXTURES = path.resolve('tests/fixtures/bad-input');
const BOOKKEEPING = ['ingest_files', 'ingest_runs', 'quarantine'];

/** [line, column (null: the whole row), Dutch reason, English reason] */
type Quarantined = [line: number, column: string | null, nl: string | RegExp, en: string | RegExp];

interface LoadCase {
  file: string;
  what: string;
  table: string;
  loaded: number;
  quarantined?: Quarantined[];
  /** A query over the database after the load, with its expected rows. */
  check?: { sql: string; rows: Record<string, unknown>[] };
}

interface RefuseCase {
  file: string;
  what: string;
  refused: RegExp;
}

const loads: LoadCase[] = [
  {
    file: 'bsn-ongeldig.csv', what: 'invalid BSNs: elfproef, a letter, 10 digits', table: 'inschrijvingen', loaded: 1,
    quarantined: [
      [3, 'bsn', 'BSN voldoet niet aan de elfproef', 'BSN fails the elfproef (check digit)'],
      [4, 'bsn', 'BSN moet uit 9 cijfers bestaan', 'BSN must consist of 9 digits'],
      [5, 'bsn', 'BSN moet uit 9 cijfers bestaan', 'BSN must consist of 9 digits'],
    ],
  },
  {
    file: 'bsn-zonder-voorloopnul.csv', what: 'a BSN that lost its leading zero loads, as the same pupil', table: 'inschrijvingen', loaded: 2,
    check: { sql: 'SELECT count(DISTINCT pupil_key) AS pupils FROM inschrijvingen', rows: [{ pupils: 1 }] },
  },
  {
    file: 'datum-bestaat-niet.csv', what: 'impossible dates (31-02, 30-02); 29-02-2024 is fine', table: 'vrijstellingen', loaded: 1,
    quarantined: [
      [2, 'van', "van '31-02-2026' is geen bestaande datum (dd-mm-jjjj of jjjj-mm-dd)", "van '31-02-2026' is not an existing date (dd-mm-yyyy or yyyy-mm-dd)"],
      [3, 'tot', /tot '30-02-2027' is geen bestaande datum/, /tot '30-02-2027' is not an existing date/],
    ],
  },
  {
    file: 'van-na-tot.csv', what: 'van after tot; van = tot is fine', table: 'inschrijvingen', loaded: 1,
    quarantined: [[2, 'tot', 'tot (2026-02-28) ligt vóór van (2026-03-01)', 'tot (2026-02-28) is before van (2026-03-01)']],
  },
  {
    file: 'brin-onbekend-patroon.csv', what: 'BRIN not 2 digits + 2 letters; lower case is fine', table: 'verzuim_events', loaded: 2,
    quarantined: [
      [3, 'brin', "BRIN 'AB12' moet 2 cijfers en 2 letters zijn (bijv. 12AB)", "BRIN 'AB12' must be 2 digits and 2 letters (e.g. 12AB)"],
      [4, 'brin', /BRIN '123AB' moet/, /BRIN '123AB' must/],
    ],
  },
  {
    file: 'code-onbekend.csv', what: 'an absence code not in the code table; lower case and empty codes map', table: 'verzuim_events', loaded: 2,
    quarantined: [[2, 'code', "verzuimcode 'XYZ' staat niet in de codetabel (schemas/verzuimcodes.csv)", "absence code 'XYZ' is not in the code table (schemas/verzuimcodes.csv)"]],
    check: { sql: 'SELECT code, categorie FROM verzuim_events ORDER BY datum', rows: [{ code: 'z', categorie: 'ziek' }, { code: '', categorie: 'onbekend' }] },
  },
  {
    file: 'uren-buiten-bereik.csv', what: 'negative, 25 and 24,5 hours; 24 and 0,5 are fine', table: 'verzuim_events', loaded: 2,
    quarantined: [
      [2, 'uren', "uren '-1' moet een getal van 0 t/m 24 zijn", "uren '-1' must be a number from 0 to 24"],
      [3, 'uren', "uren '25' moet een getal van 0 t/m 24 zijn", "uren '25' must be a number from 0 to 24"],
      [6, 'uren', "uren '24,5' moet een getal van 0 t/m 24 zijn", "uren '24,5' must be a number from 0 to 24"],
    ],
    check: { sql: 'SELECT uren FROM verzuim_events ORDER BY datum', rows: [{ uren: 24 }, { uren: 0.5 }] },
  },
  {
    file: 'dubbele-regels.csv', what: 'duplicate rows, also when the date is spelled differently', table: 'redenen', loaded: 2,
    quarantined: [
      [4, null, 'dubbele regel: dezelfde datum als regel 2', 'duplicate row: same datum as line 2'],
      [5, null, 'dubbele regel: dezelfde datum als regel 2', 'duplicate row: same datum as line 2'],
    ],
  },
  {
    file: 'te-veel-te-weinig-velden.csv', what: 'a row with too many and one with too few fields; a trailing delimiter is fine', table: 'scholen', loaded: 2,
    quarantined: [
      [3, null, 'te veel velden: 5 in plaats van 4', 'too many fields: 5 instead of 4'],
      [4, null, 'te weinig velden: 3 in plaats van 4', 'too few fields: 3 instead of 4'],
    ],
  },
  {
    file: 'aanhalingstekens-met-regeleinde.csv', what: 'quoted newlines and quotes: the lines after them are still right', table: 'scholen', loaded: 3,
    quarantined: [
      [5, 'sector', "onbekende sector 'XX' (bekend: PO, SBO, SO, VSO, VO, MBO)", "unknown sector 'XX' (known: PO, SBO, SO, VSO, VO, MBO)"],
      [9, 'regio', "onbekende regio 'oost' (bekend: noord, midden, zuid)", "unknown regio 'oost' (known: noord, midden, zuid)"],
    ],
    check: {
      sql: 'SELECT naam FROM scholen WHERE file_id > 2 ORDER BY brin',
      rows: [{ naam: 'De Wilg; locatie\nNoord' }, { naam: 'Het "Baken"' }, { naam: 'Twee\nregels\nerbij' }],
    },
  },
  {
    file: 'utf16le-bom.csv', what: 'UTF-16 LE with a BOM, tab and CRLF (Excel "Unicode-tekst")', table: 'scholen', loaded: 1,
    quarantined: [[3, 'sector', /onbekende sector 'XX'/, /unknown sector 'XX'/]],
    check: { sql: "SELECT naam FROM scholen WHERE file_id > 2", rows: [{ naam: 'De Séquoia' }] },
  },
  {
    file: 'utf16be-bom.csv', what: 'UTF-16 BE with a BOM', table: 'scholen', loaded: 1,
    check: { sql: "SELECT naam FROM scholen WHERE file_id > 2", rows: [{ naam: 'Zoë' }] },
  },
  {
    file: 'windows-1252.csv', what: 'Windows-1252 with ’ and é, CRLF', table: 'scholen', loaded: 2,
    quarantined: [[4, 'regio', /onbekende regio 'oost'/, /unknown regio 'oost'/]],
    check: { sql: 'SELECT naam FROM scholen WHERE file_id > 2 ORDER BY brin', rows: [{ naam: 'Oranjeschool ’t Zonnetje' }, { naam: 'Café de Kroon' }] },
  },
  {
    file: 'bom-crlf.csv', what: 'UTF-8 with a BOM and CRLF: the BOM is not part of the first header, no \\r in the last field', table: 'leerlingen', loaded: 2,
    quarantined: [[3, 'geboortedatum', "geboortedatum '31-04-2015' is geen bestaande datum (dd-mm-jjjj of jjjj-mm-dd)", "geboortedatum '31-04-2015' is not an existing date (dd-mm-yyyy or yyyy-mm-dd)"]],
    check: { sql: "SELECT leerling_id, strftime(geboortedatum, '%Y-%m-%d') AS geb FROM leerlingen WHERE file_id > 2 ORDER BY 1", rows: [{ leerling_id: 'L1', geb: '2015-03-14' }, { leerling_id: 'L3', geb: '2014-01-01' }] },
  },
  { file: 'alleen-kopregel.csv', what: 'a header-only file loads nothing and is logged', table: 'scholen', loaded: 0 },
  {
    file: 'datums-gemengd.csv', what: 'mixed date spellings within one column all load', table: 'inschrijvingen', loaded: 4,
    check: {
      sql: "SELECT DISTINCT strftime(van, '%Y-%m-%d') AS van, strftime(tot, '%Y-%m-%d') AS tot FROM inschrijvingen WHERE tot IS NOT NULL",
      rows: [{ van: '2024-08-01', tot: '2025-07-31' }],
    },
  },
  {
    file: 'inschrijving-onbekende-leerling.csv', what: 'an enrollment of a pupil not in the register loads (a data-quality finding, not an error)', table: 'inschrijvingen', loaded: 1,
    check: { sql: 'SELECT count(*) AS n FROM inschrijvingen i WHERE NOT EXISTS (SELECT 1 FROM leerlingen l WHERE l.pupil_key = i.pupil_key)', rows: [{ n: 1 }] },
  },
  {
    file: 'verzuim-onbekende-school.csv', what: 'absences at a school not in scholen load (a data-quality finding, not an error)', table: 'verzuim_events', loaded: 1,
    check: { sql: 'SELECT brin FROM verzuim_events WHERE brin NOT IN (SELECT brin FROM scholen)', rows: [{ brin: '99ZZ' }] },
  },
  {
    file: 'lege-regels-voor-kop.csv', what: 'blank lines before the header and between rows: line numbers still physical', table: 'scholen', loaded: 1,
    quarantined: [[6, 'sector', /onbekende sector 'XX'/, /unknown sector 'XX'/]],
  },
  {
    file: 'laatste-regel-afgekapt.csv', what: 'a file cut off in its last row', table: 'scholen', loaded: 1,
    quarantined: [[3, null, 'te weinig velden: 3 in plaats van 4', 'too few fields: 3 instead of 4']],
  },
  {
    // RFC 4180: an opening quote that never closes takes the rest of the file into one field;
    // the record is rejected whole (its JSON in the quarantine still shows the swallowed lines).
    file: 'open-aanhalingsteken.csv', what: 'a quote that is never closed', table: 'scholen', loaded: 0,
    quarantined: [[2, null, 'te weinig velden: 2 in plaats van 4', 'too few fields: 2 instead of 4']],
  },
];

const refusals: RefuseCase[] = [
  { file: 'leeg.csv', what: 'an empty file', refused: /^tzm: leeg\.csv: het bestand is leeg \/ leeg\.csv: the file is empty$/ },
  { file: 'alleen-witruimte.csv', what: 'a file of blank lines', refused: /^tzm: alleen-witruimte\.csv: het bestand is leeg \/ .*the file is empty$/ },
  { file: 'alleen-bom.csv', what: 'a file holding only a BOM', refused: /^tzm: alleen-bom\.csv: het bestand is leeg \/ .*the file is empty$/ },
  { file: 'excel-hernoemd.csv', what: 'a binary file (an .xlsx) renamed .csv', refused: /^tzm: excel-hernoemd\.csv: dit is geen tekstbestand \(CSV of JSON\); het bestand is niet geladen \/ .*this is not a text file/ },
  { file: 'utf16le-zonder-bom.csv', what: 'UTF-16 without a BOM (not a text encoding we can tell)', refused: /^tzm: utf16le-zonder-bom\.csv: dit is geen tekstbestand .* not a text file/ },
  { file: 'soort-onbekend.csv', what: 'a file whose kind cannot be recognised', refused: /^tzm: soort-onbekend\.csv: soort bestand niet herkend aan de kolommen \(naam, adres, telefoon\).* \/ soort-onbekend\.csv: kind of file not recognised/ },
  { file: 'vakanties-afgekapt.json', what: 'a holiday JSON cut off', refused: /^tzm: vakanties-afgekapt\.json: geen geldige JSON \/ vakanties-afgekapt\.json: not valid JSON$/ },
];

/**
 * Known bugs (see the report of issue 6): each is the outcome the spec asks for, and fails now.
 * Remove `.fails` when the bug is fixed.
 */
const knownBugs = {
  // holidays-json.ts dereferences content[i] and regions[j] without checking for null: a JSON
  // null there is an internal error (exit 70, TypeError) instead of a refusal or a quarantined row.
  jsonNull: [
    { file: 'vakanties-null.json', what: 'a holiday JSON with null in content[]', refused: /^tzm: vakanties-null\.json: / },
    { file: 'vakanties-regio-null.json', what: 'a holiday JSON with null in regions[]', refused: /^tzm: vakanties-regio-null\.json: / },
  ] satisfies RefuseCase[],
  // spec/inputs.md: "empty lines ... are tolerated". A line of spaces is quarantined as "too few
  // fields" when the file takes DuckDB's reader (no quotes, no empty lines), but skipped when it
  // takes csv-records.ts. And Excel's empty rows (';;;') are quarantined with four reasons each.
  blankish: [
    { file: 'regel-met-spaties.csv', what: 'a line of only spaces is an empty line', table: 'scholen', loaded: 2 },
    { file: 'regels-met-alleen-scheidingstekens.csv', what: "Excel's empty rows (only delimiters) are empty lines", table: 'scholen', loaded: 1 },
  ] satisfies LoadCase[],
};

let basis: string;

beforeAll(async () => {
  basis = path.join(tempDir(), 'basis.duckdb');
  await ingest(basis, ['scholen.csv', 'leerlingen.csv'].map((name) => path.join(FIXTURES, 'basis', name)));
});

/** A fresh copy of the basis database for one case. */
function freshDb(): string {
  const db = path.join(tempDir(), 'db.duckdb');
  copyFileSync(basis, db);
  if (existsSync(`${basis}.wal`)) copyFileSync(`${basis}.wal`, `${db}.wal`);
  return db;
}

function unchangedExcept(before: Record<string, string>, after: Record<string, string>, changed: string[]) {
  const keep = (state: Record<string, string>) => Object.fromEntries(Object.entries(state).filter(([table]) => !changed.includes(table)));
  expect(keep(after)).toEqual(keep(before));
}

async function expectLoad(c: LoadCase) {
  const db = freshDb();
  const before = await fingerprint(db);
  const [rowsBefore] = await query(db, `SELECT count(*) AS n FROM ${c.table}`);
  const summary = await ingest(db, [path.join(FIXTURES, c.file)]);

  const quarantined = c.quarantined ?? [];
  const lines = new Set(quarantined.map(([line]) => line)).size;
  expect(summary.files[0]).toMatchObject({ name: c.file, status: 'loaded', rowsLoaded: c.loaded, rowsRejected: lines });
  const rows = await query(db, `SELECT file_name, line, "column", reason_nl, reason_en FROM quarantine ORDER BY line, "column"`);
  expect(rows).toEqual(quarantined.map(([line, column, nl, en]) => ({
    file_name: c.file, line, column,
    reason_nl: typeof nl === 'string' ? nl : expect.stringMatching(nl),
    reason_en: typeof en === 'string' ? en : expect.stringMatching(en),
  })));
  // The good rows load, into the table of their kind and nowhere else.
  const [rowsAfter] = await query(db, `SELECT count(*) AS n FROM ${c.table}`);
  expect(Number(rowsAfter.n) - Number(rowsBefore.n)).toBe(c.loaded);
  unchangedExcept(before, await fingerprint(db), [c.table, ...BOOKKEEPING]);
  if (c.check) expect(await query(db, c.check.sql)).toEqual(c.check.rows);
  expect(await integrityProblems(db)).toEqual([]);
}

/** Through the command line, as a user meets it: exit 1, one line on stderr, nothing changed. */
async function expectRefusal(c: RefuseCase) {
  const db = freshDb();
  const before = await fingerprint(db);
  const { code, stdout, stderr } = runTzm(['ingest', '--db', db, path.join(FIXTURES, c.file)]);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr.trimEnd()).toMatch(c.refused);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(await fingerprint(db)).toEqual(before);
  expect(existsSync(`${db}.snapshots`)).toBe(false); // nothing published either
}

describe('bad input that loads: bad rows quarantined with line, column and reason, good rows loaded', () => {
  it.each(loads.map((c) => [c.file, c] as const))('%s', async (_, c) => expectLoad(c));
});

describe('bad input refused whole: one clear line naming the file, nothing changed', () => {
  it.each(refusals.map((c) => [c.file, c] as const))('%s', async (_, c) => expectRefusal(c));
  it.fails.each(knownBugs.jsonNull.map((c) => [c.file, c] as const))('%s (known bug: internal error)', async (_, c) => expectRefusal(c));
});

describe('empty-looking lines', () => {
  it.fails.each(knownBugs.blankish.map((c) => [c.file, c] as const))('%s (known bug: quarantined)', async (_, c) => expectLoad(c));
});

describe('a Windows-1252 character after the first 64 KB (encoding is detected on a sample)', () => {
  /** 3000 plain ASCII schools (about 80 KB), then `extra`, then one more good row. */
  function lateFile(extra: Buffer): string {
    const rows = Array.from({ length: 3000 }, (_, i) => `${10 + (i % 90)}${String.fromCharCode(65 + (i % 26), 65 + (Math.floor(i / 26) % 26))};School ${i};PO;midden\n`);
    const bytes = Buffer.concat([Buffer.from(`brin;naam;sector;regio\n${rows.join('')}`), extra, Buffer.from('98ZZ;Na;PO;midden\n')]);
    const file = path.join(tempDir(), 'laat-1252.csv');
    writeFileSync(file, bytes);
    return file;
  }
  const cafe = Buffer.from([...Buffer.from('99ZZ;Caf'), 0xe9, ...Buffer.from(';PO;midden\n')]); // 'Café' in Windows-1252

  it('with a quote in the file (streamed reader): refused whole, naming the byte and --encoding', async () => {
    const db = freshDb();
    const before = await fingerprint(db);
    const file = lateFile(Buffer.concat([Buffer.from('97ZZ;"Q";PO;midden\n'), cafe]));
    await expect(ingest(db, [file])).rejects.toThrow(/laat-1252\.csv: ongeldige UTF-8-tekens rond byte \d+; .*--encoding windows-1252 \/ .*invalid UTF-8/);
    expect(await fingerprint(db)).toEqual(before);
  });

  // Known bug: without quotes the file takes DuckDB's reader, which skips the line and
  // read-raw.ts quarantines it as "regel niet leesbaar: INVALID ENCODING" (its CASE expects
  // DuckDB's 'INVALID UNICODE'), while the same bytes with a quote elsewhere refuse the file.
  // spec/inputs.md: a wrong encoding refuses the file and changes nothing (or it is read right).
  it.fails('without quotes (DuckDB reader): refused whole too, or read as Windows-1252', async () => {
    const db = freshDb();
    const before = await fingerprint(db);
    const outcome = await ingest(db, [lateFile(cafe)]).then(
      (summary) => summary.files[0],
      (error: Error) => error,
    );
    if (outcome instanceof Error) {
      expect(outcome.message).toMatch(/laat-1252\.csv: ongeldige UTF-8-tekens/);
      expect(await fingerprint(db)).toEqual(before);
    } else {
      expect(outcome).toMatchObject({ rowsLoaded: 3002, rowsRejected: 0 });
      expect(await query(db, "SELECT naam FROM scholen WHERE brin = '99ZZ'")).toEqual([{ naam: 'Café' }]);
    }
  });
});

describe('a refused file in a run with good files refuses the run', () => {
  it('loads none of the good files offered with it', async () => {
    const db = freshDb();
    const before = await fingerprint(db);
    const files = ['van-na-tot.csv', 'excel-hernoemd.csv', 'code-onbekend.csv'].map((name) => path.join(FIXTURES, name));
    const { code, stderr } = runTzm(['ingest', '--db', db, ...files]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^tzm: excel-hernoemd\.csv: dit is geen tekstbestand/);
    expect(await fingerprint(db)).toEqual(before);
  });
});

describe('the corpus itself', () => {
  it('every fixture file has a case', () => {
    const named = new Set([...loads, ...refusals, ...knownBugs.jsonNull, ...knownBugs.blankish].map((c) => c.file));
    const files = readdirSync(FIXTURES).filter((name) => name !== 'basis' && name !== 'README.md');
    expect(files.filter((name) => !named.has(name))).toEqual([]);
  });
});
