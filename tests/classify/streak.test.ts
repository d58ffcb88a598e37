import { describe, expect, it } from 'vitest';
import { classifyPupil, enrollment, event, holiday, period, pupil, school, weekdays, type Inputs } from './fixtures.js';

// Calendar 2025: Fri 14 Feb, Mon 17 Feb, Mon 3 Mar, Fri 14 Mar. Without holidays the 20 school days
// up to Fri 14 March are 17 Feb - 14 Mar; the 21st back is Fri 14 Feb.
const enrolled: Inputs = {
  scholen: [school()],
  leerlingen: [pupil('L1')],
  inschrijvingen: [enrollment('L1')],
};

describe('the streak (classification.md §3.3)', () => {
  it('is not thuiszitten at exactly 20 fully absent school days', async () => {
    const row = await classifyPupil({ ...enrolled, verzuim_periods: [period('L1', '2025-02-17', '2025-03-14', 'ongeoorloofd')] }, '2025-03-14');
    expect(row).toMatchObject({ streak_dagen: 20, streak_start: '2025-02-17', fase: '2', duur: '-', officieel: 'nee' });
    expect(row.signalen).toBe('aanwezigheid_laag|verzuim_16u');
  });

  it('is fase 3 at 21 school days, official when unauthorised', async () => {
    const row = await classifyPupil({ ...enrolled, verzuim_periods: [period('L1', '2025-02-14', '2025-03-14', 'ongeoorloofd')] }, '2025-03-14');
    expect(row).toMatchObject({
      categorie: 'ingeschreven', fase: '3', duur: '>4w', officieel: 'ja', passend_aanbod: 'nee',
      streak_dagen: 21, streak_start: '2025-02-14', aanwezigheid_w4: 0, ongeoorloofd_uren_w4: 100,
      signalen: 'aanwezigheid_laag|verzuim_16u',
    });
  });

  it('skips a holiday inside the streak: it neither breaks nor lengthens it', async () => {
    const inputs: Inputs = {
      ...enrolled,
      vakanties: [holiday('2025-02-24', '2025-02-28')], // voorjaarsvakantie midden
      verzuim_periods: [period('L1', '2025-02-10', '2025-03-14', 'ongeoorloofd')],
    };
    // 10-14 Feb, 17-21 Feb, 3-7 Mar, 10-14 Mar: 20 school days
    expect(await classifyPupil(inputs, '2025-03-14')).toMatchObject({ streak_dagen: 20, streak_start: '2025-02-10', fase: '2' });
    inputs.verzuim_periods = [period('L1', '2025-02-07', '2025-03-14', 'ongeoorloofd')];
    expect(await classifyPupil(inputs, '2025-03-14')).toMatchObject({ streak_dagen: 21, streak_start: '2025-02-07', fase: '3' });
  });

  it('continues a streak that began at another school', async () => {
    const row = await classifyPupil({
      scholen: [school({ brin: '01AA' }), school({ brin: '02BB', regio: 'zuid' })],
      leerlingen: [pupil('L1')],
      inschrijvingen: [
        enrollment('L1', { brin: '02BB', van: '2024-08-19', tot: '2025-02-21' }),
        enrollment('L1', { brin: '01AA', van: '2025-03-03' }),
      ],
      verzuim_periods: [
        period('L1', '2025-02-03', '2025-02-21', 'ongeoorloofd', { brin: '02BB' }), // 15 school days
        period('L1', '2025-03-03', '2025-03-14', 'ongeoorloofd', { brin: '01AA' }), // 10 school days
      ],
    }, '2025-03-14');
    // 24-28 Feb the pupil had no enrollment: no school days, so the streak runs on.
    expect(row).toMatchObject({ brin: '01AA', streak_dagen: 25, streak_start: '2025-02-03', fase: '3', officieel: 'ja' });
  });

  it('is broken by a school day that was not fully absent, and is 0 when the last one was not', async () => {
    // Tuesday 4 March: 4 of 5 hours absent, not a fully absent day.
    const broken = await classifyPupil({
      ...enrolled,
      verzuim_periods: [period('L1', '2025-02-03', '2025-03-03', 'ongeoorloofd'), period('L1', '2025-03-05', '2025-03-14', 'ongeoorloofd')],
      verzuim_events: [event('L1', '2025-03-04', 4, 'ongeoorloofd')],
    }, '2025-03-14');
    expect(broken).toMatchObject({ streak_dagen: 8, streak_start: '2025-03-05' });
    const notToday = await classifyPupil({
      ...enrolled,
      verzuim_periods: [period('L1', '2025-02-03', '2025-03-13', 'ongeoorloofd')],
    }, '2025-03-14');
    expect(notToday).toMatchObject({ streak_dagen: 0, streak_start: null });
    // A Saturday peildatum looks back to Friday.
    const saturday = await classifyPupil({ ...enrolled, verzuim_periods: [period('L1', '2025-02-03', '2025-03-14', 'ongeoorloofd')] }, '2025-03-15');
    expect(saturday).toMatchObject({ streak_dagen: 30, streak_start: '2025-02-03' });
  });

  it('is >3m when S lies before D minus 3 months, and >4w on that day itself', async () => {
    // D = Tue 15 April 2025: D minus 3 months = Wed 15 January.
    const onTheDay = await classifyPupil({ ...enrolled, verzuim_periods: [period('L1', '2025-01-15', '2025-04-15', 'ongeoorloofd')] }, '2025-04-15');
    expect(onTheDay).toMatchObject({ fase: '3', streak_start: '2025-01-15', duur: '>4w' });
    const dayBefore = await classifyPupil({ ...enrolled, verzuim_periods: [period('L1', '2025-01-14', '2025-04-15', 'ongeoorloofd')] }, '2025-04-15');
    expect(dayBefore).toMatchObject({ fase: '3', streak_start: '2025-01-14', duur: '>3m' });
  });

  it('clamps D minus 3 months to the end of February (D = 31 May 2025: 28 February)', async () => {
    // D is a Saturday; the streak ends on Friday 30 May.
    const onTheDay = await classifyPupil({ ...enrolled, verzuim_periods: [period('L1', '2025-02-28', '2025-05-30', 'ongeoorloofd')] }, '2025-05-31');
    expect(onTheDay).toMatchObject({ fase: '3', streak_start: '2025-02-28', duur: '>4w' });
    const dayBefore = await classifyPupil({ ...enrolled, verzuim_periods: [period('L1', '2025-02-27', '2025-05-30', 'ongeoorloofd')] }, '2025-05-31');
    expect(dayBefore).toMatchObject({ fase: '3', streak_start: '2025-02-27', duur: '>3m' });
  });
});

