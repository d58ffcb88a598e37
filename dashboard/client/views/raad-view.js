// The council page, also the printed report: the chosen month's figures, official count
// against all school missers, each target beside its path, the trend, and who they are.
// Everything here is public: suppressed figures only ({ aantal, label }).

import { comparisonBars, comparisonGroups, comparisonSegments, rows as comparisonRows } from '../charts/comparison-bars.js';
import { breakdownBars } from '../charts/breakdown-bars.js';
import { sectorBars, sectorGroups } from '../charts/sector-bars.js';
import { targetChart } from '../charts/target-chart.js';
import { trendLines } from '../charts/trend-lines.js';
import { colors } from '../lib/colors.js';
import { el } from '../lib/dom.js';
import { chartFigure, emptyText } from '../lib/figure.js';
import { dateLabel, figureText, formatDecimal, monthLabel, monthsBefore } from '../lib/format.js';
import { label } from '../lib/labels.js';
import { kpiRow } from './kpi.js';
import { targetSentence, targetStatus } from './raad-targets-text.js';

/**
 * @param {HTMLElement} main
 * @param {import('../api-types.js').RaadPage} data
 */
export function renderRaad(main, data) {
  if (!data.maand) {
    main.append(el('section', { class: 'empty-page' }, el('h2', {}, 'Thuiszitters in beeld'), el('p', { class: 'empty' }, emptyText)));
    return;
  }
  const c = data.cijfers;
  // what each figure counts, one label per figure (pipeline/monitor/figures.sql)
  const name = (key) => data.omschrijvingen[key];
  const previous = data.trend.at(-2);
  // the same month a year earlier, when stored: a season's pattern is no trend
  const yearAgo = data.trend.find((t) => t.maand === monthsBefore(data.maand, 12));
  const spark = (key) => data.trend.map((t) => ({ maand: t.maand, aantal: t.cijfers[key].aantal }));
  main.append(
    el('section', { class: 'intro' },
      el('h2', {}, `Thuiszitters op ${dateLabel(data.peildatum)}`),
      el('p', { class: 'lead' }, leadSentence(c)),
    ),
    kpiRow([
      { title: name('officieel'), value: figureText(c.officieel), tone: 'official', spark: spark('officieel'), color: colors.officieel, detail: `${figureText(c.officieel_4w)} langer dan 4 weken · ${figureText(c.officieel_3m)} langer dan 3 maanden${change(c.officieel, previous?.cijfers.officieel, previous?.maand)}${change(c.officieel, yearAgo?.cijfers.officieel, yearAgo?.maand)}` },
      { title: name('schoolmissers'), value: figureText(c.schoolmissers), tone: 'all', spark: spark('schoolmissers'), color: colors.schoolmissers, detail: `ook ziek of geoorloofd thuis, kort niet ingeschreven of bijna leerplichtig${change(c.schoolmissers, previous?.cijfers.schoolmissers, previous?.maand)}${change(c.schoolmissers, yearAgo?.cijfers.schoolmissers, yearAgo?.maand)}` },
      { ...zeroTargetCard(c, data.doelen, name('zonder_aanbod_3m')), spark: spark('zonder_aanbod_3m'), color: colors.zonder_aanbod },
      { title: name('vrijstellingen'), value: figureText(c.vrijstellingen), tone: 'neutral', spark: spark('vrijstellingen'), color: colors.vrijstellingen, detail: `waarvan art. 5a (lichamelijk/psychisch): ${figureText(c.vrijstellingen_5a)}` },
      { title: name('dreigend'), value: figureText(c.dreigend), tone: 'warning', spark: spark('dreigend'), color: colors.dreigend, detail: 'ingeschreven, maar vaak of lang afwezig (fase 2)' },
    ]),
  );

  const comparison = section(main, 'Officieel geteld en alle schoolmissers', 'De officiële telling volgt de landelijke definitie: ingeschreven en meer dan vier weken ongeoorloofd afwezig, of niet ingeschreven. Veel jongeren die niet naar school gaan, vallen daarbuiten.');
  const segments = comparisonSegments(c);
  const usedGroups = comparisonGroups.filter((g) => segments.some((s) => s.groep === g.key));
  chartFigure(comparison, {
    title: `Officieel geteld tegenover alle schoolmissers, ${monthLabel(data.maand)}`,
    subtitle: 'Aantal jongeren per groep; de bovenste balk is een deel van de onderste.',
    legend: usedGroups.map((g) => ({ label: g.label, color: g.color })),
    empty: c.schoolmissers.aantal === 0,
    draw: (width) => comparisonBars(c, { width, title: 'Officieel geteld tegenover alle schoolmissers' }),
    columns: [{ label: 'Groep', value: (r) => r.label }, { label: 'Aantal', value: (r) => figureText(r.figure), numeric: true }],
    rows: [
      { label: name('officieel'), figure: c.officieel },
      { label: `· ${name('officieel_4w')}`, figure: c.officieel_4w },
      { label: `· ${name('officieel_3m')}`, figure: c.officieel_3m },
      { label: name('langdurig_ziek'), figure: c.langdurig_ziek },
      { label: name('langdurig_geoorloofd'), figure: c.langdurig_geoorloofd },
      { label: name('niet_geteld'), figure: c.niet_geteld },
      { label: name('absoluut_kort'), figure: c.absoluut_kort },
      { label: name('bijna_leerplichtig'), figure: c.bijna_leerplichtig },
      { label: comparisonRows.alle, figure: c.schoolmissers },
    ],
  });

  const targets = section(main, 'Doelen', 'Elk doel met het pad waarlangs het gehaald wordt (stippellijn) en de werkelijke aantallen per maand.');
  const grid = el('div', { class: 'grid two' });
  targets.append(grid);
  for (const doel of data.doelen) {
    const status = targetStatus(doel);
    const figure = chartFigure(grid, {
      title: doel.naam,
      subtitle: targetSentence(doel),
      legend: [{ label: 'Werkelijk', color: colors.officieel }, { label: 'Doelpad', color: colors.pad, dash: true }],
      empty: doel.reeks.length === 0,
      draw: (width) => targetChart(doel.reeks, { width, upTo: data.kleinTot, title: doel.naam }),
      columns: [
        { label: 'Maand', value: (p) => monthLabel(p.maand) },
        { label: 'Werkelijk', value: (p) => figureText(p.waarde), numeric: true },
        { label: 'Doelpad', value: (p) => (p.pad === null ? 'niet getoond' : formatDecimal(p.pad)), numeric: true },
        { label: 'Op koers', value: (p) => (p.op_koers === null ? 'niet te beoordelen' : p.op_koers ? 'ja' : 'nee') },
      ],
      rows: doel.reeks,
    });
    figure.querySelector('h3')?.after(el('p', { class: `badge ${status.className}` }, status.text));
  }

  const trend = section(main, 'Ontwikkeling per maand', null);
  const series = [
    { key: 'schoolmissers', color: colors.schoolmissers },
    { key: 'officieel', color: colors.officieel },
    { key: 'niet_geteld', color: colors.fase3_niet },
    { key: 'zonder_aanbod_3m', color: colors.zonder_aanbod },
    { key: 'vrijstellingen_5a', color: colors.vrijstellingen },
  ].map((s) => ({ ...s, label: name(s.key), points: data.trend.map((t) => ({ maand: t.maand, aantal: t.cijfers[s.key].aantal, label: t.cijfers[s.key].label })) }));
  chartFigure(trend, {
    title: 'Aantal jongeren per maand, per groep',
    subtitle: 'Stand aan het eind van elke maand. Een onderbreking in een lijn is een maand met een verborgen klein aantal.',
    legend: series.map((s) => ({ label: s.label, color: s.color })),
    empty: data.trend.length === 0,
    draw: (width) => trendLines(series, { width, title: 'Aantal jongeren per maand, per groep' }),
    columns: [{ label: 'Maand', value: (t) => monthLabel(t.maand) }, ...series.map((s) => ({ label: s.label, value: (t) => figureText(t.cijfers[s.key]), numeric: true }))],
    rows: data.trend,
  });

  const who = section(main, 'Wie zijn de thuiszitters?', 'Alle jongeren in fase 3 (langer dan vier schoolweken thuis of niet ingeschreven), officieel geteld of niet.');
  const grid2 = el('div', { class: 'grid two' });
  who.append(grid2);
  const sectorRows = (data.sector ?? []).map((s) => ({ ...s, label: label('sector', s.waarde) }));
  chartFigure(grid2, {
    title: 'Thuiszitters per onderwijssector',
    legend: sectorGroups.filter((g) => g.key !== 'verborgen' || sectorRows.some((r) => r.officieel.aantal === null || r.niet_geteld.aantal === null)).map((g) => ({ label: g.label, color: g.color })),
    empty: sectorRows.length === 0,
    draw: (width) => sectorBars(sectorRows, { width, title: 'Thuiszitters per onderwijssector' }),
    columns: [
      { label: 'Sector', value: (r) => r.label },
      { label: 'Officieel geteld', value: (r) => figureText(r.officieel), numeric: true },
      { label: 'Niet geteld', value: (r) => figureText(r.niet_geteld), numeric: true },
      { label: 'Totaal', value: (r) => figureText(r.totaal), numeric: true },
    ],
    rows: sectorRows,
  });
  breakdownFigure(grid2, 'Alternatieve route van thuiszitters', 'Het traject (onderwijs-zorg, maatwerk, thuiszittersinitiatief) dat op de peildatum loopt.', 'traject_soort', data.traject ?? [], colors.bijna_leerplichtig);
  breakdownFigure(who, 'Thuiszitters naar reden van verzuim', 'De laatst geregistreerde reden per jongere.', 'reden', data.reden ?? [], colors.officieel);

  main.append(explanation(data.kleinTot));
}

