// Shared axis helpers for the charts.

import { monthDate, nlMonthTick } from '../lib/format.js';

/** Month ticks for a time axis: every month, or every 2nd/3rd/6th/12th when there are many. */
export function monthAxis(maanden, { label = 'Maand (stand op het maandeinde) →' } = {}) {
  const step = [1, 2, 3, 6, 12].find((s) => maanden.length / s <= 8) ?? 12;
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
