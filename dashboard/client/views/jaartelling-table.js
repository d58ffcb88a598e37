// One school year of the annual count as a table in the order of the Leerplichttelling: a row per
// line, a column per kind of education. Used by the analysts' section (exact, each figure a link)
// and by the council's jaarverslag and the report (suppressed figures). The analysts see each
// line's regel code and DUO's short kinds, to match a figure with the form and the CSV; the council
// reads words only.

import { el } from '../lib/dom.js';
import { dateLabel } from '../lib/format.js';
import { label } from '../lib/labels.js';

/**
 * jaartelling.md §3, in the column order of the Leerplichttelling: `label` as on DUO's form and in
 * the CSV, `naam` spelled out for the public with the council page's sector words (po includes the
 * speciaal basisonderwijs, vso the speciaal onderwijs).
 */
export const soorten = [
  { key: 'po', label: 'po', naam: label('sector', 'PO') },
  { key: 'vso', label: 'vso', naam: '(Voortgezet) speciaal onderwijs' },
  { key: 'vo', label: 'vo', naam: label('sector', 'VO') },
  { key: 'mbo', label: 'mbo', naam: label('sector', 'MBO') },
  { key: 'onbekend', label: 'onbekend', naam: 'Onbekend' },
  { key: 'geen_onderwijs', label: 'geen onderwijs', naam: 'Geen onderwijs' },
  { key: 'totaal', label: 'totaal', naam: 'Totaal' },
];

/**
 * "geteld tot en met 30 november 2025 · berekend op 1 december 2025 om 08:30"
 * @param {{ tot: string | null, berekend_op: string | null }} year
 */
export function countedLine(year) {
  const made = year.berekend_op ? ` · berekend op ${dateLabel(year.berekend_op.slice(0, 10))} om ${year.berekend_op.slice(11, 16)}` : '';
  return `geteld tot en met ${dateLabel(year.tot)}${made}`;
}

/**
 * The sentence for a year that has not been counted, naming the command that counts it.
 * @param {string} schooljaar
 */
export function notCountedText(schooljaar) {
  return `Schooljaar ${schooljaar} is nog niet geteld. Tel het met: tzm jaartelling --db DATABASE --schooljaar ${schooljaar}`;
}

/**
 * cell(line, soort) -> text or Node; `duoCodes`: the analysts' regel codes and short kinds.
 * @template C
 * @param {import('../api-types.js').Jaartelling['jaren'][number] | import('../api-types.js').Jaarverslag['jaren'][number]} year
 * @param {{ cell: (line: any, soort: string) => unknown, caption: string, duoCodes?: boolean }} options
 */
export function jaarTable(year, { cell, caption, duoCodes = false }) {
  return el('table', { class: `data jaartelling${duoCodes ? '' : ' in-woorden'}` },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Regel'),
      soorten.map((s) => el('th', { scope: 'col', class: 'num', 'data-soort': s.key }, duoCodes ? s.label : s.naam)),
    )),
    el('tbody', {}, year.regels.map((line) => el('tr', { class: line.deel ? 'deel' : 'regel', 'data-regel': line.regel },
      el('th', { scope: 'row' }, line.omschrijving, duoCodes ? [' ', el('code', { class: 'regel-code', title: 'regel in de Leerplichttelling en de CSV' }, line.regel)] : null),
      soorten.map((s) => el('td', { class: 'num', 'data-soort': s.key }, cell(line, s.key))),
    ))),
  );
}
