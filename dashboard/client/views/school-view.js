// A school's own page: its absence pattern by weekday and week against the municipality,
// the kind of absence over the weeks, and its pupils in fase 2 and 3 (by leerling_id).

import { categoryMix, mixGroups } from '../charts/category-mix.js';
import { schoolVsMunicipality } from '../charts/school-vs-municipality.js';
import { weekHeatmap } from '../charts/week-heatmap.js';
import { weekdayBars } from '../charts/weekday-bars.js';
import { colors } from '../lib/colors.js';
import { el } from '../lib/dom.js';
import { chartFigure } from '../lib/figure.js';
import { dateLabel, dateShort, formatCount, formatPercent, monthLabel } from '../lib/format.js';
import { label } from '../lib/labels.js';
import { absentHours, dayRates, weekdayRates, weekRates, yearRates } from '../lib/school-absence.js';
import { kpiRow } from './kpi.js';
import { renderAbsenceShares } from './school-absence-shares.js';
import { renderPupilTable } from './school-pupils.js';

const dayNames = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'];

/**
 * @param {HTMLElement} main
 * @param {import('../api-types.js').SchoolPage} data
 */
export function renderSchool(main, data) {
  const { school } = data;
  main.append(
    el('section', { class: 'intro' },
      el('div', { class: 'page-title' },
        el('h1', {}, school.naam),
        el('span', { class: 'meta' }, `BRIN ${school.brin}${school.sector ? ` · ${label('sector', school.sector)}` : ''}${data.peildatum ? ` · peildatum ${dateLabel(data.peildatum)}` : ''}`),
      ),
    ),
  );
  if (!data.maand) {
    main.append(el('p', { class: 'empty' }, 'Nog geen gegevens voor deze maand.'));
    return;
  }
  const days = data.dagen.filter((d) => d.gepland > 0);
  const monthDays = days.filter((d) => d.datum.startsWith(data.maand));
  if (data.nietGeleverd) {
    main.append(el('p', { class: 'warning-box' }, `${data.nietGeleverd}.`));
  } else if (monthDays.length > 0 && monthDays.every((d) => absentHours(d) === 0)) {
    main.append(el('p', { class: 'warning-box' }, `Voor ${monthLabel(data.maand)} is geen enkel verzuimuur van deze school ontvangen. Ontbreekt de verzuimexport? De cijfers hieronder zijn dan te gunstig.`));
  }
  const fase = (f) => data.fasen.find((x) => x.fase === f)?.aantal ?? 0;
  const rates = yearRates(data.dagen);
  main.append(kpiRow([
    { title: 'Thuiszitters (fase 3)', value: formatCount(fase('3')), tone: 'official', detail: 'langer dan 4 schoolweken volledig afwezig' },
    { title: 'Dreigend (fase 2)', value: formatCount(fase('2')), tone: 'warning', detail: 'vaak of lang afwezig, of aangepast programma' },
    { title: 'Op school (fase 1)', value: formatCount(fase('1')), tone: 'neutral', detail: 'ingeschreven leerlingen zonder signaal' },
    { title: 'Verzuim dit schooljaar', value: formatPercent(rates.school), tone: 'all', detail: `gemiddelde gemeente: ${formatPercent(rates.gemeente)}` },
  ]));

  const byWeekday = weekdayRates(data.dagen);
  const weeks = weekRates(data.dagen);
  const empty = days.length === 0;

  const grid = el('div', { class: 'grid two' });
  main.append(el('section', { class: 'block' }, el('h2', {}, 'Verzuim dit schooljaar'), grid));
  chartFigure(grid, {
    title: 'Verzuim per weekdag, deze school tegenover de gemeente',
    subtitle: 'Afwezige uren als deel van de geplande uren, sinds 1 augustus.',
    legend: [{ label: 'Deze school', color: colors.school }, { label: 'Gemiddelde gemeente', color: colors.ink }],
    empty,
    draw: (width) => weekdayBars(byWeekday, { width, title: 'Verzuim per weekdag' }),
    columns: [
      { label: 'Weekdag', value: (r) => dayNames[r.dag - 1] },
      { label: 'Deze school', value: (r) => formatPercent(r.school), numeric: true },
      { label: 'Gemeente', value: (r) => formatPercent(r.gemeente), numeric: true },
    ],
    rows: byWeekday,
  });
  chartFigure(grid, {
    title: 'Verzuim per schoolweek, deze school tegenover de gemeente',
    legend: [{ label: 'Deze school', color: colors.school }, { label: 'Gemiddelde gemeente', color: colors.gemeente, dash: true }],
    empty,
    draw: (width) => schoolVsMunicipality(weeks, { width, title: 'Verzuim per schoolweek' }),
    columns: [
      { label: 'Week van', value: (w) => dateShort(w.week) },
      { label: 'Deze school', value: (w) => formatPercent(w.school), numeric: true },
      { label: 'Gemeente', value: (w) => formatPercent(w.gemeente), numeric: true },
    ],
    rows: weeks,
  });
  const heatRows = dayRates(data.dagen);
  chartFigure(main, {
    title: 'Verzuim per schooldag (weken × weekdagen)',
    subtitle: 'Hoe donkerder, hoe meer verzuim die dag. Lege vakjes zijn geen schooldagen (vakantie, vrije dag).',
    empty,
    draw: (width) => weekHeatmap(heatRows, { width, title: 'Verzuim per schooldag' }),
    columns: [{ label: 'Datum', value: (r) => dateLabel(r.datum) }, { label: 'Verzuim', value: (r) => formatPercent(r.rate), numeric: true }],
    rows: heatRows,
  });
  const mixRows = weeks.flatMap((w) => mixGroups.map((g) => ({ week: w.week, categorie: g.key, rate: w[g.key] })));
  chartFigure(main, {
    title: 'Soort verzuim per schoolweek',
    subtitle: 'Ziek, geoorloofd en ongeoorloofd verzuim als deel van de geplande uren.',
    legend: mixGroups.map((g) => ({ label: g.label, color: g.color })),
    empty,
    draw: (width) => categoryMix(mixRows, { width, title: 'Soort verzuim per schoolweek' }),
    columns: [
      { label: 'Week van', value: (w) => dateShort(w.week) },
      ...mixGroups.map((g) => ({ label: g.label, value: (w) => formatPercent(w[g.key]), numeric: true })),
    ],
    rows: weeks,
  });

  renderAbsenceShares(main, data);
  renderPupilTable(main, data);
}
