// Targets in words: "op koers" or not, for the latest month, without revealing hidden counts.

import { figureText, formatDecimal, monthLabel } from '../lib/format.js';

/**
 * @param {import('../api-types.js').TargetSeries} doel
 */
export function targetStatus(doel) {
  const last = doel.reeks.at(-1);
  if (!last) return { text: 'Nog geen gegevens', className: 'unknown', ok: null };
  if (last.op_koers === null) return { text: 'Niet te beoordelen (klein aantal)', className: 'unknown', ok: null };
  return last.op_koers ? { text: 'Op koers', className: 'ok', ok: true } : { text: 'Niet op koers', className: 'bad', ok: false };
}

/**
 * @param {import('../api-types.js').TargetSeries} doel
 */
export function targetSentence(doel) {
  const last = doel.reeks.at(-1);
  if (!last) return '';
  const path = last.pad === null ? 'het doelpad wordt niet getoond omdat het beginaantal klein is' : `het doelpad staat op ${formatDecimal(last.pad)}`;
  return `${monthLabel(last.maand)}: ${figureText(last.waarde)}; ${path}.`;
}
