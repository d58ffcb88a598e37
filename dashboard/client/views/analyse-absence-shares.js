// The analyst's persistent and severe absence per school: where each school stands among the
// others this month (one dot per school, the municipality as a dashed line) and a table of every
// school with its share over the months of the school year (README "Regels": Verzuim van 10% en 50%).
// rows: [{ maand, brin ('' = municipality), naam, sector, leerlingen, ten_procent, vijftig_procent }]

import { schoolShareDots } from '../charts/school-share-dots.js';
import { share, sharesOfMonth } from '../lib/absence-shares.js';
import { colors } from '../lib/colors.js';
import { el, table } from '../lib/dom.js';
import { chartFigure } from '../lib/figure.js';
import { formatCount, formatPercent, monthLabel } from '../lib/format.js';

/**
 * @param {HTMLElement} main
 * @param {import('../api-types.js').AnalyseMonth['verzuimAandelen']} rows
 * @param {string} maand
 */
export function renderAbsenceSharesPerSchool(main, rows, maand) {
  const section = el('section', { class: 'block', id: 'verzuim-aandelen' },
    el('h2', {}, 'Leerlingen die veel van het schooljaar misten, per school'),
    el('p', { class: 'section-intro' }, 'Leerlingen die op het maandeinde op de school staan en sinds 1 augustus 10% of meer (≥ 10% gemist) '
      + 'of de helft of meer (≥ 50% gemist) van hun geplande uren afwezig waren; alle soorten verzuim tellen, ook ziek en '
      + 'geoorloofd. De gemeente telt elke leerling één keer, met de uren van al zijn scholen dit schooljaar. '
      + 'Vroeg in het schooljaar weegt elke dag zwaar.'));
  main.append(section);
  const { gemeente, gemeente10, schools, ordered } = sharesOfMonth(rows, maand);
  chartFigure(section, {
    title: `Scholen naar aandeel leerlingen met ≥ 10% gemist, ${monthLabel(maand)}`,
    subtitle: gemeente
      ? `Gemeente: ${formatCount(gemeente.ten_procent)} van ${formatCount(gemeente.leerlingen)} leerlingen (${formatPercent(gemeente10)}) misten 10% of meer, ${formatCount(gemeente.vijftig_procent)} (${formatPercent(share(gemeente.vijftig_procent, gemeente.leerlingen))}) de helft of meer.`
      : null,
    legend: [{ label: 'Een school', color: colors.school }, { label: 'Gemeente', color: colors.gemeente, dash: true }],
    empty: schools.length === 0,
    draw: (width) => schoolShareDots(schools, gemeente10, { width, title: 'Scholen naar aandeel leerlingen met ≥ 10% gemist' }),
  });

  // the table: every school this month, with the months of the school year before it
  const months = [...new Set(rows.map((r) => r.maand))].sort();
  const byKey = new Map(rows.map((r) => [`${r.maand}|${r.brin}`, r]));
  const node = table(
    [
      { label: 'School', value: (s) => (s.brin ? el('a', { href: `/school/${encodeURIComponent(s.brin)}` }, s.naam ?? s.brin) : s.naam) },
      { label: 'BRIN', value: (s) => s.brin || '–' },
      { label: 'Leerlingen', value: (s) => formatCount(s.leerlingen), numeric: true },
      { label: '≥ 10% gemist', value: (s) => formatCount(s.ten_procent), numeric: true },
      { label: 'aandeel', value: (s) => formatPercent(share(s.ten_procent, s.leerlingen)), numeric: true },
      { label: '≥ 50% gemist', value: (s) => formatCount(s.vijftig_procent), numeric: true },
      { label: 'aandeel', value: (s) => formatPercent(share(s.vijftig_procent, s.leerlingen)), numeric: true },
      ...months.filter((m) => m !== maand).map((m) => ({
        label: `≥ 10%, ${monthLabel(m)}`,
        value: (s) => {
          const earlier = byKey.get(`${m}|${s.brin}`);
          return earlier ? formatPercent(share(earlier.ten_procent, earlier.leerlingen)) : '–';
        },
        numeric: true,
      })),
    ],
    ordered,
    { caption: `Per school, ${monthLabel(maand)}; gesorteerd op het aandeel met ≥ 10% gemist` },
  );
  section.append(el('div', { class: 'table-card' }, node));
}
