// The school's action list: its pupils in fase 2 and 3, furthest from school first (fase 3,
// then the lowest attendance). Every column sorts on a click, the list filters by fase, signal
// and "new since last month", each row shows how attendance moved over the school year, and
// the school downloads its own list as CSV. Sorting and filtering are in lib/sort-rows.js.

import { attendanceTrend } from '../charts/attendance-trend.js';
import { clear, el } from '../lib/dom.js';
import { countOf, dateLabel, formatCount, formatDecimal, formatPercent, monthLabel } from '../lib/format.js';
import { label, signalList } from '../lib/labels.js';
import { filterPupils, sortRows } from '../lib/sort-rows.js';

const changeWords = { nieuw: 'nieuw', naar_fase_3: 'naar fase 3' };

/**
 * @param {HTMLElement} main
 * @param {import('../api-types.js').SchoolMonth} data
 */
export function renderPupilTable(main, data) {
  const section = el('section', { class: 'block', id: 'leerlingen' }, el('h2', {}, 'Leerlingen in fase 2 en 3'));
  main.append(section);
  if (data.leerlingen.length === 0) {
    section.append(el('p', { class: 'empty' }, 'Geen leerlingen in fase 2 of 3 op deze peildatum.'));
    return;
  }
  const pupils = data.leerlingen;
  const link = (p) => el('a', { href: `/school/${encodeURIComponent(data.school.brin)}/leerling/${encodeURIComponent(p.leerling_id)}?maand=${data.maand}` }, p.leerling_id);
  // `sort` gives the value a click sorts on; fase 3 > 3 months sorts after fase 3 > 4 weeks.
  const columns = [
    { label: 'Leerling', value: link, sort: (p) => p.leerling_id },
    {
      label: 'Fase',
      value: (p) => el('span', { class: `chip fase${p.fase}` }, p.fase === '3' ? `3 · ${p.duur}` : '2'),
      sort: (p) => Number(p.fase) * 10 + (p.duur === '>3m' ? 1 : 0),
    },
    {
      label: 'Sinds vorige maand',
      value: (p) => (changeWords[p.sinds_vorige_maand] ? el('span', { class: `chip change-${p.sinds_vorige_maand}` }, changeWords[p.sinds_vorige_maand]) : '–'),
      sort: (p) => ({ nieuw: 1, naar_fase_3: 2 })[p.sinds_vorige_maand] ?? null,
    },
    { label: 'Officieel', value: (p) => (p.fase === '3' ? p.officieel : '–'), sort: (p) => (p.fase === '3' ? p.officieel : null) },
    { label: 'Signalen', value: (p) => signalList(p.signalen).map((s) => el('span', { class: 'chip' }, s)), sort: (p) => p.signalen },
    {
      label: 'Aaneengesloten afwezig',
      value: (p) => (p.streak_dagen ? `${countOf(p.streak_dagen, 'schooldag', 'schooldagen')}${p.streak_start ? `, sinds ${dateLabel(p.streak_start)}` : ''}` : '–'),
      sort: (p) => p.streak_dagen ?? null,
      numeric: true,
    },
    { label: 'Aanwezig (4 wk)', value: (p) => formatPercent(p.aanwezigheid_w4), sort: (p) => p.aanwezigheid_w4, numeric: true },
    {
      label: 'Aanwezigheid dit schooljaar',
      value: (p) => (p.trend.length > 1 ? attendanceTrend(p.trend) : '–'),
      // sorts on the change from the first to the last month: the steepest fall first when ascending
      sort: (p) => (p.trend.length > 1 ? p.trend.at(-1).aanwezigheid - p.trend[0].aanwezigheid : null),
    },
    { label: 'Ongeoorl. uren (4 wk)', value: (p) => formatDecimal(p.ongeoorloofd_uren_w4), sort: (p) => p.ongeoorloofd_uren_w4, numeric: true },
    { label: 'Reden', value: (p) => (p.reden ? label('reden', p.reden) : '–'), sort: (p) => (p.reden ? label('reden', p.reden) : null) },
    { label: 'Traject', value: (p) => (p.traject_soort ? label('traject_soort', p.traject_soort) : '–'), sort: (p) => (p.traject_soort ? label('traject_soort', p.traject_soort) : null) },
  ];

  /** @type {{ sortBy: number, direction: 'asc' | 'desc', filters: { fase: string, signaal: string, alleenNieuw: boolean } }} */
  const state = { sortBy: -1, direction: 'asc', filters: { fase: '', signaal: '', alleenNieuw: false } };
  const signals = [...new Set(pupils.flatMap((p) => (p.signalen ? p.signalen.split('|') : [])))].sort();
  const newCount = filterPupils(pupils, { alleenNieuw: true }).length;
  const previous = previousMonth(data);
  const holder = el('div', { class: 'table-card' });
  const filters = /** @type {HTMLFormElement & { elements: { fase: HTMLSelectElement, signaal: HTMLSelectElement, alleenNieuw: HTMLInputElement } }} */ (el('form', { class: 'filters', role: 'search', 'aria-label': 'Leerlingen filteren' },
    el('label', {}, 'Fase ', select('fase', [['', 'Fase 2 en 3'], ['3', 'Fase 3'], ['2', 'Fase 2']])),
    el('label', {}, 'Signaal ', select('signaal', [['', 'Alle signalen'], ...signals.map((s) => [s, label('signaal', s)])])),
    el('label', {}, el('input', { type: 'checkbox', name: 'alleenNieuw' }), ` Alleen nieuw of naar fase 3 sinds vorige maand (${formatCount(newCount)})`),
    el('a', { class: 'download', href: `/api/school/${encodeURIComponent(data.school.brin)}/leerlingen.csv?maand=${data.maand}`, download: '' }, 'Lijst downloaden (CSV)'),
  ));
  filters.addEventListener('change', () => {
    state.filters = { fase: filters.elements.fase.value, signaal: filters.elements.signaal.value, alleenNieuw: filters.elements.alleenNieuw.checked };
    draw();
  });
  section.append(
    el('p', { class: 'subtitle' }, 'Wie het verst van school is staat bovenaan: eerst fase 3, dan de laagste aanwezigheid. ',
      previous ? `"Nieuw" is wie eind ${monthLabel(previous)} niet in fase 2 of 3 stond. ` : '',
      'Klik op een kolomkop om te sorteren.'),
    filters,
    holder,
  );

  function draw() {
    const shown = filterPupils(pupils, state.filters);
    const rows = state.sortBy < 0 ? shown : sortRows(shown, columns[state.sortBy].sort, state.direction);
    const header = columns.map((c, i) => {
      const sorted = i === state.sortBy ? (state.direction === 'asc' ? 'ascending' : 'descending') : 'none';
      const button = el('button', { type: 'button', class: 'sort' }, c.label, el('span', { class: 'sort-mark', 'aria-hidden': 'true' }, sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ''));
      button.addEventListener('click', () => {
        state.direction = state.sortBy === i && state.direction === 'asc' ? 'desc' : 'asc';
        state.sortBy = i;
        draw();
      });
      return el('th', { scope: 'col', class: c.numeric ? 'num' : null, 'aria-sort': sorted }, button);
    });
    clear(holder).append(el('table', { class: 'data action-list' },
      el('caption', {}, `${formatCount(rows.length)} van ${formatCount(pupils.length)} leerlingen`),
      el('thead', {}, el('tr', {}, header)),
      el('tbody', {}, rows.map((p) => el('tr', { class: p.sinds_vorige_maand ? `change-${p.sinds_vorige_maand}` : null },
        columns.map((c) => el('td', { class: c.numeric ? 'num' : null }, c.value(p)))))),
    ));
    if (rows.length === 0) holder.append(el('p', { class: 'empty' }, 'Geen leerlingen die aan deze filters voldoen.'));
  }
  draw();
}

/**
 * @param {string} name
 * @param {string[][]} options
 */
function select(name, options) {
  return el('select', { name }, options.map(([value, text]) => el('option', { value }, text)));
}

/**
 * The month before the shown one among the stored months (for the "nieuw" sentence).
 * @param {import('../api-types.js').SchoolMonth} data
 */
function previousMonth(data) {
  const months = (data.maanden ?? []).map((m) => m.maand ?? m).filter((m) => m < data.maand).sort();
  return months.at(-1);
}
