// jaartelling.md §2-§5: the rows of the count, in a fixed order (the order of §2, which follows the
// Leerplichttelling: absoluut verzuim, relatief verzuim, vrijstellingen), every line with every kind.

/** §3: the kinds of the Leerplichttelling; 'totaal' is the whole line. */
export const onderwijssoorten = ['po', 'vso', 'vo', 'mbo', 'onbekend', 'geen_onderwijs'] as const;

/** classification.md §3 rule 1 / inputs.md: the articles of a vrijstelling. */
export const artikelen = ['5a', '5b', '5c', '15', '3a'] as const;

const endSplits = ['terug_naar_school', 'uit_beeld', 'nog_thuis'];

/** A line with §2's splits: itself, .bij_start, .nieuw, then the state on the end of J. */
const withSplits = (line: string) => [line, ...['bij_start', 'nieuw', ...endSplits].map((s) => `${line}.${s}`)];

/** Every regel that counts youths, in output order. */
export const regels: readonly string[] = [
  ...withSplits('absoluut_verzuim'),
  'absoluut_verzuim_3m',
  ...withSplits('lrv'),
  'lrv_3m',
  ...withSplits('niet_geteld_lang_thuis'),
  'relatief_verzuim_16u',
  'relatief_verzuim_16u_herhaald',
  'zonder_aanbod_3m',
  ...artikelen.flatMap((a) => [`vrijstelling_${a}.lopend`, `vrijstelling_${a}.nieuw`]),
  'dreigend',
];

/** §4: the rates, per 1,000 youths in scope; written for 'totaal' only (README "Regels"). */
export const rates = [
  { regel: 'per_1000.absoluut_verzuim', of: 'absoluut_verzuim' },
  { regel: 'per_1000.relatief_verzuim_16u', of: 'relatief_verzuim_16u' },
] as const;
