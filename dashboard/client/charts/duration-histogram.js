// How long current thuiszitters have been at home: the streak of fully absent school days
// (classification.md §3.3), in school weeks of five days, officially counted or not.
// rows: [{ streak_dagen, officieel, aantal }] (enrolled fase 3 only; others have no streak)

import { colors } from '../lib/colors.js';
import { formatCount } from '../lib/format.js';

/**
 * @param {{ streak_dagen: number | null, officieel: string, aantal: number }[]} rows
 * @param {import('./axis.js').ChartSize} [options]
 */
export function durationHistogram(rows, { width = 640, title } = {}) {
  const data = rows
    .filter((r) => r.streak_dagen !== null && r.streak_dagen !== undefined)
    .map((r) => ({ weken: Math.floor(Number(r.streak_dagen) / 5), groep: r.officieel === 'ja' ? 'Officieel geteld' : 'Niet geteld', aantal: r.aantal }));
  const maxWeek = Math.max(8, ...data.map((d) => d.weken + 1));
  return Plot.plot({
    width,
    height: 260,
    ariaLabel: title,
    // the axis title ends at the right edge: on a phone the long one would run off the left
    x: { label: width < 520 ? 'Schoolweken volledig afwezig →' : 'Schoolweken thuis (aaneengesloten volledig afwezig) →', domain: [4, maxWeek], ticks: d3.range(4, maxWeek + 1, maxWeek > 30 ? 4 : 2) },
    y: { label: '↑ Aantal leerlingen', grid: true, tickFormat: formatCount },
    color: { domain: ['Officieel geteld', 'Niet geteld'], range: [colors.officieel, colors.fase3_niet] },
    marks: [
      Plot.rectY(data, Plot.stackY({ x1: 'weken', x2: (d) => d.weken + 1, y: 'aantal', fill: 'groep', inset: 0.8, title: (d) => `${d.weken}–${d.weken + 1} weken, ${d.groep.toLowerCase()}: ${d.aantal}` })),
      Plot.ruleX([12], { stroke: colors.ink, strokeDasharray: '3,3' }),
      Plot.text([12], { x: (d) => d, frameAnchor: 'top', text: () => '± 3 maanden', dx: 4, dy: 4, textAnchor: 'start', fill: colors.ink }),
      Plot.ruleY([0]),
    ],
  });
}
