// "Officieel geteld" against "alle schoolmissers": the official count is one part of a larger
// group of youth who are not at school (classification.md §3). Two stacked bars.

import { colors } from '../lib/colors.js';
import { formatCount } from '../lib/format.js';
import { segmentsOf } from './segments.js';

export const comparisonGroups = [
  { key: 'officieel_4w', label: 'Officieel, langer dan 4 weken', color: colors.officieel_4w },
  { key: 'officieel_3m', label: 'Officieel, langer dan 3 maanden', color: colors.officieel_3m },
  { key: 'officieel', label: 'Officieel geteld', color: colors.officieel },
  { key: 'langdurig_ziek', label: 'Langdurig ziek (niet geteld)', color: colors.langdurig_ziek },
  { key: 'langdurig_geoorloofd', label: 'Langdurig geoorloofd afwezig (niet geteld)', color: colors.langdurig_geoorloofd },
  { key: 'niet_geteld', label: 'Langdurig ziek of geoorloofd thuis (niet geteld)', color: colors.fase3_niet },
  { key: 'absoluut_kort', label: 'Korter dan 4 weken niet ingeschreven', color: colors.absoluut_kort },
  { key: 'bijna_leerplichtig', label: 'Bijna leerplichtig, geen school', color: colors.bijna_leerplichtig },
  { key: 'verborgen', label: 'Niet uitgesplitst (beschermt kleine aantallen)', color: colors.verborgen },
];

export const rows = { officieel: 'Officieel geteld', alle: 'Alle schoolmissers' };

export function comparisonSegments(cijfers) {
  const part = (key) => ({ key, figure: cijfers[key] });
  return [
    ...segmentsOf(rows.officieel, cijfers.officieel, [part('officieel_4w'), part('officieel_3m')]),
    ...segmentsOf(rows.alle, cijfers.schoolmissers, [part('officieel'), ...notCounted(cijfers), part('absoluut_kort'), part('bijna_leerplichtig')].flat()),
  ];
}

/**
 * The long-term absent who are not counted: ill and authorised apart when both are shown, else
 * together as what they are when their total is shown (it is on the same page), so the grey
 * "not split" piece holds only what the page truly does not show.
 */
function notCounted(cijfers) {
  const ziek = cijfers.langdurig_ziek;
  const geoorloofd = cijfers.langdurig_geoorloofd;
  if (ziek?.aantal !== null && geoorloofd?.aantal !== null) return [{ key: 'langdurig_ziek', figure: ziek }, { key: 'langdurig_geoorloofd', figure: geoorloofd }];
  if (cijfers.niet_geteld?.aantal != null) return [{ key: 'niet_geteld', figure: cijfers.niet_geteld }];
  return [{ key: 'langdurig_ziek', figure: ziek }, { key: 'langdurig_geoorloofd', figure: geoorloofd }];
}

/**
 * @param {Record<string, import('../api-types.js').Figure>} cijfers
 * @param {import('./axis.js').ChartSize} [options]
 */
export function comparisonBars(cijfers, { width = 640, title } = {}) {
  const segments = comparisonSegments(cijfers);
  const totals = [
    { rij: rows.officieel, figure: cijfers.officieel },
    { rij: rows.alle, figure: cijfers.schoolmissers },
  ];
  const max = Math.max(1, ...totals.map((t) => t.figure.aantal ?? 0));
  // a count is written in its segment only where it fits (about 7 px a digit and some air): on a
  // phone the bars are ~130 px and a share of the total says nothing about room; the legend and
  // the table have every count
  const pxPerYouth = (width - 130 - 50) / (max * 1.05);
  const fits = (d) => countFits(d.aantal, pxPerYouth);
  return Plot.plot({
    width,
    height: 150,
    marginLeft: 130,
    marginRight: 50,
    ariaLabel: title,
    x: { label: 'Aantal jongeren →', grid: true, tickFormat: formatCount, domain: [0, max * 1.05] },
    y: { label: null, domain: [rows.officieel, rows.alle] },
    color: { domain: comparisonGroups.map((g) => g.key), range: comparisonGroups.map((g) => g.color) },
    marks: [
      Plot.barX(segments, Plot.stackX({ x: 'aantal', y: 'rij', fill: 'groep', order: comparisonGroups.map((g) => g.key), insetTop: 4, insetBottom: 4, title: (d) => `${comparisonGroups.find((g) => g.key === d.groep)?.label}: ${d.aantal}` })),
      Plot.text(segments, Plot.stackX({ x: 'aantal', y: 'rij', z: 'groep', order: comparisonGroups.map((g) => g.key), text: (d) => (fits(d) && d.groep !== 'verborgen' ? formatCount(d.aantal) : ''), fill: colors.on_colour, fontWeight: 'bold' })),
      Plot.text(totals, { x: (t) => t.figure.aantal ?? 0, y: 'rij', text: (t) => t.figure.label, dx: 6, textAnchor: 'start', fontWeight: 'bold', fontSize: 13 }),
      Plot.ruleX([0]),
    ],
  });
}

/** Whether a segment of `aantal` youths, at `pxPerYouth`, has room for its count: ~7 px a digit, 3 px air a side. */
export function countFits(aantal, pxPerYouth) {
  return aantal * pxPerYouth >= formatCount(aantal).length * 7 + 6;
}
