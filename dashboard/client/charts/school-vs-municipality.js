// The school's weekly absence rate beside the average of all schools in the municipality.
// rows: [{ week (ISO monday), school, gemeente }]

import { colors } from '../lib/colors.js';
import { formatPercent, isoDate } from '../lib/format.js';
import { weekAxis } from './axis.js';

/**
 * @param {{ week: string, school: number | null, gemeente: number | null }[]} rows
 * @param {import('./axis.js').ChartSize} [options]
 */
export function schoolVsMunicipality(rows, { width = 640, title } = {}) {
  const data = rows.flatMap((r) => [
    { datum: isoDate(r.week), reeks: 'Deze school', rate: r.school ?? NaN },
    { datum: isoDate(r.week), reeks: 'Gemiddelde gemeente', rate: r.gemeente ?? NaN },
  ]);
  return Plot.plot({
    width,
    height: 240,
    ariaLabel: title,
    x: weekAxis(rows.map((r) => r.week), { width }),
    y: { label: '↑ Verzuim (% van de geplande uren)', grid: true, zero: true, tickFormat: (v) => formatPercent(v, 0) },
    color: { domain: ['Deze school', 'Gemiddelde gemeente'], range: [colors.school, colors.gemeente] },
    marks: [
      Plot.ruleY([0]),
      // a line per series: Plot takes a dash pattern as one constant per mark, not per row
      ['Deze school', 'Gemiddelde gemeente'].map((reeks) => Plot.line(data.filter((d) => d.reeks === reeks), {
        x: 'datum', y: 'rate', stroke: 'reeks', strokeWidth: reeks === 'Deze school' ? 2.5 : 2, strokeDasharray: reeks === 'Deze school' ? undefined : '5,3', marker: 'circle-stroke',
      })),
    ],
  });
}
