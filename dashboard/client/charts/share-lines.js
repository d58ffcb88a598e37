// Monthly shares on one time axis: the school's line (solid) against the municipality's
// (dashed), one point per stored month end, a gap where a month has no value.
// series: [{ key, label, color, dash?, points: [{ maand, aandeel (0..1 | null) }] }]

import { formatPercent, monthDate } from '../lib/format.js';
import { everyMonth, monthAxis } from './axis.js';

/**
 * @param {{ key: string, label: string, color: string, dash?: boolean, points: { maand: string, aandeel: number | null }[] }[]} series
 * @param {import('./axis.js').ChartSize & { yLabel?: string }} [options]
 */
export function shareLines(series, { width = 480, height = 220, title, yLabel = '↑ Leerlingen (%)' } = {}) {
  const maanden = everyMonth([...new Set(series.flatMap((s) => s.points.map((p) => p.maand)))]);
  const rows = series.flatMap((s) => {
    const byMonth = new Map(s.points.map((p) => [p.maand, p.aandeel]));
    return maanden.map((maand) => ({ key: s.key, maand, datum: monthDate(maand), aandeel: byMonth.get(maand) ?? NaN }));
  });
  const max = Math.max(0.05, ...rows.map((r) => (Number.isNaN(r.aandeel) ? 0 : r.aandeel)));
  const labelOf = (key) => series.find((s) => s.key === key)?.label;
  return Plot.plot({
    width,
    height,
    ariaLabel: title,
    x: monthAxis(maanden, { width }),
    y: { label: yLabel, grid: true, domain: [0, max * 1.15], tickFormat: (v) => formatPercent(v, 0) },
    color: { domain: series.map((s) => s.key), range: series.map((s) => s.color) },
    marks: [
      Plot.ruleY([0]),
      // a line per series: Plot takes a dash pattern as one constant per mark, not per row
      series.map((s) => Plot.line(rows.filter((r) => r.key === s.key), { x: 'datum', y: 'aandeel', stroke: 'key', strokeWidth: 2.5, strokeDasharray: s.dash ? '5,3' : undefined })),
      Plot.dot(rows.filter((d) => !Number.isNaN(d.aandeel)), { x: 'datum', y: 'aandeel', fill: 'key', r: 3.5, title: (d) => `${labelOf(d.key)}: ${formatPercent(d.aandeel)}` }),
    ],
  });
}
