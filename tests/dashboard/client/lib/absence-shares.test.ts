// The analysts' persistent and severe absence per school (lib/absence-shares.js) on hand-made rows.

import { describe, expect, test } from 'vitest';
import { share, sharesOfMonth } from '../../../../dashboard/client/lib/absence-shares.js';

const row = (maand: string, brin: string, naam: string | null, sector: string | null, leerlingen: number, ten_procent: number, vijftig_procent: number) =>
  ({ maand, brin, naam, sector, leerlingen, ten_procent, vijftig_procent });

const rows = [
  row('2025-10', '12AB', 'Klimop', 'PO', 40, 2, 0), // last month: left out
  row('2025-11', '', null, null, 100, 10, 2), // the municipality
  row('2025-11', '34CD', 'Zonnebloem', 'VO', 50, 5, 1), // 5 / 50 = 10%
  row('2025-11', '12AB', 'Klimop', 'PO', 40, 8, 0), // 8 / 40 = 20%
  row('2025-11', '56EF', 'Atlas', '', 0, 0, 0), // no pupils: no share
];

describe('share', () => {
  test('8 of 40 is 0.2; of nobody is no share', () => {
    expect(share(8, 40)).toBe(0.2);
    expect(share(0, 0)).toBeNull();
  });
});

describe('sharesOfMonth', () => {
  test("the month's schools with their sector in words, the municipality apart", () => {
    const { gemeente, gemeente10, schools } = sharesOfMonth(rows, '2025-11');
    expect(gemeente?.leerlingen).toBe(100);
    expect(gemeente10).toBe(0.1); // 10 / 100
    expect(schools.map((s) => [s.brin, s.sector, s.aandeel, s.aandeel_50])).toEqual([
      ['34CD', 'Voortgezet onderwijs', 0.1, 0.02],
      ['12AB', 'Primair onderwijs', 0.2, 0],
      ['56EF', 'onbekend', null, null],
    ]);
  });

  test('the table: the municipality first, then the highest share, a school without one last', () => {
    expect(sharesOfMonth(rows, '2025-11').ordered.map((s) => s.naam)).toEqual(['Gemeente (alle scholen)', 'Klimop', 'Zonnebloem', 'Atlas']);
  });

  test('a month without the municipality: no municipal share, only the schools', () => {
    const { gemeente10, ordered } = sharesOfMonth(rows, '2025-10');
    expect(gemeente10).toBeNull();
    expect(ordered.map((s) => s.brin)).toEqual(['12AB']);
  });
});
