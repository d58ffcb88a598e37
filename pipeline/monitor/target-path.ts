// classification.md §6: the target path and whether a month is on track.

import type { Target } from './targets.js';
import { monthsBetween } from './months.js';

export interface PathContext {
  baselineMonth: string;
  baselineValue: number;
  /** The last month of the monitor run: where a reductionOverPeriod must be reached. */
  lastMonth: string;
}

/**
 * The path value for a month:
 * - reductionPerYear r: baseline * (1 - r) ^ (months since baseline / 12);
 * - reductionOverPeriod r: (1 - r) * baseline reached at the last month of the run, along the same
 *   kind of curve: baseline * (1 - r) ^ (months since baseline / months from baseline to last month);
 *   with no months between them the path is the baseline;
 * - fixedValue v: v in every month.
 */
export function targetPath(target: Target, month: string, { baselineMonth, baselineValue, lastMonth }: PathContext): number {
  if (target.fixedValue !== undefined) return target.fixedValue;
  const since = monthsBetween(baselineMonth, month);
  if (target.reductionPerYear !== undefined) return baselineValue * (1 - target.reductionPerYear) ** (since / 12);
  const period = monthsBetween(baselineMonth, lastMonth);
  if (period <= 0) return baselineValue;
  return baselineValue * (1 - (target.reductionOverPeriod ?? 0)) ** (since / period);
}

/** On track: at or below the path (a hair of tolerance for the floating-point power). */
export function onTrack(value: number, path: number): boolean {
  return value <= path + 1e-9;
}
