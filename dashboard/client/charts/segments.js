// Stacked bars from public figures. A hidden piece ("<5" or "×") has no length of its own;
// when the total is shown, the hidden pieces together are drawn as one grey "niet getoond"
// segment: its length (total minus the shown pieces) can be worked out from the page anyway.

/**
 * @param {string} row the bar the segments belong to
 * @param {import('../api-types.js').Figure | undefined} total the bar's shown total
 * @param {{ key: string, figure: import('../api-types.js').Figure | undefined }[]} parts
 * @returns {{ rij: string, groep: string, aantal: number }[]}
 */
export function segmentsOf(row, total, parts) {
  if (!total || total.aantal === null) return [];
  const shown = parts.flatMap((p) => (p.figure && p.figure.aantal !== null && p.figure.aantal > 0 ? [{ key: p.key, aantal: p.figure.aantal }] : []));
  const rest = total.aantal - shown.reduce((sum, p) => sum + p.aantal, 0);
  const segments = shown.map((p) => ({ rij: row, groep: p.key, aantal: p.aantal }));
  if (rest > 0) segments.push({ rij: row, groep: 'verborgen', aantal: rest });
  return segments;
}
