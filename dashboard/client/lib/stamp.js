// "Gegevens tot en met … · bijgewerkt …": what every page and the report rest on, so a reader
// knows how fresh the figures are (data-stamp.sql).

import { el } from './dom.js';
import { dateLabel } from './format.js';

/**
 * @param {{ gegevens_tot: string | null, bijgewerkt: string | null } | undefined} stand
 * @returns {string}
 */
export function stampText(stand) {
  if (!stand || (!stand.gegevens_tot && !stand.bijgewerkt)) return '';
  const parts = [];
  if (stand.gegevens_tot) parts.push(`Verzuimgegevens tot en met ${dateLabel(stand.gegevens_tot)}`);
  if (stand.bijgewerkt) parts.push(`monitor bijgewerkt op ${dateLabel(stand.bijgewerkt.slice(0, 10))} om ${stand.bijgewerkt.slice(11, 16)}`);
  return `${parts.join(' · ')}.`;
}

/** The stamp as a line at the top of a page, or nothing before there is data. */
export function stampLine(stand) {
  const text = stampText(stand);
  return text ? el('p', { class: 'stamp' }, text) : null;
}
