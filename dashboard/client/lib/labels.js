// Dutch words for the codes in the data (classification.md). Unknown codes are shown as they are.

import { artikelen } from './artikelen.js';

const words = {
  categorie: {
    ingeschreven: 'Ingeschreven',
    absoluut_verzuim: 'Niet ingeschreven (absoluut verzuim)',
    vrijgesteld: 'Vrijgesteld',
    bijna_leerplichtig: 'Bijna leerplichtig',
  },
  fase: { 1: 'Fase 1 · op school', 2: 'Fase 2 · dreigend', 3: 'Fase 3 · thuiszitter', '-': 'Geen fase' },
  duur: { '>4w': 'langer dan 4 weken', '>3m': 'langer dan 3 maanden', '-': '–' },
  signaal: {
    verzuim_16u: '16 uur ongeoorloofd in 4 weken',
    aanwezigheid_laag: 'Aanwezigheid onder 80%',
    ziek_frequent: 'Vaak ziek (4× in 12 weken)',
    ziek_lang: 'Lang ziek (> 6 schooldagen)',
    aangepast_programma: 'Aangepast programma',
    langdurig_ziek: 'Langdurig ziek',
    langdurig_geoorloofd: 'Langdurig geoorloofd afwezig',
    absoluut_verzuim_kort: 'Korter dan 4 weken niet ingeschreven',
    '': 'Geen signaal',
  },
  reden: {
    psychisch: 'Psychisch',
    lichamelijk: 'Lichamelijk',
    gedrag: 'Gedrag',
    thuissituatie: 'Thuissituatie',
    schoolfactoren: 'Schoolfactoren',
    geen_passend_aanbod: 'Geen passend aanbod',
    wachtlijst_zorg: 'Wachtlijst zorg',
    wachtlijst_onderwijs: 'Wachtlijst onderwijs',
    administratief: 'Administratief',
    onbekend: 'Onbekend',
    '': 'Geen reden geregistreerd',
  },
  sector: { PO: 'Primair onderwijs', SBO: 'Speciaal basisonderwijs', SO: 'Speciaal onderwijs', VSO: 'Voortgezet speciaal onderwijs', VO: 'Voortgezet onderwijs', MBO: 'Mbo', '': 'Niet ingeschreven' },
  traject_soort: { 'onderwijs-zorg': 'Onderwijs-zorgarrangement', maatwerk: 'Maatwerktraject', thuiszittersinitiatief: 'Thuiszittersinitiatief', '': 'Geen traject' },
  artikel: { ...Object.fromEntries(artikelen.map(([artikel, naam]) => [artikel, `Art. ${artikel} (${naam})`])), '': 'Geen vrijstelling' },
  kwalificatieplichtig: { ja: 'Kwalificatieplichtig (16+)', nee: 'Volledig leerplichtig' },
  toestand: {
    1: 'Op school (fase 1)',
    2: 'Dreigend (fase 2)',
    3: 'Thuiszitter (fase 3)',
    vrijgesteld: 'Vrijgesteld',
    bijna_leerplichtig: 'Bijna leerplichtig',
    buiten_beeld: 'Buiten beeld',
    'ingeschreven/1': 'Op school (fase 1)',
    'ingeschreven/2': 'Dreigend (fase 2)',
    'ingeschreven/3': 'Thuiszitter, ingeschreven (fase 3)',
    'absoluut_verzuim/2': 'Niet ingeschreven, kort (fase 2)',
    'absoluut_verzuim/3': 'Niet ingeschreven (fase 3)',
    'vrijgesteld/-': 'Vrijgesteld',
    'bijna_leerplichtig/-': 'Bijna leerplichtig',
  },
  // the kinds of file (pipeline/ingest/tables.ts), as the data-quality tables name them
  soort: {
    scholen: 'Scholen',
    vakanties: 'Vakanties en vrije dagen',
    leerlingen: 'Leerlingen (register)',
    inschrijvingen: 'Inschrijvingen',
    vrijstellingen: 'Vrijstellingen',
    trajecten: 'Trajecten',
    redenen: 'Redenen van verzuim',
    verzuim_events: 'Verzuim per les of dag',
    verzuim_periods: 'Verzuim per periode',
  },
  verzuim: { ziek: 'Ziek', geoorloofd: 'Geoorloofd', ongeoorloofd: 'Ongeoorloofd', onbekend: 'Onbekend (telt als ongeoorloofd)' },
};

/**
 * @param {string} kind one of the kinds above; an unknown kind shows the code
 * @param {string | number} code
 */
export function label(kind, code) {
  const value = words[kind]?.[code];
  return value ?? (code === '' ? '(leeg)' : String(code));
}

/**
 * @param {string | null | undefined} signalen codes joined by '|'
 */
export function signalList(signalen) {
  return signalen ? signalen.split('|').map((s) => label('signaal', s)) : [];
}