describe('official or not: the categories of the streak (classification.md §3.3)', () => {
  // 21 school days, 14 Feb - 14 Mar 2025: 105 scheduled hours.
  const streakDays = weekdays('2025-02-14', '2025-03-14');

  it('is official when exactly half of the hours are ongeoorloofd (whole-day ziek and ongeoorloofd on one day)', async () => {
    const row = await classifyPupil({
      ...enrolled,
      verzuim_periods: [
        period('L1', '2025-02-14', '2025-03-14', 'ziek'),
        period('L1', '2025-02-14', '2025-03-14', 'onbekend'),
      ],
    }, '2025-03-14');
    // each day 2.5 ziek + 2.5 onbekend: 52.5 of 105 hours is exactly half
    expect(row).toMatchObject({ fase: '3', officieel: 'ja', ongeoorloofd_uren_w4: 50 });
    // one sick spell of 21 school days overlapping W4: ziek_lang
    expect(row.signalen).toBe('aanwezigheid_laag|verzuim_16u|ziek_lang');
  });

  it('is not official just under half, and then signals langdurig_ziek', async () => {
    const row = await classifyPupil({
      ...enrolled,
      // 10 days ongeoorloofd (50 h), 11 days ziek (55 h): 50 < 52.5
      verzuim_events: streakDays.map((day, i) => event('L1', day, 5, i < 10 ? 'ongeoorloofd' : 'ziek')),
    }, '2025-03-14');
    expect(row).toMatchObject({ fase: '3', officieel: 'nee', duur: '>4w' });
    expect(row.signalen.split('|')).toContain('langdurig_ziek');
  });

  it('signals langdurig_geoorloofd when geoorloofd hours outweigh ziek hours, langdurig_ziek on a tie', async () => {
    const geoorloofd = await classifyPupil({ ...enrolled, verzuim_periods: [period('L1', '2025-02-14', '2025-03-14', 'geoorloofd')] }, '2025-03-14');
    expect(geoorloofd).toMatchObject({ fase: '3', officieel: 'nee', signalen: 'aanwezigheid_laag|langdurig_geoorloofd' });
    const tie = await classifyPupil({
      ...enrolled,
      verzuim_periods: [period('L1', '2025-02-14', '2025-03-14', 'geoorloofd'), period('L1', '2025-02-14', '2025-03-14', 'ziek')],
    }, '2025-03-14');
    expect(tie.signalen).toBe('aanwezigheid_laag|langdurig_ziek|ziek_lang');
  });
});
