// Absence rate per weekday: the school's bars against the municipal average (a black tick).
// rows: [{ dag (1-5), school (share), gemeente (share) }]

import { colors } from '../lib/colors.js';
import { formatPercent } from '../lib/format.js';

const fullNames = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'];
const shortNames = ['ma', 'di', 'wo', 'do', 'vr'];

/**
 * @param {{ dag: number, school: number | null, gemeente: number | null }[]} rows
 * @param {import('./axis.js').ChartSize} [options]
 */
export function weekdayBars(rows, { width = 480, title } = {}) {
  // "donderdag" needs about 60 px; below that per day the names would run together
  const days = (width - 60) / 5 < 66 ? shortNames : fullNames;
  const data = rows.map((r) => ({ ...r, naam: days[r.dag - 1] }));
  const max = Math.max(0.01, ...data.flatMap((d) => [d.school ?? 0, d.gemeente ?? 0]));
  return Plot.plot({
    width,
    height: 240,
    ariaLabel: title,
    x: { label: null, domain: days }, // the day names are the label
    y: { label: '↑ Verzuim (% van de geplande uren)', grid: true, tickFormat: (v) => formatPercent(v, 0), domain: [0, max * 1.2] },
    marks: [
      Plot.barY(data, { x: 'naam', y: 'school', fill: colors.school, insetLeft: 6, insetRight: 6, title: (d) => `${d.naam}: ${formatPercent(d.school)} (gemeente ${formatPercent(d.gemeente)})` }),
      Plot.tickY(data, { x: 'naam', y: 'gemeente', stroke: colors.ink, strokeWidth: 3, inset: 4 }),
      Plot.text(data, { x: 'naam', y: 'school', text: (d) => formatPercent(d.school), dy: -8, fontWeight: 'bold' }),
      Plot.ruleY([0]),
    ],
  });
}
