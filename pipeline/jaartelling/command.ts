// `tzm jaartelling --db FILE --schooljaar 2025-2026 [--tot YYYY-MM-DD] [--format csv|json] [--out FILE]`
// (jaartelling.md §5): computes the annual count of a school year, stores it for the pages
// (store.ts) and writes its rows: schooljaar, tot, regel, onderwijssoort, aantal.

import type { Writable } from 'node:stream';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openExisting } from '../classify/command.js';
import { runSqlFile } from '../classify/run-sql.js';
import { writeRows, type OutputFormat } from '../classify/write-rows.js';
import { memoryLimitFor } from '../db/open.js';
import { monthEnd } from '../monitor/months.js';
import { defaultSettings } from '../settings.js';
import { UserError } from '../user-error.js';
import { computeJaartelling, dropJaartellingTables } from './count.js';
import { countDays, parseSchoolYear, parseTot, type SchoolYear } from './school-year.js';
import { storeJaartelling } from './store.js';

export interface JaartellingCommandOptions {
  db: string;
  /** '2025-2026' */
  schooljaar: string;
  /** The count's last day; default: see defaultTot. */
  tot?: string;
  format: OutputFormat;
  out?: string;
  /** A progress line per step goes here when given. */
  progress?: Writable;
  /** Where the rows go without `out`; default process.stdout. */
  stdout?: Writable;
}

export const jaartellingFields = ['schooljaar', 'tot', 'regel', 'onderwijssoort', 'aantal'] as const;

export async function jaartellingCommand(options: JaartellingCommandOptions): Promise<void> {
  const year = parseSchoolYear(options.schooljaar);
  const givenTot = options.tot === undefined ? undefined : parseTot(options.tot, year);
  const database = await openExisting(options.db, { memoryLimit: memoryLimitFor('monitor') });
  try {
    const connection = database.connection;
    const days = countDays(year, givenTot ?? await defaultTot(connection, year));
    const started = performance.now();
    const say = (step: string) => options.progress?.write(
      `tzm jaartelling: ${step} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    // Compute into temp tables first, then write in one transaction (pipeline/classify/README.md).
    const { figures } = await computeJaartelling(connection, { days, settings: defaultSettings, progress: say });
    await storeJaartelling(connection, { schooljaar: year.schooljaar, figures });
    say(`${year.schooljaar} t/m ${days.tot} opgeslagen / stored`);
    await dropJaartellingTables(connection);
    await writeRows([figures], { format: options.format, fields: jaartellingFields, out: options.out, stdout: options.stdout });
  } finally {
    database.close();
  }
}

/**
 * jaartelling.md §1: by default the last day of the newest month any school's data covers
 * (the monitor's newest-covered-month.sql), and never after 31 July of J.
 */
export async function defaultTot(connection: DuckDBConnection, year: SchoolYear): Promise<string> {
  const result = await runSqlFile(connection, 'pipeline/monitor/newest-covered-month.sql');
  const newest = result ? ((await result.getRowObjectsJS())[0]?.maand as string | null) : null;
  if (newest === null || newest === undefined) {
    throw new UserError('er zijn nog geen verzuimgegevens om te tellen', 'there is no absence data to count yet');
  }
  const end = monthEnd(newest);
  if (end < year.van) {
    throw new UserError(
      `de verzuimgegevens lopen tot ${newest}, voor schooljaar ${year.schooljaar} begint; geef --tot of laad nieuwere gegevens`,
      `the absence data ends in ${newest}, before school year ${year.schooljaar} starts; give --tot or load newer data`,
      { exitCode: 2 },
    );
  }
  return end < year.eind ? end : year.eind;
}
