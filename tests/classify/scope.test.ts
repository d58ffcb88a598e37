import { describe, expect, it } from 'vitest';
import { classifyPeildatum, prepareHistory } from '../../pipeline/classify/classify.js';
import { classifyAll, databaseWith, enrollment, pupil, school, type Inputs } from './fixtures.js';

const schools: Inputs = { scholen: [school()] };

async function categorie(inputs: Inputs, peildatum: string, id = 'L1') {
  return (await classifyAll({ ...schools, ...inputs }, peildatum)).get(id)?.categorie;
}

describe('leerplicht_start (classification.md §2)', () => {
  it('is the first day of the month after the 5th birthday, for a birthday on the 1st', async () => {
    // born 1 March 2020: 5 on 1 March 2025, leerplichtig from 1 April 2025
    const inputs = { leerlingen: [pupil('L1', { geboortedatum: '2020-03-01' })] };
    expect(await categorie(inputs, '2025-03-31')).toBe('bijna_leerplichtig');
    expect(await categorie(inputs, '2025-04-01')).toBe('absoluut_verzuim');
  });

  it('is the first day of the month after the 5th birthday, for a birthday on the 31st', async () => {
    const inputs = { leerlingen: [pupil('L1', { geboortedatum: '2020-01-31' })] };
    expect(await categorie(inputs, '2025-01-31')).toBe('bijna_leerplichtig');
    expect(await categorie(inputs, '2025-02-01')).toBe('absoluut_verzuim');
  });
});

describe('bijna leerplichtig (classification.md §2)', () => {
  it('starts 3 months before leerplicht_start and ends with an enrollment', async () => {
    const inputs = { leerlingen: [pupil('L1', { geboortedatum: '2020-03-14' })] }; // leerplicht_start 2025-04-01
    expect(await categorie(inputs, '2024-12-31')).toBeUndefined();
    const row = (await classifyAll({ ...schools, ...inputs }, '2025-01-01')).get('L1');
    expect(row).toMatchObject({ categorie: 'bijna_leerplichtig', fase: '-', duur: '-', officieel: 'nee', passend_aanbod: '-', signalen: '' });
    const enrolled = { ...inputs, inschrijvingen: [enrollment('L1', { van: '2025-01-06' })] };
    expect(await categorie(enrolled, '2025-02-03')).toBeUndefined();
  });
});

describe('the end of leerplicht (classification.md §2)', () => {
  it('is the 18th birthday: in scope the day before, not on the day', async () => {
    const inputs = { leerlingen: [pupil('L1', { geboortedatum: '2007-03-14' })], inschrijvingen: [enrollment('L1')] };
    expect(await categorie(inputs, '2025-03-13')).toBe('ingeschreven');
    expect(await categorie(inputs, '2025-03-14')).toBeUndefined();
  });

  it('is a startkwalificatie on or before D', async () => {
    const inputs = { leerlingen: [pupil('L1', { geboortedatum: '2008-01-10', startkwalificatie: '2025-03-14' })] };
    expect(await categorie(inputs, '2025-03-13')).toBe('absoluut_verzuim');
    expect(await categorie(inputs, '2025-03-14')).toBeUndefined();
  });
});

describe('residents (classification.md §2)', () => {
  it('leave the count on the day they move out, and enter it on the day they move in', async () => {
    const inputs = {
      leerlingen: [
        pupil('L1', { uit_gemeente: '2025-03-14' }),
        pupil('L2', { in_gemeente_sinds: '2025-03-14' }),
      ],
      inschrijvingen: [enrollment('L1'), enrollment('L2')],
    };
    const before = await classifyAll({ ...schools, ...inputs }, '2025-03-13');
    expect([...before.keys()]).toEqual(['L1']);
    const after = await classifyAll({ ...schools, ...inputs }, '2025-03-14');
    expect([...after.keys()]).toEqual(['L2']);
  });
});

describe('kwalificatieplichtig and leeftijd (classification.md §2)', () => {
  it('kwalificatieplicht starts on the first 1 August after the 16th birthday', async () => {
    const db = await databaseWith({
      ...schools,
      leerlingen: [
        pupil('L31jul', { geboortedatum: '2008-07-31' }), // 16 on 31 July 2024: from 1 August 2024
        pupil('L1aug', { geboortedatum: '2008-08-01' }), // 16 on 1 August 2024: from 1 August 2025
        pupil('L29feb', { geboortedatum: '2008-02-29' }),
      ],
    });
    const on = async (peildatum: string) => {
      await prepareHistory(db.connection, { until: peildatum });
      await classifyPeildatum(db.connection, { peildatum });
      const reader = await db.connection.runAndReadAll(
        'SELECT leerling_id, kwalificatieplichtig, leeftijd FROM classification ORDER BY leerling_id');
      return reader.getRowObjectsJS();
    };
    expect(await on('2024-07-31')).toEqual([
      { leerling_id: 'L1aug', kwalificatieplichtig: 'nee', leeftijd: 15 },
      { leerling_id: 'L29feb', kwalificatieplichtig: 'nee', leeftijd: 16 },
      { leerling_id: 'L31jul', kwalificatieplichtig: 'nee', leeftijd: 16 },
    ]);
    expect(await on('2024-08-01')).toEqual([
      { leerling_id: 'L1aug', kwalificatieplichtig: 'nee', leeftijd: 16 },
      { leerling_id: 'L29feb', kwalificatieplichtig: 'ja', leeftijd: 16 },
      { leerling_id: 'L31jul', kwalificatieplichtig: 'ja', leeftijd: 16 },
    ]);
    // born 29 February: a year older on 28 February in a year without 29 February
    expect((await on('2025-02-28')).find((r) => r.leerling_id === 'L29feb')).toEqual({ leerling_id: 'L29feb', kwalificatieplichtig: 'ja', leeftijd: 17 });
    db.close();
  });
});
