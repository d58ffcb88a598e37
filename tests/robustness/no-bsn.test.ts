// spec/inputs.md "Privacy": no raw BSN is stored in the database, a log, a quarantine, an export
// or a page. The sample municipality and the bad-input corpus go through every command a user
// runs (ingest, refused ingests, classify, monitor, report) and the analyst's pages and downloads
// of the dashboard; then every byte the run left behind — database, WAL, snapshots, exports,
// pages, stdout and stderr — is searched for every BSN of the inputs, in 9 and in 8 digits. The
// key file is the one exception (it holds the secret). Issue 9 adds the hostile review's files,
// which put a BSN in any field, the file name, a headerless first line, a stray quote and a giant line.
//
// The positive control: a leerling_id of nine digits (CONTROL) travels where a BSN would if it
// leaked, so each scan must find it where it is stored. DuckDB compresses strings (FSST), so a
// byte scan of a database file can miss a stored value: the database and every snapshot are
// therefore also read value by value (every column of every table, as text).
//
// The pseudonyms themselves are 64 hex characters, and about one in three holds a run of eight
// or more digits: over the sample's six thousand of them, some run equals some input BSN by chance
// in roughly one run in five. The byte scan therefore blanks every stored pseudonym (and file
// hash) before it looks for digits — a digit run inside a digest is the digest, not a leak.
// In a database file it looks for nine digits and more only (what the ingest would store): the
// compression's symbol tables hold short digit fragments of other columns back to back (the
// leerling_ids' "287", "238", "06"...), and their runs matched an eight-digit input by chance.
// Every eight-digit form is still looked for in every value of the database (the value scan).

import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../dashboard/app.js';
import { databaseSource } from '../../dashboard/data/source.js';
import { openDatabase } from '../../pipeline/db/open.js';
import { passesElfproef } from '../../pipeline/privacy/scrub-bsn.js';
import { latestSnapshot } from '../../pipeline/db/snapshot.js';
import { passwords, testUsers } from '../dashboard/helpers/users.js';
import { tempDir } from '../ingest/helpers.js';
import { FIXTURES, fixed, loads, refusals } from './bad-input-cases.js';
import { rows, withConnection } from './db-state.js';
import { runTzm } from './tzm.js';

const SAMPLES = path.resolve('data-samples');
const CONTROL = '900000002';
const PEILDATUM = '2026-10-31';

let dir: string;
let db: string;
let bsns: Set<string>;
let digests: Set<string>;

/** Every run of 8 to 10 digits in the input files: BSNs, valid or not, and what Excel left of them. */
function bsnsIn(files: string[]): Set<string> {
  const found = new Set<string>();
  for (const file of files) {
    for (const [value] of decoded(file).matchAll(/(?<!\d)\d{8,10}(?!\d)/g)) {
      found.add(value);
      if (value.length === 9 && value.startsWith('0')) found.add(value.slice(1)); // as Excel shows it
      if (value.length === 8) found.add(`0${value}`); // as the ingest pads it
    }
  }
  found.delete(CONTROL);
  return found;
}

function decoded(file: string): string {
  const bytes = readFileSync(file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes).swap16().toString('utf16le');
  return bytes.toString('latin1'); // digits are ASCII in UTF-8 and Windows-1252 alike
}

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(root, name))
    .filter((file) => statSync(file).isFile());
}

/** Runs tzm and keeps its stdout and stderr as log files in the run folder, to be scanned too. */
function tzm(label: string, args: string[]) {
  const result = runTzm(args);
  writeFileSync(path.join(dir, 'logs', `${label}.stdout`), result.stdout);
  writeFileSync(path.join(dir, 'logs', `${label}.stderr`), result.stderr);
  return result;
}