function breakdownFigure(parent, title, subtitle, kind, rows, color) {
  const labelled = rows.map((r) => ({ label: label(kind, r.waarde), figure: r.aantal }));
  chartFigure(parent, {
    title,
    subtitle,
    empty: labelled.length === 0,
    draw: (width) => breakdownBars(labelled, { width, color, title }),
    columns: [{ label: kind === 'reden' ? 'Reden' : 'Route', value: (r) => r.label }, { label: 'Aantal', value: (r) => figureText(r.figure), numeric: true }],
    rows: labelled,
  });
}

function section(main, title, intro) {
  const node = el('section', { class: 'block' }, el('h2', {}, title), intro ? el('p', { class: 'section-intro' }, intro) : null);
  main.append(node);
  return node;
}

function leadSentence(c) {
  return `${figureText(c.officieel)} jongeren tellen officieel als thuiszitter. Tellen we iedereen mee die niet naar school gaat — ook wie ziek of met toestemming thuis zit, kort niet ingeschreven is of bijna leerplichtig zonder school — dan zijn het er ${figureText(c.schoolmissers)}.`;
}

function change(now, before, maand) {
  if (!before || now.aantal === null || before.aantal === null) return '';
  const d = now.aantal - before.aantal;
  if (d === 0) return ` · gelijk aan ${monthLabel(maand)}`;
  return ` · ${d > 0 ? '+' : '−'}${Math.abs(d)} t.o.v. ${monthLabel(maand)}`;
}

