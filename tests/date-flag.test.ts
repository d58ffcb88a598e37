// A date flag is a real calendar day written YYYY-MM-DD; anything else is a usage error (exit 2).

import { describe, expect, it } from 'vitest';
import { parseDateFlag } from '../pipeline/date-flag.js';
import { UserError } from '../pipeline/user-error.js';

describe('parseDateFlag', () => {
  it('returns a real day unchanged', () => {
    expect(parseDateFlag('2026-02-28', 'as-of')).toBe('2026-02-28');
    expect(parseDateFlag('2024-02-29', 'tot')).toBe('2024-02-29'); // a leap day
  });

  it.each(['2026-02-29', '2025-02-30', '2026-13-01', '26-01-31', '2026-1-31', '31-01-2026', ''])(
    "refuses '%s', naming the flag, with exit code 2",
    (value) => {
      let error: unknown;
      try {
        parseDateFlag(value, 'tot');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toContain('--tot');
      expect((error as UserError).message).toContain('geen geldige datum (JJJJ-MM-DD)');
      expect((error as UserError).exitCode).toBe(2);
    },
  );
});
