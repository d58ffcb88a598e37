// The count in batches of youths (batches.ts, count.ts): the same figures and the same youths as
// in one batch, on the hand-made town and on a generated one.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openDatabase, type Database } from '../../pipeline/db/open.js';
import { generate } from '../../pipeline/generate/generate.js';
import { youthBatches } from '../../pipeline/jaartelling/batches.js';
import { computeJaartelling, dropJaartellingTables } from '../../pipeline/jaartelling/count.js';
import { countDays, parseSchoolYear } from '../../pipeline/jaartelling/school-year.js';
import { databaseWith } from '../classify/fixtures.js';
import { ingest, tempDir } from '../ingest/helpers.js';
import { town } from './town.js';

describe('youthBatches', () => {
  test('10 youths at most 4 at a time: 3 batches of 3, 3 and 4, every youth in exactly one', () => {
    expect(youthBatches(10, 4)).toEqual([
      { firstPupil: 1, lastPupil: 3 }, { firstPupil: 4, lastPupil: 6 }, { firstPupil: 7, lastPupil: 10 },
    ]);
  });

  test('a municipality fits in one batch; no youths is one empty batch (the tables still exist)', () => {
    expect(youthBatches(50_000, 250_000)).toEqual([{ firstPupil: 1, lastPupil: 50_000 }]);
    expect(youthBatches(0, 250_000)).toEqual([{ firstPupil: 1, lastPupil: 0 }]);
  });
});

/** The count with every youth in one batch and with at most `youthsPerBatch` at a time. */
async function bothWays(db: Database, schooljaar: string, tot: string, youthsPerBatch: number) {
  const days = countDays(parseSchoolYear(schooljaar), tot);
  const whole = await computeJaartelling(db.connection, { days, youthsPerBatch: 1_000_000 });
  await dropJaartellingTables(db.connection);
  const progress: string[] = [];
  const batched = await computeJaartelling(db.connection, { days, youthsPerBatch, progress: (step) => progress.push(step) });
  const stored = Number((await db.connection.runAndReadAll('SELECT count(*) FROM line_members')).getRows()[0][0]);
  await dropJaartellingTables(db.connection);
  return { whole, batched, progress, stored };
}

describe('the count in batches equals the count in one batch', () => {
  test('the hand-made town (9 youths) two at a time: 5 batches', async () => {
    const db = await databaseWith(town);
    try {
      const { whole, batched, progress, stored } = await bothWays(db, '2025-2026', '2025-11-30', 2);
      expect(progress.filter((p) => p.startsWith('groep'))).toEqual(
        ['groep 1 van 5', 'groep 2 van 5', 'groep 3 van 5', 'groep 4 van 5', 'groep 5 van 5']);
      // count.test.ts: 28 member rows, 3 youths in absoluut verzuim, 375 per 1,000 (8 in scope)
      expect(batched.members).toEqual(whole.members);
      expect(batched.members.length).toBe(28);
      expect(stored).toBe(28);
      expect(batched.figures).toEqual(whole.figures);
      expect(batched.figures.find((f) => f.regel === 'per_1000.absoluut_verzuim')?.aantal).toBe(375);
    } finally {
      db.close();
    }
  }, 300_000);

  test('a generated town of 400 youths over the whole of 2025-2026, 70 at a time: 6 batches', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'tzm-jaar-'));
    await generate({ out: folder, pupils: 400, seed: 13 });
    const file = path.join(tempDir(), 'gemeente.duckdb');
    await ingest(file, [folder]);
    const db = await openDatabase(file);
    try {
      const { whole, batched, progress } = await bothWays(db, '2025-2026', '2026-07-31', 70);
      expect(progress.filter((p) => p.startsWith('groep')).at(-1)).toBe('groep 6 van 6');
      expect(batched.members).toEqual(whole.members);
      expect(batched.figures).toEqual(whole.figures);
      // the case must have something to agree on: youths in several lines, and a rate
      expect(new Set(whole.members.map((m) => m.regel)).size).toBeGreaterThan(5);
      expect(whole.figures.find((f) => f.regel === 'per_1000.relatief_verzuim_16u')?.aantal).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  }, 600_000);
});
