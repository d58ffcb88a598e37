// The SQL count (pipeline/jaartelling) against jaartelling.md read literally on one classification
// per calendar day (daily-count.ts): every figure and every list of youths must be equal. This is
// what makes the breakpoints complete: a day on which some youth's classification changes and that
// the SQL does not look at shows up here as a difference.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openDatabase, type Database } from '../../pipeline/db/open.js';
import { generate } from '../../pipeline/generate/generate.js';
import { computeJaartelling, dropJaartellingTables, figures } from '../../pipeline/jaartelling/count.js';
import { countDays, parseSchoolYear } from '../../pipeline/jaartelling/school-year.js';
import { databaseWith } from '../classify/fixtures.js';
import { ingest, tempDir } from '../ingest/helpers.js';
import { classifyEveryDay, dailyMembers } from './daily-count.js';
import { town } from './town.js';

const sorted = (list: { regel: string; onderwijssoort: string; leerling_id: string }[]) =>
  list.map((m) => `${m.regel} ${m.onderwijssoort} ${m.leerling_id}`).sort();

async function expectAgreement(db: Database, schooljaar: string, tot: string, atLeast: string[]): Promise<void> {
  const days = countDays(parseSchoolYear(schooljaar), tot);
  const sql = await computeJaartelling(db.connection, { days });
  await dropJaartellingTables(db.connection);
  const daily = await dailyMembers(db.connection, days, await classifyEveryDay(db.connection, days));
  expect(sorted(sql.members)).toEqual(sorted(daily.members));
  expect(sql.figures).toEqual(figures(days, daily.members, daily.denominator));
  // the case must have something to agree on
  const regels = new Set(sql.members.map((m) => m.regel));
  expect(atLeast.filter((regel) => !regels.has(regel))).toEqual([]);
}

async function generated(pupils: number, seed: number): Promise<Database> {
  const folder = mkdtempSync(path.join(tmpdir(), 'tzm-jaar-'));
  await generate({ out: folder, pupils, seed });
  const file = path.join(tempDir(), 'gemeente.duckdb');
  await ingest(file, [folder]);
  return openDatabase(file);
}

describe('the count equals the count made from a classification of every day', () => {
  test('on the hand-made town (town.ts), 2025-2026 up to 30 November 2025', async () => {
    const db = await databaseWith(town);
    try {
      await expectAgreement(db, '2025-2026', '2025-11-30', ['lrv_3m', 'absoluut_verzuim_3m', 'relatief_verzuim_16u_herhaald']);
    } finally {
      db.close();
    }
  }, 600_000);

  // The generator plants its situations around 31 October 2026 (pipeline/generate/calendar.ts).
  test('on a generated town of 1000 youths, 2026-2027 up to 31 October 2026', async () => {
    const db = await generated(1000, 11);
    try {
      await expectAgreement(db, '2026-2027', '2026-10-31',
        ['absoluut_verzuim', 'lrv', 'niet_geteld_lang_thuis', 'relatief_verzuim_16u', 'zonder_aanbod_3m', 'dreigend']);
    } finally {
      db.close();
    }
  }, 900_000);

  // The first months of the data: windows of fewer than 20 school days, first enrollments.
  test('on a generated town of 300 youths, 2024-2025 up to 10 November 2024', async () => {
    const db = await generated(300, 12);
    try {
      await expectAgreement(db, '2024-2025', '2024-11-10', ['dreigend']);
    } finally {
      db.close();
    }
  }, 900_000);
});
