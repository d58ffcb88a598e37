// One pupil's attendance (last four weeks) at each month end of the school year: a small line
// in the action list, from 0 to 100%, so a pupil drifting away is seen at a glance. Decorative
// beside the table's own numbers, so hidden from screen readers; the title names the values.
// points: [{ maand, aanwezigheid (0..1) }]

import { colors } from '../lib/colors.js';
import { formatPercent, monthDate, monthLabel } from '../lib/format.js';

export function attendanceTrend(points, { width = 96, height = 26 } = {}) {
  const data = points.map((p) => ({ datum: monthDate(p.maand), aanwezigheid: p.aanwezigheid, maand: p.maand }));
  const svg = Plot.plot({
    width,
    height,
    margin: 3,
    axis: null,
    x: { type: 'utc', domain: data.length === 1 ? [data[0].datum, data[0].datum] : undefined },
    y: { domain: [0, 1] },
    marks: [
      Plot.ruleY([0.8], { stroke: colors.gemeente, strokeDasharray: '2,2' }),
      Plot.line(data, { x: 'datum', y: 'aanwezigheid', stroke: colors.school, strokeWidth: 1.5 }),
      Plot.dot(data.slice(-1), { x: 'datum', y: 'aanwezigheid', fill: colors.school, r: 2.2 }),
    ],
  });
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('attendance-trend');
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = data.map((d) => `${monthLabel(d.maand)}: ${formatPercent(d.aanwezigheid)}`).join(', ');
  svg.prepend(title);
  return svg;
}
