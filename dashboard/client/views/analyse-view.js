// The analyst page: exact counts for the chosen month, the trend, flows between months,
// durations, every breakdown of the monitor cube, the per-school table and data quality.

import { durationHistogram } from '../charts/duration-histogram.js';
import { flowMatrix } from '../charts/flow-matrix.js';
import { trendLines } from '../charts/trend-lines.js';
import { colors } from '../lib/colors.js';
import { el } from '../lib/dom.js';
import { chartFigure } from '../lib/figure.js';
import { dateLabel, formatCount, monthLabel } from '../lib/format.js';
import { label } from '../lib/labels.js';
import { renderAbsenceSharesPerSchool } from './analyse-absence-shares.js';
import { renderBreakdowns } from './analyse-breakdowns.js';
import { renderJaartelling } from './analyse-jaartelling.js';
import { renderQuality } from './analyse-quality.js';
import { renderSchoolTable } from './analyse-schools.js';
import { kpiRow } from './kpi.js';

// classification.md 1.1 §6: a state is the pair categorie/fase (monitor_flows), or buiten_beeld.
export const flowStates = [
  'ingeschreven/1', 'ingeschreven/2', 'ingeschreven/3', 'absoluut_verzuim/2', 'absoluut_verzuim/3',
  'vrijgesteld/-', 'bijna_leerplichtig/-', 'buiten_beeld',
].map((key) => ({ key, label: label('toestand', key) }));
const inFase3 = (state) => state.endsWith('/3');

// the published figures of the trend chart, by id (pipeline/monitor/figures.sql names them)
const trendGroups = [
  { key: 'officieel', color: colors.officieel },
  { key: 'niet_geteld', color: colors.fase3_niet },
  { key: 'fase2', color: colors.fase2 },
  { key: 'vrijstellingen', color: colors.vrijstellingen },
  { key: 'bijna_leerplichtig', color: colors.bijna_leerplichtig },
];

/**
 * @param {HTMLElement} main
 * @param {import('../api-types.js').Analyse} data
 */
