// The school page's persistent and severe absence: the share of its pupils who missed 10% or
// more, and 50% or more, of their scheduled hours this school year, month by month, against the
// municipality's share (README "Regels": Verzuim van 10% en 50%).
// data.verzuimAandelen: [{ maand, leerlingen, ten_procent, vijftig_procent, aandeel_10, aandeel_50, gemeente_10, gemeente_50 }]

import { shareLines } from '../charts/share-lines.js';
import { colors } from '../lib/colors.js';
import { el } from '../lib/dom.js';
import { chartFigure } from '../lib/figure.js';
import { formatCount, formatPercent, monthLabel } from '../lib/format.js';

export const shareMeasures = [
  { key: '10', title: '≥ 10% gemist', sentence: '10% of meer', count: 'ten_procent' },
  { key: '50', title: '≥ 50% gemist', sentence: 'de helft of meer', count: 'vijftig_procent' },
];

/**
 * @param {HTMLElement} main
 * @param {import('../api-types.js').School} data
 */
export function renderAbsenceShares(main, data) {
  const rows = data.verzuimAandelen ?? [];
  const grid = el('div', { class: 'grid two' });
  main.append(el('section', { class: 'block', id: 'verzuim-aandelen' },
    el('h2', {}, 'Leerlingen die veel van het schooljaar misten'),
    el('p', { class: 'section-intro' }, 'Aandeel van de leerlingen die op het maandeinde op deze school staan, dat sinds 1 augustus '
      + '10% of meer (≥ 10% gemist) of de helft of meer (≥ 50% gemist) van de geplande uren afwezig was. Alle soorten '
      + 'verzuim tellen, ook ziek en geoorloofd; maanden zonder verzuimgegevens van de school tellen niet mee. '
      + 'Vroeg in het schooljaar weegt elke dag zwaar: een zieke week in september is al snel 10%.'),
    grid));
  for (const measure of shareMeasures) {
    const series = [
      { key: 'school', label: 'Deze school', color: colors.school, points: rows.map((r) => ({ maand: r.maand, aandeel: r[`aandeel_${measure.key}`] })) },
      { key: 'gemeente', label: 'Gemeente', color: colors.gemeente, dash: true, points: rows.map((r) => ({ maand: r.maand, aandeel: r[`gemeente_${measure.key}`] })) },
    ];
    const latest = rows.at(-1);
    chartFigure(grid, {
      title: `Leerlingen met ${measure.title}, per maand`,
      subtitle: latest?.leerlingen
        ? `${monthLabel(latest.maand)}: ${formatCount(latest[measure.count])} van de ${formatCount(latest.leerlingen)} leerlingen misten ${measure.sentence}.`
        : null,
      legend: [{ label: 'Deze school', color: colors.school }, { label: 'Gemeente', color: colors.gemeente, dash: true }],
      empty: rows.every((r) => r[`aandeel_${measure.key}`] === null),
      draw: (width) => shareLines(series, { width, title: `Leerlingen met ${measure.title}` }),
      columns: [
        { label: 'Maand', value: (r) => monthLabel(r.maand) },
        { label: 'Deze school, leerlingen', value: (r) => `${formatCount(r[measure.count])} van ${formatCount(r.leerlingen)}`, numeric: true },
        { label: 'Deze school', value: (r) => formatPercent(r[`aandeel_${measure.key}`]), numeric: true },
        { label: 'Gemeente', value: (r) => formatPercent(r[`gemeente_${measure.key}`]), numeric: true },
      ],
      rows,
    });
  }
}
