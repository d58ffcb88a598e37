// spec/inputs.md: holidays may come as the JSON the national open-data service publishes per school
// year: content[].vacations[].regions[] with region noord/midden/zuid/"heel Nederland",
// startdate and enddate. Its timestamps are midnight Dutch time written in UTC (e.g.
// 2024-10-18T22:00:00.000Z is 19 October), so dates are read in Europe/Amsterdam.

import { readFile } from 'node:fs/promises';
import { UserError } from '../user-error.js';
import type { ReadResult } from './read-rows.js';

interface OpenDataRegion {
  region?: string;
  startdate?: string;
  enddate?: string;
}
interface OpenDataFile {
  content?: Array<{ schoolyear?: string; vacations?: Array<{ type?: string; regions?: OpenDataRegion[] }> }>;
}

const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

function toDate(value: string | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : amsterdamDate.format(new Date(time));
}

function toRegion(value: string | undefined): string | null {
  const region = (value ?? '').trim().toLowerCase();
  if (region === 'heel nederland' || region === 'landelijk') return 'landelijk';
  return ['noord', 'midden', 'zuid'].includes(region) ? region : null;
}

/** Rows for the vakanties table; "line" is the position of the region entry in the file. */
export async function* readHolidaysJson(file: string, name: string): AsyncGenerator<ReadResult> {
  let parsed: OpenDataFile;
  try {
    parsed = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, '')) as OpenDataFile;
  } catch {
    throw new UserError(`${name}: geen geldige JSON`, `${name}: not valid JSON`);
  }
  if (!Array.isArray(parsed.content) || !parsed.content.some((c) => Array.isArray(c.vacations))) {
    throw new UserError(
      `${name}: JSON zonder content[].vacations[]: geen vakantiebestand van de open-datadienst`,
      `${name}: JSON without content[].vacations[]: not an open-data holiday file`,
    );
  }
  let entry = 0;
  for (const year of parsed.content) {
    for (const vacation of year.vacations ?? []) {
      for (const region of vacation.regions ?? []) {
        entry++;
        const [regio, van, tot] = [toRegion(region.region), toDate(region.startdate), toDate(region.enddate)];
        const omschrijving = `${(vacation.type ?? 'vakantie').trim()} ${year.schoolyear ?? ''}`.trim();
        const errors = [];
        if (regio === null) errors.push({ column: 'region', nl: `onbekende regio '${region.region ?? ''}'`, en: `unknown region '${region.region ?? ''}'` });
        if (van === null) errors.push({ column: 'startdate', nl: 'startdate is geen datum', en: 'startdate is not a date' });
        if (tot === null) errors.push({ column: 'enddate', nl: 'enddate is geen datum', en: 'enddate is not a date' });
        if (van !== null && tot !== null && van > tot) errors.push({ column: 'enddate', nl: 'enddate ligt vóór startdate', en: 'enddate is before startdate' });
        if (errors.length > 0) {
          yield { rejected: true, line: entry, errors, record: { type: vacation.type ?? '', ...(region as Record<string, string>) } };
        } else {
          yield { line: entry, table: 'vakanties', values: [regio, null, null, van, tot, omschrijving] };
        }
      }
    }
  }
}
