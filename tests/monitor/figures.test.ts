// The published figures (pipeline/monitor/figures.sql, view monitor_figures), worked out by hand
// from a month of eleven classified youths, counted by the monitor's own counts.sql:
//
//   A  ingeschreven       fase 1
//   B  ingeschreven       fase 2 (dreigend)
//   C  absoluut_verzuim   fase 2 (not enrolled, at most four weeks)
//   D  ingeschreven       fase 3  officieel  >4w  no aanbod
//   E  absoluut_verzuim   fase 3  officieel  >3m  no aanbod
//   F  ingeschreven       fase 3  officieel  >3m  aanbod (a traject)
//   G  ingeschreven       fase 3  niet       >4w  no aanbod  signal langdurig_ziek
//   H  ingeschreven       fase 3  niet       >3m  no aanbod  signal langdurig_geoorloofd
//   I  vrijgesteld        art. 5a
//   J  vrijgesteld        art. 5b
//   K  bijna_leerplichtig
//
// October: 11 youths; fase 2 B + C = 2, of which dreigend (enrolled) B = 1 and not enrolled C = 1;
// not enrolled at all C + E = 2; fase 3 D..H = 5, > 3 months E, F, H = 3; official D, E, F = 3
// (> 4 weeks D, > 3 months E, F); not counted G + H = 2 (ziek G, geoorloofd H); > 3 months
// without aanbod E + H = 2 (F has a traject); school missers: fase 3 (5) + C + K = 7;
// exemptions I + J = 2 (5a: I, other: J). November: only A is left, fase 1: every other figure 0.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../pipeline/db/open.js';
import { runSqlFile } from '../../pipeline/db/run-sql.js';
import { insertRows } from '../dashboard/helpers/insert-rows.js';

type State = [id: string, categorie: string, fase: string, duur: string, officieel: string, aanbod: string, extra?: { signalen?: string; artikel?: string }];

const october: State[] = [
  ['A', 'ingeschreven', '1', '-', 'nee', '-'],
  ['B', 'ingeschreven', '2', '-', 'nee', '-'],
  ['C', 'absoluut_verzuim', '2', '-', 'nee', '-'],
  ['D', 'ingeschreven', '3', '>4w', 'ja', 'nee'],
  ['E', 'absoluut_verzuim', '3', '>3m', 'ja', 'nee'],
  ['F', 'ingeschreven', '3', '>3m', 'ja', 'ja'],
  ['G', 'ingeschreven', '3', '>4w', 'nee', 'nee', { signalen: 'langdurig_ziek' }],
  ['H', 'ingeschreven', '3', '>3m', 'nee', 'nee', { signalen: 'langdurig_geoorloofd' }],
  ['I', 'vrijgesteld', '-', '-', 'nee', '-', { artikel: '5a' }],
  ['J', 'vrijgesteld', '-', '-', 'nee', '-', { artikel: '5b' }],
  ['K', 'bijna_leerplichtig', '-', '-', 'nee', '-'],
];

function rows(peildatum: string, states: State[]) {
  return states.map(([leerling_id, categorie, fase, duur, officieel, passend_aanbod, extra = {}]) => ({
    peildatum, leerling_id, categorie, fase, duur, officieel, passend_aanbod,
    signalen: extra.signalen ?? '', artikel: extra.artikel ?? '',
    brin: '', sector: '', kwalificatieplichtig: 'nee', reden: '', vestiging: '', leeftijd: 10, traject_soort: '',
  }));
}

let db: Database;
let figures: Map<string, number>;

beforeAll(async () => {
  db = await openDatabase(':memory:');
  await insertRows(db.connection, 'classifications', [...rows('2025-10-31', october), ...rows('2025-11-30', [october[0]])]);
  await runSqlFile(db.connection, 'pipeline/monitor/counts.sql', { from: '2025-10', to: '2025-11' });
  const reader = await db.connection.runAndReadAll('SELECT maand, figuur, waarde FROM monitor_figures');
  figures = new Map(reader.getRowObjectsJS().map((r) => [`${r.maand} ${r.figuur}`, Number(r.waarde)]));
});
afterAll(() => db?.close());

describe('monitor_figures: every published figure, once', () => {
  it('counts October as worked out by hand', () => {
    const value = (id: string) => figures.get(`2025-10 ${id}`);
    expect(Object.fromEntries([
      'jongeren', 'fase1', 'fase2', 'dreigend', 'absoluut_kort', 'absoluut_verzuim', 'fase3', 'fase3_3m',
      'officieel', 'officieel_4w', 'officieel_3m', 'niet_geteld', 'langdurig_ziek', 'langdurig_geoorloofd',
      'zonder_aanbod_3m', 'bijna_leerplichtig', 'schoolmissers', 'vrijstellingen', 'vrijstellingen_5a', 'vrijstellingen_overig',
    ].map((id) => [id, value(id)]))).toEqual({
      jongeren: 11, fase1: 1, fase2: 2, dreigend: 1, absoluut_kort: 1, absoluut_verzuim: 2, fase3: 5, fase3_3m: 3,
      officieel: 3, officieel_4w: 1, officieel_3m: 2, niet_geteld: 2, langdurig_ziek: 1, langdurig_geoorloofd: 1,
      zonder_aanbod_3m: 2, bijna_leerplichtig: 1, schoolmissers: 7, vrijstellingen: 2, vrijstellingen_5a: 1, vrijstellingen_overig: 1,
    });
  });

  it('has every figure in every stored month: a figure no youth falls in is 0, not missing', () => {
    const november = [...figures].filter(([key]) => key.startsWith('2025-11 ')).map(([key, waarde]) => [key.slice(8), waarde]);
    expect(november.length).toBe(20);
    expect(november.filter(([, waarde]) => waarde !== 0)).toEqual([['jongeren', 1], ['fase1', 1]]);
  });

  it('gives each figure one label, and no two figures the same label (so 262 in fase 2 is not read as 253 dreigend)', async () => {
    const reader = await db.connection.runAndReadAll('SELECT DISTINCT figuur, omschrijving FROM monitor_figures');
    const labels = reader.getRowObjectsJS().map((r) => [String(r.figuur), String(r.omschrijving)]);
    expect(labels.length).toBe(20);
    expect(new Set(labels.map(([id]) => id)).size).toBe(20);
    expect(new Set(labels.map(([, label]) => label)).size).toBe(20);
    expect(Object.fromEntries(labels).fase2).toContain('of korter dan 4 weken niet ingeschreven');
    expect(Object.fromEntries(labels).dreigend).toContain('ingeschreven, fase 2');
  });
});
