// The line every page and the report start with.

import { describe, expect, test } from 'vitest';
import { stampText } from '../../../../dashboard/client/lib/stamp.js';

describe('stampText', () => {
  test('the last day of data and when the monitor ran, in Dutch', () => {
    expect(stampText({ gegevens_tot: '2025-11-30', bijgewerkt: '2025-12-01 08:00' }))
      .toBe('Verzuimgegevens tot en met 30 november 2025 · monitor bijgewerkt op 1 december 2025 om 08:00.');
  });

  test('nothing before there is data', () => {
    expect(stampText({ gegevens_tot: null, bijgewerkt: null })).toBe('');
    expect(stampText(undefined)).toBe('');
  });
});
