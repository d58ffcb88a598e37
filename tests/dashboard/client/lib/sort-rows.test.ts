// The action list's sorting and filtering, as the school page uses them.

import { describe, expect, test } from 'vitest';
import { filterPupils, sortRows } from '../../../../dashboard/client/lib/sort-rows.js';

const pupils = [
  { id: 'A', fase: '3', signalen: 'aanwezigheid_laag|verzuim_16u', sinds_vorige_maand: 'naar_fase_3', aanwezigheid: 0 },
  { id: 'B', fase: '2', signalen: 'verzuim_16u', sinds_vorige_maand: '', aanwezigheid: 0.72 },
  { id: 'C', fase: '2', signalen: 'aangepast_programma', sinds_vorige_maand: 'nieuw', aanwezigheid: null },
  { id: 'D', fase: '3', signalen: 'langdurig_ziek', sinds_vorige_maand: null, aanwezigheid: 0.1 },
];
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('sortRows', () => {
  test('sorts numbers both ways and keeps an empty value last either way', () => {
    // 0 < 0.1 < 0.72, C has no attendance
    expect(ids(sortRows(pupils, (p) => p.aanwezigheid, 'asc'))).toEqual(['A', 'D', 'B', 'C']);
    expect(ids(sortRows(pupils, (p) => p.aanwezigheid, 'desc'))).toEqual(['B', 'D', 'A', 'C']);
  });

  test('keeps the given order between equal values', () => {
    // fase 3: A before D as given; fase 2: B before C as given
    expect(ids(sortRows(pupils, (p) => p.fase, 'desc'))).toEqual(['A', 'D', 'B', 'C']);
  });

  test('compares text the Dutch way, with numbers inside text in numeric order', () => {
    const rows = [{ id: 'L10' }, { id: 'L9' }, { id: 'l1' }];
    expect(ids(sortRows(rows, (r) => r.id, 'asc'))).toEqual(['l1', 'L9', 'L10']);
  });
});

describe('filterPupils', () => {
  test('by fase, by one signal among several, and only who is new or moved to fase 3', () => {
    expect(ids(filterPupils(pupils, { fase: '2' }))).toEqual(['B', 'C']);
    expect(ids(filterPupils(pupils, { signaal: 'verzuim_16u' }))).toEqual(['A', 'B']);
    expect(ids(filterPupils(pupils, { alleenNieuw: true }))).toEqual(['A', 'C']);
    expect(ids(filterPupils(pupils, { fase: '3', alleenNieuw: true }))).toEqual(['A']);
  });

  test('no filter keeps everyone', () => {
    expect(ids(filterPupils(pupils))).toEqual(['A', 'B', 'C', 'D']);
  });
});
