// Breakdowns of fase 2 and fase 3 by any dimension of the monitor cube, chosen from a list.

import { groupBars } from '../charts/group-bars.js';
import { colors } from '../lib/colors.js';
import { clear, el } from '../lib/dom.js';
import { chartFigure } from '../lib/figure.js';
import { formatCount } from '../lib/format.js';
import { label } from '../lib/labels.js';

const groups = [
  { key: 'fase3_officieel', label: 'Fase 3, officieel geteld', color: colors.officieel },
  { key: 'fase3_niet', label: 'Fase 3, niet geteld', color: colors.fase3_niet },
  { key: 'fase2', label: 'Fase 2, dreigend', color: colors.fase2 },
];
const exemptGroups = [{ key: 'vrijgesteld', label: 'Vrijgesteld', color: colors.vrijstellingen }];
const stateGroups = [
  { key: 'ingeschreven', label: 'Ingeschreven', color: colors.school },
  { key: 'absoluut_verzuim', label: 'Niet ingeschreven', color: colors.absoluut_kort },
  { key: 'vrijgesteld', label: 'Vrijgesteld', color: colors.vrijstellingen },
  { key: 'bijna_leerplichtig', label: 'Bijna leerplichtig', color: colors.bijna_leerplichtig },
];

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

/**
 * @param {import('../api-types.js').AnalyseMonth} data
 * @param {string} dimension
 */
export function breakdownRows(data, dimension) {
  const schoolName = Object.fromEntries((data.scholen ?? []).map((s) => [s.brin, `${s.naam ?? s.brin} (${s.brin})`]));
  const add = (map, labelText, groep, n) => {
    const key = `${labelText}\u0000${groep}`;
    const row = map.get(key) ?? { label: labelText, groep, aantal: 0 };
    row.aantal += n;
    map.set(key, row);
  };
  const map = new Map();
  if (dimension === 'fase') {
    for (const r of data.kubus.filter((c) => c.dimensie === 'totaal')) {
      const text = r.fase === '-' ? label('categorie', r.categorie) : `${label('fase', r.fase)}${r.duur !== '-' ? `, ${label('duur', r.duur)}` : ''}`;
      add(map, text, r.categorie, r.aantal);
    }
    const rows = [...map.values()];
    return { rows, usedGroups: stateGroups.filter((g) => rows.some((r) => r.groep === g.key)), order: orderByTotal(rows) };
  }
  const cube = data.kubus.filter((c) => c.dimensie === dimension);
  const text = (waarde) => {
    if (dimension === 'brin') return waarde === '' ? 'Niet ingeschreven' : schoolName[waarde] ?? waarde;
    if (dimension === 'leeftijd') return `${waarde} jaar`;
    return label(dimension === 'signaal' ? 'signaal' : dimension, waarde);
  };
  if (dimension === 'artikel') {
    for (const r of cube.filter((c) => c.categorie === 'vrijgesteld')) add(map, text(r.waarde), 'vrijgesteld', r.aantal);
    const rows = [...map.values()];
    return { rows, usedGroups: exemptGroups, order: orderByTotal(rows) };
  }
  for (const r of cube.filter((c) => c.fase === '2' || c.fase === '3')) {
    add(map, text(r.waarde), r.fase === '2' ? 'fase2' : r.officieel === 'ja' ? 'fase3_officieel' : 'fase3_niet', r.aantal);
  }
  const rows = [...map.values()];
  const order = dimension === 'leeftijd'
    ? [...new Set(rows.map((r) => r.label))].sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
    : orderByTotal(rows);
  return { rows, usedGroups: groups.filter((g) => rows.some((r) => r.groep === g.key)), order };
}

function orderByTotal(rows) {
  const totals = new Map();
  for (const r of rows) totals.set(r.label, (totals.get(r.label) ?? 0) + r.aantal);
  return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([l]) => l);
}
