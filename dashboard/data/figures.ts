// The published figures (pipeline/monitor/figures.sql) as the pages use them: per stored month
// the exact value of each figure by id, and the one label of each figure.

import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../../pipeline/db/run-sql.js';

/** One month's exact figures, by figure id. */
export interface MonthFigures {
  maand: string;
  waarden: Record<string, number>;
}

export interface Figures {
  /** Oldest month first. */
  maanden: MonthFigures[];
  /** What each figure counts, by figure id. */
  omschrijvingen: Record<string, string>;
}

interface FigureRow {
  maand: string;
  figuur: string;
  omschrijving: string;
  waarde: number;
}

export async function readFigures(connection: DuckDBConnection): Promise<Figures> {
  const rows = await queryRows<FigureRow>(connection, 'dashboard/data/sql/figures-by-month.sql');
  const byMonth = new Map<string, MonthFigures>();
  const omschrijvingen: Record<string, string> = {};
  for (const { maand, figuur, omschrijving, waarde } of rows) {
    let month = byMonth.get(maand);
    if (month === undefined) byMonth.set(maand, (month = { maand, waarden: {} }));
    month.waarden[figuur] = waarde;
    omschrijvingen[figuur] = omschrijving;
  }
  return { maanden: [...byMonth.values()], omschrijvingen };
}
