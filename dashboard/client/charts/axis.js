// Shared axis helpers for the charts.

/**
 * What every chart takes: the width it is drawn at and its accessible name.
 * @typedef {{ width?: number, height?: number, title?: string }} ChartSize
 */
/** @typedef {import('@observablehq/plot').ScaleOptions} ScaleOptions */

import { dateShort, formatCount, monthDate, monthsBefore, nlMonthTick } from '../lib/format.js';

/**
 * Month ticks for a time axis: every month, or every 2nd/3rd/6th/12th when they would crowd.
 * @param {string[]} maanden
 * @param {{ label?: string, width?: number }} [options]
 * @returns {ScaleOptions}
 */
export function monthAxis(maanden, { label = 'Maandeinde →', width = 640 } = {}) {
  const room = Math.max(2, Math.floor((width - 80) / 56)); // a label "okt 25" needs about 56 px
  const step = [1, 2, 3, 6, 12].find((s) => Math.ceil(maanden.length / s) <= room) ?? 12;
  const ticks = maanden.filter((_, i) => (maanden.length - 1 - i) % step === 0).map(monthDate);
  const first = monthDate(maanden[0]);
  const last = monthDate(maanden[maanden.length - 1]);
  // one month of air on both sides, so a single month is not squeezed onto the frame
  const pad = 15 * 86400_000;
  return { type: 'utc', label, ticks, tickFormat: nlMonthTick, domain: [new Date(+first - pad), new Date(+last + pad)] };
}

/**
 * The y-scale of a count chart: from zero, with a sensible label, Dutch thousands ("1.000").
 * @returns {ScaleOptions}
 */
export function countAxis(label = 'Aantal jongeren') {
  return { label, grid: true, zero: true, nice: true, tickFormat: formatCount };
}

/**
 * A time axis of school weeks: the ticks fall on the Mondays the data is by (a plain time axis
 * puts them on Sundays), every week or every 2nd/4th/8th when they would crowd.
 * weeks: ISO dates of Mondays, in order.
 * @param {string[]} weeks
 * @param {{ label?: string, width?: number }} [options]
 * @returns {ScaleOptions}
 */
export function weekAxis(weeks, { label = 'Schoolweek →', width = 640 } = {}) {
  const room = Math.max(2, Math.floor((width - 80) / 48)); // a label "14 sep" needs about 48 px
  const step = [1, 2, 4, 8, 13].find((s) => Math.ceil(weeks.length / s) <= room) ?? 13;
  const ticks = weeks.filter((_, i) => i % step === 0).map((w) => new Date(`${w}T00:00:00Z`));
  return { type: 'utc', label, ticks, tickFormat: (d) => dateShort(d.toISOString().slice(0, 10)) };
}

/**
 * The months from the first to the last given, every one: a month without data gets a point
 * without a value, so a line breaks there instead of bridging the gap.
 * @param {string[]} maanden
 * @returns {string[]}
 */
export function everyMonth(maanden) {
  if (maanden.length === 0) return [];
  const sorted = [...maanden].sort();
  const all = [];
  for (let maand = sorted[0]; maand <= sorted[sorted.length - 1]; maand = monthsBefore(maand, -1)) all.push(maand);
  return all;
}

/**
 * Names beside horizontal bars (or dot rows) that leave the bars room on a phone: the names get at
 * most `share` of the width (and never more than `max` px); a longer name wraps at its spaces onto
 * more lines. Returns Plot's marginLeft, a tickFormat that wraps, and the most lines one name takes
 * (for the row height). About 6.6 px a letter at the charts' 11 px.
 * @param {unknown[]} labels
 * @param {number} width
 * @param {{ share?: number, max?: number, charWidth?: number }} [options]
 */
export function bandLabels(labels, width, { share = 0.4, max = 260, charWidth = 6.6 } = {}) {
  const names = labels.map(String);
  const chars = Math.max(8, Math.floor((Math.min(max, width * share) - 12) / charWidth));
  const wrapped = new Map(names.map((name) => [name, wrapWords(name, chars)]));
  const lines = [...wrapped.values()].map((w) => w.split('\n'));
  const longestLine = Math.max(4, ...lines.flat().map((l) => l.length));
  return {
    marginLeft: Math.ceil(12 + longestLine * charWidth),
    tickFormat: (name) => wrapped.get(String(name)) ?? String(name),
    lines: Math.max(1, ...lines.map((l) => l.length)),
  };
}

/**
 * Breaks `text` at spaces into lines of at most `chars` letters (a longer word keeps a line of its own).
 * @param {string} text
 * @param {number} chars
 */
export function wrapWords(text, chars) {
  const lines = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= chars) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}
