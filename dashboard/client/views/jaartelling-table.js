// One school year of the annual count as a table in the order of the Leerplichttelling: a row per
// line (its regel code small beside the words, so a figure can be matched with DUO's form and the
// CSV), a column per kind of education. Used by the analysts' section (exact, each figure a link)
// and by the council's jaarverslag and the report (suppressed figures).

import { el } from '../lib/dom.js';
import { dateLabel } from '../lib/format.js';

/** jaartelling.md §3, in the column order of the Leerplichttelling. */
export const soorten = [
  { key: 'po', label: 'po' },
  { key: 'vso', label: 'vso' },
  { key: 'vo', label: 'vo' },
  { key: 'mbo', label: 'mbo' },
  { key: 'onbekend', label: 'onbekend' },
  { key: 'geen_onderwijs', label: 'geen onderwijs' },
  { key: 'totaal', label: 'totaal' },
];

/** "geteld tot en met 30 november 2025 · berekend op 1 december 2025 om 08:30" */
export function countedLine(year) {
  const made = year.berekend_op ? ` · berekend op ${dateLabel(year.berekend_op.slice(0, 10))} om ${year.berekend_op.slice(11, 16)}` : '';
  return `geteld tot en met ${dateLabel(year.tot)}${made}`;
}

/** The sentence for a year that has not been counted, naming the command that counts it. */
export function notCountedText(schooljaar) {
  return `Schooljaar ${schooljaar} is nog niet geteld. Tel het met: tzm jaartelling --db DATABASE --schooljaar ${schooljaar}`;
}

/** cell(line, soort) -> text or Node. */
export function jaarTable(year, { cell, caption }) {
  return el('table', { class: 'data jaartelling' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Regel'),
      soorten.map((s) => el('th', { scope: 'col', class: 'num' }, s.label)),
    )),
    el('tbody', {}, year.regels.map((line) => el('tr', { class: line.deel ? 'deel' : 'regel', 'data-regel': line.regel },
      el('th', { scope: 'row' }, line.omschrijving, ' ', el('code', { class: 'regel-code', title: 'regel in de Leerplichttelling en de CSV' }, line.regel)),
      soorten.map((s) => el('td', { class: 'num', 'data-soort': s.key }, cell(line, s.key))),
    ))),
  );
}
