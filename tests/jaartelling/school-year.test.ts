import { describe, expect, test } from 'vitest';
import { countDays, parseSchoolYear, parseTot } from '../../pipeline/jaartelling/school-year.js';

describe('the school year (jaartelling.md §1)', () => {
  test('2025-2026 runs from 1 August 2025 to 31 July 2026; the rates look at 1 October or an earlier end', () => {
    const year = parseSchoolYear('2025-2026');
    expect(countDays(year, '2026-07-31')).toEqual({
      schooljaar: '2025-2026', van: '2025-08-01', eind: '2026-07-31', tot: '2026-07-31', dagVoor: '2025-07-31', peildagRate: '2025-10-01',
    });
    expect(countDays(year, '2025-09-15').peildagRate).toBe('2025-09-15');
  });

  test.each(['2025/2026', '2025-2027', '25-26', '2025'])('%s is refused with exit 2', (value) => {
    expect(() => parseSchoolYear(value)).toThrow(expect.objectContaining({ exitCode: 2 }));
  });

  test.each(['2025-07-31', '2026-08-01', '2026-02-30', '31-12-2025'])('--tot %s is refused for 2025-2026', (value) => {
    expect(() => parseTot(value, parseSchoolYear('2025-2026'))).toThrow(expect.objectContaining({ exitCode: 2 }));
  });

  test('the first and the last day of J are allowed', () => {
    const year = parseSchoolYear('2025-2026');
    expect([parseTot('2025-08-01', year), parseTot('2026-07-31', year)]).toEqual(['2025-08-01', '2026-07-31']);
  });
});
