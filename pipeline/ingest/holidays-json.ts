// spec/inputs.md: holidays may come as the JSON the national open-data service publishes per school
// year: content[].vacations[].regions[] with region noord/midden/zuid/"heel Nederland",
// startdate and enddate. Its timestamps are midnight Dutch time written in UTC (e.g.
// 2024-10-18T22:00:00.000Z is 19 October), so dates are read in Europe/Amsterdam.
// Each region entry becomes a record (regio, van, tot, omschrijving) for the vakanties checks.

import { readFile } from 'node:fs/promises';
import { UserError } from '../user-error.js';

// Typed as unknown below the lists: a published file may hold numbers where text belongs.
interface OpenDataFile {
  content?: Array<{
    schoolyear?: unknown;
    vacations?: Array<{ type?: unknown; regions?: Array<{ region?: unknown; startdate?: unknown; enddate?: unknown }> }>;
  }>;
}

const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Any JSON value as the text a check can report ('' for none). */
const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** The Dutch calendar date of a timestamp; the text itself when it is none (the check reports it). */
function toDate(value: unknown): string {
  if (typeof value !== 'string') return text(value);
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : amsterdamDate.format(new Date(time));
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A school year as the open-data service writes it: every level an object, every list a list. */
function isYear(year: unknown): boolean {
  if (!isObject(year) || !Array.isArray(year.vacations)) return false;
  return year.vacations.every((v: unknown) => isObject(v) && Array.isArray(v.regions) && v.regions.every(isObject));
}

/**
 * The service publishes one school year as an object and all years as an array of such objects
 * (inputs.md 1.1): the array becomes one object with the years' content one after the other.
 */
function oneFile(json: unknown): OpenDataFile {
  if (!Array.isArray(json)) return json as OpenDataFile;
  if (!json.every((year) => isObject(year) && Array.isArray(year.content))) return { content: undefined };
  return { content: json.flatMap((year) => (year as { content: NonNullable<OpenDataFile['content']> }).content) };
}

/** Records in file order; "line" is the position of the region entry in the file. */
export async function* readHolidaysJson(file: string, name: string): AsyncGenerator<{ line: number; fields: string[] }> {
  let json: unknown;
  try {
    json = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch {
    throw new UserError(`${name}: geen geldige JSON`, `${name}: not valid JSON`);
  }
  const parsed = oneFile(json);
  if (!Array.isArray(parsed.content) || !parsed.content.every(isYear)) {
    throw new UserError(
      `${name}: JSON zonder de vorm content[].vacations[].regions[]: geen vakantiebestand van de open-datadienst`,
      `${name}: JSON without the shape content[].vacations[].regions[]: not an open-data holiday file`,
    );
  }
  let line = 0;
  for (const year of parsed.content) {
    for (const vacation of year.vacations ?? []) {
      const omschrijving = `${text(vacation.type ?? 'vakantie').trim()} ${text(year.schoolyear)}`.trim();
      for (const region of vacation.regions ?? []) {
        line++;
        yield { line, fields: [text(region.region), toDate(region.startdate), toDate(region.enddate), omschrijving] };
      }
    }
  }
}
