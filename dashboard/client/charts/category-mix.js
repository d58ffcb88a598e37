// What kind of absence, week by week: ziek, geoorloofd and ongeoorloofd (including onbekend)
// as shares of the planned hours, stacked.
// rows: [{ week (ISO monday), categorie, rate }]

import { colors } from '../lib/colors.js';
import { dateShort, formatPercent, isoDate } from '../lib/format.js';
import { weekAxis } from './axis.js';

export const mixGroups = [
  { key: 'ziek', label: 'Ziek', color: colors.ziek },
  { key: 'geoorloofd', label: 'Geoorloofd', color: colors.geoorloofd },
  { key: 'ongeoorloofd', label: 'Ongeoorloofd (incl. onbekend)', color: colors.ongeoorloofd },
];

/**
 * @param {{ week: string, categorie: string, rate: number }[]} rows
 * @param {import('./axis.js').ChartSize} [options]
 */
export function categoryMix(rows, { width = 640, title } = {}) {
  const data = rows.map((r) => ({ ...r, start: isoDate(r.week), end: new Date(+isoDate(r.week) + 7 * 86400_000) }));
  return Plot.plot({
    width,
    height: 240,
    ariaLabel: title,
    x: weekAxis([...new Set(rows.map((r) => r.week))], { width }),
    y: { label: '↑ Verzuim (% van de geplande uren)', grid: true, tickFormat: (v) => formatPercent(v, 0) },
    color: { domain: mixGroups.map((g) => g.key), range: mixGroups.map((g) => g.color) },
    marks: [
      Plot.rectY(data, Plot.stackY({ x1: 'start', x2: 'end', y: 'rate', fill: 'categorie', order: mixGroups.map((g) => g.key), insetLeft: 1, insetRight: 1, title: (d) => `week van ${dateShort(d.week)}, ${d.categorie}: ${formatPercent(d.rate)}` })),
      Plot.ruleY([0]),
    ],
  });
}
