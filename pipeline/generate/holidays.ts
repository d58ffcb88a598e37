// The school holidays as the national open-data service publishes them (per school year, per
// region), and the public holidays schools close for, which that service does not publish: a
// municipality keeps those itself, here as `landelijk` rows in feestdagen.csv.
// Every holiday runs Saturday to Sunday, so inclusive/exclusive readings agree on school days.

export type HolidayRegion = 'noord' | 'midden' | 'zuid' | 'heel Nederland';

export interface Vacation {
  type: string;
  regions: { region: HolidayRegion; start: string; end: string }[];
}

export interface SchoolYearHolidays {
  schoolyear: string;
  vacations: Vacation[];
}

const regional = (n: [string, string], m: [string, string], z: [string, string]): Vacation['regions'] => [
  { region: 'noord', start: n[0], end: n[1] },
  { region: 'midden', start: m[0], end: m[1] },
  { region: 'zuid', start: z[0], end: z[1] },
];
const national = (start: string, end: string): Vacation['regions'] => [{ region: 'heel Nederland', start, end }];

export const schoolYears: readonly SchoolYearHolidays[] = [
  {
    // Only its zomervakantie matters here: regio midden starts 2024-2025 on 2024-08-26.
    schoolyear: '2023-2024',
    vacations: [
      { type: 'Herfstvakantie', regions: regional(['2023-10-21', '2023-10-29'], ['2023-10-14', '2023-10-22'], ['2023-10-14', '2023-10-22']) },
      { type: 'Kerstvakantie', regions: national('2023-12-23', '2024-01-07') },
      { type: 'Voorjaarsvakantie', regions: regional(['2024-02-17', '2024-02-25'], ['2024-02-10', '2024-02-18'], ['2024-02-10', '2024-02-18']) },
      { type: 'Meivakantie', regions: national('2024-04-27', '2024-05-05') },
      { type: 'Zomervakantie', regions: regional(['2024-07-20', '2024-09-01'], ['2024-07-13', '2024-08-25'], ['2024-07-06', '2024-08-18']) },
    ],
  },
  {
    schoolyear: '2024-2025',
    vacations: [
      { type: 'Herfstvakantie', regions: regional(['2024-10-26', '2024-11-03'], ['2024-10-19', '2024-10-27'], ['2024-10-19', '2024-10-27']) },
      { type: 'Kerstvakantie', regions: national('2024-12-21', '2025-01-05') },
      { type: 'Voorjaarsvakantie', regions: regional(['2025-02-15', '2025-02-23'], ['2025-02-22', '2025-03-02'], ['2025-02-22', '2025-03-02']) },
      { type: 'Meivakantie', regions: national('2025-04-26', '2025-05-04') },
      { type: 'Zomervakantie', regions: regional(['2025-07-12', '2025-08-24'], ['2025-07-19', '2025-08-31'], ['2025-07-05', '2025-08-17']) },
    ],
  },
  {
    schoolyear: '2025-2026',
    vacations: [
      { type: 'Herfstvakantie', regions: regional(['2025-10-18', '2025-10-26'], ['2025-10-18', '2025-10-26'], ['2025-10-11', '2025-10-19']) },
      { type: 'Kerstvakantie', regions: national('2025-12-20', '2026-01-04') },
      { type: 'Voorjaarsvakantie', regions: regional(['2026-02-14', '2026-02-22'], ['2026-02-14', '2026-02-22'], ['2026-02-14', '2026-02-22']) },
      { type: 'Meivakantie', regions: national('2026-04-25', '2026-05-03') },
      { type: 'Zomervakantie', regions: regional(['2026-07-04', '2026-08-16'], ['2026-07-18', '2026-08-30'], ['2026-07-11', '2026-08-23']) },
    ],
  },
  {
    schoolyear: '2026-2027',
    vacations: [
      { type: 'Herfstvakantie', regions: regional(['2026-10-17', '2026-10-25'], ['2026-10-17', '2026-10-25'], ['2026-10-10', '2026-10-18']) },
      { type: 'Kerstvakantie', regions: national('2026-12-19', '2027-01-03') },
      { type: 'Voorjaarsvakantie', regions: regional(['2027-02-20', '2027-02-28'], ['2027-02-13', '2027-02-21'], ['2027-02-06', '2027-02-14']) },
      { type: 'Meivakantie', regions: national('2027-04-24', '2027-05-02') },
      { type: 'Zomervakantie', regions: regional(['2027-07-17', '2027-08-29'], ['2027-07-10', '2027-08-22'], ['2027-07-24', '2027-09-05']) },
    ],
  },
];

/** Public holidays on school days within the data's timeline (Koningsdag falls in the meivakantie). */
export const feestdagen: readonly { van: string; tot: string; omschrijving: string }[] = [
  { van: '2025-04-18', tot: '2025-04-18', omschrijving: 'Goede Vrijdag' },
  { van: '2025-04-21', tot: '2025-04-21', omschrijving: 'Tweede Paasdag' },
  { van: '2025-05-05', tot: '2025-05-05', omschrijving: 'Bevrijdingsdag (lustrumjaar)' },
  { van: '2025-05-29', tot: '2025-05-30', omschrijving: 'Hemelvaart en vrijdag erna' },
  { van: '2025-06-09', tot: '2025-06-09', omschrijving: 'Tweede Pinksterdag' },
  { van: '2026-04-03', tot: '2026-04-03', omschrijving: 'Goede Vrijdag' },
  { van: '2026-04-06', tot: '2026-04-06', omschrijving: 'Tweede Paasdag' },
  { van: '2026-05-14', tot: '2026-05-15', omschrijving: 'Hemelvaart en vrijdag erna' },
  { van: '2026-05-25', tot: '2026-05-25', omschrijving: 'Tweede Pinksterdag' },
];

/** Candidate studiedagen: weekdays in school time, never a Wednesday (the sporadic attenders'
 *  day at school) and none after 2026-09-11, so the last weeks before the peildatum are plain. */
export const studiedagCandidates: readonly string[] = [
  '2024-09-27', '2024-11-18', '2025-01-06', '2025-02-21', '2025-03-14', '2025-06-10', '2025-07-18',
  '2025-09-26', '2025-11-14', '2026-01-05', '2026-02-13', '2026-03-23', '2026-06-19', '2026-07-17',
  '2026-09-04',
];
