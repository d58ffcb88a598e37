// jaartelling.md §1: the school year J (1 August - 31 July) and the days the count needs.

import { parseDateFlag } from '../date-flag.js';
import { UserError } from '../user-error.js';

export interface SchoolYear {
  /** '2025-2026' */
  schooljaar: string;
  /** 1 August, the start of J. */
  van: string;
  /** 31 July, the last day J can be counted to. */
  eind: string;
}

export interface CountDays extends SchoolYear {
  /** The count's last day (the end of J). */
  tot: string;
  /** The day before 1 August: "starts on d" needs the day before d. */
  dagVoor: string;
  /** §4: the day of the rates' denominator, 1 October or the end of J when earlier. */
  peildagRate: string;
}

/** '2025-2026' (two consecutive years) or a UserError (exit 2). */
export function parseSchoolYear(value: string): SchoolYear {
  const match = /^(\d{4})-(\d{4})$/.exec(value);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) {
    throw new UserError(
      `--schooljaar '${value}' is geen schooljaar; schrijf het als 2025-2026`,
      `--schooljaar '${value}' is not a school year; write it as 2025-2026`,
      { exitCode: 2 },
    );
  }
  return { schooljaar: value, van: `${match[1]}-08-01`, eind: `${match[2]}-07-31` };
}

/** A real calendar date YYYY-MM-DD within J, or a UserError (exit 2). */
export function parseTot(value: string, year: SchoolYear): string {
  parseDateFlag(value, 'tot');
  if (value < year.van || value > year.eind) {
    throw new UserError(
      `--tot ${value} ligt niet in schooljaar ${year.schooljaar} (${year.van} t/m ${year.eind})`,
      `--tot ${value} is not in school year ${year.schooljaar} (${year.van} to ${year.eind})`,
      { exitCode: 2 },
    );
  }
  return value;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function countDays(year: SchoolYear, tot: string): CountDays {
  const oktober = `${year.van.slice(0, 4)}-10-01`;
  return { ...year, tot, dagVoor: addDays(year.van, -1), peildagRate: tot < oktober ? tot : oktober };
}
