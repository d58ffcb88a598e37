// A tiny hand-made municipality for the monitor tests, January - March 2025 (no holidays; month
// ends Fri 31 Jan, Fri 28 Feb, Mon 31 Mar). What each youth is on each month end, worked out by hand:
//
//   A  enrolled, never absent                          1            1                 1
//   B  enrolled, ongeoorloofd from Mon 27 Jan          2 (5 days)   3 >4w official    3 >4w official
//   C  enrollment ended Fri 29 Nov 2024                3 >4w (abs)  3 >4w (abs)       3 >3m (abs), no aanbod
//   D  vrijstelling 5a until 15 Feb, then no school    vrijgesteld  2 (13 days, abs)  3 >4w (abs)
//   E  moves out on 10 Feb (enrolled until 7 Feb)      1            -                 -
//   F  born 15 Apr 2020: leerplichtig from 1 May 2025  -            bijna             bijna
//   G  enrolled at the school, not in the register (only in school_day_stats)

import { enrollment, event, period, pupil, school, vrijstelling, type Inputs } from '../classify/fixtures.js';

export const town: Inputs = {
  scholen: [school()],
  leerlingen: [
    pupil('A'),
    pupil('B'),
    pupil('C'),
    pupil('D'),
    pupil('E', { uit_gemeente: '2025-02-10' }),
    pupil('F', { geboortedatum: '2020-04-15' }),
  ],
  inschrijvingen: [
    enrollment('A'),
    enrollment('B'),
    enrollment('C', { tot: '2024-11-29' }),
    enrollment('E', { tot: '2025-02-07' }),
    enrollment('G'),
  ],
  vrijstellingen: [vrijstelling('D', '5a', '2024-09-01', '2025-02-15')],
  verzuim_periods: [period('B', '2025-01-27', '2025-03-31', 'ongeoorloofd')],
  verzuim_events: [event('G', '2025-01-31', 2, 'ziek')],
};
