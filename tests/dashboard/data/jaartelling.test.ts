// dashboard/data/jaartelling.ts: the stored annual count as the analysts' table, on the fixture
// with the hand-made 2025-2026 table (helpers/jaartelling-rows.ts).

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { jaarRegels } from '../../../dashboard/data/jaartelling-lines.js';
import { countedYear, readJaartelling } from '../../../dashboard/data/jaartelling.js';
import type { Database } from '../../../pipeline/db/open.js';
import { createFixture } from '../helpers/fixture.js';
import { insertJaartelling } from '../helpers/jaartelling-rows.js';

let db: Database;
beforeAll(async () => {
  db = await createFixture();
});
afterAll(() => db.close());

describe('readJaartelling', () => {
  test('the running year is that of the newest data (30 November 2025: 2025-2026), then the previous one', async () => {
    const { jaren, stand } = await readJaartelling(db.connection, undefined);
    expect(jaren.map((j) => [j.schooljaar, j.geteld])).toEqual([['2025-2026', true], ['2024-2025', false]]);
    expect(stand.gegevens_tot).toBe('2025-11-30');
    expect(jaren[0].tot).toBe('2025-11-30');
    expect(jaren[0].berekend_op).toBe('2025-12-01 08:30');
    // the year not counted has no lines: the page says which command counts it
    expect(jaren[1]).toEqual({ schooljaar: '2024-2025', geteld: false, tot: null, berekend_op: null, regels: [] });
  });

  test('every line in the order of the Leerplichttelling, exact, with 0 for a kind without youths', async () => {
    const [year] = (await readJaartelling(db.connection, undefined)).jaren;
    expect(year.regels.map((r) => r.regel)).toEqual(jaarRegels.map((r) => r.regel));
    const line = (regel: string) => year.regels.find((r) => r.regel === regel)?.cijfers;
    // absoluut_verzuim: po 2, vso 0, vo 7, mbo 3, onbekend 0, geen onderwijs 6, totaal 18
    expect(line('absoluut_verzuim')).toEqual({ po: 2, vso: 0, vo: 7, mbo: 3, onbekend: 0, geen_onderwijs: 6, totaal: 18 });
    // 5a granted during the year: po 1 + vso 2 = 3 (small, but analysts see it exactly)
    expect(line('vrijstelling_5a.nieuw')?.totaal).toBe(3);
    expect(line('per_1000.absoluut_verzuim')?.totaal).toBe(3);
    expect(line('per_1000.absoluut_verzuim')?.po).toBe(0.8);
  });

  test('a stored count that reaches past the absence data makes its year the running one', async () => {
    const later = await createFixture();
    try {
      await insertJaartelling(later.connection, { schooljaar: '2026-2027', tot: '2026-09-30', table: { dreigend: { vo: 5 } } });
      const { jaren } = await readJaartelling(later.connection, undefined);
      expect(jaren.map((j) => [j.schooljaar, j.geteld])).toEqual([['2026-2027', true], ['2025-2026', true]]);
    } finally {
      later.close();
    }
  });

  test('?schooljaar= chooses the newer year of the pair; a malformed one is refused', async () => {
    const { jaren } = await readJaartelling(db.connection, '2026-2027');
    expect(jaren.map((j) => [j.schooljaar, j.geteld])).toEqual([['2026-2027', false], ['2025-2026', true]]);
    await expect(readJaartelling(db.connection, '2025-2027')).rejects.toThrow(/JJJJ-JJJJ/);
    await expect(readJaartelling(db.connection, "2025-2026' OR 1=1")).rejects.toThrow(/JJJJ-JJJJ/);
  });
});

describe('countedYear', () => {
  const row = (regel: string, onderwijssoort: string, aantal: number) =>
    ({ schooljaar: '2025-2026', tot: '2026-07-31', regel, onderwijssoort, aantal, berekend_op: '2026-08-02 10:00' });

  test('a line the count did not store is empty, not 0; a rate per kind without a row too; a line it stored but this list does not know comes last', () => {
    const year = countedYear('2025-2026', [
      row('absoluut_verzuim', 'vo', 4), row('absoluut_verzuim', 'totaal', 4),
      row('per_1000.absoluut_verzuim', 'totaal', 0.7),
      row('vrijstelling_3b.lopend', 'po', 1), row('vrijstelling_3b.lopend', 'totaal', 1),
    ]);
    const line = (regel: string) => year.regels.find((r) => r.regel === regel)?.cijfers;
    expect(line('absoluut_verzuim')).toEqual({ po: 0, vso: 0, vo: 4, mbo: 0, onbekend: 0, geen_onderwijs: 0, totaal: 4 });
    expect(line('lrv')?.totaal).toBeNull();
    expect(line('per_1000.absoluut_verzuim')).toMatchObject({ po: null, totaal: 0.7 });
    expect(year.regels.at(-1)).toMatchObject({ regel: 'vrijstelling_3b.lopend', omschrijving: 'vrijstelling_3b.lopend', cijfers: { po: 1, totaal: 1 } });
  });
});
