// The bad-input corpus (tests/fixtures/bad-input/) and the outcome of each file, worked out by
// hand: used by bad-input.test.ts, and by no-bsn.test.ts as input that must leave no BSN behind.

import path from 'node:path';

export const FIXTURES = path.resolve('tests/fixtures/bad-input');

/** [line, column (null: the whole row), Dutch reason, English reason] */
export type Quarantined = [line: number, column: string | null, nl: string | RegExp, en: string | RegExp];

export interface LoadCase {
  file: string;
  what: string;
  table: string;
  loaded: number;
  quarantined?: Quarantined[];
  /** A query over the database after the load, with its expected rows. */
  check?: { sql: string; rows: Record<string, unknown>[] };
}

export interface RefuseCase {
  file: string;
  what: string;
  refused: RegExp;
}

export const loads: LoadCase[] = [
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
      // the value is not quoted: a date field may hold a BSN (issue 9)
      [2, 'van', 'van is geen bestaande datum (dd-mm-jjjj of jjjj-mm-dd)', 'van is not an existing date (dd-mm-yyyy or yyyy-mm-dd)'],
      [3, 'tot', /tot is geen bestaande datum/, /tot is not an existing date/],
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
    quarantined: [[2, 'code', "verzuimcode 'XYZ' staat niet in de codetabel (schemas/verzuimcodes.csv of een bestand bij --codes)", "absence code 'XYZ' is not in the code table (schemas/verzuimcodes.csv or a file given with --codes)"]],
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
    quarantined: [[3, 'geboortedatum', 'geboortedatum is geen bestaande datum (dd-mm-jjjj of jjjj-mm-dd)', 'geboortedatum is not an existing date (dd-mm-yyyy or yyyy-mm-dd)']],
    check: { sql: "SELECT leerling_id, strftime(geboortedatum, '%Y-%m-%d') AS geb FROM leerlingen WHERE file_id > 2 ORDER BY 1", rows: [{ leerling_id: 'L1', geb: '2015-03-14' }, { leerling_id: 'L3', geb: '2014-01-01' }] },
  },
  {
    file: 'alleen-kopregel.csv', what: 'a header-only file loads nothing and is logged', table: 'scholen', loaded: 0,
    check: { sql: "SELECT file_name, status, rows_read FROM ingest_files WHERE file_id > 2", rows: [{ file_name: 'alleen-kopregel.csv', status: 'loaded', rows_read: 0 }] },
  },
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

export const refusals: RefuseCase[] = [
  { file: 'leeg.csv', what: 'an empty file', refused: /^tzm: leeg\.csv: het bestand is leeg \/ leeg\.csv: the file is empty$/ },
  { file: 'alleen-witruimte.csv', what: 'a file of blank lines', refused: /^tzm: alleen-witruimte\.csv: het bestand is leeg \/ .*the file is empty$/ },
  { file: 'alleen-bom.csv', what: 'a file holding only a BOM', refused: /^tzm: alleen-bom\.csv: het bestand is leeg \/ .*the file is empty$/ },
  { file: 'excel-hernoemd.csv', what: 'a binary file (an .xlsx) renamed .csv', refused: /^tzm: excel-hernoemd\.csv: dit is geen tekstbestand \(CSV of JSON\); het bestand is niet geladen \/ .*this is not a text file/ },
  { file: 'utf16le-zonder-bom.csv', what: 'UTF-16 without a BOM (not a text encoding we can tell)', refused: /^tzm: utf16le-zonder-bom\.csv: dit is geen tekstbestand .* not a text file/ },
  { file: 'soort-onbekend.csv', what: 'a file whose kind cannot be recognised', refused: /^tzm: soort-onbekend\.csv: soort bestand niet herkend aan de kolommen \(naam, adres, telefoon\).* \/ soort-onbekend\.csv: kind of file not recognised/ },
  { file: 'vakanties-afgekapt.json', what: 'a holiday JSON cut off', refused: /^tzm: vakanties-afgekapt\.json: geen geldige JSON \/ vakanties-afgekapt\.json: not valid JSON$/ },
];

/** Found by this corpus and fixed since (a1e0546, bb271b8); kept apart so the history reads. */
export const fixed = {
  // holidays-json.ts dereferenced content[i] and regions[j] without checking for null: exit 70.
  jsonNull: [
    { file: 'vakanties-null.json', what: 'a holiday JSON with null in content[]', refused: /^tzm: vakanties-null\.json: JSON zonder de vorm content\[\]\.vacations\[\]\.regions\[\]: .* \/ vakanties-null\.json: JSON without the shape/ },
    { file: 'vakanties-regio-null.json', what: 'a holiday JSON with null in regions[]', refused: /^tzm: vakanties-regio-null\.json: JSON zonder de vorm .* \/ vakanties-regio-null\.json: JSON without the shape/ },
  ] satisfies RefuseCase[],
  // spec/inputs.md: "empty lines ... are tolerated". A line of spaces was quarantined by DuckDB's
  // reader and skipped by csv-records.ts; Excel's empty rows (';;;') were quarantined.
  blankish: [
    { file: 'regel-met-spaties.csv', what: 'a line of only spaces is an empty line', table: 'scholen', loaded: 2 },
    { file: 'regels-met-alleen-scheidingstekens.csv', what: "Excel's empty rows (only delimiters) are empty lines", table: 'scholen', loaded: 1 },
  ] satisfies LoadCase[],
  // holidays-json.ts assumed strings: a number for type, region or a date was an internal error.
  // spec/inputs.md "Lines end in LF or CRLF": DuckDB's reader ended a line at a bare CR (one
  // record became two, every line number after it one too high); csv-records.ts kept it as text.
  loads: [
    {
      file: 'vakanties-getallen.json', what: 'a holiday JSON with numbers where text belongs: the entry is quarantined', table: 'vakanties', loaded: 0,
      quarantined: [
        [1, 'regio', "onbekende regio '7' (bekend: noord, midden, zuid, landelijk)", "unknown regio '7' (known: noord, midden, zuid, landelijk)"],
        [1, 'tot', 'tot is geen bestaande datum (dd-mm-jjjj of jjjj-mm-dd)', 'tot is not an existing date (dd-mm-yyyy or yyyy-mm-dd)'],
        [1, 'van', 'van is geen bestaande datum (dd-mm-jjjj of jjjj-mm-dd)', 'van is not an existing date (dd-mm-yyyy or yyyy-mm-dd)'],
      ],
    },
    {
      file: 'losse-cr.csv', what: 'a bare CR inside a field is text, not a line end', table: 'scholen', loaded: 1,
      quarantined: [[3, 'sector', /onbekende sector 'XX'/, /unknown sector 'XX'/]],
      check: { sql: 'SELECT naam FROM scholen WHERE file_id > 2', rows: [{ naam: 'De Wilg\rNoord' }] },
    },
  ] satisfies LoadCase[],
};
