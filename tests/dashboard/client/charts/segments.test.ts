// Stacked bars from public figures (charts/segments.js): a hidden piece ("<5", "×") never gets a
// length of its own; the hidden pieces together are one grey 'verborgen' segment, whose length the
// page gives away anyway (the shown total minus the shown pieces).

import { describe, expect, test } from 'vitest';
import { segmentsOf } from '../../../../dashboard/client/charts/segments.js';

const shown = (aantal: number) => ({ aantal, label: String(aantal) });
const small = { aantal: null, label: '<5', verborgen: 'klein' as const };
const crossed = { aantal: null, label: '×', verborgen: 'afgeleid' as const };

describe('segmentsOf', () => {
  test('every piece shown: one segment each, nothing grey', () => {
    // 12 + 8 = 20
    expect(segmentsOf('PO', shown(20), [{ key: 'officieel', figure: shown(12) }, { key: 'niet_geteld', figure: shown(8) }])).toEqual([
      { rij: 'PO', groep: 'officieel', aantal: 12 },
      { rij: 'PO', groep: 'niet_geteld', aantal: 8 },
    ]);
  });

  test('a hidden piece is drawn only as the grey rest: 20 shown in total, 12 shown, so 8 not split', () => {
    expect(segmentsOf('PO', shown(20), [{ key: 'officieel', figure: shown(12) }, { key: 'niet_geteld', figure: small }])).toEqual([
      { rij: 'PO', groep: 'officieel', aantal: 12 },
      { rij: 'PO', groep: 'verborgen', aantal: 8 },
    ]);
  });

  test('two hidden pieces make one grey segment, so neither can be measured on its own', () => {
    // 30 - 10 = 20 for "<5" and "×" together
    const segments = segmentsOf('VO', shown(30), [{ key: 'a', figure: shown(10) }, { key: 'b', figure: small }, { key: 'c', figure: crossed }]);
    expect(segments).toEqual([{ rij: 'VO', groep: 'a', aantal: 10 }, { rij: 'VO', groep: 'verborgen', aantal: 20 }]);
    expect(segments.filter((s) => s.groep === 'b' || s.groep === 'c')).toEqual([]);
  });

  test('a hidden total draws no bar at all, whatever its pieces show', () => {
    expect(segmentsOf('SO', small, [{ key: 'officieel', figure: shown(3) }])).toEqual([]);
    expect(segmentsOf('SO', undefined, [{ key: 'officieel', figure: shown(3) }])).toEqual([]);
  });

  test('a piece of 0 or a missing piece has no segment; a total of 0 no bar', () => {
    expect(segmentsOf('MBO', shown(5), [{ key: 'officieel', figure: shown(0) }, { key: 'niet_geteld', figure: undefined }])).toEqual([
      { rij: 'MBO', groep: 'verborgen', aantal: 5 },
    ]);
    expect(segmentsOf('MBO', shown(0), [{ key: 'officieel', figure: shown(0) }])).toEqual([]);
  });
});
