// The analysts' persistent and severe absence per school (analyse-absence-shares.sql): this
// month's schools with their shares, the municipality (brin '') apart, and the table's order.
// Pure functions, so they are tested without a browser.

import { label } from './labels.js';

/**
 * @typedef {{ maand: string, brin: string, naam: string | null, sector: string | null,
 *   leerlingen: number, ten_procent: number, vijftig_procent: number }} ShareRow
 */

/**
 * `count` of `of` as a share; null when there is no one to share among.
 * @param {number} count
 * @param {number} of
 */
export const share = (count, of) => (of > 0 ? count / of : null);

/**
 * The month's rows: the municipality and its ≥ 10% share, every school with its sector in words
 * and its shares, and the table's rows: the municipality first, then the schools by the ≥ 10%
 * share, highest first (no share last), then by name.
 * @param {ShareRow[]} rows
 * @param {string} maand
 */
export function sharesOfMonth(rows, maand) {
  const now = rows.filter((r) => r.maand === maand);
  const gemeente = now.find((r) => r.brin === '');
  const schools = now.filter((r) => r.brin !== '').map((r) => ({
    ...r,
    sector: r.sector ? label('sector', r.sector) : 'onbekend',
    aandeel: share(r.ten_procent, r.leerlingen),
    aandeel_50: share(r.vijftig_procent, r.leerlingen),
  }));
  const ordered = [...(gemeente ? [{ ...gemeente, naam: 'Gemeente (alle scholen)' }] : []),
    ...[...schools].sort((a, b) => (b.aandeel ?? -1) - (a.aandeel ?? -1) || String(a.naam).localeCompare(String(b.naam)))];
  return { gemeente, gemeente10: gemeente ? share(gemeente.ten_procent, gemeente.leerlingen) : null, schools, ordered };
}
