import { describe, expect, it } from 'vitest';
import { classifyPupil, delivered, enrollment, event, period, pupil, school, type Inputs } from './fixtures.js';

// classification.md §1 "Data coverage" (1.1): a school day in a month that the pupil's school has
// no registration for is unknown, not present: windows and the streak skip it like a day without
// an enrollment. School 01AA, 5 hours a day, no holidays; D = Fri 14 March 2025.
const D = '2025-03-14';
const enrolled: Inputs = {
  scholen: [school({ brin: '01AA' }), school({ brin: '02BB' })],
  leerlingen: [pupil('L1')],
  inschrijvingen: [enrollment('L1', { van: '2024-08-19' })],
};

describe('data coverage per school and month (classification.md §1)', () => {
  it('skips a month the school did not deliver: a streak on both sides of it is one streak', async () => {
    const row = await classifyPupil({
      ...enrolled,
      // January and March are covered by these periods themselves; nobody at 01AA has a
      // registration in February, so February 2025 is not covered.
      verzuim_periods: [
        period('L1', '2025-01-17', '2025-01-31', 'ongeoorloofd'), // Fri 17 + 2 weeks: 11 school days
        period('L1', '2025-03-03', '2025-03-14', 'ongeoorloofd'), // 2 weeks: 10 school days
      ],
    }, D);
    // February is skipped: L = 11 + 10 = 21 > 20, fase 3 from S = 17 January. 17 Jan is not
    // before D - 3 months (14 Dec 2024): >4w. W4 = the last 20 known school days (21-31 Jan,
    // 3-14 Mar), all fully absent: 100 of 100 hours, attendance 0.
    // (Were February counted as present, L would be 10 and W4 50% absent: fase 2.)
    expect(row).toMatchObject({
      categorie: 'ingeschreven', fase: '3', duur: '>4w', officieel: 'ja', streak_start: '2025-01-17', streak_dagen: 21,
      aanwezigheid_w4: 0, ongeoorloofd_uren_w4: 100,
    });
  });

  it('counts a registration of any pupil and any category, geen_verzuim too, as coverage', async () => {
    const row = await classifyPupil({
      ...enrolled,
      leerlingen: [pupil('L1'), pupil('L2')],
      inschrijvingen: [enrollment('L1', { van: '2024-08-19' }), enrollment('L2', { van: '2024-08-19' })],
      verzuim_periods: [
        period('L1', '2025-01-17', '2025-01-31', 'ongeoorloofd'),
        period('L1', '2025-03-03', '2025-03-14', 'ongeoorloofd'),
      ],
      // another pupil's present mark on a Saturday in February: 01AA's data covers February
      verzuim_events: [event('L2', '2025-02-15', 0, 'geen_verzuim')],
    }, D);
    // February's 20 school days are now known and L1 was present on them: L = 10 (3-14 March).
    // W4 = 17 Feb - 14 Mar: 50 of 100 hours absent, attendance 0.5, 50 ongeoorloofd hours.
    expect(row).toMatchObject({
      fase: '2', streak_dagen: 10, streak_start: '2025-03-03', aanwezigheid_w4: 0.5, ongeoorloofd_uren_w4: 50,
      signalen: 'aanwezigheid_laag|verzuim_16u',
    });
  });

  it('gives a pupil enrolled before his school data starts only the known school days', async () => {
    const inputs: Inputs = {
      ...enrolled,
      // 01AA's data starts in March 2025; the pupil is enrolled since August 2024
      verzuim_events: [...delivered('2025-03', '2025-03'), event('L1', '2025-03-12', 5, 'geoorloofd')],
    };
    const row = await classifyPupil(inputs, D);
    // W4 = the 10 school days of 3-14 March (50 hours), not 20 with 10 unknown ones counted as
    // present: 5 of 50 hours absent = 10%, attendance 0.9, no signal.
    expect(row).toMatchObject({ fase: '1', aanwezigheid_w4: 0.9, signalen: '', streak_dagen: 0 });
    // Another school's data from January changes nothing for him (the old rule of thumb read the
    // earliest registration anywhere).
    const withOther = await classifyPupil({
      ...inputs, verzuim_events: [...inputs.verzuim_events!, ...delivered('2025-01', '2025-02', '02BB')],
    }, D);
    expect(withOther).toEqual(row);
  });
});

describe('te_laat and geen_verzuim (classification.md §1, §5)', () => {
  const covered: Inputs = { ...enrolled, verzuim_events: delivered('2025-01', '2025-03') };
  const withEvents = (...events: NonNullable<Inputs['verzuim_events']>) =>
    ({ ...covered, verzuim_events: [...covered.verzuim_events!, ...events] });

  it('counts a te_laat row on a fully absent day as a late arrival, not as absent hours', async () => {
    const row = await classifyPupil(withEvents(
      event('L1', '2025-03-12', 5, 'ongeoorloofd'),
      event('L1', '2025-03-12', 1, 'te_laat'), // the same day: no extra hour, no scaling
      event('L1', '2025-03-13', 0.5, 'te_laat'),
      event('L1', '2025-03-11', 2, 'geen_verzuim'), // homework forgotten: never counted
      event('L1', '2025-02-14', 0, 'te_laat'), // 21st school day back: outside W4
      event('L1', '2025-03-10', 0, 'te_laat', { brin: '02BB' }), // a school that does not count
    ), D);
    // W4 = 17 Feb - 14 Mar, 100 hours. Absent: 5 ongeoorloofd hours on 12 March (te_laat adds
    // nothing, so nothing is scaled down: 5, not 5 * 5/6). Attendance 1 - 5/100 = 0.95.
    // te_laat_w4: 12 and 13 March = 2.
    expect(row).toMatchObject({ fase: '1', aanwezigheid_w4: 0.95, ongeoorloofd_uren_w4: 5, te_laat_w4: 2, streak_dagen: 0 });
  });

  it('leaves te_laat_w4 empty for youths who are not enrolled', async () => {
    const row = await classifyPupil({ ...covered, inschrijvingen: [] }, D);
    expect(row).toMatchObject({ categorie: 'absoluut_verzuim', te_laat_w4: null });
  });
});
