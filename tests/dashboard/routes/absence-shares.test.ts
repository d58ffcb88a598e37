// Pupils who missed ≥ 10% / ≥ 50% of the school year (results.sql school_absence_shares) on the
// school page (own counts, the municipality as shares only) and the analyst page (every school).
// Numbers from tests/dashboard/helpers/fixture-absence-shares.ts.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp } from '../helpers/test-app.js';

let t: Awaited<ReturnType<typeof testApp>>;

beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('absence shares in the API', () => {
  test('the school gets its own counts and shares per month of the school year, beside the municipality\'s shares', async () => {
    const regenboog = (await t.login('regenboog')).cookie as string;
    const { body } = await t.getJson('/api/school/12AB/overzicht', regenboog);
    // 12AB: 80 pupils; 6, 8, 10 missed ≥ 10%; 0, 2, 2 missed ≥ 50%.
    // Municipality 202 pupils: ≥ 10% 20, 26, 31; ≥ 50% 6, 10, 14.
    expect(body.verzuimAandelen).toEqual([
      { maand: '2025-09', leerlingen: 80, ten_procent: 6, vijftig_procent: 0, aandeel_10: 6 / 80, aandeel_50: 0, gemeente_10: 20 / 202, gemeente_50: 6 / 202 },
      { maand: '2025-10', leerlingen: 80, ten_procent: 8, vijftig_procent: 2, aandeel_10: 8 / 80, aandeel_50: 2 / 80, gemeente_10: 26 / 202, gemeente_50: 10 / 202 },
      { maand: '2025-11', leerlingen: 80, ten_procent: 10, vijftig_procent: 2, aandeel_10: 10 / 80, aandeel_50: 2 / 80, gemeente_10: 31 / 202, gemeente_50: 14 / 202 },
    ]);
    // no other school's figures, and no municipal counts (202, 31, 14 in November)
    expect(JSON.stringify(body.verzuimAandelen)).not.toMatch(/34CD|56EF/);
    expect(body.verzuimAandelen.flatMap((r: object) => Object.values(r))).not.toContain(202);
  });

  test('an earlier month ends the trend there', async () => {
    const regenboog = (await t.login('regenboog')).cookie as string;
    const { body } = await t.getJson('/api/school/12AB/overzicht?maand=2025-10', regenboog);
    expect(body.verzuimAandelen.map((r: { maand: string }) => r.maand)).toEqual(['2025-09', '2025-10']);
  });

  test('the analyst gets every school and the municipality, per month of the school year', async () => {
    const analist = (await t.login('analist')).cookie as string;
    const { body } = await t.getJson('/api/analyse/overzicht?maand=2025-10', analist);
    const october = body.verzuimAandelen.filter((r: { maand: string }) => r.maand === '2025-10');
    expect(october).toEqual([
      { maand: '2025-10', brin: '', naam: null, sector: null, leerlingen: 202, ten_procent: 26, vijftig_procent: 10 },
      { maand: '2025-10', brin: '12AB', naam: 'Basisschool De Regenboog', sector: 'PO', leerlingen: 80, ten_procent: 8, vijftig_procent: 2 },
      { maand: '2025-10', brin: '34CD', naam: '<script>alert(1)</script>', sector: 'VO', leerlingen: 99, ten_procent: 15, vijftig_procent: 7 },
      { maand: '2025-10', brin: '56EF', naam: 'Mytylschool De Brug', sector: 'SO', leerlingen: 23, ten_procent: 3, vijftig_procent: 1 },
    ]);
    // September and October: 4 rows each, nothing after the chosen month
    expect(body.verzuimAandelen).toHaveLength(8);
  });
});
