// A hand-made town for the annual count of 2025-2026, counted up to Sunday 30 November 2025.
// One school 01AA (VO, 5 hours a day) whose data covers June - November 2025, one school 02BB (PO),
// and a BRIN 99ZZ missing from `scholen`. No holidays: every weekday is a school day of 01AA.
// Month ends: Wed 30 Jul, Sun 31 Aug, Tue 30 Sep, Fri 31 Oct, Sun 30 Nov. What each youth is, by hand:
//
//  A  01AA until Fri 5 Sep, again from Mon 20 Oct. Absoluut verzuim from 6 Sep; elapsed > 28 from
//     6 Sep + 28 = Sat 4 Oct, so fase 3 on 4-19 Oct only: between two month ends (30 Sep: fase 2,
//     elapsed 25; 31 Oct: enrolled). Not enrolled on 19 Oct: the enrollment that ended last before
//     it is 01AA -> vo. On the end (30 Nov) enrolled, no absence: fase 1.
//  B  02BB (PO) until Thu 10 Jul, 01AA from Mon 13 Oct. Absoluut verzuim from Fri 11 Jul: fase 3
//     from 11 Jul + 28 = 8 Aug (so not on 1 Aug). ">3m" when 11 Jul < D - 3 months: Sat 11 Oct - 3
//     months = 11 Jul (no), Sun 12 Oct - 3 months = 12 Jul (yes): on Sunday 12 Oct only. Kind on
//     12 Oct: the ended 02BB -> po.
//  C  01AA, fully absent ongeoorloofd Fri 11 Jul - Fri 10 Oct, back Mon 13 Oct. Streak S = 11 Jul;
//     L = 16 on Fri 1 Aug (11 Jul, 5 weekdays x 3), L = 21 on Fri 8 Aug: fase 3, official, from
//     8 Aug (on 1-7 Aug fase 2: verzuim_16u and aanwezigheid_laag). ">3m" as for B: Sunday 12 Oct
//     only (Mon 13 Oct L = 0). verzuim_16u holds from Wed 16 Jul (3 days, 15 h: no; 4 days, 20 h)
//     until the 4th last absent day (Tue 7 Oct) leaves W4: through Mon 3 Nov; it held on 31 Jul,
//     so it never starts in J. On 30 Nov W4 = 31 Oct - 28 Nov holds no absence: fase 1.
//  D  01AA, 4 h ongeoorloofd Mon-Thu 1-4 Sep and Mon-Thu 3-6 Nov. verzuim_16u holds 4 Sep (16 h)
//     until 1 Sep leaves W4 (on Mon 29 Sep W4 = 2-29 Sep, 12 h): starts Thu 4 Sep; again from Thu
//     6 Nov, still on 30 Nov: it starts twice. 16/100 h absent is not over 20%: only verzuim_16u.
//  E  never enrolled; vrijstelling 5a 1 Jun - 30 Sep (running on 1 Aug), 5b from 1 Oct (new in J).
//     Kind: no enrollment ever -> geen_onderwijs.
//  F  99ZZ (not in scholen) until 30 Jun: absoluut verzuim from 1 Jul, fase 3 from 29 Jul (so on
//     1 Aug), ">3m" from 2 Oct (1 Jul < 2 Oct - 3 months = 2 Jul). Traject from 1 Sep: passend
//     aanbod, so not zonder_aanbod_3m. Kind of the ended 99ZZ: onbekend. Still at home on the end.
//  G  01AA, never absent.
//  H  born 10 Nov 2020: leerplicht_start 1 Dec 2025, bijna_leerplichtig from 1 Sep 2025.
//  I  01AA, ziek Mon 1 Sep - Fri 31 Oct. L = 21 on Mon 29 Sep (1 Sep + 20 weekdays): fase 3, not
//     official (ziek): niet_geteld_lang_thuis, new. S = 1 Sep: ">3m" only from 2 Dec. Back in
//     November: fase 2 (aanwezigheid_laag, ziek_lang) while the spell is in W4; on 28 Nov W4 =
//     3-28 Nov, no absence: fase 1 on the end.

import { delivered, enrollment, event, period, pupil, school, traject, vrijstelling, type Inputs } from '../classify/fixtures.js';

const weekdays = (id: string, dates: string[], uren: number) => dates.map((d) => event(id, d, uren, 'ongeoorloofd'));

export const town: Inputs = {
  scholen: [school(), school({ brin: '02BB', naam: 'De Klimop', sector: 'PO' })],
  leerlingen: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'I'].map((id) => pupil(id)).concat(pupil('H', { geboortedatum: '2020-11-10' })),
  inschrijvingen: [
    enrollment('A', { tot: '2025-09-05' }),
    enrollment('A', { van: '2025-10-20' }),
    enrollment('B', { brin: '02BB', tot: '2025-07-10' }),
    enrollment('B', { van: '2025-10-13' }),
    enrollment('C'),
    enrollment('D'),
    enrollment('F', { brin: '99ZZ', tot: '2025-06-30' }),
    enrollment('G'),
    enrollment('I'),
  ],
  vrijstellingen: [vrijstelling('E', '5a', '2025-06-01', '2025-09-30'), vrijstelling('E', '5b', '2025-10-01')],
  trajecten: [traject('F', 'zorg', '2025-09-01')],
  verzuim_periods: [period('C', '2025-07-11', '2025-10-10', 'ongeoorloofd'), period('I', '2025-09-01', '2025-10-31', 'ziek')],
  verzuim_events: [
    ...delivered('2025-06', '2025-11'),
    ...weekdays('D', ['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04'], 4),
    ...weekdays('D', ['2025-11-03', '2025-11-04', '2025-11-05', '2025-11-06'], 4),
  ],
};
