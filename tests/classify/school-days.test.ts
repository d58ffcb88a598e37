import { describe, expect, it } from 'vitest';
import { prepareHistory } from '../../pipeline/classify/classify.js';
import { databaseWith, delivered, enrollment, holiday, pupil, school } from './fixtures.js';

// February/March 2025: Mon 17 Feb, Mon 24 Feb, Mon 3 Mar; Fri 7 Mar.
describe('school days (classification.md §1)', () => {
  it('are weekdays outside the regional, national and the school own free days', async () => {
    const db = await databaseWith({
      scholen: [
        school({ brin: '01AA', vestiging: '00', regio: 'midden' }),
        school({ brin: '01AA', vestiging: '01', regio: 'midden' }),
        school({ brin: '02BB', vestiging: '00', regio: 'noord' }),
      ],
      vakanties: [
        holiday('2025-02-24', '2025-02-28', { regio: 'midden' }),
        holiday('2025-02-17', '2025-02-21', { regio: 'noord' }),
        holiday('2025-03-07', '2025-03-07', { regio: 'landelijk' }),
        // a studiedag of every vestiging of 01AA, and one of vestiging 01 only
        holiday('2025-03-05', '2025-03-05', { regio: null, brin: '01AA', vestiging: null }),
        holiday('2025-03-06', '2025-03-06', { regio: null, brin: '01AA', vestiging: '01' }),
      ],
      leerlingen: [pupil('L1')],
      inschrijvingen: [enrollment('L1', { van: '2025-02-17' })],
      // both schools' data covers February and March (§1 "Data coverage")
      verzuim_events: [...delivered('2025-02', '2025-03', '01AA'), ...delivered('2025-02', '2025-03', '02BB')],
    });
    await prepareHistory(db.connection, { until: '2025-03-09' });
    const reader = await db.connection.runAndReadAll(`
      SELECT brin || '/' || vestiging AS school, list(strftime(datum, '%m-%d') ORDER BY datum) AS days,
        max(school_ord) AS last_ord
      FROM school_days JOIN schools USING (school_id) GROUP BY ALL ORDER BY school`);
    const bySchool = Object.fromEntries(reader.getRowObjectsJS().map((r) => [r.school, r]));
    db.close();

    expect(bySchool['01AA/00'].days).toEqual(['02-17', '02-18', '02-19', '02-20', '02-21', '03-03', '03-04', '03-06']);
    expect(bySchool['01AA/00'].last_ord).toBe(8);
    expect(bySchool['01AA/01'].days).toEqual(['02-17', '02-18', '02-19', '02-20', '02-21', '03-03', '03-04']);
    expect(bySchool['02BB/00'].days).toEqual([
      '02-24', '02-25', '02-26', '02-27', '02-28', '03-03', '03-04', '03-05', '03-06',
    ]);
  });
});

describe('data coverage (classification.md §1)', () => {
  it('counts no school days at a school whose data covers no month', async () => {
    const { classifyPupil, event } = await import('./fixtures.js');
    const row = await classifyPupil({
      scholen: [school({ brin: '01AA' }), school({ brin: '02BB' })],
      leerlingen: [pupil('L1')],
      inschrijvingen: [
        enrollment('L1', { brin: '02BB', van: '2022-09-01', tot: '2023-06-30' }),
        enrollment('L1', { brin: '01AA', van: '2025-03-10' }),
      ],
      verzuim_events: [event('L1', '2025-03-11', 5, 'geoorloofd'), event('L1', '2025-03-12', 1, 'geoorloofd')],
    }, '2025-03-14');
    // 02BB delivered no data: its weekdays of 2022-2023 are unknown, no school days. W4 is
    // 10-14 March only (25 hours): 6 hours absent is 6/25 = 24% > 20%, attendance 0.76
    expect(row).toMatchObject({ aanwezigheid_w4: 0.76, signalen: 'aanwezigheid_laag', fase: '2' });
  });
});
