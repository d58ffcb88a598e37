import { describe, expect, it } from 'vitest';
import { absenceHorizon } from '../../pipeline/classify/classify.js';
import { classifyPupil, enrollment, event, period, pupil, school } from './fixtures.js';

// Absent hours are read from six months before the first peildatum (2025-03-14: from 2024-09-01),
// plus the earlier history of pupils whose rules reach back further. These cases reach back.
describe('absence history before the horizon (absence-horizon.sql)', () => {
  it('starts six months before the first peildatum', () => {
    expect(absenceHorizon('2025-03-14')).toBe('2024-09-01');
    expect(absenceHorizon('2025-05-31')).toBe('2024-11-01');
  });

  it('keeps a streak that began before the horizon whole', async () => {
    const row = await classifyPupil({
      scholen: [school()],
      leerlingen: [pupil('L1')],
      inschrijvingen: [enrollment('L1', { van: '2024-08-19' })],
      verzuim_periods: [period('L1', '2024-08-19', '2025-03-14', 'ongeoorloofd')],
    }, '2025-03-14');
    // every weekday from Mon 19 Aug 2024 to Fri 14 Mar 2025: 150 school days
    expect(row).toMatchObject({ fase: '3', duur: '>3m', officieel: 'ja', streak_start: '2024-08-19', streak_dagen: 150 });
  });

  it('reads W4 and the streak of a returning pupil from before the horizon', async () => {
    const row = await classifyPupil({
      scholen: [school({ brin: '01AA' }), school({ brin: '02BB' })],
      leerlingen: [pupil('L1')],
      inschrijvingen: [
        enrollment('L1', { brin: '02BB', van: '2024-08-19', tot: '2024-08-30' }), // 10 school days
        enrollment('L1', { brin: '01AA', van: '2025-03-10' }), // 5 school days up to D
      ],
      verzuim_events: [
        event('L1', '2024-08-26', 4, 'ongeoorloofd', { brin: '02BB' }),
        event('L1', '2024-08-27', 4, 'ongeoorloofd', { brin: '02BB' }),
      ],
      verzuim_periods: [
        period('L1', '2024-08-28', '2024-08-30', 'ziek', { brin: '02BB' }),
        period('L1', '2025-03-10', '2025-03-14', 'ziek', { brin: '01AA' }),
      ],
    }, '2025-03-14');
    // W4 = all 15 school days (75 h): 8 ongeoorloofd + 40 ziek absent; the streak runs 28 Aug - 14 Mar
    expect(row).toMatchObject({
      categorie: 'ingeschreven', fase: '2', streak_start: '2024-08-28', streak_dagen: 8,
      ongeoorloofd_uren_w4: 8, aanwezigheid_w4: 0.36, signalen: 'aanwezigheid_laag|ziek_lang',
    });
  });
});
