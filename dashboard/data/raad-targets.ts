// Targets on public pages (classification.md §6), without giving away what suppression hides:
// - a target's value is the same figure as on the rest of the page, hidden the same way;
// - a reduction path starts at the baseline value, so when that value is hidden the path is too;
// - "op koers" is stated for a hidden value only when every value it could have gives the same
//   answer (a small count under a path of at least 4 is on track; any hidden count above a
//   path below 1 is not); otherwise the page says it cannot be judged.

import type { RaadMonth } from './raad-month.js';
import { suppress, type Figure } from './suppression.js';

export interface TargetRow {
  target_id: string;
  naam: string;
  maand: string;
  waarde: number;
  pad: number;
  op_koers: boolean;
}

export interface TargetPoint {
  maand: string;
  waarde: Figure;
  /** The path value, or null when it would reveal a hidden baseline. */
  pad: number | null;
  op_koers: boolean | null;
}

export interface TargetSeries {
  id: string;
  naam: string;
  reeks: TargetPoint[];
}

// The page figure that each target of schemas/targets.json measures.
const figureOf: Record<string, string> = {
  officieel: 'officieel',
  langer_dan_3m_zonder_aanbod: 'zonder_aanbod_3m',
  vrijstelling_5a: 'vrijstellingen_5a',
  alle_fase3: 'fase3',
};
const order = Object.keys(figureOf);

export function targetSeries(rows: TargetRow[], months: Map<string, RaadMonth>, upTo: number, until?: string): TargetSeries[] {
  const ids = [...new Set(rows.map((r) => r.target_id))].sort((a, b) => rankOf(a) - rankOf(b) || a.localeCompare(b));
  return ids.map((id) => {
    const own = rows.filter((r) => r.target_id === id && (until === undefined || r.maand <= until));
    const constantPath = own.every((r) => r.pad === own[0]?.pad);
    const points = own.map((row) => ({ row, waarde: figure(row, months, upTo) }));
    const baselineHidden = points[0]?.waarde.aantal === null;
    return {
      id,
      naam: own.at(-1)?.naam ?? id,
      reeks: points.map(({ row, waarde }) => ({
        maand: row.maand,
        waarde,
        pad: baselineHidden && !constantPath ? null : row.pad,
        op_koers: judge(row, waarde, upTo),
      })),
    };
  });
}

function figure(row: TargetRow, months: Map<string, RaadMonth>, upTo: number): Figure {
  const key = figureOf[row.target_id];
  const shown = key === undefined ? undefined : months.get(row.maand)?.cijfers[key];
  return shown ?? suppress({ waarde: row.waarde }, [], { upTo }).waarde;
}

function judge(row: TargetRow, waarde: Figure, upTo: number): boolean | null {
  if (waarde.verborgen === undefined) return row.op_koers;
  const lowest = waarde.verborgen === 'klein' ? 1 : upTo + 1;
  const highest = waarde.verborgen === 'klein' ? upTo : Infinity;
  if (highest <= row.pad) return true;
  if (lowest > row.pad) return false;
  return null;
}

function rankOf(id: string): number {
  const i = order.indexOf(id);
  return i === -1 ? order.length : i;
}
