// The hand-made municipality behind the dashboard tests: groups of identical pupils with their
// state at each month end. Counts asserted in the tests are worked out by hand from this table
// (see the comments "nov:" below), never computed by the code under test.

export const fixtureMonths = ['2025-09', '2025-10', '2025-11'] as const;
export const peildata: Record<string, string> = {
  '2025-09': '2025-09-30',
  '2025-10': '2025-10-31',
  '2025-11': '2025-11-30',
  '2025-12': '2025-12-31',
};

export const fixtureSchools = [
  { brin: '12AB', naam: 'Basisschool De Regenboog', sector: 'PO' },
  { brin: '34CD', naam: '<script>alert(1)</script>', sector: 'VO' },
  { brin: '56EF', naam: 'Mytylschool De Brug', sector: 'SO' },
] as const;

/**
 * A state code per month:
 * f1 op school | d:<signals> dreigend (fase 2) | o4/o3 fase 3 officieel >4w/>3m |
 * z4/z3 fase 3 niet officieel, langdurig ziek | g4 idem langdurig geoorloofd |
 * a2 absoluut verzuim kort (fase 2) | a4/a3 absoluut verzuim fase 3 | v:<artikel> vrijgesteld |
 * bl bijna leerplichtig | - not classified that month (buiten beeld)
 */
export interface PupilGroup {
  n: number;
  brin: '' | '12AB' | '34CD' | '56EF';
  age: number;
  states: [string, string, string];
  reden?: string;
  /** traject_soort per month ('' = none); passend_aanbod follows it for fase 3. */
  traject?: [string, string, string];
  /** brin per month where it differs from `brin` (a pupil enrolling after an exemption). */
  brinPerMonth?: [string, string, string];
}

export const pupilGroups: PupilGroup[] = [
  // School 12AB, PO
  { n: 70, brin: '12AB', age: 6, states: ['f1', 'f1', 'f1'] },
  { n: 4, brin: '12AB', age: 9, states: ['d:aanwezigheid_laag', 'd:aanwezigheid_laag|verzuim_16u', 'o4'], reden: 'schoolfactoren' },
  { n: 2, brin: '12AB', age: 8, states: ['z4', 'z3', 'z3'], reden: 'lichamelijk' },
  { n: 1, brin: '12AB', age: 10, states: ['f1', 'd:ziek_frequent', 'd:ziek_frequent|ziek_lang'] },
  { n: 3, brin: '12AB', age: 7, states: ['d:aangepast_programma', 'd:aangepast_programma', 'd:aangepast_programma'] },
  // School 34CD, VO (the hostile name)
  { n: 80, brin: '34CD', age: 12, states: ['f1', 'f1', 'f1'] },
  { n: 5, brin: '34CD', age: 15, states: ['o4', 'o3', 'o3'], reden: 'psychisch' },
  { n: 2, brin: '34CD', age: 14, states: ['o4', 'o4', 'o3'], reden: '=HYPERLINK("x")', traject: ['', '', 'onderwijs-zorg'] },
  { n: 3, brin: '34CD', age: 16, states: ['f1', 'o4', 'o4'], reden: 'thuissituatie' },
  { n: 2, brin: '34CD', age: 13, states: ['g4', 'g4', 'g4'], reden: 'gedrag' },
  { n: 6, brin: '34CD', age: 14, states: ['d:verzuim_16u', 'd:verzuim_16u', 'd:verzuim_16u'] },
  { n: 1, brin: '34CD', age: 13, states: ['f1', 'f1', '-'] },
  // School 56EF, SO
  { n: 20, brin: '56EF', age: 8, states: ['f1', 'f1', 'f1'] },
  { n: 2, brin: '56EF', age: 11, states: ['z3', 'z3', 'z3'], reden: 'lichamelijk', traject: ['onderwijs-zorg', 'onderwijs-zorg', 'onderwijs-zorg'] },
  { n: 1, brin: '56EF', age: 12, states: ['o4', 'o3', 'o3'], reden: 'wachtlijst_zorg' },
  // Not enrolled
  { n: 2, brin: '', age: 10, states: ['a2', 'a4', 'a3'], reden: 'wachtlijst_onderwijs' },
  { n: 1, brin: '', age: 13, states: ['-', 'a2', 'a4'] },
  { n: 3, brin: '', age: 15, states: ['a3', 'a3', 'a3'], reden: 'geen_passend_aanbod', traject: ['', 'thuiszittersinitiatief', 'thuiszittersinitiatief'] },
  { n: 5, brin: '', age: 9, states: ['v:5a', 'v:5a', 'v:5a'] },
  { n: 1, brin: '', age: 8, states: ['v:5a', 'v:5a', 'f1'], brinPerMonth: ['', '', '56EF'] },
  { n: 5, brin: '', age: 12, states: ['v:5b', 'v:5b', 'v:5b'] },
  { n: 1, brin: '', age: 16, states: ['v:15', 'v:15', 'v:15'] },
  { n: 4, brin: '', age: 4, states: ['bl', 'bl', 'bl'] },
  { n: 1, brin: '', age: 4, states: ['-', '-', 'bl'] },
];

// Hand counts for 2025-11 (used by the tests):
// officieel (fase 3, ja): 4 + 5 + 2 + 3 + 1 + 2 + 1 + 3 = 21; >4w 4 + 3 + 1 = 8; >3m 13
// niet geteld fase 3: 2 (z3 12AB) + 2 (g4 34CD) + 2 (z3 56EF) = 6; ziek 4, geoorloofd 2
// absoluut verzuim kort 0; bijna leerplichtig 5; alle schoolmissers 21 + 6 + 0 + 5 = 32
// dreigend (ingeschreven, fase 2): 1 + 3 + 6 = 10
// >3m zonder passend aanbod: 2 (z3 12AB) + 5 + 1 + 2 (a3) = 10
// vrijstellingen 5 (5a) + 5 (5b) + 1 (15) = 11; 5a 5, overige 6
