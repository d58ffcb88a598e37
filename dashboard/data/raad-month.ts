// One month of public figures, with suppression applied to all of them at once, so a count
// hidden in one table is hidden in every table and in the trend (dashboard/data/suppression.ts).

import { suppress, type Figure, type SumLine } from './suppression.js';

export interface HeadlineCounts {
  maand: string;
  jongeren: number;
  officieel: number;
  officieel_4w: number;
  officieel_3m: number;
  niet_geteld: number;
  langdurig_ziek: number;
  langdurig_geoorloofd: number;
  fase3: number;
  absoluut_kort: number;
  bijna_leerplichtig: number;
  dreigend: number;
  zonder_aanbod_3m: number;
  vrijstellingen: number;
  vrijstellingen_5a: number;
}

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

export const headlineKeys = [
  'jongeren', 'officieel', 'officieel_4w', 'officieel_3m', 'niet_geteld', 'langdurig_ziek', 'langdurig_geoorloofd',
  'fase3', 'absoluut_kort', 'bijna_leerplichtig', 'schoolmissers', 'dreigend', 'zonder_aanbod_3m',
  'vrijstellingen', 'vrijstellingen_5a', 'vrijstellingen_overig',
] as const;

// Which figure to hide first when a second one must go: breakdown cells before subtotals,
// subtotals before the headline figures a council member looks for.
const baseCost: Record<string, number> = {
  officieel: 1000, zonder_aanbod_3m: 1000, vrijstellingen_5a: 1000, jongeren: 1000, dreigend: 1000,
  schoolmissers: 100, vrijstellingen: 100, fase3: 50,
  niet_geteld: 10, officieel_4w: 10, officieel_3m: 10, absoluut_kort: 10, bijna_leerplichtig: 10,
  vrijstellingen_overig: 10, langdurig_ziek: 5, langdurig_geoorloofd: 5,
};

const sectorOrder = ['PO', 'SBO', 'SO', 'VSO', 'VO', 'MBO'];

export function buildRaadMonth(counts: HeadlineCounts, breakdowns: BreakdownCount[], upTo: number): RaadMonth {
  const values: Record<string, number> = {};
  const cost = { ...baseCost };
  for (const key of headlineKeys) values[key] = (counts as unknown as Record<string, number>)[key] ?? 0;
  values.schoolmissers = counts.fase3 + counts.absoluut_kort + counts.bijna_leerplichtig;
  values.vrijstellingen_overig = counts.vrijstellingen - counts.vrijstellingen_5a;

  const lines: SumLine[] = [
    { total: 'officieel', parts: ['officieel_4w', 'officieel_3m'] },
    { total: 'niet_geteld', parts: ['langdurig_ziek', 'langdurig_geoorloofd'] },
    { total: 'fase3', parts: ['officieel', 'niet_geteld'] },
    { total: 'schoolmissers', parts: ['fase3', 'absoluut_kort', 'bijna_leerplichtig'] },
    { total: 'schoolmissers', parts: ['officieel', 'niet_geteld', 'absoluut_kort', 'bijna_leerplichtig'] },
    { total: 'vrijstellingen', parts: ['vrijstellingen_5a', 'vrijstellingen_overig'] },
  ];

  const sectors = distinct(breakdowns, 'sector').sort((a, b) => rank(a) - rank(b));
  for (const sector of sectors) {
    values[`sector:${sector}:ja`] = sum(breakdowns, 'sector', sector, 'ja');
    values[`sector:${sector}:nee`] = sum(breakdowns, 'sector', sector, 'nee');
    values[`sector:${sector}`] = values[`sector:${sector}:ja`] + values[`sector:${sector}:nee`];
    cost[`sector:${sector}`] = 2;
    lines.push({ total: `sector:${sector}`, parts: [`sector:${sector}:ja`, `sector:${sector}:nee`] });
  }
  if (sectors.length > 0) {
    lines.push({ total: 'officieel', parts: sectors.map((s) => `sector:${s}:ja`) });
    lines.push({ total: 'niet_geteld', parts: sectors.map((s) => `sector:${s}:nee`) });
    lines.push({ total: 'fase3', parts: sectors.map((s) => `sector:${s}`) });
  }
  for (const [dimensie, prefix] of [['reden', 'reden'], ['traject_soort', 'traject']] as const) {
    const waarden = distinct(breakdowns, dimensie);
    for (const waarde of waarden) values[`${prefix}:${waarde}`] = sum(breakdowns, dimensie, waarde);
    if (waarden.length > 0) lines.push({ total: 'fase3', parts: waarden.map((w) => `${prefix}:${w}`) });
  }

  const figures = suppress(values, lines, { upTo, cost });
  const cijfers: Record<string, Figure> = {};
  for (const key of headlineKeys) cijfers[key] = figures[key];
  const list = (prefix: string, dimensie: BreakdownCount['dimensie']) =>
    publicOrder(distinct(breakdowns, dimensie).map((waarde) => ({ waarde, aantal: figures[`${prefix}:${waarde}`] })));
  return {
    cijfers,
    sector: sectors.map((waarde) => ({
      waarde,
      officieel: figures[`sector:${waarde}:ja`],
      niet_geteld: figures[`sector:${waarde}:nee`],
      totaal: figures[`sector:${waarde}`],
    })),
    reden: list('reden', 'reden'),
    traject: list('traject', 'traject_soort'),
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
