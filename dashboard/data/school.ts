// A school's own page: its attendance by weekday and school week against the municipal
// average (results.sql school_day_stats), and its action list: pupils in fase 2 and 3 with
// what changed since last month and their attendance over the school year. The caller has
// already checked that the user may see this BRIN (dashboard/middleware/require-role.ts).

import type { DuckDBConnection } from '@duckdb/node-api';
import { chooseMonth, readStamp } from './months.js';
import { queryRows } from '../../pipeline/db/run-sql.js';
import { schoolYearStart } from '../../pipeline/school-year.js';
import { uncoveredSchools } from './uncovered-schools.js';

interface DayRow {
  datum: string;
  dag: number;
  week: string;
  gepland: number | null;
  ziek: number | null;
  geoorloofd: number | null;
  ongeoorloofd: number | null;
  gemeente_gepland: number;
  gemeente_afwezig: number;
}

interface PupilRow {
  leerling_id: string;
  [field: string]: unknown;
}

interface TrendRow {
  leerling_id: string;
  maand: string;
  aanwezigheid_w4: number;
}

export async function readSchool(connection: DuckDBConnection, brin: string, requested: string | undefined) {
  const { maanden, gekozen } = await chooseMonth(connection, requested);
  const stand = await readStamp(connection);
  const [school] = await queryRows<{ brin: string; naam: string; sector: string }>(connection, 'dashboard/data/sql/school-name.sql', { brin });
  const base = { maanden, stand, maand: gekozen?.maand ?? null, peildatum: gekozen?.peildatum ?? null, school: school ?? { brin, naam: brin, sector: '' } };
  if (gekozen === undefined) return { ...base, dagen: [], leerlingen: [], fasen: [], verzuimAandelen: [] };
  const { peildatum } = gekozen;
  const van = schoolYearStart(peildatum);
  const days = await queryRows<DayRow>(connection, 'dashboard/data/sql/school-days.sql', { brin, van, tot: peildatum });
  return {
    ...base,
    dagen: days.map((d) => ({
      datum: d.datum,
      dag: d.dag,
      week: d.week,
      gepland: d.gepland ?? 0,
      ziek: d.ziek ?? 0,
      geoorloofd: d.geoorloofd ?? 0,
      ongeoorloofd: d.ongeoorloofd ?? 0,
      gemeente_gepland: d.gemeente_gepland,
      gemeente_afwezig: d.gemeente_afwezig,
    })),
    fasen: await queryRows(connection, 'dashboard/data/sql/school-phases.sql', { brin, peildatum }),
    leerlingen: await readActionList(connection, brin, peildatum, van),
    // ≥ 10% / ≥ 50% of the school year missed, by month, beside the municipality's shares
    verzuimAandelen: await queryRows(connection, 'dashboard/data/sql/school-absence-shares.sql', { brin, van: van.slice(0, 7), maand: gekozen.maand }),
    // classification.md §6: '' unless this school's data did not cover the month
    nietGeleverd: (await uncoveredSchools(connection, gekozen.maand, brin)).zin,
  };
}

/** The pupils in fase 2 and 3, each with `trend`: attendance (W4) at every month end since `van`. */
async function readActionList(connection: DuckDBConnection, brin: string, peildatum: string, van: string) {
  const pupils = await queryRows<PupilRow>(connection, 'dashboard/data/sql/school-pupils.sql', { brin, peildatum });
  const trend = new Map<string, { maand: string; aanwezigheid: number }[]>();
  for (const r of await queryRows<TrendRow>(connection, 'dashboard/data/sql/school-pupil-trend.sql', { brin, peildatum, van })) {
    if (!trend.has(r.leerling_id)) trend.set(r.leerling_id, []);
    trend.get(r.leerling_id)?.push({ maand: r.maand, aanwezigheid: r.aanwezigheid_w4 });
  }
  return pupils.map((p) => ({ ...p, trend: trend.get(p.leerling_id) ?? [] }));
}
