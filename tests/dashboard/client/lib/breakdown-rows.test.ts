// The analysts' breakdowns of the monitor cube (lib/breakdown-rows.js) on a hand-made cube.

import { describe, expect, test } from 'vitest';
import { breakdownRows } from '../../../../dashboard/client/lib/breakdown-rows.js';

const cell = (dimensie: string, waarde: string, categorie: string, fase: string, officieel: string, aantal: number) =>
  ({ dimensie, waarde, categorie, fase, duur: fase === '3' ? '>4w' : '-', officieel, passend_aanbod: '-', aantal });

const data = (kubus: ReturnType<typeof cell>[], scholen: { brin: string; naam: string | null }[] = []) => ({ kubus, scholen }) as never;

describe('breakdownRows', () => {
  test('fase 2 and 3 per reason, fase 1 left out, the largest total first', () => {
    const { rows, usedGroups, order } = breakdownRows(data([
      cell('reden', 'psychisch', 'ingeschreven', '3', 'ja', 4),
      cell('reden', 'psychisch', 'ingeschreven', '2', 'nee', 3),
      cell('reden', 'gedrag', 'ingeschreven', '3', 'nee', 2),
      cell('reden', 'gedrag', 'ingeschreven', '1', 'nee', 50),
      cell('reden', '', 'absoluut_verzuim', '3', 'ja', 1),
    ]), 'reden');
    expect(rows).toEqual([
      { label: 'Psychisch', groep: 'fase3_officieel', aantal: 4 },
      { label: 'Psychisch', groep: 'fase2', aantal: 3 },
      { label: 'Gedrag', groep: 'fase3_niet', aantal: 2 },
      { label: 'Geen reden geregistreerd', groep: 'fase3_officieel', aantal: 1 },
    ]);
    // totals: Psychisch 4 + 3 = 7, Gedrag 2 (its 50 in fase 1 do not count), no reason 1
    expect(order).toEqual(['Psychisch', 'Gedrag', 'Geen reden geregistreerd']);
    expect(usedGroups.map((g) => g.key)).toEqual(['fase3_officieel', 'fase3_niet', 'fase2']);
  });

  test('ages in the order of age, schools by name with their BRIN, no school as "Niet ingeschreven"', () => {
    const ages = breakdownRows(data([
      cell('leeftijd', '9', 'ingeschreven', '2', 'nee', 1),
      cell('leeftijd', '12', 'ingeschreven', '2', 'nee', 5),
      cell('leeftijd', '10', 'ingeschreven', '3', 'ja', 2),
    ]), 'leeftijd');
    expect(ages.order).toEqual(['9 jaar', '10 jaar', '12 jaar']);
    const schools = breakdownRows(data([
      cell('brin', '12AB', 'ingeschreven', '3', 'ja', 2),
      cell('brin', '', 'absoluut_verzuim', '3', 'ja', 3),
    ], [{ brin: '12AB', naam: 'De Klimop' }]), 'brin');
    expect(schools.rows.map((r) => r.label)).toEqual(['De Klimop (12AB)', 'Niet ingeschreven']);
  });
});
