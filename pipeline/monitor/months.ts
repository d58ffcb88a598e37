// Months as the monitor speaks of them: 'YYYY-MM', and their month ends (the peildatum).

import { UserError } from '../user-error.js';

/** Checks a --from/--to value: a real month written YYYY-MM. */
export function parseMonth(value: string, flag: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) {
    throw new UserError(
      `--${flag} '${value}' is geen geldige maand (JJJJ-MM)`,
      `--${flag} '${value}' is not a valid month (YYYY-MM)`,
      { exitCode: 2 },
    );
  }
  return value;
}

/** The month n months after (or before, n < 0) the given one. */
export function addMonths(month: string, n: number): string {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Whole months from a to b (negative when b is before a). */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  return (yb - ya) * 12 + (mb - ma);
}

/** The last calendar day of the month, as YYYY-MM-DD. */
export function monthEnd(month: string): string {
  const [year, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

/** Every month from `from` to `to` inclusive. */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  for (let i = 0; i <= monthsBetween(from, to); i++) months.push(addMonths(from, i));
  return months;
}
