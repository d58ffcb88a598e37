// The committed bad-input corpus (tests/fixtures/bad-input/), one case per file with the outcome
// worked out by hand: rows quarantined at a line and column with a Dutch and English reason, the
// file refused whole with a message, or N rows loaded. Every case starts from the same database
// (basis/: two schools, three pupils) and must change nothing beyond what the file brings.

import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ABSENCE_ROWS, isAbsenceTable } from '../../pipeline/db/absence-rows.js';
import { ingest, query, SECRET, tempDir } from '../ingest/helpers.js';
import { FIXTURES, fixed, loads, refusals, type LoadCase, type RefuseCase } from './bad-input-cases.js';
import { fingerprint, integrityProblems } from './db-state.js';
import { runTzm } from './tzm.js';

// What any load changes besides its own table; pupil_numbers numbers the pupils of the rows it loads.
const BOOKKEEPING = ['ingest_files', 'ingest_runs', 'quarantine', 'pupil_numbers'];
/** A table and where its rows are stored: an absence view's rows table and the school codes it numbers. */
const storedIn = (table: string) => (isAbsenceTable(table) ? [table, ABSENCE_ROWS[table], 'school_codes'] : [table]);

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
  unchangedExcept(before, await fingerprint(db), [...storedIn(c.table), ...BOOKKEEPING]);
  if (c.check) expect(await query(db, c.check.sql)).toEqual(c.check.rows);
  expect(await integrityProblems(db)).toEqual([]);
}

/** Through the command line, as a user meets it: exit 1, one line on stderr, nothing changed. */
async function expectRefusal(c: RefuseCase) {
  const db = freshDb();
  const before = await fingerprint(db);
  // the basis database was filled under the helpers' secret: one key per database (issue 9)
  const { code, stdout, stderr } = runTzm(['ingest', '--db', db, path.join(FIXTURES, c.file)], { TZM_SECRET: SECRET });
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr.trimEnd()).toMatch(c.refused);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(await fingerprint(db)).toEqual(before);
  expect(existsSync(`${db}.snapshots`)).toBe(false); // nothing published either
}

describe('bad input that loads: bad rows quarantined with line, column and reason, good rows loaded', () => {
  it.each([...loads, ...fixed.blankish, ...fixed.loads].map((c) => [c.file, c] as const))('%s', async (_, c) => expectLoad(c));
});

describe('bad input refused whole: one clear line naming the file, nothing changed', () => {
  it.each([...refusals, ...fixed.jsonNull].map((c) => [c.file, c] as const))('%s', async (_, c) => expectRefusal(c));

});

describe('a lone carriage return (spec/inputs.md: lines end in LF or CRLF)', () => {
  // The same bytes must give the same outcome whichever reader takes the file; an empty line at
  // the end sends a file to csv-records.ts instead of DuckDB's reader, and changes nothing else.
  // (Fixed in bb271b8: DuckDB's reader ended a line there.)
  it('is read the same by both readers', async () => {
    const text = 'brin;naam;sector;regio\n12AB;De Wilg\rNoord;PO;midden\n34CD;Fout;XX;zuid\n';
    const outcome = async (content: string) => {
      const db = freshDb();
      const file = path.join(tempDir(), 'losse-cr.csv');
      writeFileSync(file, content);
      const [summary] = (await ingest(db, [file])).files;
      const rows = await query(db, 'SELECT line, "column", reason_en FROM quarantine ORDER BY line, "column"');
      return { loaded: summary.rowsLoaded, rejected: summary.rowsRejected, rows };
    };
    expect(await outcome(text)).toEqual(await outcome(`${text}\n`));
  });
});

describe('a Windows-1252 character after the first 64 KB (the encoding is decided on the whole file)', () => {
  /** 3000 plain ASCII schools (about 80 KB), then `extra`, then one more good row. */
  function lateFile(extra: Buffer): string {
    const rows = Array.from({ length: 3000 }, (_, i) => `${10 + (i % 90)}${String.fromCharCode(65 + (i % 26), 65 + (Math.floor(i / 26) % 26))};School ${i};PO;midden\n`);
    const bytes = Buffer.concat([Buffer.from(`brin;naam;sector;regio\n${rows.join('')}`), extra, Buffer.from('98ZZ;Na;PO;midden\n')]);
    const file = path.join(tempDir(), 'laat-1252.csv');
    writeFileSync(file, bytes);
    return file;
  }
  const cafe = Buffer.from([...Buffer.from('99ZZ;Caf'), 0xe9, ...Buffer.from(';PO;midden\n')]); // 'Café' in Windows-1252

  // Fixed in a1e0546 (the encoding is now decided on the whole file): before, DuckDB's reader
  // quarantined the line as "INVALID ENCODING" and csv-records.ts refused the whole file.
  it.each([
    ['DuckDB reader (no quotes)', Buffer.alloc(0), 3002],
    ['streamed reader (a quote in the file)', Buffer.from('97ZZ;"Q";PO;midden\n'), 3003],
  ])('is read as Windows-1252 by the %s', async (_, extra, rows) => {
    const db = freshDb();
    const [summary] = (await ingest(db, [lateFile(Buffer.concat([extra, cafe]))])).files;
    expect(summary).toMatchObject({ encoding: 'windows-1252', rowsLoaded: rows, rowsRejected: 0 });
    expect(await query(db, "SELECT naam FROM scholen WHERE brin = '99ZZ'")).toEqual([{ naam: 'Café' }]);
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
    const named = new Set([...loads, ...refusals, ...fixed.jsonNull, ...fixed.blankish, ...fixed.loads].map((c) => c.file));
    const files = readdirSync(FIXTURES).filter((name) => name !== 'basis' && name !== 'README.md');
    expect(files.filter((name) => !named.has(name))).toEqual([]);
  });
});
