// The printed council report: the stamp of what the figures rest on, then the council page, and
// with `tzm report --schooljaar` the jaarverslag of that year (the page /jaarverslag).

import { stampLine } from '../lib/stamp.js';
import { renderJaarverslag } from './jaarverslag-view.js';
import { renderRaad } from './raad-view.js';

/**
 * @param {HTMLElement} main
 * @param {import('../api-types.js').RaadPage & { jaarverslag?: import('../api-types.js').Jaarverslag }} data
 */
export function renderReport(main, data) {
  const stamp = stampLine(data.stand);
  if (stamp) main.append(stamp);
  renderRaad(main, data);
  if (data.jaarverslag) renderJaarverslag(main, data.jaarverslag, { heading: `Jaarverslag leerplicht ${data.jaarverslag.jaren[0].schooljaar}` });
}