beforeAll(async () => {
  dir = path.join(tempDir(), 'run');
  mkdirSync(path.join(dir, 'logs'), { recursive: true });
  const inputs = tempDir();
  cpSync(SAMPLES, inputs, { recursive: true });
  const samples = readdirSync(inputs).filter((name) => /\.(csv|json)$/.test(name)).map((name) => path.join(inputs, name));
  const control = path.join(inputs, 'controle-leerling.csv');
  writeFileSync(control, `leerling_id;bsn;geboortedatum\n${CONTROL};466920106;01-01-2014\n`);
  const loading = [...loads, ...fixed.blankish, ...fixed.loads].map((c) => path.join(FIXTURES, c.file));
  const refused = [...refusals, ...fixed.jsonNull].map((c) => path.join(FIXTURES, c.file));
  const hostile = hostileFiles(tempDir());
  bsns = bsnsIn([...samples, control, ...loading, ...refused, ...hostile.loading, ...hostile.refused]);

  db = path.join(dir, 'tzm.duckdb');
  expect(tzm('ingest-samples', ['ingest', '--db', db, ...samples, control]).code).toBe(0);
  expect(tzm('ingest-again', ['ingest', '--db', db, ...samples]).code).toBe(0);
  expect(tzm('ingest-bad-input', ['ingest', '--db', db, ...loading]).code).toBe(0);
  for (const file of refused) expect(tzm(`refused-${path.basename(file)}`, ['ingest', '--db', db, file]).code).not.toBe(0);
  expect(tzm('ingest-hostile', ['ingest', '--db', db, ...hostile.loading]).code).toBe(0);
  for (const file of hostile.refused) expect(tzm(`refused-hostile-${hostile.refused.indexOf(file)}`, ['ingest', '--db', db, file]).code).not.toBe(0);
  const out = (name: string) => path.join(dir, name);
  expect(tzm('classify-csv', ['classify', '--db', db, '--as-of', PEILDATUM, '--out', out('classificatie.csv')]).code).toBe(0);
  expect(tzm('classify-json', ['classify', '--db', db, '--as-of', PEILDATUM, '--format', 'json']).code).toBe(0);
  expect(tzm('monitor', ['monitor', '--db', db, '--from', '2026-10', '--to', '2026-10', '--out', out('monitor.csv')]).code).toBe(0);
  expect(tzm('report', ['report', '--db', db, '--month', '2026-10', '--out', out('raadsrapport.html')]).code).toBe(0);
  // The quarantine table itself, every column of every rejected row.
  const quarantine = await withConnection(db, (connection) => rows(connection, 'SELECT * FROM quarantine ORDER BY file_id, line'));
  writeFileSync(out('quarantaine.json'), JSON.stringify(quarantine));
  await savePages();
  digests = await storedDigests(db);
}, 300_000);

/** Valid BSNs (elfproef) from `from` upward, none of them in the sample. */
function validBsns(from: number, count: number): string[] {
  const found: string[] = [];
  for (let n = from; found.length < count; n++) if (passesElfproef(String(n).padStart(9, '0'))) found.push(String(n).padStart(9, '0'));
  return found;
}

/**
 * Issue 9: the files of the hostile review, each putting a BSN where the ingest did not look for
 * one: a second BSN column, a reason, a date field, the leerling_id, a studiedag's description,
 * the file name, a headerless file, a stray quote and a giant line.
 */
function hostileFiles(root: string): { loading: string[]; refused: string[] } {
  const [a, b, c, d, e, f, g, h, i, j] = validBsns(271828180, 10);
  const write = (name: string, text: string) => {
    const file = path.join(root, name);
    writeFileSync(file, text);
    return file;
  };
  return {
    loading: [
      write('sofinummer.csv', `leerling_id;Sofinummer;BSN;Naam;geboortedatum\nH1;;${a};Jan;01-01-2014\n`),
      write('redenen-dossier.csv', `bsn;datum;reden\n${b};01-09-2026;zie dossier ${c}\n`),
      write('leerlingen-datum.csv', `leerling_id;bsn;geboortedatum\nH2;${d};${e}\n`),
      write('leerling-id-is-bsn.csv', `leerling_id;bsn;geboortedatum\n${f};${f};01-01-2014\n`),
      write('studiedag.csv', `brin;van;tot;omschrijving\n12AB;05-10-2026;05-10-2026;gesprek ouders ${g}\n`),
      write(`correctie-${h}.csv`, `bsn;brin;van\n${h};12AB;01-08-2024\n`),
      write('lange-regel.csv', `bsn;brin;van\n${i};12AB;${'x'.repeat(3_000_000)}\n`),
    ],
    refused: [
      write('zonder-kop.csv', `H3;${j};01-01-2014\n`),
      write('losse-quote.csv', `bsn;brin;van\n${a};"12AB;01-08-2024\n${`${b};12AB;01-08-2024\n`.repeat(80_000)}`),
    ],
  };
}

