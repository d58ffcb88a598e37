// One target: the actual monthly value beside the path it should follow (classification.md §6).
// A month whose value is a small number is drawn as an open circle in the grey "<5" band.

import { colors } from '../lib/colors.js';
import { monthDate } from '../lib/format.js';
import { countAxis, everyMonth, monthAxis } from './axis.js';

/**
 * @param {import('../api-types.js').TargetPoint[]} reeks
 * @param {import('./axis.js').ChartSize & { upTo?: number, color?: string }} [options]
 */
export function targetChart(reeks, { width = 480, height = 220, upTo = 4, color = colors.officieel, title } = {}) {
  // a month without data between two with data is a gap in both lines
  const byMonth = new Map(reeks.map((p) => [p.maand, p]));
  const points = everyMonth(reeks.map((p) => p.maand)).map((maand) => {
    const p = byMonth.get(maand);
    return { datum: monthDate(maand), aantal: p?.waarde.aantal ?? NaN, label: p?.waarde.label, pad: p?.pad ?? NaN, verborgen: p?.waarde.verborgen };
  });
  const small = points.filter((p) => p.verborgen === 'klein');
  const shown = points.filter((p) => !Number.isNaN(p.aantal));
  const last = shown.at(-1);
  return Plot.plot({
    width,
    height,
    marginRight: 40,
    ariaLabel: title,
    x: monthAxis(reeks.map((p) => p.maand), { width }),
    y: { ...countAxis(), domain: [0, Math.max(upTo + 1, ...shown.map((p) => p.aantal), ...points.map((p) => p.pad).filter(Number.isFinite)) * 1.1] },
    marks: [
      small.length ? Plot.rectY([0], { y1: 0.5, y2: upTo + 0.5, fill: colors.verborgen, fillOpacity: 0.35 }) : null,
      Plot.ruleY([0]),
      Plot.line(points, { x: 'datum', y: 'pad', stroke: colors.pad, strokeDasharray: '6,4', strokeWidth: 1.5 }),
      Plot.line(points, { x: 'datum', y: 'aantal', stroke: color, strokeWidth: 2.5 }),
      Plot.dot(shown, { x: 'datum', y: 'aantal', fill: color, r: 3.5, title: (p) => `${p.label}` }),
      Plot.dot(small, { x: 'datum', y: (upTo + 1) / 2, stroke: color, fill: colors.paper, r: 4, title: (p) => p.label }),
      last ? Plot.text([last], { x: 'datum', y: 'aantal', text: 'label', dx: 8, textAnchor: 'start', fontWeight: 'bold', fill: color }) : null,
    ],
  });
}
