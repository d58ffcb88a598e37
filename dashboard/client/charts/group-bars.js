// Counts per value of one dimension, stacked by group (e.g. fase 2 / fase 3 officieel /
// fase 3 niet geteld). rows: [{ label, groep, aantal }]; groups: [{ key, label, color }].

import { formatCount } from '../lib/format.js';
import { bandLabels } from './axis.js';

/**
 * @param {{ label: string, groep: string, aantal: number }[]} rows
 * @param {{ key: string, label: string, color: string }[]} groups
 * @param {import('./axis.js').ChartSize & { xLabel?: string, order?: string[] }} [options]
 */
export function groupBars(rows, groups, { width = 640, title, xLabel = 'Aantal jongeren →', order } = {}) {
  const labels = order ?? [...new Set(rows.map((r) => r.label))];
  const totals = labels.map((label) => ({ label, aantal: rows.filter((r) => r.label === label).reduce((s, r) => s + r.aantal, 0) }));
  const names = bandLabels(labels, width);
  return Plot.plot({
    width,
    height: 40 + labels.length * Math.max(26, 8 + names.lines * 13),
    marginLeft: names.marginLeft,
    marginRight: 44,
    ariaLabel: title,
    x: { label: xLabel, grid: true, tickFormat: formatCount },
    y: { label: null, domain: labels, tickSize: 0, tickFormat: names.tickFormat },
    color: { domain: groups.map((g) => g.key), range: groups.map((g) => g.color) },
    marks: [
      Plot.barX(rows, Plot.stackX({ x: 'aantal', y: 'label', fill: 'groep', order: groups.map((g) => g.key), insetTop: 3, insetBottom: 3, title: (r) => `${r.label} · ${groups.find((g) => g.key === r.groep)?.label}: ${r.aantal}` })),
      Plot.text(totals, { x: 'aantal', y: 'label', text: (t) => formatCount(t.aantal), dx: 5, textAnchor: 'start', fontWeight: 'bold' }),
      Plot.ruleX([0]),
    ],
  });
}
