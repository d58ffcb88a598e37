// Small-number suppression for public pages.
//
// Primary: every count from 1 up to `upTo` (settings.suppressUpTo, default 4) is shown as "<5";
// zero stays zero (an empty cell protects no one). Secondary: a count is also derivable when it is
// the only hidden member of a sum that is shown with all its other members (total = parts).
// So for every such line with exactly one hidden member, one more member is hidden: the cheapest
// by `cost` (headline figures cost more than breakdown cells), then the smallest, never a zero.
// This repeats until no line has a lone hidden member. Secondarily hidden counts are shown as
// "×": they are not small, and "<5" would be untrue.

export interface Figure {
  /** The count, or null when hidden. */
  aantal: number | null;
  /** What to print: the count, "<5" (small) or "×" (hidden to protect a small count elsewhere). */
  label: string;
  verborgen?: 'klein' | 'afgeleid';
}

/** A published sum: `total` equals the sum of `parts` (keys into the values). */
export interface SumLine {
  total: string;
  parts: string[];
}

export interface SuppressOptions {
  upTo: number;
  /** Cost of hiding a figure for the secondary choice; default 1. */
  cost?: Record<string, number>;
}

export function suppress(
  values: Record<string, number>,
  lines: SumLine[],
  { upTo, cost = {} }: SuppressOptions,
): Record<string, Figure> {
  const hidden = new Map<string, 'klein' | 'afgeleid'>();
  for (const [key, value] of Object.entries(values)) {
    if (value >= 1 && value <= upTo) hidden.set(key, 'klein');
  }

  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const members = [line.total, ...line.parts].filter((key) => key in values);
      if (members.filter((key) => hidden.has(key)).length !== 1) continue;
      const candidates = members.filter((key) => !hidden.has(key) && values[key] > 0);
      candidates.sort((a, b) => (cost[a] ?? 1) - (cost[b] ?? 1) || values[a] - values[b]);
      if (candidates.length === 0) continue;
      hidden.set(candidates[0], 'afgeleid');
      changed = true;
    }
  }

  const figures: Record<string, Figure> = {};
  for (const [key, value] of Object.entries(values)) {
    const reason = hidden.get(key);
    if (reason === 'klein') figures[key] = { aantal: null, label: `<${upTo + 1}`, verborgen: 'klein' };
    else if (reason === 'afgeleid') figures[key] = { aantal: null, label: '×', verborgen: 'afgeleid' };
    else figures[key] = { aantal: value, label: String(value) };
  }
  return figures;
}
