// Several monthly series on one time axis: one line per series, the latest value at the end.
// series: [{ key, label, color, points: [{ maand, aantal (number|null), label }] }]
// A hidden month, or a month without data between two with data, is a gap in its line: the
// line is straight between months (a smooth curve would suggest values nobody measured).

import { monthDate } from '../lib/format.js';
import { countAxis, everyMonth, monthAxis } from './axis.js';

/**
 * @param {{ key: string, label: string, color: string, points: { maand: string, aantal: number | null, label?: string }[] }[]} series
 * @param {import('./axis.js').ChartSize & { yLabel?: string }} [options]
 */
export function trendLines(series, { width = 640, height = 280, title, yLabel = 'Aantal jongeren' } = {}) {
  const maanden = everyMonth([...new Set(series.flatMap((s) => s.points.map((p) => p.maand)))]);
  const rows = series.flatMap((s) => {
    const byMonth = new Map(s.points.map((p) => [p.maand, p]));
    return maanden.map((maand) => ({ key: s.key, datum: monthDate(maand), aantal: byMonth.get(maand)?.aantal ?? NaN, label: byMonth.get(maand)?.label }));
  });
  const lasts = series
    .map((s) => ({ s, p: s.points.findLast((p) => p.aantal !== null && p.aantal !== undefined) }))
    .flatMap(({ s, p }) => (p ? [{ key: s.key, datum: monthDate(p.maand), aantal: p.aantal, label: p.label }] : []));
  return Plot.plot({
    width,
    height,
    marginRight: 44,
    ariaLabel: title,
    x: monthAxis(maanden, { width }),
    y: countAxis(yLabel),
    color: { domain: series.map((s) => s.key), range: series.map((s) => s.color) },
    marks: [
      Plot.ruleY([0]),
      Plot.line(rows, { x: 'datum', y: 'aantal', stroke: 'key', strokeWidth: 2.5 }),
      Plot.dot(rows.filter((d) => !Number.isNaN(d.aantal)), { x: 'datum', y: 'aantal', fill: 'key', r: 3, title: (d) => `${series.find((s) => s.key === d.key)?.label}: ${d.label}` }),
      Plot.text(lasts, { x: 'datum', y: 'aantal', text: 'label', fill: 'key', dx: 7, textAnchor: 'start', fontWeight: 'bold' }),
    ],
  });
}
