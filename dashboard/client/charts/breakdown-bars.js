// A ranked list as horizontal bars with the count at the end of each bar. Public figures: a
// hidden count ("<5", "×") has no bar, only its label.
// rows: [{ label, figure: { aantal, label }, color? }]

import { colors } from '../lib/colors.js';
import { formatCount } from '../lib/format.js';
import { bandLabels } from './axis.js';

/**
 * @param {{ label: string, figure: import('../api-types.js').Figure, color?: string }[]} rows
 * @param {import('./axis.js').ChartSize & { color?: string, xLabel?: string }} [options]
 */
export function breakdownBars(rows, { width = 480, color = colors.officieel, title, xLabel = 'Aantal jongeren →' } = {}) {
  const data = rows.map((r) => ({ label: r.label, color: r.color ?? color, aantal: r.figure.aantal ?? 0, text: r.figure.label, hidden: r.figure.aantal === null }));
  const max = Math.max(1, ...data.map((d) => d.aantal));
  const names = bandLabels(data.map((d) => d.label), width);
  return Plot.plot({
    width,
    height: 34 + data.length * Math.max(28, 8 + names.lines * 13),
    marginLeft: names.marginLeft,
    marginRight: 40,
    ariaLabel: title,
    x: { label: xLabel, grid: true, tickFormat: formatCount, domain: [0, max * 1.08] },
    y: { label: null, domain: data.map((d) => d.label), tickSize: 0, tickFormat: names.tickFormat },
    marks: [
      Plot.barX(data, { x: 'aantal', y: 'label', fill: (d) => d.color, insetTop: 3, insetBottom: 3, title: (d) => `${d.label}: ${d.text}` }),
      Plot.text(data, { x: 'aantal', y: 'label', text: 'text', dx: 5, textAnchor: 'start', fill: (d) => (d.hidden ? colors.hidden_text : colors.ink), fontWeight: 'bold' }),
      Plot.ruleX([0]),
    ],
  });
}
