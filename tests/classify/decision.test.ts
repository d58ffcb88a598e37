import { describe, expect, it } from 'vitest';
import {
  classifyPupil, enrollment, period, pupil, reden, school, traject, vrijstelling, type Inputs,
} from './fixtures.js';

const schools: Inputs = { scholen: [school({ brin: '01AA' }), school({ brin: '02BB', sector: 'PO' }), school({ brin: '02BB', vestiging: '01', sector: 'SO' })] };
const resident: Inputs = { ...schools, leerlingen: [pupil('L1')] };

describe('rule 1: exempt (classification.md §3)', () => {
  it('classifies an active vrijstelling as vrijgesteld with its article, also when enrolled', async () => {
    const row = await classifyPupil({
      ...resident,
      inschrijvingen: [enrollment('L1')],
      verzuim_periods: [period('L1', '2025-01-06', '2025-03-14', 'ongeoorloofd')],
      vrijstellingen: [vrijstelling('L1', '5b', '2024-09-01', '2025-03-14')],
    }, '2025-03-14');
    expect(row).toMatchObject({
      categorie: 'vrijgesteld', fase: '-', duur: '-', officieel: 'nee', passend_aanbod: '-', artikel: '5b',
      signalen: '', streak_dagen: null, streak_start: null, aanwezigheid_w4: null, ongeoorloofd_uren_w4: null,
      brin: '01AA', sector: 'VO',
    });
  });

  it('takes the exemption with the latest van when two are active', async () => {
    const row = await classifyPupil({
      ...resident,
      vrijstellingen: [vrijstelling('L1', '5a', '2024-01-01'), vrijstelling('L1', '15', '2025-01-01')],
    }, '2025-03-14');
    expect(row).toMatchObject({ categorie: 'vrijgesteld', artikel: '15' });
  });

  it('takes the lowest artikel when two active exemptions start on the same day (1.1)', async () => {
    const row = await classifyPupil({
      ...resident,
      vrijstellingen: [vrijstelling('L1', '5b', '2025-01-01'), vrijstelling('L1', '15', '2025-01-01'), vrijstelling('L1', '5a', '2025-01-01')],
    }, '2025-03-14');
    // '15' < '5a' < '5b' as text: the lowest is 15
    expect(row).toMatchObject({ categorie: 'vrijgesteld', artikel: '15' });
  });

  it('lists aangepast_programma for an exempt pupil whose enrollment has one (1.1: whatever the categorie)', async () => {
    const row = await classifyPupil({
      ...resident,
      inschrijvingen: [enrollment('L1', { aangepast_programma: true })],
      vrijstellingen: [vrijstelling('L1', '5b', '2024-09-01')],
    }, '2025-03-14');
    // rule 1 decides (fase '-'); the signal is still listed, and kwalificatieplichtig is filled
    expect(row).toMatchObject({ categorie: 'vrijgesteld', fase: '-', signalen: 'aangepast_programma', kwalificatieplichtig: 'nee' });
  });
});

describe('rule 2: not enrolled, absoluut verzuim (classification.md §3)', () => {
  // The enrollment ended Fri 14 Feb 2025, so absoluut verzuim started Sat 15 Feb.
  const leftSchool: Inputs = { ...resident, inschrijvingen: [enrollment('L1', { tot: '2025-02-14' })] };

  it('is fase 2 (kort) up to 28 days', async () => {
    // 15 Feb - 14 Mar: 28 days
    expect(await classifyPupil(leftSchool, '2025-03-14')).toMatchObject({
      categorie: 'absoluut_verzuim', fase: '2', duur: '-', officieel: 'nee', signalen: 'absoluut_verzuim_kort',
      brin: '', sector: '', streak_dagen: null, aanwezigheid_w4: null,
    });
  });

  it('is fase 3, official, from 29 days', async () => {
    expect(await classifyPupil(leftSchool, '2025-03-15')).toMatchObject({
      categorie: 'absoluut_verzuim', fase: '3', duur: '>4w', officieel: 'ja', passend_aanbod: 'nee', signalen: '',
    });
  });

  it('is >3m when the start lies before D minus 3 months', async () => {
    // start 15 Feb; D = 16 May: D minus 3 months = 16 Feb
    expect(await classifyPupil(leftSchool, '2025-05-15')).toMatchObject({ fase: '3', duur: '>4w' });
    expect(await classifyPupil(leftSchool, '2025-05-16')).toMatchObject({ fase: '3', duur: '>3m' });
  });

  it('starts the day after an exemption that ended the day before D', async () => {
    const row = await classifyPupil({
      ...leftSchool,
      vrijstellingen: [vrijstelling('L1', '5a', '2024-09-01', '2025-03-13')],
    }, '2025-03-14');
    expect(row).toMatchObject({ categorie: 'absoluut_verzuim', fase: '2', signalen: 'absoluut_verzuim_kort', artikel: '' });
  });

  it('starts when the youth moved into the municipality', async () => {
    const row = await classifyPupil({ ...schools, leerlingen: [pupil('L1', { in_gemeente_sinds: '2025-01-20' })] }, '2025-03-14');
    // 20 Jan - 14 Mar: 54 days; D minus 3 months = 14 Dec 2024
    expect(row).toMatchObject({ fase: '3', duur: '>4w', officieel: 'ja' });
  });

  it('starts at leerplicht_start for a youth who was never enrolled', async () => {
    // born 2019-11-20: leerplicht_start 1 Dec 2024, more than 3 months before 14 Mar 2025
    const row = await classifyPupil({ ...schools, leerlingen: [pupil('L1', { geboortedatum: '2019-11-20' })] }, '2025-03-14');
    expect(row).toMatchObject({ fase: '3', duur: '>3m', officieel: 'ja', kwalificatieplichtig: 'nee' });
  });
});

