// The annual count on a hand-made town (town.ts has every youth's days worked out by hand).

import { describe, expect, test } from 'vitest';
import { databaseWith } from '../classify/fixtures.js';
import { computeJaartelling } from '../../pipeline/jaartelling/count.js';
import { countDays, parseSchoolYear } from '../../pipeline/jaartelling/school-year.js';
import { town } from './town.js';

async function count(tot: string) {
  const db = await databaseWith(town);
  try {
    return await computeJaartelling(db.connection, { days: countDays(parseSchoolYear('2025-2026'), tot) });
  } finally {
    db.close();
  }
}

const lines = (members: { regel: string; onderwijssoort: string; leerling_id: string }[]) =>
  members.map((m) => `${m.regel} ${m.onderwijssoort} ${m.leerling_id}`).sort();

describe('2025-2026 up to Sunday 30 November 2025', () => {
  test('every line and split holds exactly the youths worked out in town.ts, each with its kind', async () => {
    const { members } = await count('2025-11-30');
    expect(lines(members)).toEqual([
      // A: 4-19 Oct only, between two month ends; back at school; kind of the ended 01AA
      // B: fase 3 from 8 Aug, >3m on Sunday 12 Oct only; back at school; kind of the ended 02BB
      // F: fase 3 on 1 Aug, >3m from 2 Oct, still at home; ended at 99ZZ, missing from scholen
      'absoluut_verzuim onbekend F',
      'absoluut_verzuim po B',
      'absoluut_verzuim vo A',
      'absoluut_verzuim.bij_start onbekend F',
      'absoluut_verzuim.nieuw po B',
      'absoluut_verzuim.nieuw vo A',
      'absoluut_verzuim.nog_thuis onbekend F',
      'absoluut_verzuim.terug_naar_school po B',
      'absoluut_verzuim.terug_naar_school vo A',
      'absoluut_verzuim_3m onbekend F',
      'absoluut_verzuim_3m po B',
      // C: fase 2 on 1-7 Aug (16u, aanwezigheid_laag); D: 16u twice; I: back, spell still in W4
      'dreigend vo C',
      'dreigend vo D',
      'dreigend vo I',
      // C: from 8 Aug, >3m on Sunday 12 Oct only, fase 1 on the end
      'lrv vo C',
      'lrv.nieuw vo C',
      'lrv.terug_naar_school vo C',
      'lrv_3m vo C',
      // I: ziek, so not official
      'niet_geteld_lang_thuis vo I',
      'niet_geteld_lang_thuis.nieuw vo I',
      'niet_geteld_lang_thuis.terug_naar_school vo I',
      // C held it on 31 Jul already (no start in J); D starts on 4 Sep and 6 Nov
      'relatief_verzuim_16u vo C',
      'relatief_verzuim_16u vo D',
      'relatief_verzuim_16u_herhaald vo D',
      // E: 5a running on 1 Aug, 5b granted 1 Oct; never enrolled
      'vrijstelling_5a.lopend geen_onderwijs E',
      'vrijstelling_5b.nieuw geen_onderwijs E',
      // B and C on Sunday 12 Oct; F has a traject
      'zonder_aanbod_3m po B',
      'zonder_aanbod_3m vo C',
    ]);
  });

  test('per 1,000: on 1 October 8 youths are in scope (all but H, bijna leerplichtig)', async () => {
    const { figures } = await count('2025-11-30');
    const rate = (regel: string) => figures.find((f) => f.regel === regel)?.aantal;
    expect(rate('per_1000.absoluut_verzuim')).toBe(375); // A, B, F: 3 * 1000 / 8
    expect(rate('per_1000.relatief_verzuim_16u')).toBe(250); // C, D: 2 * 1000 / 8
  });

  test('every line is written in total and for every kind, zeros included, in a fixed order', async () => {
    const { figures } = await count('2025-11-30');
    const av = figures.filter((f) => f.regel === 'absoluut_verzuim');
    expect(av.map((f) => [f.onderwijssoort, f.aantal])).toEqual([
      ['totaal', 3], ['po', 1], ['vso', 0], ['vo', 1], ['mbo', 0], ['onbekend', 1], ['geen_onderwijs', 0],
    ]);
    expect(figures[0]).toEqual({ schooljaar: '2025-2026', tot: '2025-11-30', regel: 'absoluut_verzuim', onderwijssoort: 'totaal', aantal: 3 });
    expect(figures.filter((f) => f.regel.startsWith('per_1000.')).map((f) => f.onderwijssoort)).toEqual(['totaal', 'totaal']);
    expect(figures.filter((f) => f.regel === 'vrijstelling_3a.nieuw').every((f) => f.aantal === 0)).toBe(true);
  });
});

describe('2025-2026 up to Monday 15 September 2025', () => {
  test('the rates take the end of J when it is before 1 October; A is not yet in fase 3', async () => {
    // On 15 Sep: A (absoluut verzuim, fase 2), B, C, D, E, F, G, I in scope: 8; H bijna.
    // absoluut_verzuim up to 15 Sep: B (from 8 Aug) and F: 2 * 1000 / 8 = 250.
    const { figures, members } = await count('2025-09-15');
    expect(figures.find((f) => f.regel === 'per_1000.absoluut_verzuim')?.aantal).toBe(250);
    expect(lines(members.filter((m) => m.regel === 'absoluut_verzuim'))).toEqual(['absoluut_verzuim onbekend F', 'absoluut_verzuim po B']);
    // B is still at home on the end: nog_thuis; D's 16 hours started once so far
    expect(lines(members.filter((m) => m.regel === 'absoluut_verzuim.nog_thuis'))).toEqual([
      'absoluut_verzuim.nog_thuis onbekend F', 'absoluut_verzuim.nog_thuis po B']);
    expect(members.filter((m) => m.regel === 'relatief_verzuim_16u_herhaald')).toEqual([]);
  });
});
