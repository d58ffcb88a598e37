// One pupil seen by one school: the classification history while at this school and a
// calendar of the school year. A pupil who is not this school's on the chosen month end is
// "not found", whether the id exists elsewhere or not: the answer reveals nothing.

import type { DuckDBConnection } from '@duckdb/node-api';
import { defaultSettings } from '../../pipeline/settings.js';
import { DataError } from './data-error.js';
import { chooseMonth, readStamp } from './months.js';
import { queryRows } from '../../pipeline/db/run-sql.js';
import { schoolYearEnd, schoolYearStart } from '../../pipeline/school-year.js';

interface CalendarRow {
  datum: string;
  soort: string;
  omschrijving: string | null;
  gepland: number;
  schaal: number | null;
  ziek: number;
  geoorloofd: number;
  ongeoorloofd: number;
  onbekend: number;
  codes: string | null;
}

export async function readPupil(connection: DuckDBConnection, brin: string, leerlingId: string, requested: string | undefined) {
  const { maanden, gekozen } = await chooseMonth(connection, requested);
  const stand = await readStamp(connection);
  const history = await queryRows<{ peildatum: string; streak_start: string | null }>(connection, 'dashboard/data/sql/pupil-history.sql', { brin, leerling_id: leerlingId });
  if (gekozen === undefined || !history.some((h) => h.peildatum === gekozen.peildatum)) {
    throw new DataError('not_found', 'leerling niet gevonden bij deze school');
  }
  const { peildatum } = gekozen;
  // The calendar shows the school year, reaching back to the month the current streak began,
  // so a pupil at home since April is seen from his first day at home.
  const streakStart = history.find((h) => h.peildatum === peildatum)?.streak_start ?? null;
  const van = calendarStart(schoolYearStart(peildatum), streakStart);
  const days = await queryRows<CalendarRow>(connection, 'dashboard/data/sql/pupil-calendar.sql', {
    brin,
    leerling_id: leerlingId,
    van,
    tot: schoolYearEnd(peildatum),
    peildatum,
    defaultHours: defaultSettings.defaultHoursPerDay,
  });
  return {
    maanden,
    stand,
    maand: gekozen.maand,
    peildatum,
    leerling: { leerling_id: leerlingId, brin },
    geschiedenis: history,
    vanaf_streak: van < schoolYearStart(peildatum),
    kalender: days.map(({ schaal, ...day }) => {
      const f = schaal ?? 1;
      return { ...day, ziek: day.ziek * f, geoorloofd: day.geoorloofd * f, ongeoorloofd: day.ongeoorloofd * f, onbekend: day.onbekend * f };
    }),
  };
}

/** The first day of the calendar: the school year's start, or the first of the streak's month when earlier. */
export function calendarStart(yearStart: string, streakStart: string | null): string {
  if (streakStart === null || streakStart >= yearStart) return yearStart;
  return `${streakStart.slice(0, 7)}-01`;
}
