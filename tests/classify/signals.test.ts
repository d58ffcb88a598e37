import { describe, expect, it } from 'vitest';
import { classifyPupil, delivered, enrollment, event, period, pupil, school, type Inputs } from './fixtures.js';

// D = Fri 14 March 2025, no holidays. W4 = the 20 school days 17 Feb - 14 Mar (100 scheduled
// hours at 5 a day); W12 = the 60 school days from Mon 23 Dec 2024. The school's data covers
// every month from August 2024 (§1 "Data coverage").
const D = '2025-03-14';
const enrolled: Inputs = {
  scholen: [school()],
  leerlingen: [pupil('L1')],
  inschrijvingen: [enrollment('L1')],
  verzuim_events: delivered('2024-08', '2025-03'),
};
const withEvents = (...events: Inputs['verzuim_events'] & object) => ({ ...enrolled, verzuim_events: [...enrolled.verzuim_events!, ...events] });

describe('verzuim_16u (classification.md §3.4)', () => {
  it('holds at 16 ongeoorloofd + onbekend hours in W4', async () => {
    const row = await classifyPupil(withEvents(
      event('L1', '2025-03-10', 4, 'ongeoorloofd'),
      event('L1', '2025-03-11', 4, 'ongeoorloofd'),
      event('L1', '2025-03-12', 4, 'onbekend'),
      event('L1', '2025-03-13', 4, 'onbekend'),
    ), D);
    expect(row).toMatchObject({ fase: '2', signalen: 'verzuim_16u', ongeoorloofd_uren_w4: 16, aanwezigheid_w4: 0.84, streak_dagen: 0 });
  });

  it('does not hold at 15.5 hours, nor for hours before W4', async () => {
    const under = await classifyPupil(withEvents(
      event('L1', '2025-03-10', 4, 'ongeoorloofd'),
      event('L1', '2025-03-11', 4, 'ongeoorloofd'),
      event('L1', '2025-03-12', 4, 'ongeoorloofd'),
      event('L1', '2025-03-13', 3.5, 'ongeoorloofd'),
    ), D);
    expect(under).toMatchObject({ fase: '1', signalen: '', ongeoorloofd_uren_w4: 15.5 });
    // Fri 14 Feb is the 21st school day back: outside W4. Mon 17 Feb is inside.
    const before = await classifyPupil(withEvents(
      event('L1', '2025-02-14', 4, 'ongeoorloofd'),
      event('L1', '2025-02-17', 4, 'ongeoorloofd'),
      event('L1', '2025-02-18', 4, 'ongeoorloofd'),
      event('L1', '2025-02-19', 4, 'ongeoorloofd'),
    ), D);
    expect(before).toMatchObject({ fase: '1', ongeoorloofd_uren_w4: 12 });
  });
});

describe('aanwezigheid_laag (classification.md §3.4)', () => {
  it('does not hold at exactly 20% absent, holds above it', async () => {
    const days = ['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06'];
    const twenty = await classifyPupil(withEvents(...days.map((d) => event('L1', d, 5, 'geoorloofd'))), D);
    expect(twenty).toMatchObject({ fase: '1', signalen: '', aanwezigheid_w4: 0.8 });
    const more = await classifyPupil(withEvents(
      ...days.map((d) => event('L1', d, 5, 'geoorloofd')),
      event('L1', '2025-03-07', 1, 'geoorloofd'),
    ), D);
    expect(more).toMatchObject({ fase: '2', signalen: 'aanwezigheid_laag', aanwezigheid_w4: 0.79 });
  });

  it('uses the school days there are for a pupil enrolled 5 school days ago', async () => {
    const recent = { ...enrolled, inschrijvingen: [enrollment('L1', { van: '2025-03-10' })] };
    // W4 = 10-14 March: 25 scheduled hours
    const under = await classifyPupil({ ...recent, verzuim_events: [event('L1', '2025-03-11', 5, 'geoorloofd')] }, D);
    expect(under).toMatchObject({ fase: '1', aanwezigheid_w4: 0.8 });
    const over = await classifyPupil({ ...recent, verzuim_events: [event('L1', '2025-03-11', 6, 'geoorloofd'), event('L1', '2025-03-12', 0.5, 'ziek')] }, D);
    expect(over).toMatchObject({ fase: '2', signalen: 'aanwezigheid_laag', aanwezigheid_w4: 0.78 });
  });

  it('is empty for an enrolled pupil with no school day yet, with no signals and L = 0', async () => {
    // enrolled from Saturday 15 March, the peildatum
    const row = await classifyPupil({ ...enrolled, inschrijvingen: [enrollment('L1', { van: '2025-03-15' })] }, '2025-03-15');
    expect(row).toMatchObject({
      categorie: 'ingeschreven', fase: '1', streak_dagen: 0, streak_start: null, aanwezigheid_w4: null,
      ongeoorloofd_uren_w4: 0, signalen: '', brin: '01AA',
    });
  });
});

describe('sick spells (classification.md §3.4)', () => {
  it('ziek_frequent needs 4 spells starting within W12, not 3', async () => {
    const spells = ['2025-01-13', '2025-02-03', '2025-03-03'].map((d) => event('L1', d, 1, 'ziek'));
    const three = await classifyPupil(withEvents(event('L1', '2024-12-20', 1, 'ziek'), ...spells), D);
    expect(three).toMatchObject({ fase: '1', signalen: '' });
    const four = await classifyPupil(withEvents(event('L1', '2024-12-23', 1, 'ziek'), ...spells), D);
    expect(four).toMatchObject({ fase: '2', signalen: 'ziek_frequent' });
  });

  it('counts consecutive sick school days, also over a weekend, as one spell', async () => {
    const row = await classifyPupil(withEvents(
      event('L1', '2025-01-10', 1, 'ziek'), event('L1', '2025-01-13', 1, 'ziek'), // Fri + Mon: one spell
      event('L1', '2025-02-03', 1, 'ziek'), event('L1', '2025-02-04', 1, 'ziek'), // Mon + Tue: one spell
      event('L1', '2025-03-03', 1, 'ziek'),
    ), D);
    // five sick days, three spells
    expect(row.signalen).toBe('');
  });

  it('ziek_lang needs a spell of 7 school days overlapping W4, not 6', async () => {
    // 11-19 February: Tue-Fri and Mon-Wed = 7 school days, the last three inside W4
    const seven = ['2025-02-11', '2025-02-12', '2025-02-13', '2025-02-14', '2025-02-17', '2025-02-18', '2025-02-19'];
    const six = seven.slice(1);
    expect(await classifyPupil(withEvents(...six.map((d) => event('L1', d, 1, 'ziek'))), D)).toMatchObject({ fase: '1', signalen: '' });
    expect(await classifyPupil(withEvents(...seven.map((d) => event('L1', d, 1, 'ziek'))), D)).toMatchObject({ fase: '2', signalen: 'ziek_lang' });
  });

  it('ziek_lang does not hold for a long spell that ended before W4', async () => {
    const row = await classifyPupil({ ...enrolled, verzuim_periods: [period('L1', '2025-02-03', '2025-02-14', 'ziek')] }, D);
    expect(row).toMatchObject({ fase: '1', signalen: '' });
  });
});

describe('aangepast_programma (classification.md §3.4)', () => {
  it('holds when the enrollment active on D has an adapted programme', async () => {
    const row = await classifyPupil({ ...enrolled, inschrijvingen: [enrollment('L1', { aangepast_programma: true })] }, D);
    expect(row).toMatchObject({ fase: '2', signalen: 'aangepast_programma', officieel: 'nee', duur: '-' });
  });
});
