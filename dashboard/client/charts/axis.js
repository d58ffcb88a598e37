// Shared axis helpers for the charts.

import { monthDate, nlMonthTick } from '../lib/format.js';

/** Month ticks for a time axis: every month, or every 2nd/3rd/6th/12th when they would crowd. */
export function monthAxis(maanden, { label = 'Maandeinde →', width = 640 } = {}) {
  const room = Math.max(2, Math.floor((width - 80) / 56)); // a label "okt 25" needs about 56 px
  const step = [1, 2, 3, 6, 12].find((s) => Math.ceil(maanden.length / s) <= room) ?? 12;
  const ticks = maanden.filter((_, i) => (maanden.length - 1 - i) % step === 0).map(monthDate);
  const first = monthDate(maanden[0]);
  const last = monthDate(maanden.at(-1));
  // one month of air on both sides, so a single month is not squeezed onto the frame
  const pad = 15 * 86400_000;
  return { type: 'utc', label, ticks, tickFormat: nlMonthTick, domain: [new Date(+first - pad), new Date(+last + pad)] };
}

/** The y-scale of a count chart: from zero, with a sensible label. */
export function countAxis(label = 'Aantal jongeren') {
  return { label, grid: true, zero: true, nice: true };
}
