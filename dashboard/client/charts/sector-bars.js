// Fase 3 youth per sector, split into officially counted and not counted.
// rows: [{ label, officieel, niet_geteld, totaal }] (public figures)

import { colors } from '../lib/colors.js';
import { formatCount } from '../lib/format.js';
import { segmentsOf } from './segments.js';

export const sectorGroups = [
  { key: 'officieel', label: 'Officieel geteld', color: colors.officieel },
  { key: 'niet_geteld', label: 'Niet geteld (ziek of geoorloofd)', color: colors.fase3_niet },
  { key: 'verborgen', label: 'Niet uitgesplitst (beschermt kleine aantallen)', color: colors.verborgen },
];

/**
 * @typedef {import('../api-types.js').Figure} F
 * @param {{ label: string, officieel: F, niet_geteld: F, totaal: F }[]} rows
 * @param {import('./axis.js').ChartSize} [options]
 */
export function sectorBars(rows, { width = 480, title } = {}) {
  const segments = rows.flatMap((r) =>
    segmentsOf(r.label, r.totaal, [{ key: 'officieel', figure: r.officieel }, { key: 'niet_geteld', figure: r.niet_geteld }]));
  const max = Math.max(1, ...rows.map((r) => r.totaal.aantal ?? 0));
  return Plot.plot({
    width,
    height: 40 + rows.length * 32,
    marginLeft: 190,
    marginRight: 40,
    ariaLabel: title,
    x: { label: 'Aantal thuiszitters (fase 3) →', grid: true, tickFormat: formatCount, domain: [0, max * 1.08] },
    y: { label: null, domain: rows.map((r) => r.label), tickSize: 0 },
    color: { domain: sectorGroups.map((g) => g.key), range: sectorGroups.map((g) => g.color) },
    marks: [
      Plot.barX(segments, Plot.stackX({ x: 'aantal', y: 'rij', fill: 'groep', order: sectorGroups.map((g) => g.key), insetTop: 4, insetBottom: 4 })),
      Plot.text(rows, { x: (r) => r.totaal.aantal ?? 0, y: 'label', text: (r) => r.totaal.label, dx: 5, textAnchor: 'start', fontWeight: 'bold' }),
      Plot.ruleX([0]),
    ],
  });
}
