import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, query, tempDir, writeExport } from './helpers.js';

describe('holidays', () => {
  it('reads the open-data JSON, whose timestamps are Dutch midnight written in UTC', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const json = {
      content: [
        {
          schoolyear: '2025-2026',
          vacations: [
            {
              type: 'Herfstvakantie ',
              regions: [
                { region: 'midden', startdate: '2025-10-17T22:00:00.000Z', enddate: '2025-10-25T22:00:00.000Z' },
                { region: 'noord', startdate: '2025-10-11T00:00:00.000Z', enddate: '2025-10-19T00:00:00.000Z' },
              ],
            },
            { type: 'Kerstvakantie', regions: [{ region: 'heel Nederland', startdate: '2025-12-19T23:00:00.000Z', enddate: '2026-01-03T23:00:00.000Z' }] },
            { type: 'Fout', regions: [{ region: 'oost', startdate: '2026-01-01T00:00:00.000Z', enddate: '2026-01-02T00:00:00.000Z' }] },
          ],
        },
      ],
    };
    const summary = await ingest(db, [writeExport(dir, 'vakanties.json', JSON.stringify(json))]);
    expect(summary.files[0]).toMatchObject({ kind: 'vakanties', layout: 'opendata-json', rowsLoaded: 3, rowsRejected: 1 });
    const rows = await query(db, `SELECT regio, strftime(van, '%Y-%m-%d') AS van, strftime(tot, '%Y-%m-%d') AS tot, omschrijving FROM vakanties ORDER BY van`);
    expect(rows).toEqual([
      { regio: 'noord', van: '2025-10-11', tot: '2025-10-19', omschrijving: 'Herfstvakantie 2025-2026' },
      // 22:00 UTC in summer time is midnight of the next day in the Netherlands
      { regio: 'midden', van: '2025-10-18', tot: '2025-10-26', omschrijving: 'Herfstvakantie 2025-2026' },
      { regio: 'landelijk', van: '2025-12-20', tot: '2026-01-04', omschrijving: 'Kerstvakantie 2025-2026' },
    ]);
    expect(await query(db, 'SELECT line, "column" FROM quarantine')).toEqual([{ line: 4, column: 'regio' }]);
  });

  it('reads a school\'s own free days by BRIN, for one vestiging or all of them', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    await ingest(db, [
      writeExport(dir, 'studiedagen.csv', ['brin,vestiging,van,tot,omschrijving', '12AB,,2026-02-02,2026-02-02,Studiedag', '12AB,01,2026-03-09,2026-03-10,Studiedagen locatie 1']),
    ]);
    expect(await query(db, 'SELECT regio, brin, vestiging FROM vakanties ORDER BY van')).toEqual([
      { regio: null, brin: '12AB', vestiging: null },
      { regio: null, brin: '12AB', vestiging: '01' },
    ]);
  });

  it('refuses JSON that is not an open-data holiday file', async () => {
    const dir = tempDir();
    await expect(ingest(path.join(dir, 'db.duckdb'), [writeExport(dir, 'x.json', '{"foo": 1}')])).rejects.toThrow(
      'x.json: JSON zonder de vorm content[].vacations[].regions[]',
    );
  });
});

describe('holidays JSON: the all-years array (inputs.md 1.1)', () => {
  it('reads every school year of the array, the end at 23:59 Dutch time written in UTC', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const year = (schoolyear: string, start: string, end: string) => ({
      id: schoolyear,
      content: [{ schoolyear, vacations: [{ type: '  Zomervakantie ', regions: [{ region: 'midden', startdate: start, enddate: end }] }] }],
    });
    const json = [
      // 4 July 00:00 summer time = 3 July 22:00 UTC; 16 August 23:59 = 21:59 UTC
      year('2024-2025', '2025-07-03T22:00:00.000Z', '2025-08-16T21:59:00.000Z'),
      year('2025-2026', '2026-07-17T22:00:00.000Z', '2026-08-29T21:59:00.000Z'),
    ];
    const summary = await ingest(db, [writeExport(dir, 'alle-jaren.json', JSON.stringify(json))]);
    expect(summary.files[0]).toMatchObject({ kind: 'vakanties', rowsLoaded: 2, rowsRejected: 0 });
    expect(await query(db, `SELECT strftime(van, '%Y-%m-%d') AS van, strftime(tot, '%Y-%m-%d') AS tot, omschrijving FROM vakanties ORDER BY van`)).toEqual([
      { van: '2025-07-04', tot: '2025-08-16', omschrijving: 'Zomervakantie 2024-2025' },
      { van: '2026-07-18', tot: '2026-08-29', omschrijving: 'Zomervakantie 2025-2026' },
    ]);
  });

  it('refuses an array whose entries are no school years', async () => {
    const dir = tempDir();
    await expect(ingest(path.join(dir, 'db.duckdb'), [writeExport(dir, 'v.json', '[{"foo": 1}]')])).rejects.toThrow(/^v\.json: JSON zonder de vorm/);
  });
});

describe('holidays JSON of the wrong shape', () => {
  it.each([
    ['null in content[]', { content: [null] }],
    ['null in regions[]', { content: [{ schoolyear: '2025-2026', vacations: [{ type: 'Kerst', regions: [null] }] }] }],
  ])('refuses %s whole, naming the file', async (_, json) => {
    const dir = tempDir();
    await expect(ingest(path.join(dir, 'db.duckdb'), [writeExport(dir, 'v.json', JSON.stringify(json))])).rejects.toThrow(/^v\.json: JSON zonder de vorm/);
  });
});

describe('holidays JSON with numbers where text belongs', () => {
  it('quarantines the entry instead of failing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    const json = { content: [{ schoolyear: 2025, vacations: [{ type: 5, regions: [{ region: 7, startdate: 12, enddate: true }] }] }] };
    const [summary] = (await ingest(db, [writeExport(dir, 'v.json', JSON.stringify(json))])).files;
    expect(summary).toMatchObject({ rowsLoaded: 0, rowsRejected: 1 });
    expect(await query(db, 'SELECT "column" FROM quarantine ORDER BY 1')).toEqual([{ column: 'regio' }, { column: 'tot' }, { column: 'van' }]);
  });
});
