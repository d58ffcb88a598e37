// A tiny trend line for a headline card: no axes, the latest point marked. Decorative: the
// same numbers are in the trend chart's table, so it is hidden from screen readers.
// points: [{ maand, aantal (number|null) }]

import { colors } from '../lib/colors.js';
import { monthDate } from '../lib/format.js';

export function sparkline(points, { width = 180, height = 38, color = colors.ink } = {}) {
  const data = points.map((p) => ({ datum: monthDate(p.maand), aantal: p.aantal ?? NaN }));
  const last = data.filter((d) => !Number.isNaN(d.aantal)).at(-1);
  const svg = Plot.plot({
    width,
    height,
    margin: 4,
    axis: null,
    x: { type: 'utc' },
    y: { zero: true, domain: [0, Math.max(1, ...data.map((d) => d.aantal).filter(Number.isFinite)) * 1.1] },
    marks: [
      Plot.areaY(data, { x: 'datum', y: 'aantal', fill: color, fillOpacity: 0.1 }),
      Plot.line(data, { x: 'datum', y: 'aantal', stroke: color, strokeWidth: 2 }),
      last ? Plot.dot([last], { x: 'datum', y: 'aantal', fill: color, r: 3 }) : null,
    ],
  });
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('sparkline');
  return svg;
}
