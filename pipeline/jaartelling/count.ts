// jaartelling.md: the annual count of a school year, as SQL steps over the classification's history
// tables (pipeline/classify prepareHistory) on one connection, as temp tables. Returns every figure
// of §5 and the youths behind them; storing them is store.ts's job. The steps run per batch of
// youths (batches.ts), so that their per-day tables hold one batch at a time.

import type { DuckDBConnection } from '@duckdb/node-api';
import { dropClassificationTables, prepareHistory } from '../classify/classify.js';
import { queryNumber, runSqlFile, type SqlParams } from '../db/run-sql.js';
import { sqlFile } from '../db/sql-file.js';
import { defaultSettings, jaartellingLimits, type Settings } from '../settings.js';
import { youthBatches } from './batches.js';
import { onderwijssoorten, rates, regels } from './lines.js';
import type { CountDays } from './school-year.js';

/** In order, for one batch of youths; the last leaves the batch's `line_members`. */
const steps = ['school-day-states', 'breakpoints', 'day-states', 'line-members'];

export interface Figure {
  schooljaar: string;
  tot: string;
  regel: string;
  onderwijssoort: string;
  aantal: number;
}

export interface Member {
  regel: string;
  onderwijssoort: string;
  leerling_id: string;
}

export interface Jaartelling {
  figures: Figure[];
  members: Member[];
}

/**
 * Computes the count of J up to `days.tot`. Leaves the temp table `line_members` (every youth;
 * `day_states` and the other step tables hold the last batch only); call dropJaartellingTables
 * afterwards on a connection that stays open.
 */
export async function computeJaartelling(
  connection: DuckDBConnection,
  { days, settings = defaultSettings, youthsPerBatch = jaartellingLimits.youthsPerBatch, progress }: {
    days: CountDays;
    settings?: Settings;
    /** At most this many youths per batch (default jaartellingLimits); the count is the same for any. */
    youthsPerBatch?: number;
    progress?: (step: string) => void;
  },
): Promise<Jaartelling> {
  // Absent hours only as far back as the rules look from the day before J (the classify horizon):
  // every day counted lies on or after it, so this is exact and skips years of history.
  await prepareHistory(connection, { from: days.dagVoor, until: days.tot, settings });
  progress?.('geschiedenis / history');
  const batches = youthBatches(await queryNumber(connection, 'SELECT count(*) FROM pupils'), youthsPerBatch);
  if (batches.length > 1) progress?.(`${batches.length} groepen van hoogstens ${youthsPerBatch.toLocaleString('nl-NL')} jongeren`);
  await connection.run('CREATE OR REPLACE TEMP TABLE counted_members (regel VARCHAR, onderwijssoort VARCHAR, leerling_id VARCHAR)');
  let denominator = 0;
  for (const [index, batch] of batches.entries()) {
    const params: SqlParams = { ...(settings as unknown as SqlParams), ...days, ...batch };
    for (const step of steps) {
      await runSqlFile(connection, `pipeline/jaartelling/${step}.sql`, params);
      if (batches.length === 1) progress?.(step);
    }
    await connection.run('INSERT INTO counted_members SELECT regel, onderwijssoort, leerling_id FROM line_members');
    // §4: the youths classified on the rates' day (every youth is in exactly one batch)
    denominator += await queryNumber(connection,
      `SELECT count(*) FROM day_states
       WHERE dag = $peildag AND categorie IS NOT NULL AND categorie <> 'bijna_leerplichtig'`,
      { peildag: days.peildagRate });
    if (batches.length > 1) progress?.(`groep ${index + 1} van ${batches.length}`);
  }
  // every batch's youths, under the name store.ts reads
  await connection.run('CREATE OR REPLACE TEMP TABLE line_members AS SELECT * FROM counted_members');
  await connection.run('DROP TABLE counted_members');
  const members = (await connection.runAndReadAll(
    'SELECT regel, onderwijssoort, leerling_id FROM line_members ORDER BY regel, onderwijssoort, leerling_id',
  )).getRowObjectsJS() as unknown as Member[];
  return { figures: figures(days, members, denominator), members };
}

/** §5: every regel in total and per kind, zeros included; then the rates (§4), one decimal. */
export function figures(days: CountDays, members: Member[], denominator: number): Figure[] {
  const youths = new Map<string, Set<string>>();
  for (const m of members) {
    for (const key of [`${m.regel}|${m.onderwijssoort}`, `${m.regel}|totaal`]) {
      if (!youths.has(key)) youths.set(key, new Set());
      youths.get(key)?.add(m.leerling_id);
    }
  }
  const count = (regel: string, soort: string) => youths.get(`${regel}|${soort}`)?.size ?? 0;
  const row = (regel: string, onderwijssoort: string, aantal: number): Figure =>
    ({ schooljaar: days.schooljaar, tot: days.tot, regel, onderwijssoort, aantal });
  return [
    ...regels.flatMap((regel) => ['totaal', ...onderwijssoorten].map((soort) => row(regel, soort, count(regel, soort)))),
    ...rates.map(({ regel, of }) =>
      row(regel, 'totaal', denominator === 0 ? 0 : Math.round((10_000 * count(of, 'totaal')) / denominator) / 10)),
  ];
}

/** Drops the temp tables of the history and of the count steps. */
export async function dropJaartellingTables(connection: DuckDBConnection): Promise<void> {
  await dropClassificationTables(connection);
  // left behind only when a batch failed
  await connection.run('DROP TABLE IF EXISTS temp.main.counted_members');
  for (const step of steps) {
    for (const match of sqlFile(`pipeline/jaartelling/${step}.sql`).matchAll(/CREATE OR REPLACE TEMP TABLE (\w+)/g)) {
      await connection.run(`DROP TABLE IF EXISTS temp.main.${match[1]}`);
    }
  }
}