function zeroTargetCard(c, doelen, title) {
  const doel = doelen.find((d) => d.figuur === 'zonder_aanbod_3m');
  const status = doel ? targetStatus(doel) : null;
  return {
    title,
    value: figureText(c.zonder_aanbod_3m),
    tone: 'target',
    badge: status ? { text: status.text, ok: status.ok } : undefined,
    detail: 'doel Thuiszitterspact: niemand',
  };
}

function explanation(upTo) {
  return el('section', { class: 'block explain' },
    el('h2', {}, 'Zo leest u deze cijfers'),
    el('ul', {},
      el('li', {}, el('strong', {}, 'Officieel geteld: '), 'ingeschreven en langer dan vier schoolweken afwezig, vooral ongeoorloofd, zonder vrijstelling; of leerplichtig en langer dan vier weken niet ingeschreven (landelijke definitie).'),
      el('li', {}, el('strong', {}, 'Alle schoolmissers: '), 'de officieel getelden plus wie langer dan vier weken ziek of met toestemming thuis zit, wie korter dan vier weken niet ingeschreven is, en kinderen die bijna leerplichtig zijn en nog geen school hebben. Dreigende thuiszitters (nog deels op school) tellen hier niet mee.'),
      el('li', {}, el('strong', {}, 'Passend aanbod: '), 'een lopend traject (onderwijs-zorg, maatwerk, thuiszittersinitiatief) op de peildatum.'),
      el('li', {}, el('strong', {}, `<${upTo + 1}: `), `een aantal van 1 tot en met ${upTo}, niet precies getoond om herkenbaarheid te voorkomen. Nul is nul.`),
      el('li', {}, el('strong', {}, '×: '), 'niet getoond, omdat het samen met het totaal een klein aantal zou verraden; het is 5 of meer.'),
      el('li', {}, el('strong', {}, '*: '), 'een klein aantal dat ook niet als <5 getoond wordt, omdat het samen met de andere <5-cijfers precies te herleiden zou zijn.'),
    ),
  );
}
