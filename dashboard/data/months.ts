import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../../pipeline/db/run-sql.js';
import { DataError } from './data-error.js';

export interface Month {
  maand: string;
  peildatum: string;
}

/** What every page says the figures rest on (sql/data-stamp.sql); null before any data. */
export interface DataStamp {
  gegevens_tot: string | null;
  bijgewerkt: string | null;
}

export interface MonthChoice {
  maanden: Month[];
  /** The requested month, or the latest; undefined when there are no results yet. */
  gekozen: Month | undefined;
}

export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Validates `?maand=` against the months present; no month asked means the latest. Throws DataError. */
export async function chooseMonth(connection: DuckDBConnection, requested: string | undefined): Promise<MonthChoice> {
  if (requested !== undefined && !monthPattern.test(requested)) {
    throw new DataError('invalid', 'maand moet de vorm JJJJ-MM hebben');
  }
  const maanden = await queryRows<Month>(connection, 'dashboard/data/sql/months.sql');
  const gekozen = requested === undefined ? maanden.at(-1) : maanden.find((m) => m.maand === requested);
  if (requested !== undefined && gekozen === undefined) {
    throw new DataError('not_found', `geen gegevens voor maand ${requested}`);
  }
  return { maanden, gekozen };
}

/** What the figures rest on, for the pages that show it (not for downloads). */
export async function readStamp(connection: DuckDBConnection): Promise<DataStamp> {
  const [stand] = await queryRows<DataStamp>(connection, 'dashboard/data/sql/data-stamp.sql');
  return stand;
}