/** What the dashboard serves from the newest snapshot: public and analyst pages, answers, downloads. */
const PAGES = ['/', '/analyse', '/api/public/raad', '/api/analyse/overzicht', '/api/analyse/datakwaliteit',
  '/api/analyse/export/classificaties.csv', '/api/analyse/export/maandtellingen.csv', '/api/analyse/export/quarantaine.csv'];

async function savePages(): Promise<void> {
  mkdirSync(path.join(dir, 'pages'));
  const snapshot = await latestSnapshot(db);
  if (!snapshot) throw new Error('no snapshot published');
  const database = await openDatabase(snapshot, { readOnly: true });
  try {
    const users = await testUsers();
    const app = createApp({ source: databaseSource(database), users, logError: (error) => { throw error; } });
    const login = await app.request('/inloggen', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
      body: new URLSearchParams({ gebruiker: 'analist', wachtwoord: passwords.analist }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    for (const page of PAGES) {
      const response = await app.request(page, { headers: { Cookie: cookie } });
      if (response.status !== 200) throw new Error(`${page}: HTTP ${response.status}`);
      writeFileSync(path.join(dir, 'pages', page.replace(/\W+/g, '_')), Buffer.from(await response.arrayBuffer()));
    }
  } finally {
    database.close();
  }
}

/** Every file the runs left, the key file excepted. */
function leftBehind(): string[] {
  return filesUnder(dir).filter((file) => !file.endsWith('.key'));
}

/** The 8-, 9- and 10-digit strings inside every run of digits of a text or binary. */
function digitStrings(text: string): Set<string> {
  const found = new Set<string>();
  for (const [run] of text.matchAll(/\d{8,}/g)) {
    for (let length = 8; length <= 10; length++) {
      for (let start = 0; start + length <= run.length; start++) found.add(run.slice(start, start + length));
    }
  }
  return found;
}

/** Each input BSN found in the file, with the bytes around its first occurrence (to tell what holds it). */
function bsnsInFile(file: string): string[] {
  const text = withoutDigests(readFileSync(file).toString('latin1'));
  const lengths = file.endsWith('.duckdb') ? [9, 10] : [8, 9, 10];
  return [...digitStrings(text)].filter((value) => bsns.has(value) && lengths.includes(value.length)).map((value) => {
    const at = text.indexOf(value);
    return `${value} in ${JSON.stringify(text.slice(Math.max(0, at - 40), at + value.length + 40))}`;
  });
}

const DIGEST = 64;

/** Every distinct 64-hex value the database stores: pupil pseudonyms and file hashes. */
async function storedDigests(database: string): Promise<Set<string>> {
  return withConnection(database, async (connection) => {
    const columns = await rows(connection, `SELECT table_name, column_name FROM duckdb_columns() WHERE schema_name = 'main' AND data_type = 'VARCHAR'`);
    const found = new Set<string>();
    for (const { table_name, column_name } of columns) {
      const column = `"${String(column_name)}"`;
      const values = await rows(connection, `SELECT DISTINCT ${column} AS v FROM "${String(table_name)}" WHERE regexp_full_match(${column}, '[0-9a-f]{${DIGEST}}')`);
      for (const { v } of values) found.add(String(v));
    }
    return found;
  });
}

/** The text with every stored digest replaced by dashes; digests may sit back to back in a page. */
function withoutDigests(text: string): string {
  const chars = text.split('');
  for (const run of text.matchAll(/[0-9a-f]{64,}/g)) {
    for (let start = 0; start + DIGEST <= run[0].length; start++) {
      if (digests.has(run[0].slice(start, start + DIGEST))) chars.fill('-', run.index + start, run.index + start + DIGEST);
    }
  }
  return chars.join('');
}

/** Every value of every column of every table, as text, that holds 8 or more digits in a row. */
async function digitValues(database: string): Promise<Array<{ where: string; value: string }>> {
  return withConnection(database, async (connection) => {
    const columns = await rows(connection, `SELECT table_name, column_name FROM duckdb_columns() WHERE schema_name = 'main'`);
    const found: Array<{ where: string; value: string }> = [];
    for (const { table_name, column_name } of columns) {
      const column = `"${String(column_name)}"::VARCHAR`;
      const values = await rows(connection, `SELECT DISTINCT ${column} AS v FROM "${String(table_name)}" WHERE regexp_matches(${column}, '\\d{8}')`);
      for (const { v } of values) found.push({ where: `${String(table_name)}.${String(column_name)}`, value: String(v) });
    }
    return found;
  });
}

/** The database and its published snapshots. */
function databases(): string[] {
  return leftBehind().filter((file) => file.endsWith('.duckdb'));
}

describe('no BSN anywhere', () => {
  it('the database stores pseudonyms to blank before the byte scan, and blanking keeps what is around them', () => {
    expect(digests.size).toBeGreaterThan(6000);
    const [digest] = digests;
    expect(withoutDigests(`123456789${digest}${digest}x`)).toBe(`123456789${'-'.repeat(2 * DIGEST)}x`);
  });

  it('the inputs hold BSNs to look for, in both spellings', () => {
    expect(bsns.size).toBeGreaterThan(6000);
    expect(bsns).toContain('57721506'); // bsn-zonder-voorloopnul.csv, as written
    expect(bsns).toContain('057721506'); // ... and as stored if it leaked
  });

  it('the run left a database, snapshots, exports and logs to scan', () => {
    const names = leftBehind().map((file) => path.relative(dir, file));
    expect(names).toEqual(expect.arrayContaining(['tzm.duckdb', 'classificatie.csv', 'monitor.csv', 'raadsrapport.html', 'quarantaine.json', 'logs/ingest-samples.stdout']));
    expect(names.filter((name) => name.startsWith('pages/'))).toHaveLength(PAGES.length);
    expect(names.filter((name) => name.startsWith('tzm.duckdb.snapshots/')).length).toBeGreaterThan(0);
  });

  it('positive control: the byte scan finds a stored nine-digit leerling_id in the exports and logs', () => {
    const withControl = leftBehind().filter((file) => digitStrings(readFileSync(file).toString('latin1')).has(CONTROL)).map((file) => path.relative(dir, file));
    expect(withControl).toEqual(expect.arrayContaining(['classificatie.csv', 'logs/classify-json.stdout', 'pages/_api_analyse_export_classificaties_csv']));
  });

  it('no file holds any BSN of the inputs, in 9 or 8 digits (databases: 9)', () => {
    const hits = leftBehind().map((file) => ({ file: path.relative(dir, file), bsns: bsnsInFile(file) })).filter((hit) => hit.bsns.length > 0);
    expect(hits).toEqual([]);
  });

  it('no value in any table of the database or a snapshot holds a BSN; the control is found in each', async () => {
    const files = databases();
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const values = await digitValues(file);
      expect(values.some(({ value }) => value.includes(CONTROL)), `control in ${path.relative(dir, file)}`).toBe(true);
      const hits = values.filter(({ value }) => [...digitStrings(value)].some((digits) => bsns.has(digits)));
      expect(hits, path.relative(dir, file)).toEqual([]);
    }
  });
});
