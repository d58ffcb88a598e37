// Breakdowns of fase 2 and fase 3 by any dimension of the monitor cube, chosen from a list.

import { groupBars } from '../charts/group-bars.js';
import { clear, el } from '../lib/dom.js';
import { chartFigure } from '../lib/figure.js';
import { formatCount } from '../lib/format.js';
import { breakdownRows } from '../lib/breakdown-rows.js';

const dimensions = [
  { key: 'fase', label: 'Fase, duur en categorie' },
  { key: 'signaal', label: 'Signaal' },
  { key: 'reden', label: 'Reden' },
  { key: 'sector', label: 'Sector' },
  { key: 'brin', label: 'School' },
  { key: 'leeftijd', label: 'Leeftijd' },
  { key: 'kwalificatieplichtig', label: 'Kwalificatieplicht' },
  { key: 'traject_soort', label: 'Traject (alternatieve route)' },
  { key: 'artikel', label: 'Vrijstelling (artikel)' },
];

/**
 * @param {HTMLElement} main
 * @param {import('../api-types.js').AnalyseMonth} data
 */
export function renderBreakdowns(main, data) {
  const select = el('select', { id: 'dimensie' }, dimensions.map((d) => el('option', { value: d.key }, d.label)));
  const holder = el('div');
  main.append(
    el('section', { class: 'block' },
      el('h2', {}, 'Uitsplitsingen'),
      el('div', { class: 'toolbar' }, el('label', { for: 'dimensie' }, 'Uitsplitsen naar'), select),
      holder,
    ),
  );
  const draw = () => {
    clear(holder);
    const dimension = dimensions.find((d) => d.key === select.value) ?? dimensions[0];
    const { rows, usedGroups, order } = breakdownRows(data, dimension.key);
    chartFigure(holder, {
      title: `${dimension.key === 'fase' ? 'Alle jongeren naar fase, duur en categorie' : dimension.key === 'artikel' ? 'Vrijgestelde jongeren naar artikel' : `Jongeren in fase 2 en 3 naar ${dimension.label.toLowerCase()}`}`,
      subtitle: dimension.key === 'signaal' ? 'Een jongere met meer signalen telt bij elk signaal mee.' : null,
      legend: usedGroups.map((g) => ({ label: g.label, color: g.color })),
      empty: rows.length === 0,
      draw: (width) => groupBars(rows, usedGroups, { width, order, title: dimension.label }),
      columns: [
        { label: dimension.label, value: (r) => r.label },
        { label: 'Groep', value: (r) => usedGroups.find((g) => g.key === r.groep)?.label ?? r.groep },
        { label: 'Aantal', value: (r) => formatCount(r.aantal), numeric: true },
      ],
      rows,
    });
  };
  select.addEventListener('change', draw);
  draw();
}
