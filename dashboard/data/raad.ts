// Everything the public council page (and the printed report) shows: the chosen month in
// detail, every month as a trend, and each target's path. Aggregates only, suppressed.

import type { DuckDBConnection } from '@duckdb/node-api';
import { chooseMonth, readStamp, type DataStamp, type Month } from './months.js';
import { queryRows } from '../../pipeline/db/run-sql.js';
import { buildRaadMonth, type BreakdownCount, type RaadMonth } from './raad-month.js';
import { readFigures } from './figures.js';
import { headlineKeys } from './disclosure/relations.js';
import { pathBaselines, targetSeries, type TargetRow, type TargetSeries } from './raad-targets.js';
import type { Figure } from './disclosure/suppress.js';

export interface Raad extends Partial<RaadMonth> {
  maanden: Month[];
  stand: DataStamp;
  maand: string | null;
  peildatum: string | null;
  kleinTot: number;
  trend: { maand: string; cijfers: Record<string, Figure> }[];
  /** What each published figure counts (pipeline/monitor/figures.sql), by figure id. */
  omschrijvingen: Record<string, string>;
  doelen: TargetSeries[];
}

export async function readRaad(connection: DuckDBConnection, requested: string | undefined, upTo: number): Promise<Raad> {
  const { maanden, gekozen } = await chooseMonth(connection, requested);
  const stand = await readStamp(connection);
  const figures = await readFigures(connection);
  const breakdowns = await queryRows<BreakdownCount>(connection, 'dashboard/data/sql/raad-breakdowns.sql');
  const targets = await queryRows<TargetRow>(connection, 'dashboard/data/sql/targets.sql');

  // The trend ends at the chosen month, so a report for a past month shows that moment; a later
  // month a target path starts from is worked out too, to know whether its path may be shown.
  const baselines = pathBaselines(targets);
  const months = new Map<string, RaadMonth>();
  for (const row of figures.maanden.filter((c) => gekozen === undefined || c.maand <= gekozen.maand || baselines.has(c.maand))) {
    months.set(row.maand, await buildRaadMonth(row, breakdowns.filter((b) => b.maand === row.maand), upTo, baselines.get(row.maand)));
  }
  const detail = gekozen ? months.get(gekozen.maand) : undefined;
  const trend = [...months].filter(([maand]) => gekozen === undefined || maand <= gekozen.maand);
  return {
    maanden,
    stand,
    maand: gekozen?.maand ?? null,
    peildatum: gekozen?.peildatum ?? null,
    kleinTot: upTo,
    ...detail,
    trend: trend.map(([maand, month]) => ({ maand, cijfers: month.cijfers })),
    omschrijvingen: Object.fromEntries(headlineKeys.map((key) => [key, figures.omschrijvingen[key] ?? key])),
    doelen: await targetSeries(targets, months, upTo, gekozen?.maand),
  };
}
