// What the public figures of one month are, and how they add up: the tables a reader can combine.
// Suppression (suppress.ts) hides cells so that no line gives a small count away, and the audit
// (audit.ts) puts the same lines into a linear program. classification.md §3 decides the groups:
// each fase 3 youth is official or not, and falls in exactly one sector, reason and traject
// (the value '' for none), so every breakdown adds up to its total.

export interface SumLine {
  total: string;
  parts: string[];
  /** The total is at least the sum (the parts are some of the total's members, not all). */
  atLeast?: boolean;
}

/** Which breakdown values a month publishes. */
export interface MonthShape {
  sectors: string[];
  redenen: string[];
  trajecten: string[];
}

export const headlineKeys = [
  'jongeren', 'officieel', 'officieel_4w', 'officieel_3m', 'niet_geteld', 'langdurig_ziek', 'langdurig_geoorloofd',
  'fase3', 'absoluut_kort', 'bijna_leerplichtig', 'schoolmissers', 'dreigend', 'zonder_aanbod_3m',
  'vrijstellingen', 'vrijstellingen_5a', 'vrijstellingen_overig',
] as const;

export const sectorKey = (sector: string, officieel?: 'ja' | 'nee') => (officieel ? `sector:${sector}:${officieel}` : `sector:${sector}`);
export const redenKey = (reden: string) => `reden:${reden}`;
export const trajectKey = (traject: string) => `traject:${traject}`;

/** Every published sum between the figures of one month. */
export function monthLines({ sectors, redenen, trajecten }: MonthShape): SumLine[] {
  const lines: SumLine[] = [
    { total: 'officieel', parts: ['officieel_4w', 'officieel_3m'] },
    { total: 'niet_geteld', parts: ['langdurig_ziek', 'langdurig_geoorloofd'] },
    { total: 'fase3', parts: ['officieel', 'niet_geteld'] },
    { total: 'schoolmissers', parts: ['fase3', 'absoluut_kort', 'bijna_leerplichtig'] },
    { total: 'schoolmissers', parts: ['officieel', 'niet_geteld', 'absoluut_kort', 'bijna_leerplichtig'] },
    { total: 'vrijstellingen', parts: ['vrijstellingen_5a', 'vrijstellingen_overig'] },
    // §3: the groups on the page are disjoint parts of all youth; §4: > 3 months without aanbod
    // are fase 3 youth without a traject
    { total: 'jongeren', parts: ['schoolmissers', 'dreigend', 'vrijstellingen'], atLeast: true },
    { total: 'fase3', parts: ['zonder_aanbod_3m'], atLeast: true },
  ];
  for (const sector of sectors) lines.push({ total: sectorKey(sector), parts: [sectorKey(sector, 'ja'), sectorKey(sector, 'nee')] });
  if (sectors.length > 0) {
    lines.push({ total: 'officieel', parts: sectors.map((s) => sectorKey(s, 'ja')) });
    lines.push({ total: 'niet_geteld', parts: sectors.map((s) => sectorKey(s, 'nee')) });
    lines.push({ total: 'fase3', parts: sectors.map((s) => sectorKey(s)) });
  }
  if (redenen.length > 0) lines.push({ total: 'fase3', parts: redenen.map(redenKey) });
  if (trajecten.length > 0) lines.push({ total: 'fase3', parts: trajecten.map(trajectKey) });
  if (trajecten.includes('')) lines.push({ total: trajectKey(''), parts: ['zonder_aanbod_3m'], atLeast: true });
  return lines;
}

// Which figure to hide first when one more must go (README "Regels"): breakdown cells, then
// subtotals, then totals; the headline figures a council member looks for (official count, all
// school missers, > 3 months without aanbod) and the baseline of a shown target path last.
export const lastResort = 1000;
const headlineCost: Record<string, number> = {
  officieel: lastResort, schoolmissers: lastResort, zonder_aanbod_3m: lastResort,
  jongeren: 500, dreigend: 500, vrijstellingen_5a: 500,
  vrijstellingen: 100, fase3: 50, niet_geteld: 20,
  officieel_4w: 10, officieel_3m: 10, absoluut_kort: 10, bijna_leerplichtig: 10, vrijstellingen_overig: 10,
  langdurig_ziek: 5, langdurig_geoorloofd: 5,
};

/** The cost of hiding each figure of a month; `baselines` are the figures a shown target path starts from. */
export function monthCosts(keys: string[], baselines: string[] = []): Record<string, number> {
  const cost: Record<string, number> = {};
  for (const key of keys) {
    cost[key] = headlineCost[key] ?? (/^sector:[^:]*$/.test(key) ? 2 : 1);
    if (baselines.includes(key)) cost[key] += lastResort;
  }
  return cost;
}
