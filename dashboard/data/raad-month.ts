// One month of public figures, with suppression applied to all of them at once, so a count
// hidden in one table is hidden in every table and in the trend (dashboard/data/disclosure/).

import { headlineKeys, monthCosts, monthLines, redenKey, sectorKey, trajectKey } from './disclosure/relations.js';
import { suppress, type Figure } from './disclosure/suppress.js';
import type { MonthFigures } from './figures.js';

export interface BreakdownCount {
  maand: string;
  dimensie: 'sector' | 'reden' | 'traject_soort';
  waarde: string;
  officieel: string;
  aantal: number;
}

export interface RaadMonth {
  cijfers: Record<string, Figure>;
  sector: { waarde: string; officieel: Figure; niet_geteld: Figure; totaal: Figure }[];
  reden: { waarde: string; aantal: Figure }[];
  traject: { waarde: string; aantal: Figure }[];
}

const sectorOrder = ['PO', 'SBO', 'SO', 'VSO', 'VO', 'MBO'];

// A month's figures depend on its counts alone, and every council page (one per month) shows all
// earlier months: each month is worked out once per set of counts, not once per page.
const worked = new Map<string, Promise<RaadMonth>>();

/** `baselines`: the figures of this month that a shown target path starts from (hidden last). */
export function buildRaadMonth(counts: MonthFigures, breakdowns: BreakdownCount[], upTo: number, baselines: string[] = []): Promise<RaadMonth> {
  const key = JSON.stringify([counts, breakdowns, upTo, baselines]);
  let month = worked.get(key);
  if (month === undefined) {
    month = workOut(counts, breakdowns, upTo, baselines);
    worked.set(key, month);
    month.catch(() => worked.delete(key));
    if (worked.size > 2000) worked.delete(worked.keys().next().value as string);
  }
  return month;
}

/** The month's figures and the sums between them (relations.ts), before suppression. */
export function monthTables(counts: MonthFigures, breakdowns: BreakdownCount[]) {
  const values: Record<string, number> = {};
  for (const key of headlineKeys) values[key] = counts.waarden[key] ?? 0;

  const sectors = distinct(breakdowns, 'sector').sort((a, b) => rank(a) - rank(b));
  for (const sector of sectors) {
    values[sectorKey(sector, 'ja')] = sum(breakdowns, 'sector', sector, 'ja');
    values[sectorKey(sector, 'nee')] = sum(breakdowns, 'sector', sector, 'nee');
    values[sectorKey(sector)] = values[sectorKey(sector, 'ja')] + values[sectorKey(sector, 'nee')];
  }
  const redenen = distinct(breakdowns, 'reden');
  const trajecten = distinct(breakdowns, 'traject_soort');
  for (const reden of redenen) values[redenKey(reden)] = sum(breakdowns, 'reden', reden);
  for (const traject of trajecten) values[trajectKey(traject)] = sum(breakdowns, 'traject_soort', traject);

  return { values, lines: monthLines({ sectors, redenen, trajecten }), sectors, redenen, trajecten };
}

/** Suppression applied to all of the month's tables at once. */
async function workOut(counts: MonthFigures, breakdowns: BreakdownCount[], upTo: number, baselines: string[]): Promise<RaadMonth> {
  const { values, lines, sectors, redenen, trajecten } = monthTables(counts, breakdowns);
  const figures = await suppress(values, lines, { upTo, cost: monthCosts(Object.keys(values), baselines) });
  const cijfers: Record<string, Figure> = {};
  for (const key of headlineKeys) cijfers[key] = figures[key];
  const list = (keys: string[], keyOf: (waarde: string) => string) => publicOrder(keys.map((waarde) => ({ waarde, aantal: figures[keyOf(waarde)] })));
  return {
    cijfers,
    sector: sectors.map((waarde) => ({
      waarde,
      officieel: figures[sectorKey(waarde, 'ja')],
      niet_geteld: figures[sectorKey(waarde, 'nee')],
      totaal: figures[sectorKey(waarde)],
    })),
    reden: list(redenen, redenKey),
    traject: list(trajecten, trajectKey),
  };
}

/** Largest shown counts first; hidden ones after, by name, so their order reveals no size. */
function publicOrder<T extends { waarde: string; aantal: Figure }>(rows: T[]): T[] {
  return rows.sort((a, b) => {
    const x = a.aantal.aantal;
    const y = b.aantal.aantal;
    if (x !== null && y !== null) return y - x || a.waarde.localeCompare(b.waarde);
    if (x !== null) return -1;
    if (y !== null) return 1;
    return a.waarde.localeCompare(b.waarde);
  });
}

function distinct(rows: BreakdownCount[], dimensie: BreakdownCount['dimensie']): string[] {
  return [...new Set(rows.filter((r) => r.dimensie === dimensie).map((r) => r.waarde))];
}

function sum(rows: BreakdownCount[], dimensie: string, waarde: string, officieel?: string): number {
  return rows
    .filter((r) => r.dimensie === dimensie && r.waarde === waarde && (officieel === undefined || r.officieel === officieel))
    .reduce((total, r) => total + r.aantal, 0);
}

function rank(sector: string): number {
  const i = sectorOrder.indexOf(sector);
  return i === -1 ? (sector === '' ? 99 : 50) : i;
}
