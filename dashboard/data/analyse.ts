// The analyst page: exact counts (no suppression: analysts work under the municipality's own
// access rules), the month's whole cube, the trend, flows, durations and the per-school table.

import type { DuckDBConnection } from '@duckdb/node-api';
import { chooseMonth, readStamp } from './months.js';
import { queryRows } from '../../pipeline/db/run-sql.js';
import { schoolYearStart } from '../../pipeline/school-year.js';
import { uncoveredSchools } from './uncovered-schools.js';
import { readFigures } from './figures.js';

export async function readAnalyse(connection: DuckDBConnection, requested: string | undefined) {
  const { maanden, gekozen } = await chooseMonth(connection, requested);
  const stand = await readStamp(connection);
  // the published figures (pipeline/monitor/figures.sql), exact, every month as a trend
  const figures = await readFigures(connection);
  const trend = figures.maanden.map(({ maand, waarden }) => ({ maand, cijfers: waarden }));
  if (gekozen === undefined) return { maanden, stand, maand: null, peildatum: null, trend };
  const { maand, peildatum } = gekozen;
  return {
    maanden,
    stand,
    maand,
    peildatum,
    cijfers: trend.find((t) => t.maand === maand)?.cijfers ?? {},
    omschrijvingen: figures.omschrijvingen,
    trend: trend.filter((t) => t.maand <= maand),
    kubus: await queryRows(connection, 'dashboard/data/sql/analyse-cube.sql', { maand }),
    stromen: await queryRows(connection, 'dashboard/data/sql/flows.sql', { maand }),
    duur: await queryRows(connection, 'dashboard/data/sql/duration.sql', { peildatum }),
    scholen: await queryRows(connection, 'dashboard/data/sql/schools.sql', { maand, peildatum }),
    // per school and month of this school year: pupils who missed ≥ 10% / ≥ 50% of it
    verzuimAandelen: await queryRows(connection, 'dashboard/data/sql/analyse-absence-shares.sql', { van: schoolYearStart(peildatum).slice(0, 7), maand }),
    // classification.md §6: the schools whose data did not cover the month, in words ('' when none)
    nietGeleverd: (await uncoveredSchools(connection, maand)).zin,
  };
}
