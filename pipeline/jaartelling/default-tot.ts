// jaartelling.md §1: the count's end day when none is given.

import type { DuckDBConnection } from '@duckdb/node-api';
import { runSqlFile } from '../db/run-sql.js';
import { monthEnd } from '../monitor/months.js';
import { UserError } from '../user-error.js';
import type { SchoolYear } from './school-year.js';

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