describe('passend aanbod (classification.md §4)', () => {
  const atHome: Inputs = { ...schools, leerlingen: [pupil('L1', { geboortedatum: '2019-11-20' })] };

  it('is ja for fase 3 with a traject active on D, nee when it ended before D', async () => {
    expect(await classifyPupil({ ...atHome, trajecten: [traject('L1', 'maatwerk', '2025-01-01', '2025-03-14')] }, '2025-03-14'))
      .toMatchObject({ fase: '3', passend_aanbod: 'ja' });
    expect(await classifyPupil({ ...atHome, trajecten: [traject('L1', 'maatwerk', '2025-01-01', '2025-03-13')] }, '2025-03-14'))
      .toMatchObject({ fase: '3', passend_aanbod: 'nee' });
  });

  it('is - outside fase 3', async () => {
    const row = await classifyPupil({
      ...resident, inschrijvingen: [enrollment('L1')], trajecten: [traject('L1', 'onderwijs-zorg', '2025-01-01')],
    }, '2025-03-14');
    expect(row).toMatchObject({ fase: '1', passend_aanbod: '-' });
  });
});

describe('reden (classification.md §5)', () => {
  it('is the latest reason registered on or before D', async () => {
    const row = await classifyPupil({
      ...resident,
      inschrijvingen: [enrollment('L1')],
      redenen: [reden('L1', '2025-01-10', 'psychisch'), reden('L1', '2025-03-14', 'gedrag'), reden('L1', '2025-03-15', 'thuissituatie')],
    }, '2025-03-14');
    expect(row.reden).toBe('gedrag');
  });
});

describe('two active enrollments (classification.md §1)', () => {
  it('take brin and sector from the latest van, then the lowest BRIN + vestiging', async () => {
    const latest = await classifyPupil({
      ...resident,
      inschrijvingen: [enrollment('L1', { brin: '02BB', van: '2024-08-19' }), enrollment('L1', { brin: '01AA', van: '2025-01-06' })],
    }, '2025-03-14');
    expect(latest).toMatchObject({ brin: '01AA', sector: 'VO' });
    const tie = await classifyPupil({
      ...resident,
      inschrijvingen: [
        enrollment('L1', { brin: '02BB', vestiging: '01', van: '2025-01-06' }),
        enrollment('L1', { brin: '02BB', vestiging: '00', van: '2025-01-06' }),
      ],
    }, '2025-03-14');
    // 02BB/00 is PO, 02BB/01 is SO
    expect(tie).toMatchObject({ brin: '02BB', sector: 'PO' });
  });
});

describe('the classify library function', () => {
  it('leaves no temp tables behind on a connection that stays open', async () => {
    const { databaseWith } = await import('./fixtures.js');
    const { classify } = await import('../../pipeline/classify/classify.js');
    const db = await databaseWith({ ...resident, inschrijvingen: [enrollment('L1')] });
    const rows = await classify(db.connection, { peildatum: '2025-03-14' });
    expect(rows.map((r) => r.leerling_id)).toEqual(['L1']);
    const left = await db.connection.runAndReadAll('SELECT table_name FROM duckdb_tables() WHERE temporary');
    expect(left.getRowObjectsJS()).toEqual([]);
    db.close();
  });
});
