// A date given on the command line (--as-of, --tot): one check for every command.

import { UserError } from './user-error.js';

/** A real calendar date written as YYYY-MM-DD (2025-02-30 is refused, not rolled over), or a UserError (exit 2). */
export function parseDateFlag(value: string, flag: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UserError(`--${flag} '${value}' is geen geldige datum (JJJJ-MM-DD)`, `--${flag} '${value}' is not a valid date (YYYY-MM-DD)`, {
      exitCode: 2,
    });
  }
  return value;
}
