// Targets on public pages (classification.md §6), without giving away what suppression hides:
// - a target's value is the same figure as on the rest of the page, hidden the same way;
// - a reduction path starts at the baseline value, so the path of a month reveals that month's
//   value: a month whose value equals its path value is taken as a baseline (conservatively: a run
//   re-made from a later month has a second one), its figure is hidden last (relations.ts), and
//   when one is hidden anyway the whole path is not shown;
// - "op koers" is stated for a hidden value only when every value it could have gives the same
//   answer (a small count under a path of at least 4 is on track; any hidden count above a
//   path below 1 is not); otherwise the page says it cannot be judged.

import type { RaadMonth } from './raad-month.js';
import { suppress, type Figure } from './disclosure/suppress.js';

export interface TargetRow {
  target_id: string;
  naam: string;
  maand: string;
  waarde: number;
  pad: number;
  op_koers: boolean;
  /** The published figure the target measures (its metric names it), or null for a filter metric. */
  figuur: string | null;
  /** The target's place in the targets file of the latest run (1 first), or null. */
  rang: number | null;
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
  /** The page figure the target measures (shown and hidden as on the rest of the page), or null. */
  figuur: string | null;
  reeks: TargetPoint[];
  /** The months whose value a shown path starts from (so the path reveals them); [] without a path. */
  basismaanden: string[];
}

/** Per month, the page figures that a target path starts from: they are hidden only as a last resort. */
export function pathBaselines(rows: TargetRow[]): Map<string, string[]> {
  const byMonth = new Map<string, string[]>();
  for (const row of rows.filter((r) => isBaseline(r) && r.figuur !== null)) {
    byMonth.set(row.maand, [...(byMonth.get(row.maand) ?? []), row.figuur as string]);
  }
  return byMonth;
}

/** The path value equals the month's own value: the path could start here and so reveals it. */
function isBaseline(row: TargetRow): boolean {
  return Math.abs(row.pad - row.waarde) < 1e-9;
}

export async function targetSeries(rows: TargetRow[], months: Map<string, RaadMonth>, upTo: number, until?: string): Promise<TargetSeries[]> {
  const rankOf = (id: string) => rows.find((r) => r.target_id === id)?.rang ?? Infinity;
  const ids = [...new Set(rows.map((r) => r.target_id))].sort((a, b) => rankOf(a) - rankOf(b) || a.localeCompare(b));
  const series: TargetSeries[] = [];
  for (const id of ids) {
    const all = rows.filter((r) => r.target_id === id);
    const own = all.filter((r) => until === undefined || r.maand <= until);
    const constantPath = all.every((r) => r.pad === all[0]?.pad);
    const baselines = all.filter(isBaseline);
    const shownValue = async (row: TargetRow) => (await figure(row, months, upTo)).aantal !== null;
    // a fixed path that no month's value equals reveals nothing; any other path shows only when
    // every value it could start from is shown
    const hidePath = (!constantPath && baselines.length === 0) || !(await everyAsync(baselines, shownValue));
    const reeks: TargetPoint[] = [];
    for (const row of own) {
      const waarde = await figure(row, months, upTo);
      reeks.push({ maand: row.maand, waarde, pad: hidePath ? null : row.pad, op_koers: judge(row, waarde, upTo) });
    }
    series.push({ id, naam: own.at(-1)?.naam ?? id, figuur: all[0]?.figuur ?? null, reeks, basismaanden: hidePath ? [] : baselines.map((r) => r.maand) });
  }
  return series;
}

async function everyAsync<T>(items: T[], test: (item: T) => Promise<boolean>): Promise<boolean> {
  for (const item of items) if (!(await test(item))) return false;
  return true;
}

async function figure(row: TargetRow, months: Map<string, RaadMonth>, upTo: number): Promise<Figure> {
  const shown = row.figuur === null ? undefined : months.get(row.maand)?.cijfers[row.figuur];
  return shown ?? (await suppress({ waarde: row.waarde }, [], { upTo })).waarde;
}

function judge(row: TargetRow, waarde: Figure, upTo: number): boolean | null {
  if (waarde.verborgen === undefined) return row.op_koers;
  // "*" says nothing about its size: it is never judged
  const lowest = { klein: 1, afgeleid: upTo + 1, weggelaten: 0 }[waarde.verborgen];
  const highest = waarde.verborgen === 'klein' ? upTo : Infinity;
  if (highest <= row.pad) return true;
  if (lowest > row.pad) return false;
  return null;
}
