// classification.md §6: "each stored month records which schools with pupils in scope its data
// did not cover; the pages say so". One sentence for a month, for the council, analyst and school
// pages alike; empty when every school delivered.

import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../../pipeline/db/run-sql.js';

const monthNames = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

export interface UncoveredSchools {
  /** BRINs of the schools whose data did not cover the month. */
  scholen: string[];
  /** The youths in scope enrolled at them on the month end. */
  leerlingen: number;
  /** The sentence for the pages, or '' when every school delivered. */
  zin: string;
}

/** The schools that delivered nothing over `maand` (YYYY-MM); `brin` narrows it to one school. */
export async function uncoveredSchools(connection: DuckDBConnection, maand: string, brin?: string): Promise<UncoveredSchools> {
  const rows = (await queryRows<{ brin: string; leerlingen: number }>(connection, 'dashboard/data/sql/uncovered-schools.sql', { maand }))
    .filter((r) => brin === undefined || r.brin === brin);
  return {
    scholen: rows.map((r) => r.brin),
    leerlingen: rows.reduce((sum, r) => sum + r.leerlingen, 0),
    zin: uncoveredSentence(rows.length, maand),
  };
}

/** "3 scholen leverden over oktober nog niets aan; hun leerlingen tellen met de dagen die wel bekend zijn". */
export function uncoveredSentence(schools: number, maand: string): string {
  if (schools === 0) return '';
  const month = monthNames[Number(maand.slice(5, 7)) - 1];
  const who = schools === 1 ? '1 school leverde' : `${schools} scholen leverden`;
  const their = schools === 1 ? 'haar leerlingen tellen' : 'hun leerlingen tellen';
  return `${who} over ${month} nog niets aan; ${their} met de dagen die wel bekend zijn`;
}
