// The lines of the annual count (jaartelling.md §2 and §5) in the order of DUO's Leerplichttelling,
// with the Dutch words the pages and the CSV print. One list, so the analysts' table, the CSV, the
// council's jaarverslag, its suppression and the report all show the same lines in the same order.
// The articles' names are the client's list (client/lib/artikelen.js), shared with the analysts'
// breakdown.

import { artikelen } from '../client/lib/artikelen.js';

/** The kinds of education (jaartelling.md §3), as columns, `totaal` last. */
export const soorten = ['po', 'vso', 'vo', 'mbo', 'onbekend', 'geen_onderwijs', 'totaal'] as const;
export type Soort = (typeof soorten)[number];
export const kinds = soorten.filter((s) => s !== 'totaal');

export interface JaarRegel {
  regel: string;
  omschrijving: string;
  /** A split or a "waarvan" line, printed indented under its line. */
  deel?: true;
  /** A rate per 1,000 youths in scope (jaartelling.md §4), not a count of youths. */
  rate?: true;
}

/** The lines with splits (jaartelling.md §2): bij_start + nieuw = line = terug + uit_beeld + nog_thuis. */
export const splitLines = ['absoluut_verzuim', 'lrv', 'niet_geteld_lang_thuis'] as const;

function withSplits(regel: string, omschrijving: string): JaarRegel[] {
  return [
    { regel, omschrijving },
    { regel: `${regel}.bij_start`, omschrijving: 'al bij de start van het schooljaar (1 augustus)', deel: true },
    { regel: `${regel}.nieuw`, omschrijving: 'nieuw in het schooljaar', deel: true },
    { regel: `${regel}.terug_naar_school`, omschrijving: 'aan het eind terug op school', deel: true },
    { regel: `${regel}.uit_beeld`, omschrijving: 'aan het eind uit beeld (verhuisd, 18 jaar, startkwalificatie of vrijgesteld)', deel: true },
    { regel: `${regel}.nog_thuis`, omschrijving: 'aan het eind nog thuis', deel: true },
  ];
}

export const jaarRegels: JaarRegel[] = [
  ...withSplits('absoluut_verzuim', 'Absoluut verzuim: langer dan 4 weken niet ingeschreven'),
  { regel: 'absoluut_verzuim_3m', omschrijving: 'waarvan langer dan 3 maanden', deel: true },
  ...withSplits('lrv', 'Langdurig relatief verzuim: ingeschreven, langer dan 4 schoolweken ongeoorloofd thuis'),
  { regel: 'lrv_3m', omschrijving: 'waarvan langer dan 3 maanden', deel: true },
  ...withSplits('niet_geteld_lang_thuis', 'Langer dan 4 schoolweken thuis, niet geteld (langdurig ziek of geoorloofd afwezig)'),
  { regel: 'relatief_verzuim_16u', omschrijving: 'Relatief verzuim: 16 uur ongeoorloofd in 4 schoolweken' },
  { regel: 'relatief_verzuim_16u_herhaald', omschrijving: 'waarvan twee keer of vaker in het schooljaar', deel: true },
  { regel: 'zonder_aanbod_3m', omschrijving: 'Langer dan 3 maanden thuis zonder passend aanbod' },
  ...artikelen.flatMap(([artikel, naam]): JaarRegel[] => [
    { regel: `vrijstelling_${artikel}.lopend`, omschrijving: `Vrijstelling art. ${artikel} (${naam}), lopend op 1 augustus` },
    { regel: `vrijstelling_${artikel}.nieuw`, omschrijving: `Vrijstelling art. ${artikel} (${naam}), nieuw in het schooljaar` },
  ]),
  { regel: 'dreigend', omschrijving: 'Dreigend thuiszitten (fase 2)' },
  { regel: 'per_1000.absoluut_verzuim', omschrijving: 'Absoluut verzuim per 1.000 leerplichtigen', rate: true },
  { regel: 'per_1000.relatief_verzuim_16u', omschrijving: 'Relatief verzuim (16 uur) per 1.000 leerplichtigen', rate: true },
];

/**
 * The lines to show: every known line in the form's order, then any line the count stored that
 * this list does not know (a newer count, artikel 3b), by code, so nothing stored is left out.
 */
export function linesToShow(stored: Iterable<string>): JaarRegel[] {
  const known = new Set(jaarRegels.map((r) => r.regel));
  const extra = [...new Set(stored)].filter((regel) => !known.has(regel)).sort();
  return [...jaarRegels, ...extra.map((regel): JaarRegel => ({ regel, omschrijving: regel, ...(regel.startsWith('per_1000.') ? { rate: true as const } : {}) }))];
}

export const schooljaarPattern = /^(\d{4})-(\d{4})$/;

/** '2025-2026' when the second year follows the first; else undefined. */
export function parseSchooljaar(text: string | undefined): string | undefined {
  const match = text === undefined ? null : schooljaarPattern.exec(text);
  return match && Number(match[2]) === Number(match[1]) + 1 ? text : undefined;
}

/** The school year (1 August - 31 July) that holds an ISO date: '2026-03-01' -> '2025-2026'. */
export function schooljaarOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 8 ? year : year - 1;
  return `${start}-${start + 1}`;
}

export function previousSchooljaar(schooljaar: string): string {
  const start = Number(schooljaar.slice(0, 4)) - 1;
  return `${start}-${start + 1}`;
}
