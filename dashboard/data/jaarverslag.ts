// The council's jaarverslag (art. 25(1) Leerplichtwet): the annual count of the running and the
// previous school year with small numbers suppressed as on the other public pages (one suppression
// per year over all its lines, disclosure/jaar-relations.ts), and the audit of what it publishes.
// The council page publishes month-end figures of the same youths: a year's total is at least each
// of them, so those floors take part in the year's suppression and audit too.

import type { DuckDBConnection } from '@duckdb/node-api';
import { audit, type Finding, type Publication, type Relation } from './disclosure/audit.js';
import { jaarCosts, jaarKey, jaarLines } from './disclosure/jaar-relations.js';
import { suppress, type Figure } from './disclosure/suppress.js';
import { soorten, type Soort } from './jaartelling-lines.js';
import { readJaartelling, type CountedYear } from './jaartelling.js';
import type { DataStamp } from './months.js';
import { readRaad } from './raad.js';

/** A year as published, with the floors a reader takes from the council page's month ends ("regel/totaal" -> at least). */
export type PublicYear = CountedYear<Figure> & { ondergrenzen?: Record<string, number> };

export interface Jaarverslag {
  stand: DataStamp;
  kleinTot: number;
  jaren: PublicYear[];
}

// A youth counted at a month end of the year is counted in the year's line (jaartelling.md §2 on
// top of classification.md §3): the year's total is at least each of those month figures.
const atLeastMonth: [string, string][] = [
  ['niet_geteld_lang_thuis', 'niet_geteld'],
  ['zonder_aanbod_3m', 'zonder_aanbod_3m'],
  ['dreigend', 'dreigend'],
];

/** Not published: a line the count did not store, a rate per kind, a rate whose count is hidden. */
export const notShown: Figure = { aantal: null, label: '–' };

export async function readJaarverslag(connection: DuckDBConnection, requested: string | undefined, upTo: number): Promise<Jaarverslag> {
  const { stand, jaren } = await readJaartelling(connection, requested);
  const { trend } = await readRaad(connection, undefined, upTo);
  return { stand, kleinTot: upTo, jaren: await Promise.all(jaren.map((year) => publicYear(year, upTo, monthFloors(trend, year, upTo)))) };
}

/** The council's month figures per month, as readRaad gives them. */
type Trend = { maand: string; cijfers: Record<string, Figure> }[];

/**
 * What the council page's month ends say about a year's totals (a youth counted on a month end of
 * the year is counted in the year's line): each total is at least the month figure, or the least
 * its label allows ("<5" 1, "×" upTo + 1), for every month end from 1 August up to the count's end.
 */
export function monthFloors(trend: Trend, year: CountedYear<unknown>, upTo: number): Record<string, number> {
  const floors: Record<string, number> = {};
  for (const { maand, cijfers } of trend) {
    if (!inYear(maand, year)) continue;
    for (const [regel, key] of atLeastMonth) {
      const figure = cijfers[key];
      if (!figure) continue;
      const least = figure.aantal ?? (figure.verborgen === 'klein' ? 1 : figure.verborgen === 'afgeleid' ? upTo + 1 : 0);
      const cell = jaarKey(regel, 'totaal');
      if (least > (floors[cell] ?? 0)) floors[cell] = least;
    }
  }
  return floors;
}

/** The month's end lies in the school year, on or before the count's end. */
function inYear(maand: string, year: CountedYear<unknown>): boolean {
  const [y, m] = maand.split('-').map(Number);
  const monthEnd = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return year.tot !== null && monthEnd >= `${year.schooljaar.slice(0, 4)}-08-01` && monthEnd <= year.tot;
}

