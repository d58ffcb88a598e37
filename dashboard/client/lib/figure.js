// A chart as a figure: a title that says what it shows, an optional subtitle, the chart, a
// legend where colour carries meaning, and the same numbers as a table for screen readers
// (and for anyone who prefers numbers). No data: a sentence instead of an empty frame.

import { el } from './dom.js';
import { table } from './dom.js';

export const emptyText = 'Nog geen gegevens voor deze maand.';

/**
 * Appends a figure to `parent` and draws into it at the width it gets.
 * spec: { title, subtitle?, draw(width) -> Node, legend?: [{ label, color, dash? }],
 *         columns?, rows?, empty?, emptyText?, note?, className? }
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

export function legend(items) {
  return el(
    'ul',
    { class: 'legend', 'aria-label': 'Legenda' },
    items.map((item) =>
      el('li', {},
        el('span', { class: `swatch${item.dash ? ' dash' : ''}${item.hollow ? ' hollow' : ''}`, style: `--swatch:${item.color}`, 'aria-hidden': 'true' }),
        item.label,
      ),
    ),
  );
}
