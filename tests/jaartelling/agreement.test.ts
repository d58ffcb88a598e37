// The SQL count (pipeline/jaartelling) against jaartelling.md read literally on one classification
// per calendar day (daily-count.ts), on generated municipalities: every figure and every member
// list must be equal. This is what makes the breakpoints complete: a day on which some youth's
// classification changes and that the SQL does not look at shows up here as a difference.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../pipeline/db/open.js';
import { generate } from '../../pipeline/generate/generate.js';
import { computeJaartelling, dropJaartellingTables, figures } from '../../pipeline/jaartelling/count.js';
import { countDays, parseSchoolYear } from '../../pipeline/jaartelling/school-year.js';
import { ingest, tempDir } from '../ingest/helpers.js';
import { classifyEveryDay, dailyMembers } from './daily-count.js';

const sorted = <T extends { regel: string; onderwijssoort: string; leerling_id: string }>(list: T[]) =>
  list.map((m) => `${m.regel} ${m.onderwijssoort} ${m.leerling_id}`).sort();

describe.each([
  // a running year: the year's first months, three-month thresholds of streaks begun before J
  { pupils: 400, seed: 11, schooljaar: '2025-2026', tot: '2025-11-20' },
  // the first year of data: windows with fewer than 20 school days, first enrollments
  { pupils: 300, seed: 12, schooljaar: '2024-2025', tot: '2024-11-10' },
])('a generated municipality of $pupils youths, $schooljaar up to $tot', ({ pupils, seed, schooljaar, tot }) => {
  test('every figure and every list of youths equals the count made from a classification of every day', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'tzm-jaar-'));
    await generate({ out: folder, pupils, seed });
    const file = path.join(tempDir(), 'gemeente.duckdb');
    await ingest(file, [folder]);
    const db = await openDatabase(file);
    try {
      const days = countDays(parseSchoolYear(schooljaar), tot);
      const sql = await computeJaartelling(db.connection, { days });
      await dropJaartellingTables(db.connection);
      const byDay = await classifyEveryDay(db.connection, days);
      const daily = await dailyMembers(db.connection, days, byDay);
      expect(sorted(sql.members)).toEqual(sorted(daily.members));
      expect(sql.figures).toEqual(figures(days, daily.members, daily.denominator));
      // the case must have something to agree on
      expect(sql.members.length).toBeGreaterThan(20);
    } finally {
      db.close();
    }
  }, 900_000);
});
