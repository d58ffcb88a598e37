import { describe, expect, it } from 'vitest';
import { prepareHistory } from '../../pipeline/classify/classify.js';
import { databaseWith, enrollment, event, holiday, period, pupil, school, type Inputs } from './fixtures.js';

async function absentDays(inputs: Inputs, until: string) {
  const db = await databaseWith(inputs);
  await prepareHistory(db.connection, { until });
  const reader = await db.connection.runAndReadAll(`
    SELECT strftime(datum, '%Y-%m-%d') AS datum, pupil_ord::INTEGER AS pupil_ord, ziek_uren, geoorloofd_uren,
      ongeoorloofd_uren, afwezig_uren, hele_dag
    FROM absent_days ORDER BY datum`);
  db.close();
  return reader.getRowObjectsJS();
}

// Enrolled from Mon 3 March 2025 at 01AA (5 hours a day); 3-7 March are pupil school days 1-5.
const base: Inputs = {
  scholen: [school(), school({ brin: '02BB' })],
  leerlingen: [pupil('L1')],
  inschrijvingen: [enrollment('L1', { van: '2025-03-03' })],
};

describe('absent hours (classification.md §1)', () => {
  it('caps an event plus an overlapping period at the scheduled hours, scaling each category', async () => {
    const days = await absentDays({
      ...base,
      verzuim_events: [event('L1', '2025-03-03', 3, 'ziek')],
      verzuim_periods: [period('L1', '2025-03-03', '2025-03-03', 'ongeoorloofd')],
    }, '2025-03-07');
    // 3 ziek + 5 ongeoorloofd = 8 > 5: ziek 3 * 5/8 = 1.875, ongeoorloofd 5 * 5/8 = 3.125
    expect(days).toEqual([
      { datum: '2025-03-03', pupil_ord: 1, ziek_uren: 1.875, geoorloofd_uren: 0, ongeoorloofd_uren: 3.125, afwezig_uren: 5, hele_dag: true },
    ]);
  });

  it('splits a whole-day ziek period and a whole-day ongeoorloofd period half and half', async () => {
    const days = await absentDays({
      ...base,
      verzuim_periods: [
        period('L1', '2025-03-04', '2025-03-04', 'ziek'),
        period('L1', '2025-03-01', '2025-03-04', 'ongeoorloofd'),
      ],
    }, '2025-03-07');
    // The ongeoorloofd period also covers the weekend and Monday 3 March (full 5 hours there).
    expect(days).toEqual([
      { datum: '2025-03-03', pupil_ord: 1, ziek_uren: 0, geoorloofd_uren: 0, ongeoorloofd_uren: 5, afwezig_uren: 5, hele_dag: true },
      { datum: '2025-03-04', pupil_ord: 2, ziek_uren: 2.5, geoorloofd_uren: 0, ongeoorloofd_uren: 2.5, afwezig_uren: 5, hele_dag: true },
    ]);
  });

  it('counts onbekend as ongeoorloofd and keeps partial days partial', async () => {
    const days = await absentDays({
      ...base,
      verzuim_events: [
        event('L1', '2025-03-05', 2, 'onbekend'),
        event('L1', '2025-03-05', 1, 'geoorloofd'),
        event('L1', '2025-03-06', 1, 'ziek'),
        event('L1', '2025-03-06', 1, 'ziek'),
      ],
    }, '2025-03-07');
    expect(days).toEqual([
      { datum: '2025-03-05', pupil_ord: 3, ziek_uren: 0, geoorloofd_uren: 1, ongeoorloofd_uren: 2, afwezig_uren: 3, hele_dag: false },
      { datum: '2025-03-06', pupil_ord: 4, ziek_uren: 2, geoorloofd_uren: 0, ongeoorloofd_uren: 0, afwezig_uren: 2, hele_dag: false },
    ]);
  });

  it('ignores weekend and holiday registrations, days before enrollment and other schools', async () => {
    const days = await absentDays({
      ...base,
      vakanties: [holiday('2025-03-05', '2025-03-05', { regio: 'landelijk' })],
      verzuim_events: [
        event('L1', '2025-03-01', 5, 'ongeoorloofd'), // Saturday
        event('L1', '2025-03-05', 5, 'ongeoorloofd'), // national holiday
        event('L1', '2025-02-28', 5, 'ongeoorloofd'), // before the enrollment
        event('L1', '2025-03-06', 5, 'ongeoorloofd', { brin: '02BB' }), // a school the pupil is not at
        event('L1', '2025-03-07', 4, 'ongeoorloofd', { vestiging: '01' }), // another vestiging of the same BRIN counts
      ],
    }, '2025-03-07');
    // 5 March is no school day: 7 March is the pupil's 4th school day.
    expect(days).toEqual([
      { datum: '2025-03-07', pupil_ord: 4, ziek_uren: 0, geoorloofd_uren: 0, ongeoorloofd_uren: 4, afwezig_uren: 4, hele_dag: false },
    ]);
  });

  it('counts two identical event rows as two registrations (a 4-hour day, 2 h morning + 2 h afternoon)', async () => {
    const days = await absentDays({
      ...base,
      scholen: [school({ uren_per_dag: 4 })],
      verzuim_events: [event('L1', '2025-03-04', 2, 'ongeoorloofd'), event('L1', '2025-03-04', 2, 'ongeoorloofd')],
    }, '2025-03-07');
    // 2 + 2 = 4 hours >= 4 scheduled: fully absent (one row kept would be 2 of 4, not fully absent)
    expect(days).toEqual([
      { datum: '2025-03-04', pupil_ord: 2, ziek_uren: 0, geoorloofd_uren: 0, ongeoorloofd_uren: 4, afwezig_uren: 4, hele_dag: true },
    ]);
  });

  it('numbers school days across a change of school, the latest van winning on overlap', async () => {
    const days = await absentDays({
      scholen: [school({ brin: '01AA' }), school({ brin: '02BB', regio: 'noord' })],
      vakanties: [holiday('2025-03-10', '2025-03-14', { regio: 'noord' })],
      leerlingen: [pupil('L1')],
      inschrijvingen: [
        enrollment('L1', { brin: '01AA', van: '2025-03-03', tot: null }),
        // from Thursday 6 March also at 02BB, which then counts (latest van); its region is off 10-14 March
        enrollment('L1', { brin: '02BB', van: '2025-03-06', tot: '2025-03-17' }),
      ],
      verzuim_periods: [
        period('L1', '2025-03-03', '2025-03-21', 'ziek', { brin: '01AA' }),
        period('L1', '2025-03-03', '2025-03-21', 'ongeoorloofd', { brin: '02BB' }),
      ],
    }, '2025-03-19');
    // 01AA counts 3-5 March (ords 1-3) and again from 18 March (ords 7-8); 02BB counts 6, 7, 17 March (ords 4-6).
    expect(days.map((d) => [d.datum, d.pupil_ord, d.ziek_uren, d.ongeoorloofd_uren])).toEqual([
      ['2025-03-03', 1, 5, 0],
      ['2025-03-04', 2, 5, 0],
      ['2025-03-05', 3, 5, 0],
      ['2025-03-06', 4, 0, 5],
      ['2025-03-07', 5, 0, 5],
      ['2025-03-17', 6, 0, 5],
      ['2025-03-18', 7, 5, 0],
      ['2025-03-19', 8, 5, 0],
    ]);
  });
});
