// The analysts' breakdowns of the monitor cube (analyse-cube.sql) as rows for stacked bars: fase 2
// and 3 per value of a dimension, every youth by state for 'fase', the exempted by article for
// 'artikel'. Pure functions, so they are tested without a browser.

import { colors } from './colors.js';
import { label } from './labels.js';

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
