// `tzm jaartelling` on the hand-made town (town.ts): the rows of jaartelling.md §5, the default end
// day, and the tables the pages read, replaced (not added to) by a second run.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { openDatabase } from '../../pipeline/db/open.js';
import { jaartellingCommand } from '../../pipeline/commands/jaartelling.js';
import { regels } from '../../pipeline/jaartelling/lines.js';
import { databaseWith } from '../classify/fixtures.js';
import { tempDir } from '../ingest/helpers.js';
import { town } from '../jaartelling/town.js';

test('writes every line x kind as CSV, counted up to the last day of the newest covered month, and stores it once', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'gemeente.duckdb');
  (await databaseWith(town, file)).close();
  const out = path.join(dir, 'jaartelling.csv');
  await jaartellingCommand({ db: file, schooljaar: '2025-2026', format: 'csv', out });
  await jaartellingCommand({ db: file, schooljaar: '2025-2026', format: 'csv', out });

  const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
  expect(lines[0]).toBe('schooljaar,tot,regel,onderwijssoort,aantal');
  // the town's data covers up to November 2025 (delivered('2025-06', '2025-11')): tot 30 Nov
  expect(lines[1]).toBe('2025-2026,2025-11-30,absoluut_verzuim,totaal,3');
  // 7 figures (totaal and six kinds) per line, then the two rates (totaal only)
  expect(lines.length).toBe(1 + regels.length * 7 + 2);
  expect(lines.at(-2)).toBe('2025-2026,2025-11-30,per_1000.absoluut_verzuim,totaal,375');

  const db = await openDatabase(file);
  try {
    const stored = (await db.connection.runAndReadAll(
      `SELECT count(*) AS n, sum(aantal) FILTER (WHERE regel = 'lrv_3m' AND onderwijssoort = 'vo') AS lrv_3m_vo,
         any_value(strftime(tot, '%Y-%m-%d')) AS tot
       FROM jaartelling WHERE schooljaar = '2025-2026'`)).getRowObjectsJS()[0];
    expect({ ...stored, n: Number(stored.n) }).toEqual({ n: regels.length * 7 + 2, lrv_3m_vo: 1, tot: '2025-11-30' });
    // the youths behind the figures, per kind only (28 member rows in count.test.ts), not doubled
    const members = (await db.connection.runAndReadAll(
      `SELECT count(*) AS n, count(*) FILTER (WHERE regel = 'relatief_verzuim_16u_herhaald' AND leerling_id = 'D') AS d
       FROM jaartelling_leerlingen WHERE schooljaar = '2025-2026'`)).getRowObjectsJS()[0];
    expect([Number(members.n), Number(members.d)]).toEqual([28, 1]);
  } finally {
    db.close();
  }
});

test('JSON rows carry the rate as a number', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'gemeente.duckdb');
  (await databaseWith(town, file)).close();
  const out = path.join(dir, 'jaartelling.json');
  await jaartellingCommand({ db: file, schooljaar: '2025-2026', tot: '2025-09-15', format: 'json', out });
  const rows = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>[];
  expect(rows.find((r) => r.regel === 'per_1000.absoluut_verzuim')).toEqual({
    schooljaar: '2025-2026', tot: '2025-09-15', regel: 'per_1000.absoluut_verzuim', onderwijssoort: 'totaal', aantal: 250,
  });
});

test('a school year whose data has not begun is refused (exit 2) without a --tot', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'gemeente.duckdb');
  (await databaseWith(town, file)).close();
  await expect(jaartellingCommand({ db: file, schooljaar: '2026-2027', format: 'csv', out: path.join(dir, 'x.csv') }))
    .rejects.toMatchObject({ exitCode: 2, en: expect.stringContaining('before school year 2026-2027 starts') });
});