export function renderAnalyse(main, data) {
  main.append(
    el('section', { class: 'intro' },
      el('div', { class: 'page-title' }, el('h1', {}, 'Analyse'), data.peildatum ? el('span', { class: 'meta' }, `peildatum ${dateLabel(data.peildatum)}`) : null),
    ),
  );
  if (!data.maand) {
    main.append(el('p', { class: 'empty' }, 'Nog geen gegevens: draai tzm monitor.'));
    renderQuality(main, null);
    renderJaartelling(main);
    return;
  }
  const count = (figure) => formatCount(data.cijfers[figure]);
  const title = (figure) => data.omschrijvingen[figure];
  if (data.nietGeleverd) main.append(el('p', { class: 'warning-box' }, `${data.nietGeleverd}.`));
  main.append(
    el('div', { class: 'downloads' },
      el('a', { href: `/api/analyse/export/classificaties.csv?maand=${data.maand}`, download: '' }, `Classificatie per leerling (${monthLabel(data.maand)}, CSV)`),
      el('a', { href: '/api/analyse/export/maandtellingen.csv', download: '' }, 'Maandtellingen (CSV)'),
      el('a', { href: '/api/analyse/export/quarantaine.csv', download: '' }, 'Geweigerde rijen (CSV)'),
    ),
    kpiRow([
      { title: title('jongeren'), value: count('jongeren'), tone: 'neutral', detail: 'geclassificeerd op de peildatum' },
      { title: title('officieel'), value: count('officieel'), tone: 'official', detail: `waarvan > 3 maanden: ${count('officieel_3m')}` },
      { title: title('niet_geteld'), value: count('niet_geteld'), tone: 'all', detail: 'langdurig ziek of geoorloofd' },
      { title: title('fase2'), value: count('fase2'), tone: 'warning', detail: `waarvan niet ingeschreven: ${count('absoluut_kort')}` },
      { title: title('zonder_aanbod_3m'), value: count('zonder_aanbod_3m'), tone: 'target', detail: 'doel: 0' },
      { title: title('vrijstellingen'), value: count('vrijstellingen'), tone: 'neutral', detail: `bijna leerplichtig: ${count('bijna_leerplichtig')}` },
    ]),
  );

  // one column: the flow matrix needs the full width for its eight named columns (flow-matrix.js)
  const grid = el('div', { class: 'grid' });
  main.append(el('section', { class: 'block' }, el('h2', {}, 'Ontwikkeling en stromen'), grid));
  const months = data.trend.map((t) => t.maand);
  const series = trendGroups.map((g) => ({
    ...g,
    label: title(g.key),
    points: data.trend.map((t) => ({ maand: t.maand, aantal: t.cijfers[g.key], label: formatCount(t.cijfers[g.key]) })),
  }));
  chartFigure(grid, {
    title: 'Jongeren per toestand, per maand',
    subtitle: 'Stand aan elk maandeinde (exacte aantallen).',
    legend: series.map((s) => ({ label: s.label, color: s.color })),
    draw: (width) => trendLines(series, { width, title: 'Jongeren per toestand, per maand' }),
    columns: [{ label: 'Maand', value: (m) => monthLabel(m) }, ...series.map((s) => ({ label: s.label, value: (m) => formatCount(s.points.find((p) => p.maand === m)?.aantal), numeric: true }))],
    rows: months,
  });
  chartFigure(grid, {
    title: `Van toestand naar toestand, ${monthLabel(months.at(-2) ?? data.maand)} → ${monthLabel(data.maand)}`,
    subtitle: flowSentence(data.stromen),
    empty: data.stromen.length === 0,
    emptyText: 'Geen vorige maand om mee te vergelijken.',
    draw: (width) => flowMatrix(data.stromen, flowStates, { width, title: 'Stromen tussen toestanden' }),
    columns: [
      { label: 'Vorige maand', value: (f) => label('toestand', f.van) },
      { label: 'Deze maand', value: (f) => label('toestand', f.naar) },
      { label: 'Aantal', value: (f) => formatCount(f.aantal), numeric: true },
    ],
    rows: data.stromen,
  });

  const duration = el('section', { class: 'block' }, el('h2', {}, 'Hoe lang zijn de thuiszitters al thuis?'));
  main.append(duration);
  const enrolled = data.duur.filter((r) => r.streak_dagen !== null);
  const notEnrolled = data.duur.filter((r) => r.streak_dagen === null);
  chartFigure(duration, {
    title: 'Ingeschreven thuiszitters naar aantal schoolweken aaneengesloten afwezig',
    subtitle: `Niet ingeschreven (geen schooldagen om te tellen): ${formatCount(notEnrolled.filter((r) => r.duur === '>4w').reduce((s, r) => s + r.aantal, 0))} langer dan 4 weken, ${formatCount(notEnrolled.filter((r) => r.duur === '>3m').reduce((s, r) => s + r.aantal, 0))} langer dan 3 maanden.`,
    legend: [{ label: 'Officieel geteld', color: colors.officieel }, { label: 'Niet geteld (ziek/geoorloofd)', color: colors.fase3_niet }],
    empty: enrolled.length === 0,
    emptyText: 'Geen ingeschreven thuiszitters op deze peildatum; de niet-ingeschreven staan in de regel hierboven.',
    draw: (width) => durationHistogram(enrolled, { width, title: 'Duur van het thuiszitten' }),
    columns: [
      { label: 'Schooldagen', value: (r) => formatCount(r.streak_dagen), numeric: true },
      { label: 'Thuis sinds', value: (r) => (r.sinds ? monthLabel(r.sinds) : '–') },
      { label: 'Officieel', value: (r) => r.officieel },
      { label: 'Aantal', value: (r) => formatCount(r.aantal), numeric: true },
    ],
    rows: enrolled,
  });

  renderBreakdowns(main, data);
  renderSchoolTable(main, data.scholen);
  renderAbsenceSharesPerSchool(main, data.verzuimAandelen ?? [], data.maand);
  renderQuality(main, data.maand);
  renderJaartelling(main);
}

function flowSentence(flows) {
  const into3 = flows.filter((f) => inFase3(f.naar) && !inFase3(f.van)).reduce((s, f) => s + f.aantal, 0);
  const out3 = flows.filter((f) => inFase3(f.van) && !inFase3(f.naar)).reduce((s, f) => s + f.aantal, 0);
  const back = flows.filter((f) => inFase3(f.van) && f.naar === 'ingeschreven/1').reduce((s, f) => s + f.aantal, 0);
  return `${formatCount(into3)} jongeren kwamen in fase 3, ${formatCount(out3)} gingen eruit (waarvan ${formatCount(back)} terug naar school).`;
}
