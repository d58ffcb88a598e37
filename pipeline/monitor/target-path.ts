// classification.md §6: the target path and whether a month is on track.

import type { Target } from './targets.js';
import { monthsBetween } from './months.js';

export interface PathContext {
  baselineMonth: string;
  baselineValue: number;
}

/**
 * The path value for a month (never depending on the range a monitor run was given):
 * - reductionPerYear r: baseline * (1 - r) ^ (months since baseline / 12);
 * - reductionOverPeriod r with endMonth e: baseline * (1 - r) ^ (months since baseline / months
 *   from baseline to e) up to e, and baseline * (1 - r) from e on;
 * - fixedValue v: v in every month.
 */
export function targetPath(target: Target, month: string, { baselineMonth, baselineValue }: PathContext): number {
  if (target.fixedValue !== undefined) return target.fixedValue;
  const since = monthsBetween(baselineMonth, month);
  if (target.reductionPerYear !== undefined) return baselineValue * (1 - target.reductionPerYear) ** (since / 12);
  const reduction = target.reductionOverPeriod ?? 0;
  const period = monthsBetween(baselineMonth, target.endMonth ?? baselineMonth);
  if (since >= period) return baselineValue * (1 - reduction);
  return baselineValue * (1 - reduction) ** (since / period);
}

/** On track: at or below the path (a hair of tolerance for the floating-point power). */
export function onTrack(value: number, path: number): boolean {
  return value <= path + 1e-9;
}
