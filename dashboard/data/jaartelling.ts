// The annual count as `tzm jaartelling` stored it (jaartelling.md §5), for the running and the
// previous school year: exact figures for the analysts (no suppression; jaarverslag.ts makes the
// public version). A year that was not counted yet comes back with `geteld: false`, so the page can
// say which command counts it.

import type { DuckDBConnection } from '@duckdb/node-api';
import { linesToShow, parseSchooljaar, previousSchooljaar, schooljaarOf, soorten, type JaarRegel, type Soort } from './jaartelling-lines.js';
import { DataError } from './data-error.js';
import { readStamp, type DataStamp } from './months.js';
import { queryRows } from '../../pipeline/db/run-sql.js';

export interface StoredRow {
  schooljaar: string;
  tot: string;
  regel: string;
  onderwijssoort: string;
  aantal: number;
  berekend_op: string;
}

export interface CountedYear<T> {
  schooljaar: string;
  geteld: boolean;
  /** The count's last day and when it was made; null when not counted. */
  tot: string | null;
  berekend_op: string | null;
  regels: (JaarRegel & { cijfers: Record<Soort, T> })[];
}

export interface Jaartelling {
  stand: DataStamp;
  /** The running school year, then the previous one. */
  jaren: CountedYear<number | null>[];
}

/** `?schooljaar=` chooses the newer year of the pair; default the running one. */
export async function readJaartelling(connection: DuckDBConnection, requested: string | undefined): Promise<Jaartelling> {
  const stand = await readStamp(connection);
  const nieuw = await chooseSchooljaar(connection, requested, stand);
  const vorig = previousSchooljaar(nieuw);
  const rows = await queryRows<StoredRow>(connection, 'dashboard/data/sql/jaartelling.sql', { nieuw, vorig });
  return { stand, jaren: [countedYear(nieuw, rows), countedYear(vorig, rows)] };
}

/** The asked year, or the running one: that of the newest absence data or stored count, else of today. */
async function chooseSchooljaar(connection: DuckDBConnection, requested: string | undefined, stand: DataStamp): Promise<string> {
  if (requested !== undefined) {
    const schooljaar = parseSchooljaar(requested);
    if (schooljaar === undefined) throw new DataError('invalid', 'schooljaar moet de vorm JJJJ-JJJJ hebben, twee opeenvolgende jaren');
    return schooljaar;
  }
  const [{ tot }] = await queryRows<{ tot: string | null }>(connection, 'dashboard/data/sql/jaartelling-newest.sql');
  const newest = [stand.gegevens_tot, tot].filter((d): d is string => d !== null).sort().at(-1);
  return schooljaarOf(newest ?? new Date().toISOString().slice(0, 10));
}

/** One year's table: a line the count stored is 0 for a kind without a row; a line it did not store is empty (null), as is a rate without a row. */
export function countedYear(schooljaar: string, all: StoredRow[]): CountedYear<number | null> {
  const rows = all.filter((r) => r.schooljaar === schooljaar);
  if (rows.length === 0) return { schooljaar, geteld: false, tot: null, berekend_op: null, regels: [] };
  const byLine = new Map<string, Map<string, number>>();
  for (const row of rows) {
    if (!byLine.has(row.regel)) byLine.set(row.regel, new Map());
    byLine.get(row.regel)?.set(row.onderwijssoort, row.aantal);
  }
  const regels = linesToShow(byLine.keys()).map((line) => {
    const stored = byLine.get(line.regel);
    const cijfers = Object.fromEntries(
      soorten.map((soort) => [soort, stored?.get(soort) ?? (stored && !line.rate ? 0 : null)]),
    ) as Record<Soort, number | null>;
    return { ...line, cijfers };
  });
  return {
    schooljaar,
    geteld: true,
    tot: rows.reduce((max, r) => (r.tot > max ? r.tot : max), rows[0].tot),
    berekend_op: rows.reduce((max, r) => (r.berekend_op > max ? r.berekend_op : max), rows[0].berekend_op),
    regels,
  };
}
