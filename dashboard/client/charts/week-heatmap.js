// Absence rate per school day, laid out as school weeks (columns) by weekday (rows).
// Dark cells are days with much absence; blank cells were no school days.
// rows: [{ week (ISO monday), dag (1-5), rate }]

import { dateShort, formatPercent } from '../lib/format.js';

const days = ['ma', 'di', 'wo', 'do', 'vr'];

/**
 * @param {{ week: string, dag: number, rate: number }[]} rows
 * @param {import('./axis.js').ChartSize & { max?: number }} [options]
 */
export function weekHeatmap(rows, { width = 800, title, max } = {}) {
  const weeks = [...new Set(rows.map((r) => r.week))].sort();
  // a date like "28 sep" needs about 44 px: every week that fits, at most 12 labels
  const room = Math.max(1, Math.floor((width - 36 - 20) / 44));
  const step = Math.ceil(weeks.length / Math.min(12, room));
  const top = max ?? Math.max(0.02, ...rows.map((r) => r.rate));
  return Plot.plot({
    width,
    height: 200,
    marginLeft: 36,
    marginBottom: 36,
    ariaLabel: title,
    x: { label: 'Schoolweek (maandag) →', domain: weeks, tickFormat: (w, i) => (i % step === 0 ? dateShort(w) : ''), tickSize: 0 },
    y: { label: null, domain: days, tickSize: 0 }, // ma-vr label themselves
    // the legend's margins (Plot hands a scale's options to its legend): the end labels inside the card
    color: /** @type {import('@observablehq/plot').ScaleOptions} */ ({ type: 'linear', scheme: 'YlOrRd', domain: [0, top], label: 'Verzuim (% van de geplande uren)', legend: true, marginLeft: 12, marginRight: 14, tickFormat: (v) => formatPercent(v, 0) }),
    marks: [
      Plot.cell(rows, { x: 'week', y: (r) => days[r.dag - 1], fill: 'rate', inset: 1, rx: 2, title: (r) => `week van ${dateShort(r.week)}, ${days[r.dag - 1]}: ${formatPercent(r.rate)}` }),
    ],
  });
}
