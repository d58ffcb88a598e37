// A chart as a figure: a title that says what it shows, an optional subtitle, the chart, a
// legend where colour carries meaning, and the same numbers as a table for screen readers
// (and for anyone who prefers numbers). No data: a sentence instead of an empty frame.

import { colors } from './colors.js';
import { el } from './dom.js';
import { table } from './dom.js';

export const emptyText = 'Nog geen gegevens voor deze maand.';

/**
 * A legend entry: a square of `color`, or a dashed line, or a hollow dot.
 * @typedef {{ label: string, color: string, dash?: boolean, hollow?: boolean }} LegendItem
 */

/**
 * What a figure shows: `draw(width)` makes the chart; `columns` and `rows` the same numbers as a table.
 * @template T
 * @typedef {{
 *   title: string, subtitle?: string | null, draw: (width: number) => Node,
 *   legend?: LegendItem[], columns?: import('./dom.js').Column<T>[], rows?: readonly T[],
 *   empty?: boolean, emptyText?: string, note?: string, className?: string,
 * }} FigureSpec
 */

/**
 * Appends a figure to `parent` and draws into it at the width it gets.
 * @template T
 * @param {Element} parent
 * @param {FigureSpec<T>} spec
 */
export function chartFigure(parent, spec) {
  const headingId = `fig-${Math.random().toString(36).slice(2, 9)}`;
  const figure = el('figure', { class: `chart ${spec.className ?? ''}`.trim(), 'aria-labelledby': headingId });
  figure.append(el('h3', { id: headingId }, spec.title));
  if (spec.subtitle) figure.append(el('p', { class: 'subtitle' }, spec.subtitle));
  parent.append(figure);

  if (spec.empty) {
    figure.append(el('p', { class: 'empty' }, spec.emptyText ?? emptyText));
    return figure;
  }
  if (spec.legend) figure.append(legend(spec.legend));
  const holder = el('div', { class: 'plot' });
  figure.append(holder);
  const width = Math.max(280, Math.floor(holder.getBoundingClientRect().width || parent.getBoundingClientRect().width || 640));
  holder.append(spec.draw(width));
  if (spec.note) figure.append(el('p', { class: 'note' }, spec.note));
  if (spec.columns && spec.rows) {
    figure.append(
      el('details', { class: 'as-table' },
        el('summary', {}, 'Toon als tabel'),
        table(spec.columns, spec.rows, { caption: spec.title }),
      ),
    );
  }
  return figure;
}

/** @param {LegendItem[]} items */
export function legend(items) {
  return el(
    'ul',
    { class: 'legend', 'aria-label': 'Legenda' },
    items.map((item) => el('li', {}, swatch(item), item.label)),
  );
}

const svgNs = 'http://www.w3.org/2000/svg';

/**
 * A legend swatch drawn in SVG: browsers leave CSS backgrounds out of print by default, an SVG
 * fill they keep, so a printed legend can still be read. A dashed line, a hollow dot or a square.
 */
/** @param {LegendItem} item */
function swatch({ color, dash = false, hollow = false }) {
  const svg = document.createElementNS(svgNs, 'svg');
  const width = dash ? 22 : 14;
  for (const [name, value] of Object.entries({ class: 'swatch', width, height: 14, viewBox: `0 0 ${width} 14`, 'aria-hidden': 'true' })) svg.setAttribute(name, String(value));
  const shape = document.createElementNS(svgNs, dash ? 'line' : hollow ? 'circle' : 'rect');
  const attributes = dash
    ? { x1: 1, y1: 7, x2: width - 1, y2: 7, stroke: color, 'stroke-width': 3, 'stroke-dasharray': '4 3' }
    : hollow
      ? { cx: 7, cy: 7, r: 5.5, fill: colors.paper, stroke: color, 'stroke-width': 2 }
      : { x: 0.5, y: 0.5, width: 13, height: 13, rx: 3, fill: color, stroke: colors.swatch_border };
  for (const [name, value] of Object.entries(attributes)) shape.setAttribute(name, String(value));
  svg.append(shape);
  return svg;
}
