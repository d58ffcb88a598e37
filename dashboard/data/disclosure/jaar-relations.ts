// How the figures of the annual count add up (jaartelling.md §2-§3), for suppression (suppress.ts)
// and the audit (audit.ts) of the council's jaarverslag:
// - each youth of a line has exactly one kind (§3), so a line's `totaal` is the sum of its kinds;
// - a split keeps the kind of its line (§3), and both splits are partitions (§2): per kind and in
//   total, line = bij_start + nieuw = terug_naar_school + uit_beeld + nog_thuis;
// - a "waarvan" line is part of its line, in total (its kind is set on another day, so per kind it
//   need not be).
// Rates per 1,000 are no sums and enter no line: jaarverslag.ts shows them for `totaal` only, and
// only when the count they come from is shown (README "Keuzes in de dashboards").

import { kinds, soorten, splitLines } from '../jaartelling-lines.js';
import { lastResort, type SumLine } from './relations.js';

export const jaarKey = (regel: string, soort: string) => `${regel}/${soort}`;

const subsets: [string, string][] = [
  ['absoluut_verzuim', 'absoluut_verzuim_3m'],
  ['lrv', 'lrv_3m'],
  ['relatief_verzuim_16u', 'relatief_verzuim_16u_herhaald'],
];

/** Every sum between the count lines (not the rates) of one year. */
export function jaarLines(regels: string[]): SumLine[] {
  const has = new Set(regels);
  const lines: SumLine[] = regels.map((regel) => ({ total: jaarKey(regel, 'totaal'), parts: kinds.map((k) => jaarKey(regel, k)) }));
  for (const line of splitLines.filter((l) => has.has(l))) {
    for (const soort of soorten) {
      const part = (split: string) => jaarKey(`${line}.${split}`, soort);
      lines.push({ total: jaarKey(line, soort), parts: [part('bij_start'), part('nieuw')] });
      lines.push({ total: jaarKey(line, soort), parts: [part('terug_naar_school'), part('uit_beeld'), part('nog_thuis')] });
    }
  }
  for (const [whole, part] of subsets.filter(([w, p]) => has.has(w) && has.has(p))) {
    lines.push({ total: jaarKey(whole, 'totaal'), parts: [jaarKey(part, 'totaal')], atLeast: true });
  }
  return lines;
}

// Which figure to hide first when one more must go: kinds of a split or "waarvan" line, then kinds
// of a main line, then split totals, then line totals; the totals a council member looks for
// (absoluut verzuim, langdurig relatief verzuim, > 3 months without aanbod) last.
const headline = new Set(['absoluut_verzuim', 'lrv', 'zonder_aanbod_3m']);

export function jaarCosts(keys: string[], partLines: Set<string>): Record<string, number> {
  const cost: Record<string, number> = {};
  for (const key of keys) {
    const [regel, soort] = key.split('/');
    const part = partLines.has(regel);
    if (soort !== 'totaal') cost[key] = part ? 1 : 2;
    else cost[key] = headline.has(regel) ? lastResort : part ? 10 : 100;
  }
  return cost;
}