/** One year with suppression applied to all its count lines at once. */
export async function publicYear(year: CountedYear<number | null>, upTo: number, ondergrenzen: Record<string, number> = {}): Promise<PublicYear> {
  // the count lines the year stored (a line not stored has no figures; rates are no sums)
  const counted = year.regels.filter((line) => !line.rate && line.cijfers.totaal !== null);
  const values: Record<string, number> = {};
  for (const line of counted) for (const soort of soorten) values[jaarKey(line.regel, soort)] = line.cijfers[soort] ?? 0;
  const parts = new Set(counted.filter((line) => line.deel).map((line) => line.regel));
  // a floor the year's count does not meet (the month ends were computed on other data) is no
  // knowledge a reader can use: kept out of suppression and of what the audit is told
  const floors = Object.fromEntries(Object.entries(ondergrenzen).filter(([cell, least]) => cell in values && values[cell] >= least));
  const bounds = Object.entries(floors).map(([cell, atLeast]) => ({ kind: 'bound' as const, cell, atLeast, published: true }));
  const figures = await suppress(values, jaarLines(counted.map((line) => line.regel)), { upTo, cost: jaarCosts(Object.keys(values), parts), bounds });

  const regels = year.regels.map((line) => {
    const cijfers = {} as Record<Soort, Figure>;
    for (const soort of soorten) cijfers[soort] = figures[jaarKey(line.regel, soort)] ?? notShown;
    if (line.rate) {
      // a rate gives its count away to anyone who knows how many youths are in scope: only the
      // municipality's rate, and only beside a shown count
      const count = figures[jaarKey(line.regel.replace(/^per_1000\./, ''), 'totaal')];
      const rate = line.cijfers.totaal;
      for (const soort of soorten) cijfers[soort] = notShown;
      if (rate !== null && count?.aantal != null) cijfers.totaal = { aantal: rate, label: rate.toFixed(1).replace('.', ',') };
    }
    return { ...line, cijfers };
  });
  return { ...year, regels, ...(year.geteld ? { ondergrenzen: floors } : {}) };
}

/** What one year of the page publishes, as the audit reads it: its shown and hidden counts and their sums. */
export function yearPublication(year: PublicYear, prefix = `${year.schooljaar}/`): Publication {
  const figures: Publication['figures'] = {};
  const counted = year.regels.filter((line) => !line.rate && line.cijfers.totaal.label !== '–');
  for (const line of counted) {
    for (const soort of soorten) figures[prefix + jaarKey(line.regel, soort)] = line.cijfers[soort];
  }
  const relations: Relation[] = jaarLines(counted.map((line) => line.regel)).map((line) => ({
    kind: 'sum', total: prefix + line.total, parts: line.parts.map((p) => prefix + p), atLeast: line.atLeast,
  }));
  for (const [cell, atLeast] of Object.entries(year.ondergrenzen ?? {})) {
    if (prefix + cell in figures) relations.push({ kind: 'bound', cell: prefix + cell, atLeast, published: true });
  }
  return { figures, relations };
}

/**
 * The report with a jaarverslag section: the month pages' publication (disclosure/page.ts), the
 * year's, and the bounds between them for every month end of the year up to the count's end.
 */
export function reportPublication(months: Publication, raad: { trend: { maand: string }[] }, year: PublicYear): Publication {
  const one = yearPublication(year);
  const figures = { ...months.figures, ...one.figures };
  const relations = [...months.relations, ...one.relations];
  for (const { maand } of raad.trend) {
    if (!inYear(maand, year)) continue;
    for (const [regel, key] of atLeastMonth) {
      const total = `${year.schooljaar}/${jaarKey(regel, 'totaal')}`;
      if (total in figures && `${maand}/${key}` in figures) relations.push({ kind: 'sum', total, parts: [`${maand}/${key}`], atLeast: true });
    }
  }
  return { figures, relations };
}

/** The audit of the jaarverslag (every counted year); findings name cells as "2025-2026/regel/soort", never values. */
export async function auditJaarverslag(page: Pick<Jaarverslag, 'jaren'>, upTo: number): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const year of page.jaren.filter((y) => y.geteld)) findings.push(...(await audit(yearPublication(year), upTo)));
  return findings;
}
