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
import { databaseWith, delivered, enrollment, event, pupil, school } from '../classify/fixtures.js';
import { ingest, tempDir } from '../ingest/helpers.js';
import { classifyEveryDay, dailyMembers, enrollmentsOf, kindOn } from './daily-count.js';
import { town } from './town.js';

const sorted = (list: { regel: string; onderwijssoort: string; leerling_id: string }[]) =>
  list.map((m) => `${m.regel} ${m.onderwijssoort} ${m.leerling_id}`).sort();

async function expectAgreement(db: Database, schooljaar: string, tot: string, atLeast: string[]): Promise<void> {
  const days = countDays(parseSchoolYear(schooljaar), tot);
  const sql = await computeJaartelling(db.connection, { days });
  const breakpoints = (await db.connection.runAndReadAll(
    `SELECT leerling_id, strftime(dag, '%Y-%m-%d') AS dag, coalesce(categorie, '') AS categorie, coalesce(fase, '') AS fase,
       coalesce(duur, '') AS duur, coalesce(officieel, '') AS officieel, coalesce(passend_aanbod, '') AS passend_aanbod,
       coalesce(categorie IS NOT NULL AND verzuim_16u, false) AS verzuim_16u,
       coalesce(categorie IS NOT NULL AND dreigend_signaal, false) AS dreigend_signaal, coalesce(artikel, '') AS artikel, onderwijssoort
     FROM day_states ORDER BY leerling_id, dag`)).getRowObjectsJS() as Record<string, string | boolean>[];
  await dropJaartellingTables(db.connection);
  const byDay = await classifyEveryDay(db.connection, days);
  const daily = await dailyMembers(db.connection, days, byDay);
  // Every day's classification equals the state of the last breakpoint on or before it: the
  // breakpoints miss no day on which something the lines look at changes.
  const enrollments = await enrollmentsOf(db.connection);
  const byYouth = new Map<string, Record<string, string | boolean>[]>();
  for (const b of breakpoints) byYouth.set(String(b.leerling_id), [...(byYouth.get(String(b.leerling_id)) ?? []), b]);
  const differences: string[] = [];
  for (const [d, rows] of byDay) {
    for (const [id, list] of byYouth) {
      const { dag: _dag, leerling_id: _id, ...state } = list.filter((b) => String(b.dag) <= d).at(-1) ?? {};
      const row = rows.get(id);
      const signals = row?.signalen.split('|') ?? [];
      const expected = row === undefined ? { categorie: '', fase: '', duur: '', officieel: '', passend_aanbod: '', verzuim_16u: false, dreigend_signaal: false, artikel: '' } : {
        categorie: row.categorie, fase: row.fase, duur: row.duur, officieel: row.officieel, passend_aanbod: row.passend_aanbod,
        verzuim_16u: signals.includes('verzuim_16u'),
        dreigend_signaal: ['verzuim_16u', 'aanwezigheid_laag', 'ziek_frequent', 'ziek_lang', 'aangepast_programma'].some((s) => signals.includes(s)),
        artikel: row.artikel,
      };
      const { onderwijssoort, ...rest } = state as Record<string, string | boolean>;
      if (JSON.stringify(rest) !== JSON.stringify(expected) || (row !== undefined && onderwijssoort !== kindOn(row, enrollments, id, d))) {
        differences.push(`${id} ${d}: ${JSON.stringify(state)} / ${JSON.stringify(expected)}`);
      }
    }
  }
  expect(differences.slice(0, 10)).toEqual([]);
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

  // A pupil whose first enrollment runs on into J and who comes back later: the later piece's
  // school days before it start after 1 August, so they must not move the last school day before J
  // (school-day-states.sql, span). 4 h ongeoorloofd Mon-Thu 1-4 Sep at 01AA (16 h: verzuim_16u from
  // Thu 4 Sep), enrolled until Fri 5 Sep and again from Mon 20 Oct.
  test('on a pupil who leaves in September and comes back in October', async () => {
    const db = await databaseWith({
      scholen: [school()],
      leerlingen: [pupil('K')],
      inschrijvingen: [enrollment('K', { tot: '2025-09-05' }), enrollment('K', { van: '2025-10-20' })],
      verzuim_events: [
        ...delivered('2025-06', '2025-11'),
        ...['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04'].map((d) => event('K', d, 4, 'ongeoorloofd')),
      ],
    });
    try {
      await expectAgreement(db, '2025-2026', '2025-11-30', ['relatief_verzuim_16u']);
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
