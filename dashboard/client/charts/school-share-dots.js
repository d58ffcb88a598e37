// Every school as a dot at its share of pupils who missed >= 10% (or 50%) of the school year,
// one row per sector, with the municipality's share as a dashed rule: where a school stands
// among the others, readable for three schools or three hundred.
// rows: [{ brin, naam, sector (label), aandeel, leerlingen }]; gemeente: share or null

import { colors } from '../lib/colors.js';
import { formatCount, formatPercent } from '../lib/format.js';
import { bandLabels } from './axis.js';

/**
 * @param {{ brin: string, naam: string | null, sector: string, aandeel: number | null, leerlingen: number }[]} rows
 * @param {number | null} gemeente
 * @param {import('./axis.js').ChartSize & { xLabel?: string }} [options]
 */
export function schoolShareDots(rows, gemeente, { width = 640, title, xLabel = 'Leerlingen die ≥ 10% misten (%) →' } = {}) {
  const sectors = [...new Set(rows.map((r) => r.sector))].sort();
  const max = Math.max(0.05, gemeente ?? 0, ...rows.map((r) => r.aandeel ?? 0));
  // the longest sector name ("Voortgezet speciaal onderwijs") wraps on a phone instead of being cut
  const names = bandLabels(sectors, width, { share: 0.35, max: 220, charWidth: 7 });
  return Plot.plot({
    width,
    height: 60 + sectors.length * 46,
    marginLeft: names.marginLeft,
    ariaLabel: title,
    x: { label: xLabel, grid: true, domain: [0, max * 1.08], tickFormat: (v) => formatPercent(v, 0) },
    y: { label: null, domain: sectors, tickFormat: names.tickFormat },
    marks: [
      gemeente === null ? null : Plot.ruleX([gemeente], { stroke: colors.gemeente, strokeWidth: 2, strokeDasharray: '5,3' }),
      Plot.dot(rows, {
        x: 'aandeel', y: 'sector', r: 6, fill: colors.school, fillOpacity: 0.75, stroke: colors.paper,
        title: (r) => `${r.naam ?? r.brin} (${r.brin}): ${formatPercent(r.aandeel)} van ${formatCount(r.leerlingen)} leerlingen`,
      }),
    ],
  });
}
