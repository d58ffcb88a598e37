// Stacked bars from public figures. A hidden piece ("<5" or "×") has no length of its own;
// when the total is shown, the hidden pieces together are drawn as one grey "niet getoond"
// segment: its length (total minus the shown pieces) can be worked out from the page anyway.

export function segmentsOf(row, total, parts) {
  if (!total || total.aantal === null) return [];
  const shown = parts.filter((p) => p.figure && p.figure.aantal !== null && p.figure.aantal > 0);
  const rest = total.aantal - shown.reduce((sum, p) => sum + p.figure.aantal, 0);
  const segments = shown.map((p) => ({ rij: row, groep: p.key, aantal: p.figure.aantal }));
  if (rest > 0) segments.push({ rij: row, groep: 'verborgen', aantal: rest });
  return segments;
}
