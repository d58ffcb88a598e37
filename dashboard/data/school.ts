// A school's own page: its attendance by weekday and school week against the municipal
// average (results.sql school_day_stats), and its pupils in fase 2 and 3. The caller has
// already checked that the user may see this BRIN (dashboard/middleware/require-role.ts).

import type { DuckDBConnection } from '@duckdb/node-api';
import { chooseMonth } from './months.js';
import { query } from './query.js';
import { schoolYearStart } from './school-year.js';
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

export async function readSchool(connection: DuckDBConnection, brin: string, requested: string | undefined) {
  const { maanden, gekozen } = await chooseMonth(connection, requested);
  const [school] = await query<{ brin: string; naam: string; sector: string }>(connection, 'dashboard/data/sql/school-name.sql', { brin });
  const base = { maanden, maand: gekozen?.maand ?? null, peildatum: gekozen?.peildatum ?? null, school: school ?? { brin, naam: brin, sector: '' } };
  if (gekozen === undefined) return { ...base, dagen: [], leerlingen: [], fasen: [] };
  const { peildatum } = gekozen;
  const days = await query<DayRow>(connection, 'dashboard/data/sql/school-days.sql', { brin, van: schoolYearStart(peildatum), tot: peildatum });
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
    fasen: await query(connection, 'dashboard/data/sql/school-phases.sql', { brin, peildatum }),
    leerlingen: await query(connection, 'dashboard/data/sql/school-pupils.sql', { brin, peildatum }),
    // classification.md §6: '' unless this school's data did not cover the month
    nietGeleverd: (await uncoveredSchools(connection, gekozen.maand, brin)).zin,
  };
}
